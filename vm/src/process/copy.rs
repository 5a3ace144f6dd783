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

use crate::heap::{copy_size, needs_copy, shared_bytes, term_words, Heap};
use crate::term::{Header, Kind, Term, TAG_BOXED, TAG_HEADER, TAG_MASK};

/// A copy of `msg` in a fragment sized to it (no block at all for an
/// immediate).
pub fn copy_message(msg: Term) -> (Term, Heap) {
    copy_small(msg).unwrap_or_else(|| copy_sized(msg))
}

/// A copy of `msg` in a fragment if it is small (an immediate, or one
/// that fits a pooled fragment): a bounded amount of work.
pub fn copy_small(msg: Term) -> Option<(Term, Heap)> {
    if !needs_copy(msg) {
        return Some((msg, Heap::empty()));
    }
    // Most messages fit a pooled fragment: copied at once, unmeasured.
    let mut heap = FRAGMENTS.with(|f| f.borrow_mut().pop()).unwrap_or_else(|| Heap::with_capacity(POOLED_WORDS));
    let base = heap.nursery_base();
    // SAFETY: a pooled fragment is an empty nursery of POOLED_WORDS.
    if let Some((t, used)) = unsafe { copy_into(&mut heap, msg, base, POOLED_WORDS) } {
        // The nursery is still empty, so this takes exactly the words
        // just written at its base.
        heap.alloc(used);
        return Some((t, heap));
    }
    heap.off_heap.clear();
    recycle(heap);
    None
}

/// A copy of `msg` (not an immediate) in a fragment sized to it.
pub fn copy_sized(msg: Term) -> (Term, Heap) {
    let size = copy_size(msg);
    let mut heap = Heap::with_capacity(size);
    let base = heap.alloc(size);
    // SAFETY: `base` points at `size` fresh words of `heap`'s only block.
    match unsafe { copy_into(&mut heap, msg, base, size) } {
        Some((t, _)) => (t, heap),
        // The measure and the copy disagree (a VM bug): copy the slow way.
        None => {
            let mut heap = Heap::with_capacity(size);
            let t = heap.copy_term(msg);
            (t, heap)
        }
    }
}

/// A copy of `msg` made straight in the free part of `heap`'s nursery
/// (the heap of a receiver that is not running), or `None` when it does
/// not fit there (nothing is then allocated). The receiver takes such a
/// message without copying it again.
#[inline]
pub fn copy_message_into(heap: &mut Heap, msg: Term) -> Option<Term> {
    if !needs_copy(msg) {
        // (Here, so an immediate is not held up by the copy's set-up.)
        return Some(msg);
    }
    copy_object_into(heap, msg)
}

/// `copy_message_into` of a message that is not an immediate.
#[inline(never)]
fn copy_object_into(heap: &mut Heap, msg: Term) -> Option<Term> {
    let (top, room) = heap.nursery_room();
    // A message that big is better moved as a block of its own (see
    // `take_message`); and a nearly full nursery is left alone.
    let room = room.min(MOVED_WORDS);
    if room < 8 {
        return None;
    }
    let shared = heap.off_heap.len();
    // SAFETY: the `room` words from `top` are the nursery's free words, all
    // inside its one block; nothing else is allocated meanwhile.
    match unsafe { copy_into(heap, msg, top, room) } {
        Some((t, used)) => {
            // Takes exactly the words just written from the nursery's top.
            heap.alloc(used);
            Some(t)
        }
        None => {
            // The counts taken on shared binaries of a copy given up.
            heap.off_heap.truncate(shared);
            None
        }
    }
}

/// Keeps an emptied pooled fragment for the next send on this thread.
fn recycle(mut frag: Heap) {
    if frag.nursery_words() == POOLED_WORDS && frag.more_ref().is_none() && frag.off_heap.is_empty() {
        frag.clear_nursery();
        FRAGMENTS.with(|f| {
            let mut f = f.borrow_mut();
            if f.len() < POOL_MAX {
                f.push(frag);
            }
        });
    }
}

/// Fragments of this many words are reused: most messages fit, and a send
/// then allocates nothing.
const POOLED_WORDS: usize = 64;
/// Fragments kept for reuse per thread.
const POOL_MAX: usize = 256;
/// Messages up to this many words are copied into the receiver's heap
/// when taken; larger ones bring their block along.
const MOVED_WORDS: usize = 512;

thread_local! {
    /// Empty fragments (one block of POOLED_WORDS) given back by receivers.
    static FRAGMENTS: std::cell::RefCell<Vec<Heap>> = const { std::cell::RefCell::new(Vec::new()) };
}

/// The message `t` of fragment `frag` joins `heap`: a small one is copied
/// into it (its pointers moved by the distance; the fragment goes back
/// to the pool), so a process that receives many messages does not
/// collect a heap of many tiny blocks; others bring their blocks along.
/// Returns the message as it now lies in `heap`.
pub fn take_message(heap: &mut Heap, t: Term, mut frag: Heap) -> Term {
    if frag.nursery_words() == 0 && frag.more_ref().is_none() && frag.off_heap.capacity() == 0 {
        // No fragment at all (an immediate, or a message copied straight
        // into this heap): it owns nothing, so dropping it can be skipped.
        std::mem::forget(frag);
        return t;
    }
    let used = frag.nursery_used();
    if frag.more_ref().is_some() || used == 0 || used > MOVED_WORDS {
        heap.absorb(frag);
        return t;
    }
    let src = frag.nursery_base() as *const Term;
    let dst = heap.alloc(used);
    // SAFETY: `src` holds `used` words of objects laid end to end (bump
    // allocation in one block), `dst` has room for `used` words in another
    // heap; relocation reads and writes only below `used`.
    let moved = unsafe {
        std::ptr::copy_nonoverlapping(src, dst, used);
        relocate(dst, used, src as usize, dst as usize);
        relocated(t, src as usize, used, dst as usize)
    };
    heap.off_heap.append(&mut frag.off_heap);
    recycle(frag);
    moved
}

/// Moves the pointers into `[from, from + used words)` found in the
/// objects at `base` by `to - from`.
///
/// # Safety
/// `base` must hold `used` words of objects laid end to end.
unsafe fn relocate(base: *mut Term, used: usize, from: usize, to: usize) {
    let mut scan = 0usize;
    while scan < used {
        // SAFETY: `scan < used`, and a header's payload lies below `used`.
        let w = unsafe { *base.add(scan) };
        if Header::is_header_word(w) {
            let h = Header::from_word(w.raw());
            for i in term_words(h) {
                let slot = unsafe { base.add(scan + 1 + i) };
                unsafe { *slot = relocated(*slot, from, used, to) };
            }
            scan += 1 + h.arity();
        } else {
            unsafe { *base.add(scan) = relocated(w, from, used, to) };
            scan += 1;
        }
    }
}

/// `t`, moved by `to - from` if it points into `[from, from + used words)`.
#[inline]
fn relocated(t: Term, from: usize, used: usize, to: usize) -> Term {
    if !needs_copy(t) {
        return t;
    }
    let at = t.ptr() as usize;
    if at < from || at >= from + used * 8 {
        return t;
    }
    Term::from_ptr((at - from + to) as *const Term, t.tag())
}

/// Copies `msg` to `base` (room for `size` words), breadth first: the
/// words already copied are scanned in order, and every pointer met is
/// replaced by a copy of its object appended after them. Returns the copy
/// and the words it took; `None` if it would pass `size` words.
///
/// Messages are mostly a few small tuples, cons cells and references, so
/// the scan decides each word by its bits: a header's kind by one bit
/// test (tuples and the kinds holding no terms are the usual objects), a
/// word that is not a pointer left as it was copied.
///
/// # Safety
/// `base` must be valid for writes of `size` words, all inside a block of
/// `heap`.
#[inline(always)]
unsafe fn copy_into(heap: &mut Heap, msg: Term, base: *mut Term, size: usize) -> Option<(Term, usize)> {
    // SAFETY (all the blocks below): every word read or written is below
    // `top`, and `top <= end` (`object` checks the room before it copies).
    let end = unsafe { base.add(size) };
    let mut top = base;
    let (root, mut scan) = match root_tuple(msg) {
        // The usual message, a tuple, is copied word by word, its
        // pointers replaced as met: its header is read once, and a flat
        // one leaves nothing to scan.
        Some((src, arity)) => {
            if arity >= size {
                return None;
            }
            let dst = base;
            unsafe {
                *dst = *src;
                top = dst.add(1 + arity);
                for i in 1..1 + arity {
                    let e = *src.add(i);
                    *dst.add(i) = if is_pointer(e) { object(e, &mut top, end)? } else { e };
                }
            }
            (Term::from_ptr(dst, TAG_BOXED), unsafe { dst.add(1 + arity) })
        }
        None if is_pointer(msg) => (unsafe { object(msg, &mut top, end)? }, base),
        None => (msg, base),
    };
    while scan < top {
        let w = unsafe { *scan };
        if w.raw() & TAG_MASK != TAG_HEADER {
            // A word of a cons cell.
            if is_pointer(w) {
                unsafe { *scan = object(w, &mut top, end)? };
            }
            scan = unsafe { scan.add(1) };
            continue;
        }
        let h = Header::from_word(w.raw());
        let first = unsafe { scan.add(1) };
        let next = unsafe { first.add(h.arity()) };
        let kind = 1u32 << ((w.raw() >> 3) & 0x1f);
        if w.raw() as u8 == TUPLE_LOW_BYTE || kind & ALL_TERMS != 0 {
            unsafe { copy_elements(first, next, &mut top, end)? };
        } else if kind & NO_TERMS == 0 {
            if h.kind() == Kind::RefcBinary {
                // The copy holds one more count of the shared bytes.
                heap.off_heap.push(shared_bytes(Term::from_ptr(scan, TAG_BOXED)));
            }
            let terms = term_words(h);
            unsafe { copy_elements(first.add(terms.start), first.add(terms.end), &mut top, end)? };
        }
        scan = next;
    }
    let used = (top as usize - base as usize) / 8;
    Some((root, used))
}

/// The object and arity of `t` if it is a tuple.
#[inline(always)]
fn root_tuple(t: Term) -> Option<(*const Term, usize)> {
    if !t.is_boxed() || t.is_non_value() {
        return None;
    }
    // SAFETY: a boxed term points at a live header word.
    let w = unsafe { *t.ptr() };
    (w.raw() as u8 == TUPLE_LOW_BYTE).then(|| (t.ptr(), Header::from_word(w.raw()).arity()))
}

/// The low byte of a tuple's header (its tag and kind), the usual object,
/// tested first.
const TUPLE_LOW_BYTE: u8 = Header::new(Kind::Tuple, 0).to_term().raw() as u8;
/// Header kinds (as bits `1 << kind`) whose payload words are all terms.
const ALL_TERMS: u32 = 1 << Kind::Tuple as u32 | 1 << Kind::Map as u32 | 1 << Kind::Export as u32;
/// Header kinds whose payload holds no terms (and no counted buffer).
const NO_TERMS: u32 = 1 << Kind::Float as u32
    | 1 << Kind::BigPos as u32
    | 1 << Kind::BigNeg as u32
    | 1 << Kind::Binary as u32
    | 1 << Kind::Ref as u32;

/// Whether `t` points at an object (a cons cell or a boxed object): the
/// two tags whose second and third bits are clear. (`needs_copy` by one
/// test: the non-value has neither tag.)
#[inline(always)]
fn is_pointer(t: Term) -> bool {
    t.raw() & 0b110 == 0
}

/// Replaces every pointer among the terms from `first` up to `next` by a
/// copy of its object appended at `top`.
///
/// # Safety
/// As `copy_into`: `first..next` lies below `*top`, `*top <= end`.
#[inline(always)]
unsafe fn copy_elements(first: *mut Term, next: *mut Term, top: &mut *mut Term, end: *mut Term) -> Option<()> {
    let mut slot = first;
    while slot < next {
        // SAFETY: `slot` is a copied word below `*top`.
        let e = unsafe { *slot };
        if is_pointer(e) {
            unsafe { *slot = object(e, top, end)? };
        }
        slot = unsafe { slot.add(1) };
    }
    Some(())
}

/// Copies the object `t` points at (a cons cell or a boxed object, words
/// unchanged) to `*top`, returning the term for the copy; `None` if it
/// does not fit below `end`.
///
/// # Safety
/// As `copy_into`; `t` points at a live object and `*top <= end`.
#[inline(always)]
unsafe fn object(t: Term, top: &mut *mut Term, end: *mut Term) -> Option<Term> {
    let src = t.ptr();
    let words = if t.is_cons() { 2 } else { 1 + Header::from_word(unsafe { (*src).raw() }).arity() };
    if words > (end as usize - *top as usize) / 8 {
        return None;
    }
    // SAFETY: the source object has `words` words; the destination range
    // is inside the fragment (checked above) and cannot overlap it.
    let dst = *top;
    // Messages are mostly small tuples, cons cells and references: a copy
    // of a known size is a few moves, not a call to memcpy.
    unsafe {
        match words {
            2 => std::ptr::copy_nonoverlapping(src, dst, 2),
            3 => std::ptr::copy_nonoverlapping(src, dst, 3),
            4 => std::ptr::copy_nonoverlapping(src, dst, 4),
            5 => std::ptr::copy_nonoverlapping(src, dst, 5),
            _ => std::ptr::copy_nonoverlapping(src, dst, words),
        }
        *top = dst.add(words);
    }
    Some(Term::from_ptr(dst, t.tag()))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A tuple holding a 100-element list of pairs twice.
    fn sample(h: &mut Heap) -> Term {
        let mut list = Term::NIL;
        for i in 0..100 {
            let inner = h.tuple(&[Term::int(i), Term::NIL]);
            list = h.cons(inner, list);
        }
        h.tuple(&[list, Term::int(7), list])
    }

    #[test]
    fn copies_nested_terms_and_lists() {
        let mut h = Heap::new();
        let big = sample(&mut h);
        let (copy, frag) = copy_message(big);
        assert_eq!(frag.used_words(), crate::heap::copy_size(big));
        assert!(crate::term::order::exact_eq(copy, big));
        for flat in [h.tuple(&[]), h.tuple(&[Term::int(1), Term::NIL])] {
            let (copy, frag) = copy_message(flat);
            assert!(crate::term::order::exact_eq(copy, flat));
            assert_eq!(frag.used_words(), crate::heap::copy_size(flat));
        }
        let (imm, frag) = copy_message(Term::int(3));
        assert_eq!((imm, frag.used_words()), (Term::int(3), 0));
    }

    /// A message with an object of every kind the copy tells apart: a
    /// tuple, cons cells, a map, a float, a bignum, a reference, a heap
    /// binary, a shared binary (counted again by the copy) and a
    /// sub-binary of it.
    fn every_kind(h: &mut Heap) -> Term {
        let big = h.bigint(&(num_bigint::BigInt::from(1u64) << 100));
        let f = h.float(2.5);
        let r = h.reference(42);
        let small_bin = h.binary(b"abc");
        let shared = h.binary(&[7u8; 200]);
        let sub = h.sub_binary(shared, 8, 16);
        let inner = h.tuple(&[]);
        let map = h.map(&mut vec![(Term::int(1), big), (Term::atom(crate::term::atoms::ok), inner)]);
        let mut list = Term::NIL;
        for t in [f, r, small_bin, shared, sub, map] {
            list = h.cons(t, list);
        }
        h.tuple(&[list, map, Term::int(3), sub])
    }

    #[test]
    fn copies_every_kind_of_object() {
        let mut h = Heap::new();
        let msg = every_kind(&mut h);
        let size = crate::heap::copy_size(msg);
        let (copy, frag) = copy_message(msg);
        assert!(crate::term::order::exact_eq(copy, msg));
        assert_eq!(frag.used_words(), size);
        // The shared binary is met three times (itself, and under each of
        // the sub-binary's two copies: sharing is not kept): three counts.
        assert_eq!(frag.off_heap.len(), 3);
        let mut receiver = Heap::new();
        let direct = copy_message_into(&mut receiver, msg).expect("room in a new nursery");
        assert!(crate::term::order::exact_eq(direct, msg));
        assert_eq!(receiver.off_heap.len(), 3);
        // Too little room, wherever the copy stops: nothing is taken, no
        // count is kept.
        for room in 8..size {
            let mut tight = Heap::new();
            let _ = tight.alloc(tight.nursery_room().1 - room);
            assert!(copy_message_into(&mut tight, msg).is_none());
            assert_eq!((tight.nursery_room().1, tight.off_heap.len()), (room, 0));
        }
    }

    #[test]
    fn a_taken_message_moves_into_the_receiver() {
        let mut h = Heap::new();
        let mut receiver = Heap::new();
        let tail = h.cons(Term::int(2), Term::NIL);
        let small = h.tuple(&[Term::int(1), tail]);
        let (copy, frag) = copy_message(small);
        let moved = take_message(&mut receiver, copy, frag);
        assert!(crate::term::order::exact_eq(moved, small));
        assert!(receiver.more_ref().is_none(), "moved into the nursery, no extra block");
        let big = sample(&mut h);
        let (copy, frag) = copy_message(big);
        let moved = take_message(&mut receiver, copy, frag);
        assert!(crate::term::order::exact_eq(moved, big));
    }
}
