//! What both collections share: the region a collection copies into
//! (filled and scanned Cheney-style), the copy of one object with its
//! forwarding pointer, and moving a filled region to a block of a better
//! size.

use super::roots::Roots;
use crate::heap::{shared_bytes, term_words, Block};
use crate::term::binbuf::BinBuf;
use crate::term::{Header, Kind, Term, TAG_BOXED, TAG_CATCH, TAG_LIST, TAG_MASK};
use std::sync::Arc;

/// A region being copied into: objects at `scan..top` are copied but
/// their fields not yet evacuated. The caller makes sure the region has
/// room for everything that can be copied into it.
#[derive(Clone, Copy)]
pub(super) struct Space {
    pub(super) top: *mut Term,
    pub(super) scan: *mut Term,
}

impl Space {
    /// Copying continues at `top`.
    pub(super) fn at(top: *mut Term) -> Space {
        Space { top, scan: top }
    }

    pub(super) fn pending(&self) -> bool {
        self.scan < self.top
    }

    /// Copies the object `p` points at (tagged `tag`) here and leaves a
    /// forwarding pointer in its first word; or, already copied, follows
    /// that pointer.
    ///
    /// # Safety
    /// `p` points at an intact or forwarded object of the space being
    /// collected, and this space has room for it.
    #[inline]
    pub(super) unsafe fn copy(&mut self, p: *mut Term, tag: u64) -> Term {
        // SAFETY: as the caller guarantees.
        unsafe {
            let first = *p;
            if first.0 & TAG_MASK == TAG_CATCH {
                return Term((first.0 & !TAG_MASK) | tag);
            }
            let words = if tag == TAG_LIST { 2 } else { 1 + Header::from_word(first.0).arity() };
            let dst = self.top;
            copy_words(p, dst, words);
            self.top = dst.add(words);
            *p = Term(dst as u64 | TAG_CATCH);
            Term(dst as u64 | tag)
        }
    }

    /// As `copy`, into a space that ends at address `end`: `None` (and
    /// nothing done) when the object does not fit.
    ///
    /// # Safety
    /// `p` points at an intact or forwarded object of the space being
    /// collected, and the words from `top` to `end` are this space's.
    #[inline(always)]
    pub(super) unsafe fn copy_within(&mut self, p: *mut Term, tag: u64, end: usize) -> Option<Term> {
        // SAFETY: as the caller guarantees.
        unsafe {
            let first = *p;
            if first.0 & TAG_MASK == TAG_CATCH {
                return Some(Term((first.0 & !TAG_MASK) | tag));
            }
            let words = if tag == TAG_LIST { 2 } else { 1 + Header::from_word(first.0).arity() };
            if (end - self.top as usize) / 8 < words {
                return None;
            }
            let dst = self.top;
            copy_words(p, dst, words);
            self.top = dst.add(words);
            *p = Term(dst as u64 | TAG_CATCH);
            Some(Term(dst as u64 | tag))
        }
    }
}

/// Copies an object's `n` words from `src` to `dst`: a cons (most
/// objects) or a pair as fixed-size moves, where a call to memcpy cost
/// about twenty instructions more.
///
/// # Safety
/// As `ptr::copy_nonoverlapping` for `n` words.
#[inline(always)]
unsafe fn copy_words(src: *const Term, dst: *mut Term, n: usize) {
    // SAFETY: as the caller guarantees.
    unsafe {
        if n == 2 {
            std::ptr::copy_nonoverlapping(src, dst, 2)
        } else if n == 3 {
            std::ptr::copy_nonoverlapping(src, dst, 3)
        } else {
            std::ptr::copy_nonoverlapping(src, dst, n)
        }
    }
}

/// Evacuates the fields of the copied object at `at` (each term word
/// becomes `field` of it), records the shared bytes of a binary in
/// `off_heap`, and returns the address after the object.
///
/// Only boxed objects have a header word, so a word that is none starts
/// a cons: its head and tail are taken together (one pass of the
/// caller's loop per cons, not per word).
///
/// # Safety
/// `at` is at a whole object of a region being scanned.
#[inline]
pub(super) unsafe fn scan_object(
    at: *mut Term,
    off_heap: &mut Vec<Arc<BinBuf>>,
    mut field: impl FnMut(Term) -> Term,
) -> *mut Term {
    // SAFETY: `at` is at a whole object.
    unsafe {
        let w = *at;
        let (fields, words, next) = if Header::is_header_word(w) {
            let h = Header::from_word(w.0);
            if h.kind() == Kind::RefcBinary {
                off_heap.push(shared_bytes(Term::from_ptr(at, TAG_BOXED)));
            }
            (at.add(1), term_words(h), at.add(1 + h.arity()))
        } else {
            (at, 0..2, at.add(2))
        };
        for i in words {
            let slot = fields.add(i);
            *slot = field(*slot);
        }
        next
    }
}

/// Calls `f` on every term-holding word of the objects in `from..to`.
///
/// # Safety
/// The region holds whole, initialised objects.
pub(super) unsafe fn each_field(from: *mut Term, to: *mut Term, mut f: impl FnMut(*mut Term)) {
    let mut at = from;
    while at < to {
        // SAFETY: `at` is at an object inside the region.
        unsafe {
            let w = *at;
            if Header::is_header_word(w) {
                let h = Header::from_word(w.0);
                for i in term_words(h) {
                    f(at.add(1 + i));
                }
                at = at.add(1 + h.arity());
            } else {
                f(at);
                at = at.add(1);
            }
        }
    }
}

/// Moves the `live` words at the start of `from` into `to` (another
/// block, whose contents are overwritten), and points every reference to
/// them (from `roots`, from the moved objects themselves and from the
/// objects in `others`) at the new place.
///
/// # Safety
/// Each root is valid for reads and writes; `from`'s first `live` words
/// and each region of `others` hold whole objects.
pub(super) unsafe fn relocate(
    from: &Block,
    live: usize,
    to: Block,
    roots: &mut impl Roots,
    others: &[(*mut Term, *mut Term)],
) -> Block {
    let (old_base, new_base) = (from.base() as usize, to.base() as usize);
    let moved = |addr: usize| (addr.wrapping_sub(old_base) < live * 8).then(|| addr - old_base + new_base);
    // SAFETY: as the caller guarantees.
    unsafe { relocate_regions(&[(from, live)], to, moved, roots, others) }
}

/// As `relocate`, for the objects at the start of each of the blocks
/// `from` (with the number of words to move), one region after the other.
///
/// # Safety
/// As `relocate`, for each region of `from`.
pub(super) unsafe fn relocate_two(
    from: [(&Block, usize); 2],
    to: Block,
    roots: &mut impl Roots,
    others: &[(*mut Term, *mut Term)],
) -> Block {
    let [(a, a_live), (b, b_live)] = from.map(|(blk, n)| (blk.base() as usize, n));
    let new_base = to.base() as usize;
    let moved = |addr: usize| {
        if addr.wrapping_sub(a) < a_live * 8 {
            Some(addr - a + new_base)
        } else {
            (addr.wrapping_sub(b) < b_live * 8).then(|| addr - b + new_base + a_live * 8)
        }
    };
    // SAFETY: as the caller guarantees.
    unsafe { relocate_regions(&from, to, moved, roots, others) }
}

/// Copies the regions `from` into `to` one after the other and points
/// every reference into them at the copy (`moved` maps an address).
///
/// # Safety
/// As `relocate`; `moved` maps exactly the regions' addresses, in order.
#[inline(always)]
unsafe fn relocate_regions(
    from: &[(&Block, usize)],
    to: Block,
    moved: impl Fn(usize) -> Option<usize>,
    roots: &mut impl Roots,
    others: &[(*mut Term, *mut Term)],
) -> Block {
    let live: usize = from.iter().map(|&(_, n)| n).sum();
    // Owned blocks never overlap; the sizes are the one thing to check.
    assert!(from.iter().all(|&(b, n)| n <= b.words()) && to.words() >= live, "relocation out of bounds");
    let fix = |slot: *mut Term| {
        // SAFETY: `slot` is a root or a field of a whole object.
        unsafe {
            let t = *slot;
            let tag = t.0 & TAG_MASK;
            if (tag == TAG_BOXED || tag == TAG_LIST) && !t.is_non_value() {
                if let Some(addr) = moved((t.0 & !TAG_MASK) as usize) {
                    *slot = Term(addr as u64 | tag);
                }
            }
        }
    };
    // SAFETY: each region is inside its block, and `to` holds them all;
    // `to` is owned here, so it is none of `from`'s memory.
    unsafe {
        let mut at = to.base();
        for &(b, n) in from {
            std::ptr::copy_nonoverlapping(b.base(), at, n);
            at = at.add(n);
        }
        roots.each(|r| fix(r));
        each_field(to.base(), to.base().add(live), fix);
        for &(lo, hi) in others {
            each_field(lo, hi, fix);
        }
    }
    let mut to = to;
    to.used = live;
    to
}
