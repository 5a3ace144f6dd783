//! The collector keeps exactly what the roots reach, with contents,
//! sharing and out-of-heap pointers intact.

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
