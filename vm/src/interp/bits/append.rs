//! `<<Bin/binary, Tail...>>`: appending to a binary, amortised O(1) per
//! appended byte as in BEAM. The result of an append lives in an off-heap
//! buffer with spare room (`term::binbuf`); appending again to the newest
//! result extends the same buffer, any other append copies into a new one
//! twice the size. Every term keeps seeing exactly its own bits.

use super::{badarg, BitWriter};
use crate::exception::Exception;
use crate::heap::REFC_BINARY_MIN;
use crate::process::Process;
use crate::term::binbuf::{buf_ref, refc_parts, BinBuf};
use crate::term::bits::Bits;
use crate::term::{Kind, Term};
use std::sync::Arc;

/// The smallest buffer an append makes (BEAM's too): short binaries built
/// by appending grow a few times before they need to move.
const MIN_CAPACITY: usize = 256;

/// The loop's common case of `append`, with one look at the header:
/// `head` is the newest result of this process's appends, and the tail
/// fits after it in its buffer. `None` when it is not so.
#[inline(always)]
pub(super) fn extend_in_place(p: &mut Process, head: Term, tail: &[u8], tail_bits: usize) -> Option<Term> {
    let (bit_len, raw) = refc_parts(head)?;
    // SAFETY: `raw` is the live Arc<BinBuf> of `head`, counted by this
    // process's heap while `head` is valid.
    let buf = unsafe { &*raw };
    if !buf.can_extend(p.pid, bit_len, tail_bits) {
        return None;
    }
    buf.extend(tail, tail_bits);
    Some(refc_object(p, raw, bit_len + tail_bits))
}

/// `extend_in_place` of one byte, in one step.
#[inline(never)]
pub(super) fn push_byte(p: &mut Process, head: Term, byte: u8) -> Option<Term> {
    let (bit_len, raw) = refc_parts(head)?;
    // SAFETY: as in `extend_in_place`.
    let buf = unsafe { &*raw };
    if !buf.try_push_byte(p.pid, bit_len, byte) {
        return None;
    }
    Some(refc_object(p, raw, bit_len + 8))
}

/// A `RefcBinary` object of the first `bit_len` bits of the live buffer
/// `raw` (the object `Heap::refc_binary` makes). A loop of appends makes
/// one object per step: when the heap's newest `off_heap` count is of this
/// buffer already, the new object shares it rather than taking its own
/// (no atomic increment now, no decrement at the next collection, no
/// growing `off_heap`).
#[inline(always)]
fn refc_object(p: &mut Process, raw: *const BinBuf, bit_len: usize) -> Term {
    let heap = &mut p.heap;
    if heap.off_heap.last().is_some_and(|a| std::ptr::eq(Arc::as_ptr(a), raw)) {
        // The count shared is held while any object of this heap may point
        // at the buffer: a collection records one count per live RefcBinary
        // object before it drops the old list, and heaps hand their lists
        // on together with their objects (message fragments, absorbed
        // blocks). Word 1 is where the buffer's bytes start (stable).
        // SAFETY: `raw` is a live Arc<BinBuf> (counted by that entry).
        let bytes = unsafe { (*raw).as_ptr() };
        return heap.boxed(Kind::RefcBinary, &[Term(bit_len as u64), Term(bytes as u64), Term(raw as u64)]);
    }
    // SAFETY: `raw` is the live Arc<BinBuf> of the head being appended to,
    // counted by this process's heap while the head is valid; the new
    // count is the new object's, held by this heap's off_heap from now on.
    let shared = unsafe {
        Arc::increment_strong_count(raw);
        Arc::from_raw(raw)
    };
    heap.refc_binary(shared, bit_len)
}

/// `<<Head/binary, Tail/bits>>` where `head_unit` is the head segment's
/// unit (8 for `binary`, 1 for `bitstring`) and the tail is the first
/// `tail_bits` bits of `tail` (left-aligned).
///
/// Fails with `badarg` when `head` is not a bitstring, or not a binary
/// while `head_unit` is 8.
pub(super) fn append(
    p: &mut Process,
    head: Term,
    head_unit: u32,
    tail: &[u8],
    tail_bits: usize,
) -> Result<Term, Exception> {
    // Units other than 1 and 8 (`/binary-unit:32`) are checked before the
    // in-place path, which knows only whole bytes.
    if head_unit != 1 && head_unit != 8 && !super::fits_unit(head.as_bits().ok_or_else(badarg)?.bit_len, head_unit) {
        return Err(badarg());
    }
    if let Some(t) = extend_in_place(p, head, tail, tail_bits) {
        return Ok(t);
    }
    let b = head.as_bits().ok_or_else(badarg)?;
    if head_unit == 8 && !b.is_binary() {
        return Err(badarg());
    }
    let total = b.bit_len + tail_bits;
    if buf_ref(head).is_none() && total.div_ceil(8) <= REFC_BINARY_MIN {
        // Short results built from a short head stay on the heap, as any
        // other small binary: cheaper than an off-heap buffer.
        let mut w = BitWriter::default();
        w.push_bits(&b);
        w.push_bits(&Bits { bytes: tail, bit_offset: 0, bit_len: tail_bits });
        return Ok(p.heap.bitstring(&w.bytes, w.bit_len));
    }
    // A new buffer this process may go on appending to.
    let cap = total.div_ceil(8).saturating_mul(2).max(MIN_CAPACITY);
    let buf = match b.as_aligned() {
        Some(bytes) => {
            let buf = BinBuf::filled(bytes, b.bit_len, cap, p.pid);
            buf.extend(tail, tail_bits);
            buf
        }
        None => {
            let mut w = BitWriter::default();
            w.push_bits(&b);
            w.push_bits(&Bits { bytes: tail, bit_offset: 0, bit_len: tail_bits });
            BinBuf::filled(&w.bytes, w.bit_len, cap, p.pid)
        }
    };
    Ok(p.heap.refc_binary(Arc::new(buf), total))
}
