//! The representation rule (flat up to FLAT_MAX keys, tree above) and that
//! maps of either kind survive garbage collection and message copying.

use super::*;
use crate::term::{order, View};

fn view<'a>(t: Term) -> MapRef<'a> {
    match t.view() {
        View::Map(m) => m,
        _ => panic!("not a map"),
    }
}

fn is_tree(t: Term) -> bool {
    matches!(view(t).0, Repr::Tree(..))
}

fn put(heap: &mut Heap, m: Term, k: i64) -> Term {
    match update(heap, m, view(m), Term::int(k), Term::int(-k), true) {
        Update::Map(t) => t,
        Update::Absent => panic!("insert refused"),
    }
}

#[test]
fn crossing_flat_max_both_ways() {
    let mut heap = Heap::new();
    let mut m = from_sorted(&mut heap, &[]);
    for k in 0..FLAT_MAX as i64 + 5 {
        m = put(&mut heap, m, k);
        assert_eq!(is_tree(m), view(m).len() > FLAT_MAX);
    }
    let built: Vec<(Term, Term)> = (0..FLAT_MAX as i64 + 5).map(|k| (Term::int(k), Term::int(-k))).collect();
    let direct = from_sorted(&mut heap, &built);
    assert!(order::exact_eq(m, direct));
    for k in 0..5 {
        m = remove(&mut heap, view(m), Term::int(k)).unwrap_or(m);
    }
    assert!(!is_tree(m));
    let flat = from_sorted(&mut heap, &built[5..]);
    assert!(order::exact_eq(m, flat));
    assert!(remove(&mut heap, view(m), Term::int(-1)).is_none());
}

#[test]
fn trees_survive_gc_and_copy() {
    let mut heap = Heap::new();
    let pairs: Vec<(Term, Term)> = (0..1000).map(|k| (Term::int(k), Term::int(k * 2))).collect();
    let mut m = from_sorted(&mut heap, &pairs);
    for k in 1000..1100 {
        m = put(&mut heap, m, k);
    }
    let mut reference = Heap::new();
    let expected = reference.copy_term(m);
    assert_eq!(crate::heap::copy_size(m), crate::heap::copy_size(expected));
    // SAFETY: `m` is a valid slot for the whole call.
    unsafe { crate::gc::collect(&mut heap, &[&mut m as *mut Term]) };
    assert!(order::exact_eq(m, expected));
    assert_eq!(view(m).len(), 1100);
    assert_eq!(view(m).get(Term::int(1050)), Some(Term::int(-1050)));
    assert_eq!(view(m).get(Term::int(500)), Some(Term::int(1000)));
}
