//! The tree against a sorted Vec model: inserts, updates and removals in
//! several orders, checking order, lookups and that old versions survive.

use super::*;
use crate::heap::Heap;

fn pairs(root: Term) -> Vec<(i64, i64)> {
    Iter::new(root).map(|(k, v)| (k.small_unchecked(), v.small_unchecked())).collect()
}

fn depths(t: Term, d: usize, out: &mut Vec<usize>) {
    match node(t) {
        Node::Leaf { .. } => out.push(d),
        Node::Inner { kids, .. } => kids.iter().for_each(|&k| depths(k, d + 1, out)),
    }
}

fn check(root: Term, model: &std::collections::BTreeMap<i64, i64>) {
    let want: Vec<(i64, i64)> = model.iter().map(|(&k, &v)| (k, v)).collect();
    assert_eq!(pairs(root), want);
    for (&k, &v) in model {
        assert_eq!(get(root, Term::int(k)), Some(Term::int(v)));
    }
    assert_eq!(get(root, Term::int(-1)), None);
    let mut ds = Vec::new();
    depths(root, 0, &mut ds);
    assert!(ds.windows(2).all(|w| w[0] == w[1]), "leaves at one depth");
}

#[test]
fn insert_update_remove_against_model() {
    let mut heap = Heap::new();
    let mut model = std::collections::BTreeMap::new();
    let seed: Vec<(Term, Term)> = (0..40).map(|i| (Term::int(i * 3), Term::int(i))).collect();
    let mut root = build(&mut heap, &seed);
    model.extend((0..40).map(|i| (i * 3, i)));
    check(root, &model);
    let first = root;
    // Ascending, descending and scattered keys.
    let keys: Vec<i64> = (200..600).chain((0..120).rev()).chain((0..500).map(|i| (i * 7919) % 1000)).collect();
    for (n, &k) in keys.iter().enumerate() {
        match put(&mut heap, root, Term::int(k), Term::int(n as i64), true) {
            Put::Added(r) | Put::Replaced(r) => root = r,
            Put::Same | Put::Absent => {}
        }
        model.insert(k, n as i64);
    }
    check(root, &model);
    assert!(matches!(put(&mut heap, root, Term::int(-5), Term::int(0), false), Put::Absent));
    for k in (0..1000).step_by(3) {
        if let Some(r) = remove(&mut heap, root, Term::int(k)) {
            root = r;
        }
        model.remove(&k);
    }
    check(root, &model);
    // The first version is untouched.
    assert_eq!(pairs(first), (0..40).map(|i| (i * 3, i)).collect::<Vec<_>>());
}

#[test]
fn build_sizes() {
    let mut heap = Heap::new();
    for n in [1usize, 16, 17, 33, 256, 257, 1000] {
        let ps: Vec<(Term, Term)> = (0..n as i64).map(|i| (Term::int(i), Term::int(-i))).collect();
        let root = build(&mut heap, &ps);
        let model = (0..n as i64).map(|i| (i, -i)).collect();
        check(root, &model);
    }
}
