//! The bytes of an off-heap binary (`Kind::RefcBinary`): a fixed-size
//! buffer shared by reference count, with room to grow in place.
//!
//! `<<Acc/binary, ...>>` must be amortised O(1) per appended byte, as in
//! BEAM, or a loop building a binary byte by byte is quadratic. So a buffer
//! has a capacity and a fill mark `used`, and the result of an append may
//! write past the mark instead of copying. The rules that make this safe:
//!
//! - A binary term sees only its own `bit_len` bits, all below `used`.
//!   Bytes below `used` are never written again, so no term's bits ever
//!   change, whoever holds it, on whatever thread.
//! - Only the process named `owner` writes, and only when the term it
//!   appends to ends exactly at `used` (nobody appended since) and on a
//!   byte boundary: the first byte written is one no term has yet seen
//!   (a partially filled last byte is never shared with a writer).
//!   A process runs on one thread at a time, so writes never race each
//!   other, and readers on other threads never read the bytes being written.
//! - The buffer never moves or grows: an append that does not fit makes a
//!   new buffer (twice the size), so pointers to the bytes stay valid while
//!   a count is held.

use std::cell::UnsafeCell;
use std::sync::atomic::{AtomicU64, AtomicUsize, Ordering};

/// No process: the buffer is never appended to in place.
pub const NO_OWNER: u64 = u64::MAX;

pub struct BinBuf {
    /// `cap` bytes; bytes below `used / 8` are immutable.
    bytes: Box<[UnsafeCell<u8>]>,
    /// Bits filled so far.
    used: AtomicUsize,
    /// The pid of the process that may append in place, or `NO_OWNER`.
    owner: AtomicU64,
}

// SAFETY: the bytes are shared across threads under the rules of the
// module docs: only bytes at or above `used` are written, only by the
// owner process (one thread at a time), and no reader looks at them.
unsafe impl Sync for BinBuf {}
// SAFETY: as above; the buffer owns plain bytes.
unsafe impl Send for BinBuf {}

impl BinBuf {
    /// A buffer holding exactly `bytes` (`bit_len` bits of them), owned by
    /// nobody: what a large binary that is not being appended to needs.
    pub fn from_bytes(bytes: &[u8], bit_len: usize) -> BinBuf {
        BinBuf::filled(bytes, bit_len, bytes.len(), NO_OWNER)
    }

    /// A buffer of `cap` bytes holding the first `bit_len` bits of `bytes`
    /// (left-aligned), which `owner` may append to.
    pub fn filled(bytes: &[u8], bit_len: usize, cap: usize, owner: u64) -> BinBuf {
        let zeroed = vec![0u8; cap.max(bit_len.div_ceil(8))].into_boxed_slice();
        // SAFETY: UnsafeCell<u8> has the layout of u8 (repr(transparent)),
        // so the allocation is reinterpreted, not changed.
        let bytes_cells = unsafe { Box::from_raw(Box::into_raw(zeroed) as *mut [UnsafeCell<u8>]) };
        let b = BinBuf { bytes: bytes_cells, used: AtomicUsize::new(0), owner: AtomicU64::new(owner) };
        b.write_at(0, &bytes[..bit_len.div_ceil(8).min(bytes.len())]);
        b.used.store(bit_len, Ordering::Relaxed);
        b
    }

    /// Where the bytes start; stable for the buffer's life.
    pub fn as_ptr(&self) -> *const u8 {
        UnsafeCell::raw_get(self.bytes.as_ptr()) as *const u8
    }

    pub fn capacity(&self) -> usize {
        self.bytes.len()
    }

    /// Bits filled so far.
    pub fn used(&self) -> usize {
        self.used.load(Ordering::Relaxed)
    }

    /// Whether process `pid` may extend a term of `bit_len` bits of this
    /// buffer in place by `extra` bits (see the module docs).
    pub fn can_extend(&self, pid: u64, bit_len: usize, extra: usize) -> bool {
        self.owner.load(Ordering::Relaxed) == pid
            && self.used() == bit_len
            && bit_len.is_multiple_of(8)
            && (bit_len + extra).div_ceil(8) <= self.capacity()
    }

    /// `can_extend` by 8 bits and `extend` by `byte` in one step: whether
    /// it was done.
    #[inline(always)]
    pub fn try_push_byte(&self, pid: u64, bit_len: usize, byte: u8) -> bool {
        let at = bit_len / 8;
        if self.owner.load(Ordering::Relaxed) != pid
            || self.used() != bit_len
            || !bit_len.is_multiple_of(8)
            || at >= self.capacity()
        {
            return false;
        }
        // SAFETY: byte `at` is inside the buffer and at `used`, written only
        // by its owner, which is calling (module docs).
        unsafe { *(self.as_ptr() as *mut u8).add(at) = byte };
        self.used.store(bit_len + 8, Ordering::Relaxed);
        true
    }

    /// Appends `bit_len` bits (left-aligned in `bytes`) after `used`.
    /// Only for a caller that checked `can_extend` as the owner, or that
    /// holds the only reference (a buffer it is still filling).
    pub fn extend(&self, bytes: &[u8], bit_len: usize) {
        let at = self.used();
        debug_assert!(at.is_multiple_of(8));
        self.write_at(at / 8, &bytes[..bit_len.div_ceil(8)]);
        self.used.store(at + bit_len, Ordering::Relaxed);
    }

    /// Writes `src` at byte `at`, clamped to the capacity.
    fn write_at(&self, at: usize, src: &[u8]) {
        let n = src.len().min(self.capacity().saturating_sub(at));
        let dst = (self.as_ptr() as *mut u8).wrapping_add(at);
        // SAFETY: `at..at + n` is inside the buffer; those bytes are at or
        // above `used` (callers write only there), so no reference to them
        // exists and no other thread writes them (module docs).
        unsafe {
            if n == 1 {
                // One byte (appending byte by byte): no call to memcpy.
                *dst = src[0];
            } else {
                std::ptr::copy_nonoverlapping(src.as_ptr(), dst, n);
            }
        }
    }
}

/// The buffer behind a `RefcBinary` object (payload word 2).
pub(crate) fn buf_of(t: super::Term) -> *const BinBuf {
    let h = t.header().unwrap_or(super::Header::new(super::Kind::RefcBinary, 0));
    t.payload(h).get(2).map_or(std::ptr::null(), |w| w.0 as *const BinBuf)
}

/// The size in bits and the buffer of `t` when it is a `RefcBinary` object,
/// read with one look at the header.
#[inline]
pub(crate) fn refc_parts(t: super::Term) -> Option<(usize, *const BinBuf)> {
    match t.header() {
        Some(h) if h.kind() == super::Kind::RefcBinary => {
            let p = t.payload(h);
            Some((p[0].0 as usize, p[2].0 as *const BinBuf))
        }
        _ => None,
    }
}

/// The buffer behind `t` when it is a `RefcBinary` object.
pub(crate) fn buf_ref<'a>(t: super::Term) -> Option<&'a BinBuf> {
    match t.header() {
        // SAFETY: word 2 of a RefcBinary is the pointer of a live
        // Arc<BinBuf>, counted by the heap holding `t` while `t` is valid.
        Some(h) if h.kind() == super::Kind::RefcBinary => Some(unsafe { &*buf_of(t) }),
        _ => None,
    }
}

#[cfg(test)]
mod tests;
