//! Copying a message into a fragment of its own (the heap that travels with
//! the message and joins the receiver's heap when it takes the message).
//!
//! Every send makes one copy, so it is done without allocating beyond the
//! fragment itself: one pass measures the message with a work stack kept
//! on the Rust stack (lists walk their tails in a loop, so only nested
//! terms take room), then the objects are copied Cheney-style into the
//! fragment's one block, which is itself the work queue. Like
//! `Heap::copy_term`, sharing within the message is not preserved, as when
//! OTP copies a message; nothing recurses.

use crate::heap::{needs_copy, shared_bytes, term_words, Heap};
use crate::term::{Header, Kind, Term, TAG_BOXED};
use smallvec::SmallVec;

/// A copy of `msg` in a fragment sized to it (no block at all for an
/// immediate).
pub fn copy_message(msg: Term) -> (Term, Heap) {
    if !needs_copy(msg) {
        return (msg, Heap::empty());
    }
    let size = size_of(msg);
    let mut heap = Heap::with_capacity(size);
    let base = heap.alloc(size);
    // SAFETY: `base` points at `size` fresh words of `heap`'s only block,
    // which `copy_into` writes only below `size`.
    match unsafe { copy_into(&mut heap, msg, base, size) } {
        Some(t) => (t, heap),
        // The measure and the copy disagree (a VM bug): copy the slow way.
        None => {
            let mut heap = Heap::with_capacity(size);
            let t = heap.copy_term(msg);
            (t, heap)
        }
    }
}

/// Words the copy of `t` takes (what `heap::copy_size` computes, without
/// allocating for all but deeply nested terms).
fn size_of(t: Term) -> usize {
    let mut total = 0;
    let mut stack: SmallVec<[Term; 32]> = SmallVec::new();
    let mut next = Some(t);
    while let Some(t) = next.take().or_else(|| stack.pop()) {
        if !needs_copy(t) {
            continue;
        }
        if let Some((h, tl)) = t.as_cons() {
            total += 2;
            if needs_copy(h) {
                stack.push(h);
            }
            next = Some(tl);
            continue;
        }
        if let Some(h) = t.header() {
            total += 1 + h.arity();
            let payload = t.payload(h);
            for i in term_words(h) {
                if needs_copy(payload[i]) {
                    stack.push(payload[i]);
                }
            }
        }
    }
    total
}

/// Copies `msg` to `base` (room for `size` words), breadth first: the
/// words already copied are scanned in order, and every pointer met is
/// replaced by a copy of its object appended after them. `None` if the
/// copy would pass `size` words.
///
/// # Safety
/// `base` must be valid for writes of `size` words, all inside a block of
/// `heap`.
unsafe fn copy_into(heap: &mut Heap, msg: Term, base: *mut Term, size: usize) -> Option<Term> {
    let mut top = 0usize;
    // SAFETY (all the blocks below): every word read or written is below
    // `top`, and `top <= size` (`shallow` checks before it copies).
    let root = unsafe { shallow(msg, base, &mut top, size)? };
    let mut scan = 0usize;
    while scan < top {
        let w = unsafe { *base.add(scan) };
        if Header::is_header_word(w) {
            let h = Header::from_word(w.raw());
            if h.kind() == Kind::RefcBinary {
                // The fragment holds one more count of the shared bytes.
                let obj = Term::from_ptr(unsafe { base.add(scan) }, TAG_BOXED);
                heap.off_heap.push(shared_bytes(obj));
            }
            for i in term_words(h) {
                let slot = unsafe { base.add(scan + 1 + i) };
                unsafe { *slot = shallow(*slot, base, &mut top, size)? };
            }
            scan += 1 + h.arity();
        } else {
            // A word of a cons cell.
            let slot = unsafe { base.add(scan) };
            unsafe { *slot = shallow(w, base, &mut top, size)? };
            scan += 1;
        }
    }
    Some(root)
}

/// Copies the object `t` points at (a cons cell or a boxed object, words
/// unchanged) to `base + top`, returning the term for the copy.
///
/// # Safety
/// As `copy_into`; `t`, if it needs copying, points at a live object.
#[inline]
unsafe fn shallow(t: Term, base: *mut Term, top: &mut usize, size: usize) -> Option<Term> {
    if !needs_copy(t) {
        return Some(t);
    }
    let src = t.ptr();
    let words = if t.is_cons() { 2 } else { 1 + Header::from_word(unsafe { (*src).raw() }).arity() };
    if *top + words > size {
        return None;
    }
    // SAFETY: the source object has `words` words; the destination range
    // is inside the fragment (checked above) and cannot overlap it.
    let dst = unsafe { base.add(*top) };
    unsafe { std::ptr::copy_nonoverlapping(src, dst, words) };
    *top += words;
    Some(Term::from_ptr(dst, t.tag()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn copies_nested_terms_and_lists() {
        let mut h = Heap::new();
        let mut list = Term::NIL;
        for i in 0..100 {
            let inner = h.tuple(&[Term::int(i), Term::NIL]);
            list = h.cons(inner, list);
        }
        let big = h.tuple(&[list, Term::int(7), list]);
        let (copy, frag) = copy_message(big);
        assert_eq!(frag.used_words(), crate::heap::copy_size(big));
        assert!(crate::term::order::exact_eq(copy, big));
        let (imm, frag) = copy_message(Term::int(3));
        assert_eq!((imm, frag.used_words()), (Term::int(3), 0));
    }
}
