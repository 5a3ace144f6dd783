//! The collector keeps exactly what the roots reach, with contents,
//! sharing and out-of-heap pointers intact; the generations keep their
//! rules (promotion after one survival, no old-to-young pointer, major
//! collections reclaim old garbage); process roots are all found.

use super::collect;
use crate::heap::Heap;
use crate::term::{order, Term};
use num_bigint::BigInt;

/// Builds one term of every boxed kind on `h`.
fn sample(h: &mut Heap) -> Term {
    let f = h.float(2.5);
    let big = h.bigint(&(BigInt::from(1) << 200));
    let bin = h.binary(b"hello, world");
    let sub = h.sub_binary(bin, 8, 24);
    let s = h.string("abc");
    let k = Term::int(1);
    let mut pairs = vec![(k, s), (Term::int(2), f)];
    let map = h.map(&mut pairs);
    let r = h.reference(7);
    let list = h.list(&[f, big, bin, sub, map, r]);
    h.tuple(&[list, s, Term::NIL, Term::int(-5)])
}

#[test]
fn live_terms_survive_with_their_contents() {
    let mut h = Heap::new();
    let mut root = sample(&mut h);
    for i in 0..1000 {
        let _garbage = h.tuple(&[Term::int(i), Term::int(i)]);
    }
    let mut reference = Heap::new();
    let expected = reference.copy_term(root);
    let before = h.used_words();
    // SAFETY: `root` is a valid slot for the whole call.
    unsafe { collect(&mut h, &[&mut root as *mut Term]) };
    assert!(h.used_words() < before, "garbage was reclaimed");
    assert!(order::exact_eq(root, expected));
    // Collecting again (from the new block) keeps it all too.
    unsafe { collect(&mut h, &[&mut root as *mut Term]) };
    assert!(order::exact_eq(root, expected));
}

#[test]
fn sharing_is_preserved() {
    let mut h = Heap::new();
    let shared = h.string("shared");
    let mut a = h.tuple(&[shared, shared]);
    let mut b = shared;
    unsafe { collect(&mut h, &[&mut a as *mut Term, &mut b as *mut Term]) };
    let t = a.as_tuple().expect("still a tuple");
    assert_eq!(t[0], t[1]);
    assert_eq!(t[0], b);
}

#[test]
fn pointers_outside_the_heap_are_left_alone() {
    let mut literals = Heap::new();
    let lit = literals.string("literal");
    let mut h = Heap::new();
    let mut root = h.tuple(&[lit, Term::int(3)]);
    unsafe { collect(&mut h, &[&mut root as *mut Term]) };
    assert_eq!(root.as_tuple().expect("tuple")[0], lit);
}

#[test]
fn long_lists_are_collected_without_recursion() {
    let mut h = Heap::new();
    let items: Vec<Term> = (0..200_000).map(Term::int).collect();
    let mut root = h.list(&items);
    unsafe { collect(&mut h, &[&mut root as *mut Term]) };
    assert_eq!(root.list_len(), Some(200_000));
    let mut deep = Term::NIL;
    for _ in 0..100_000 {
        deep = h.tuple(&[deep]);
    }
    unsafe { collect(&mut h, &[&mut deep as *mut Term]) };
    let mut depth = 0;
    while let Some(t) = deep.as_tuple() {
        deep = t[0];
        depth += 1;
    }
    assert_eq!(depth, 100_000);
}

#[test]
fn shared_binaries_are_counted_and_released() {
    use std::sync::Arc;
    let mut h = Heap::new();
    let bytes = Arc::new(crate::term::binbuf::BinBuf::from_bytes(&[7u8; 200], 200 * 8));
    let mut live = h.refc_binary(bytes.clone(), 200 * 8);
    let _dead = h.refc_binary(bytes.clone(), 200 * 8);
    assert_eq!(Arc::strong_count(&bytes), 3);
    unsafe { collect(&mut h, &[&mut live as *mut Term]) };
    // The unreachable object's count is gone; the live one keeps its own.
    assert_eq!(Arc::strong_count(&bytes), 2);
    assert_eq!(live.as_bits().map(|b| b.bit_len), Some(1600));
    // A copy into another heap shares the bytes.
    let mut other = Heap::new();
    let copy = other.copy_term(live);
    assert_eq!(Arc::strong_count(&bytes), 3);
    assert!(order::exact_eq(copy, live));
    drop(other);
    drop(h);
    assert_eq!(Arc::strong_count(&bytes), 1);
}

use super::{collect_major, collect_process};
use crate::heap::Block;

/// Whether `addr` lies in the used words of `b`.
fn holds(b: &Block, addr: usize) -> bool {
    addr.wrapping_sub(b.base() as usize) < b.used * 8
}

/// Whether `addr` is in `h`'s young generation.
fn is_young(h: &Heap, addr: usize) -> bool {
    let n = h.nursery_base() as usize;
    addr.wrapping_sub(n) < h.nursery_used() * 8
        || h.more_ref().is_some_and(|m| m.extra.iter().chain(m.overflow.iter()).any(|b| holds(b, addr)))
}

fn is_old(h: &Heap, addr: usize) -> bool {
    h.more_ref().is_some_and(|m| m.old.iter().any(|b| holds(b, addr)))
}

/// No old object refers to a young one.
fn assert_old_points_nowhere_young(h: &Heap) {
    let Some(m) = h.more_ref() else { return };
    for b in &m.old {
        // SAFETY: an old block's used words are whole objects.
        unsafe {
            super::space::each_field(b.base(), b.base().add(b.used), |slot| {
                let t = *slot;
                if let Some((a, _)) = super::pointer(t) {
                    assert!(!is_young(h, a), "an old object points into the young generation");
                }
            })
        };
    }
}

fn addr(t: Term) -> usize {
    super::pointer(t).expect("a heap term").0
}

#[test]
fn survivors_stay_young_once_then_are_promoted() {
    let mut h = Heap::new();
    // More than a small heap keeps young (KEEP_YOUNG_WORDS).
    let s = sample(&mut h);
    let filler = h.list(&[Term::int(3); 40]);
    let mut root = h.tuple(&[s, filler]);
    let mut reference = Heap::new();
    let expected = reference.copy_term(root);
    unsafe { collect(&mut h, &[&mut root as *mut Term]) };
    assert!(is_young(&h, addr(root)), "one survival keeps it young");
    assert_eq!(h.old_words(), 0);
    unsafe { collect(&mut h, &[&mut root as *mut Term]) };
    assert!(is_old(&h, addr(root)), "a second survival promotes it");
    assert!(order::exact_eq(root, expected));
    assert_old_points_nowhere_young(&h);
    // Later minor collections leave it where it is.
    let before = addr(root);
    for i in 0..3 {
        let _garbage = h.list(&[Term::int(i); 100]);
        unsafe { collect(&mut h, &[&mut root as *mut Term]) };
    }
    assert_eq!(addr(root), before);
    assert!(order::exact_eq(root, expected));
}

#[test]
fn old_data_never_refers_to_young_data() {
    // A list that grows at its head across collections: each new cell
    // (young) points at older cells, some promoted, some not.
    let mut h = Heap::new();
    let mut list = Term::NIL;
    for round in 0..40 {
        for i in 0..50 {
            list = h.cons(Term::int(round * 50 + i), list);
            let _garbage = h.tuple(&[list, list]);
        }
        unsafe { collect(&mut h, &[&mut list as *mut Term]) };
        assert_old_points_nowhere_young(&h);
    }
    assert_eq!(list.list_len(), Some(2000));
    let items = list.list_to_vec().expect("a proper list");
    assert!(items.iter().rev().enumerate().all(|(i, t)| *t == Term::int(i as i64)));
}

#[test]
fn major_collections_reclaim_old_garbage() {
    let mut h = Heap::new();
    // Promote a large structure, then drop it.
    let mut big = h.list(&[Term::int(1); 5000]);
    unsafe { collect(&mut h, &[&mut big as *mut Term]) };
    unsafe { collect(&mut h, &[&mut big as *mut Term]) };
    assert!(h.old_words() >= 10_000);
    let mut small = h.tuple(&[Term::int(7)]);
    // Minor collections do not look at old data ...
    unsafe { collect(&mut h, &[&mut small as *mut Term]) };
    assert!(h.old_words() >= 10_000);
    // ... a major one does.
    unsafe { collect_major(&mut h, &[&mut small as *mut Term]) };
    assert!(h.old_words() < 10, "old garbage reclaimed: {} words left", h.old_words());
    assert_eq!(small.as_tuple().map(|t| t[0]), Some(Term::int(7)));
    // Promotion past the limit the major set triggers another one.
    let mut keep = Term::NIL;
    for _ in 0..30 {
        keep = h.list(&[Term::int(2); 2000]);
        unsafe { collect(&mut h, &[&mut keep as *mut Term]) };
    }
    assert!(h.old_words() < 12_000, "the old generation stays bounded: {}", h.old_words());
    assert_eq!(keep.list_len(), Some(2000));
}

#[test]
fn allocation_bumps_and_overflows_until_a_collection() {
    let mut h = Heap::for_process();
    assert!(h.capacity_words() * 8 < 1000, "a fresh process's heap is small");
    assert!(!h.wants_gc());
    let mut l = Term::NIL;
    for i in 0..1000 {
        l = h.cons(Term::int(i), l);
    }
    assert!(h.wants_gc(), "the nursery overflowed");
    assert_eq!(h.used_words(), 2000);
    unsafe { collect(&mut h, &[&mut l as *mut Term]) };
    assert!(!h.wants_gc());
    assert_eq!(l.list_len(), Some(1000));
    assert_eq!(h.used_words(), 2000);
}

#[test]
fn process_roots_in_registers_stack_dictionary_and_mailbox_survive() {
    let mut p = crate::process::Process::new(1, std::sync::Arc::new(crate::vm::Vm::new()));
    let key = p.heap.string("key");
    let value = p.heap.tuple(&[Term::int(1), key]);
    p.dictionary.push((key, value));
    let on_stack = p.heap.list(&[Term::int(2), Term::int(3)]);
    p.stack.push(on_stack);
    // A message arrives as its own fragment and joins the heap.
    let mut fragment = Heap::with_capacity(16);
    let msg = fragment.tuple(&[Term::atom(crate::term::atoms::ok), Term::int(4)]);
    p.heap.absorb(fragment);
    p.mailbox.push_back(msg);
    for i in 0..2000 {
        let _garbage = p.heap.tuple(&[Term::int(i)]);
    }
    let mut reference = Heap::new();
    let expected = reference.tuple(&[key, value, on_stack, msg]);
    let expected = reference.copy_term(expected);
    for _ in 0..3 {
        collect_process(&mut p, 0);
        let (k, v) = p.dictionary[0];
        let now = reference.tuple(&[k, v, p.stack[0], p.mailbox[0]]);
        assert!(order::exact_eq(now, expected));
        assert_old_points_nowhere_young(&p.heap);
    }
    assert!(p.heap.used_words() < 100, "the garbage is gone");
}

/// Allocates `words` words of garbage (one-field tuples).
fn garbage(h: &mut Heap, words: usize) {
    for i in 0..words / 2 {
        let _ = h.tuple(&[Term::int(i as i64)]);
    }
}

#[test]
fn a_process_that_collects_once_keeps_a_small_nursery() {
    let mut h = Heap::new();
    let mut root = h.tuple(&[Term::int(1), Term::int(2)]);
    garbage(&mut h, 2000);
    unsafe { collect(&mut h, &[&mut root as *mut Term]) };
    assert_eq!(h.nursery_words(), 233, "BEAM's minimum, not a 4,000-word floor");
    assert!(h.capacity_words() < 1000, "{} words", h.capacity_words());
}

#[test]
fn a_small_heap_keeps_its_few_survivors_young_in_one_block() {
    let mut h = Heap::new();
    let mut state = h.list(&[Term::int(5); 20]);
    let base = h.nursery_base();
    // (Few enough collections in quick succession to keep the minimum
    // floor: see `Heat`.)
    for round in 0..8 {
        garbage(&mut h, 200);
        // A message waiting outside the nursery when it collects.
        let mut message = Heap::new();
        let _ = message.tuple(&[Term::int(round)]);
        h.absorb(message);
        unsafe { collect(&mut h, &[&mut state as *mut Term]) };
        assert_eq!(state.list_len(), Some(20));
    }
    assert_eq!(h.old_words(), 0, "no old generation for 40 words");
    assert_eq!(h.nursery_words(), 233, "the nursery did not grow for the waiting messages");
    assert_eq!(h.nursery_base(), base, "and kept its block");
    assert_eq!(h.capacity_words(), 233);
}

#[test]
fn survivors_that_overflow_a_small_copy_target_spill_and_stay_whole() {
    let mut h = Heap::new();
    // 200 live words in the 233-word nursery, then 40 more arriving in a
    // message: 240 survivors, more than the nursery-sized copy target.
    let mut mine = h.list(&[Term::int(1); 100]);
    garbage(&mut h, 33);
    let mut message = Heap::new();
    let sent = message.list(&[Term::int(2); 20]);
    h.absorb(message);
    let mut theirs = sent;
    let roots = [&mut mine as *mut Term, &mut theirs as *mut Term];
    unsafe { collect(&mut h, &roots) };
    assert_eq!(h.young_words(), 240);
    assert!(h.nursery_words() >= 480, "the nursery grew to double them: {}", h.nursery_words());
    // The next collection promotes them all, the spilled ones too.
    unsafe { collect(&mut h, &roots) };
    assert_eq!(h.old_words(), 240);
    assert_old_points_nowhere_young(&h);
    for (t, v) in [(mine, 1), (theirs, 2)] {
        let items = t.list_to_vec().expect("a proper list");
        assert!(items.iter().all(|&i| i == Term::int(v)));
    }
    assert_eq!((mine.list_len(), theirs.list_len()), (Some(100), Some(20)));
}

#[test]
fn a_process_that_collects_often_gets_a_large_nursery() {
    let mut h = Heap::new();
    let mut root = h.tuple(&[Term::int(1), Term::int(2)]);
    // Collections a few microseconds apart; a pause on a loaded machine
    // only starts the climb again.
    for _ in 0..1000 {
        let words = h.nursery_words();
        garbage(&mut h, words);
        unsafe { collect(&mut h, &[&mut root as *mut Term]) };
        if h.nursery_words() >= 4096 {
            break;
        }
    }
    assert!(h.nursery_words() >= 4096, "{} words", h.nursery_words());
}

#[test]
fn an_explicit_major_collection_shrinks_the_heap_to_the_live_data() {
    let mut h = Heap::new();
    let items: Vec<Term> = (0..1000).map(Term::int).collect();
    let mut root = h.list(&items);
    garbage(&mut h, 20_000);
    unsafe { collect(&mut h, &[&mut root as *mut Term]) };
    garbage(&mut h, 20_000);
    let before = h.capacity_words();
    unsafe { super::collect_major_sized(&mut h, &mut super::RootList(&[&mut root as *mut Term]), true) };
    assert_eq!(h.old_words(), 2000, "only the list is kept");
    assert_eq!(h.young_words(), 0);
    assert!(h.capacity_words() <= 2584 + 233, "{} words (from {before})", h.capacity_words());
    assert_eq!(root.list_len(), Some(1000));
}

#[test]
fn a_requested_major_runs_at_the_next_collection() {
    let mut h = Heap::new();
    let mut root = h.tuple(&[Term::int(1)]);
    // Survive twice: the tuple is old, and so is what the root dropped
    // (with it, more than a small heap keeps young).
    unsafe { collect(&mut h, &[&mut root as *mut Term]) };
    let mut dropped = h.list(&[Term::int(2); 40]);
    unsafe { collect(&mut h, &[&mut root as *mut Term, &mut dropped as *mut Term]) };
    unsafe { collect(&mut h, &[&mut root as *mut Term, &mut dropped as *mut Term]) };
    assert_eq!(h.old_words(), 82);
    assert!(!h.wants_gc());
    h.request_major();
    assert!(h.wants_gc(), "the next safe point collects");
    unsafe { collect(&mut h, &[&mut root as *mut Term]) };
    assert_eq!(h.old_words(), 2, "the old garbage is gone: a major ran");
    assert!(!h.wants_gc());
}

#[test]
fn a_requested_major_is_not_forgotten_when_a_message_arrives() {
    let mut h = Heap::new();
    h.request_major();
    let mut message = Heap::new();
    let _ = message.tuple(&[Term::int(1)]);
    h.absorb(message);
    assert!(h.wants_gc());
}

#[test]
fn a_large_nursery_is_reused_as_the_next_copy_target() {
    let mut h = Heap::new();
    let items: Vec<Term> = (0..100_000).map(Term::int).collect();
    let mut long = h.list(&items);
    // Two survivals promote the long list; a major sizes the nursery to
    // it (past SPARE_MIN_WORDS).
    for _ in 0..2 {
        unsafe { collect(&mut h, &[&mut long as *mut Term]) };
    }
    unsafe { super::collect_major(&mut h, &[&mut long as *mut Term]) };
    assert!(h.nursery_words() >= crate::heap::SPARE_MIN_WORDS, "{} words", h.nursery_words());
    let mut bases = std::collections::HashSet::new();
    let mut young = Term::NIL;
    for round in 0..6 {
        let words = h.nursery_words();
        garbage(&mut h, words / 2);
        young = h.list(&[Term::int(round), young]);
        let mut reference = Heap::new();
        let expected = reference.copy_term(young);
        unsafe { collect(&mut h, &[&mut long as *mut Term, &mut young as *mut Term]) };
        assert!(order::exact_eq(young, expected));
        assert_old_points_nowhere_young(&h);
        bases.insert(h.nursery_base() as usize);
        bases.extend(h.more_ref().and_then(|m| m.spare.as_ref()).map(|b| b.base() as usize));
    }
    assert_eq!(long.list_len(), Some(100_000));
    assert!(long.as_cons().is_some_and(|(hd, _)| hd == Term::int(0)));
    assert_eq!(bases.len(), 2, "the nursery and the copy target keep their blocks");
    // An explicit major collection lets the spare go.
    unsafe { super::collect_major_sized(&mut h, &mut super::RootList(&[&mut long as *mut Term]), true) };
    assert!(h.more_ref().is_some_and(|m| m.spare.is_none()));
}

#[test]
fn a_list_copied_at_once_survives_collections() {
    let mut h = Heap::new();
    let items: Vec<Term> = (0..5000).map(Term::int).collect();
    let src = h.list(&items);
    let tail = h.list(&[Term::int(-1)]);
    let mut root = h.list_copy(src, tail).expect("a proper list");
    assert_eq!(h.list_copy(Term::NIL, tail), Some(tail));
    assert_eq!(h.list_copy(Term::int(3), tail), None);
    let improper = h.cons(Term::int(1), Term::int(2));
    assert_eq!(h.list_copy(improper, tail), None);
    for _ in 0..3 {
        unsafe { collect(&mut h, &[&mut root as *mut Term]) };
    }
    let got = root.list_to_vec().expect("a proper list");
    assert_eq!(got.len(), 5001);
    assert!(got[..5000].iter().zip(&items).all(|(a, b)| a == b));
    assert_eq!(got[5000], Term::int(-1));
}
