//! Fast paths of the bit syntax for the shapes loops spend their time in:
//! a construction's tail of fixed-size integer segments on byte
//! boundaries (`<<Acc/binary, B>>`, `<<Acc/binary, X:32/little>>`), and
//! matching one fixed-size big-endian integer or the whole remainder
//! (`<<B, Rest/binary>>`). Each answers `None` for any other shape, and
//! the generic code in `bits.rs` does the rest; their answers are the
//! generic code's.

use super::super::{src, store};
use super::append;
use crate::code::ModuleInstance;
use crate::exception::Exception;
use crate::process::Process;
use crate::term::bits::{empty, place, whole_bytes};
use crate::term::Term;
use ferl_compiler::bytecode::{BinSeg, BinSegKind, Dst, Src};

/// The longest tail `tail_bytes` builds (longer tails take the generic
/// writer).
pub(super) const TAIL_MAX: usize = 16;

/// The bytes of `segs` when every one is an integer segment of a constant
/// size that is a whole number of bytes (at most 8) with a small integer
/// value, `TAIL_MAX` bytes in all at most: the first `n` bytes of the
/// answer `(bytes, n)`.
#[inline]
pub(super) fn tail_bytes(
    p: &Process,
    inst: &ModuleInstance,
    ybase: usize,
    segs: &[BinSeg],
) -> Option<([u8; TAIL_MAX], usize)> {
    let mut out = [0u8; TAIL_MAX];
    let mut n = 0;
    for seg in segs {
        let Some(Src::Int(size)) = seg.size else { return None };
        let bits = u64::try_from(size).ok()?.checked_mul(seg.unit as u64)?;
        if seg.kind != BinSegKind::Integer || bits > 64 || !bits.is_multiple_of(8) {
            return None;
        }
        let len = bits as usize / 8;
        let dst = out.get_mut(n..n + len)?;
        // Two's complement truncation of a small is its low bytes. Byte by
        // byte: a copy of a variable length would call memcpy.
        let v = src(p, inst, ybase, &seg.value).as_small()? as u64;
        for (i, d) in dst.iter_mut().enumerate() {
            let shift = if seg.little { i } else { len - 1 - i };
            *d = (v >> (8 * shift)) as u8;
        }
        n += len;
    }
    Some((out, n))
}

/// `<<Head/binary, Tail...>>` when `tail_bytes` takes the tail: the
/// answer of `bits::create`, `None` to leave it to `bits::create`.
#[inline(always)]
pub(super) fn append_bytes(
    p: &mut Process,
    inst: &ModuleInstance,
    ybase: usize,
    segs: &[BinSeg],
) -> Option<Result<Term, Exception>> {
    let (first, rest) = segs.split_first()?;
    // (Other units than 1 and 8 are checked by `append::append`.)
    if first.kind != BinSegKind::Binary || first.size.is_some() || !matches!(first.unit, 1 | 8) {
        return None;
    }
    if let [seg] = rest {
        if seg.kind == BinSegKind::Integer && matches!(seg.size, Some(Src::Int(8))) && seg.unit == 1 {
            // `<<Acc/binary, B>>`, the commonest append: one byte.
            let byte = src(p, inst, ybase, &seg.value).as_small()? as u8;
            let head = src(p, inst, ybase, &first.value);
            if let Some(t) = append::push_byte(p, head, byte) {
                return Some(Ok(t));
            }
            return Some(append::append(p, head, first.unit, &[byte], 8));
        }
    }
    let (bytes, n) = tail_bytes(p, inst, ybase, rest)?;
    let head = src(p, inst, ybase, &first.value);
    if let Some(t) = append::extend_in_place(p, head, &bytes[..n], n * 8) {
        return Some(Ok(t));
    }
    Some(append::append(p, head, first.unit, &bytes[..n], n * 8))
}

/// `BsGet`/`BsSkip` of `seg` from the context in `ctx` when `seg` is a
/// big-endian integer of a constant size up to 56 bits or the whole
/// remainder as a binary: `Some` of what `bits::get` answers (with the
/// context updated), `None` to leave it to `bits::get`.
#[inline(always)]
pub(super) fn get(p: &mut Process, ybase: usize, ctx: Dst, c: Term, seg: &BinSeg, want: bool) -> Option<Option<Term>> {
    let (orig, off, len) = place(c)?;
    match seg.kind {
        BinSegKind::Integer if !seg.little => {
            let Some(Src::Int(size)) = seg.size else { return None };
            let bits = u64::try_from(size).ok()?.checked_mul(seg.unit as u64)?;
            if bits > 56 {
                return None;
            }
            let bits = bits as usize;
            if bits > len {
                return Some(None);
            }
            let v = if want && bits == 8 && off.is_multiple_of(8) && !seg.signed {
                // `<<B, ...>>`, the common case: one byte.
                Term::int(*whole_bytes(orig)?.get(off / 8)? as i64)
            } else if want {
                // The bytes holding bits `off..off + bits`: at most 8,
                // as the value starts inside the first and has <= 56 bits.
                let skip = off % 8;
                let nbytes = (skip + bits).div_ceil(8);
                let start = off / 8;
                let bytes = whole_bytes(orig)?.get(start..start + nbytes)?;
                let window = bytes.iter().fold(0u64, |w, &b| (w << 8) | b as u64);
                let raw = (window >> (nbytes * 8 - skip - bits)) & ((1u64 << bits) - 1);
                let raw = raw as i64;
                let v = if seg.signed && bits > 0 && raw >> (bits - 1) & 1 == 1 { raw - (1i64 << bits) } else { raw };
                Term::int(v)
            } else {
                Term::NIL
            };
            let rest = if bits == len { empty() } else { p.heap.sub_binary(orig, off + bits, len - bits) };
            store(p, ybase, ctx, rest);
            Some(Some(v))
        }
        BinSegKind::Binary if seg.size.is_none() => {
            // Units are mostly 8: a mask then, not a division.
            let unit = seg.unit as usize;
            let whole =
                if unit.is_power_of_two() { len & (unit - 1) == 0 } else { unit == 0 || len.is_multiple_of(unit) };
            if !whole {
                return Some(None);
            }
            // The whole remainder is the context itself (as in `bits::get`).
            store(p, ybase, ctx, empty());
            Some(Some(if want { c } else { Term::NIL }))
        }
        _ => None,
    }
}
