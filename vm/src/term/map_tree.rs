//! Maps above `map::FLAT_MAX` keys: a persistent B+ tree keyed by exact term
//! order (`order::cmp_exact`), so iteration stays in term order at every
//! size. Insert, update, remove and lookup touch one root-to-leaf path:
//! O(log n) words are copied, every other node is shared with the old map.
//!
//! Nodes are ordinary tuples on the process heap, reachable only through a
//! map object (`map.rs`), so the copying collector and message copying
//! handle them like any tuple; no code outside this file and `map.rs` ever
//! sees one. Word 0 of a node says which kind it is:
//!
//! - leaf: `m` (m >= 1), then m keys (ascending), then their m values;
//! - inner: `-c` (c >= 1 children), then c - 1 separator keys, then the c
//!   children. Every key of child i is >= separator i - 1 and < separator i.
//!
//! All leaves are at the same depth. Removal never merges nodes: a leaf
//! that empties is dropped, an inner node left with one child at the root
//! is replaced by it, and `map.rs` turns the map flat again at FLAT_MAX
//! keys. Nodes may thus be under-full after many removals; the depth stays
//! bounded by that of the largest size the tree ever had.

use crate::heap::Heap;
use crate::term::order::cmp_exact;
use crate::term::Term;
use smallvec::SmallVec;
use std::cmp::Ordering;

/// Most entries in a leaf and children of an inner node. maps_bench
/// 100,000 (inserts, lookups, a fold) took 890M instructions with 16/16,
/// 905M with 32/32 and 922M with 8/16: wider nodes copy more words per
/// insert, narrower ones make deeper paths.
const LEAF_MAX: usize = 16;
const INNER_MAX: usize = 16;

/// Scratch words for one node (one entry or child over the maximum, before
/// a split) on the Rust stack: a path copy makes no Rust allocation.
type Words = SmallVec<[Term; 2 * LEAF_MAX + 4]>;
const _: () = assert!(2 * INNER_MAX + 2 <= 2 * LEAF_MAX + 4);

enum Node<'a> {
    Leaf { keys: &'a [Term], vals: &'a [Term] },
    Inner { seps: &'a [Term], kids: &'a [Term] },
}

fn node<'a>(t: Term) -> Node<'a> {
    // Nodes are made only by this file, so the layout holds (module docs).
    let p: &'a [Term] = t.as_tuple().unwrap_or(&[]);
    let n = p.first().map_or(0, |w| w.small_unchecked());
    if n >= 0 {
        let m = n as usize;
        Node::Leaf { keys: &p[1..1 + m], vals: &p[1 + m..1 + 2 * m] }
    } else {
        let c = n.unsigned_abs() as usize;
        Node::Inner { seps: &p[1..c], kids: &p[c..2 * c] }
    }
}

fn leaf(heap: &mut Heap, keys: &[Term], vals: &[Term]) -> Term {
    let mut w = Words::new();
    w.push(Term::int(keys.len() as i64));
    w.extend_from_slice(keys);
    w.extend_from_slice(vals);
    heap.tuple(&w)
}

fn inner(heap: &mut Heap, seps: &[Term], kids: &[Term]) -> Term {
    debug_assert_eq!(seps.len() + 1, kids.len());
    let mut w = Words::new();
    w.push(Term::int(-(kids.len() as i64)));
    w.extend_from_slice(seps);
    w.extend_from_slice(kids);
    heap.tuple(&w)
}

/// A copy of node `t` with payload word `i` set to `val` (a changed child
/// or value): the common path copy, one node's words copied once.
fn with_word(heap: &mut Heap, t: Term, i: usize, val: Term) -> Term {
    let mut w = Words::from_slice(t.as_tuple().unwrap_or(&[]));
    w[i] = val;
    heap.tuple(&w)
}

/// Which child of an inner node may hold `key`.
#[inline]
fn child_index(seps: &[Term], key: Term) -> usize {
    seps.partition_point(|s| cmp_exact(*s, key) != Ordering::Greater)
}

#[inline]
fn search(keys: &[Term], key: Term) -> Result<usize, usize> {
    keys.binary_search_by(|k| cmp_exact(*k, key))
}

pub(crate) fn get(root: Term, key: Term) -> Option<Term> {
    let mut t = root;
    loop {
        match node(t) {
            Node::Leaf { keys, vals } => return search(keys, key).ok().map(|i| vals[i]),
            Node::Inner { seps, kids } => t = kids[child_index(seps, key)],
        }
    }
}

/// Inner nodes from the root down with the child taken at each; a tree of
/// a million keys is 5 levels deep.
type Path = SmallVec<[(Term, usize); 12]>;

/// The root-to-leaf path to `key`: each inner node and the child taken.
fn path_to(root: Term, key: Term) -> (Path, Term) {
    let mut path = Path::new();
    let mut t = root;
    while let Node::Inner { seps, kids } = node(t) {
        let i = child_index(seps, key);
        path.push((t, i));
        t = kids[i];
    }
    (path, t)
}

/// Rebuilds the nodes of `path` above a changed child, bottom-up. `carry`
/// is a node split off to the right of the changed child, with its least
/// key; a root that splits gets a new root above it.
fn rebuild(heap: &mut Heap, path: &[(Term, usize)], mut child: Term, mut carry: Option<(Term, Term)>) -> Term {
    for &(t, i) in path.iter().rev() {
        let Node::Inner { seps, kids } = node(t) else { unreachable!("path holds inner nodes") };
        let Some((sep, right)) = carry.take() else {
            child = with_word(heap, t, kids.len() + i, child);
            continue;
        };
        let mut s = Words::from_slice(seps);
        let mut k = Words::from_slice(kids);
        k[i] = child;
        s.insert(i, sep);
        k.insert(i + 1, right);
        if k.len() > INNER_MAX {
            // Appending at the end keeps the left node full (ascending
            // inserts then fill nodes instead of leaving them half empty).
            let h = if i + 2 == k.len() { k.len() - 1 } else { k.len() / 2 };
            let up = s[h - 1];
            child = inner(heap, &s[..h - 1], &k[..h]);
            carry = Some((up, inner(heap, &s[h..], &k[h..])));
        } else {
            child = inner(heap, &s, &k);
        }
    }
    match carry {
        Some((sep, right)) => inner(heap, &[sep], &[child, right]),
        None => child,
    }
}

/// What `put` did.
pub(crate) enum Put {
    /// The key held this very value: the map is unchanged.
    Same,
    /// The key's value was replaced; the new root.
    Replaced(Term),
    /// The key was added; the new root.
    Added(Term),
    /// The key is absent and `insert` was false.
    Absent,
}

/// Sets `key` to `val`; adds the key only if `insert`.
pub(crate) fn put(heap: &mut Heap, root: Term, key: Term, val: Term, insert: bool) -> Put {
    let (path, lf) = path_to(root, key);
    let Node::Leaf { keys, vals } = node(lf) else { unreachable!("path ends at a leaf") };
    match search(keys, key) {
        Ok(i) => {
            if vals[i] == val {
                return Put::Same;
            }
            let new = with_word(heap, lf, 1 + keys.len() + i, val);
            Put::Replaced(rebuild(heap, &path, new, None))
        }
        Err(_) if !insert => Put::Absent,
        Err(i) => {
            let mut k = Words::from_slice(keys);
            let mut v = Words::from_slice(vals);
            k.insert(i, key);
            v.insert(i, val);
            let (new, carry) = if k.len() > LEAF_MAX {
                let h = if i + 1 == k.len() { k.len() - 1 } else { k.len() / 2 };
                let right = leaf(heap, &k[h..], &v[h..]);
                (leaf(heap, &k[..h], &v[..h]), Some((k[h], right)))
            } else {
                (leaf(heap, &k, &v), None)
            };
            Put::Added(rebuild(heap, &path, new, carry))
        }
    }
}

/// The tree without `key` (a new root), or `None` if the key is absent.
/// The tree must hold more than one key.
pub(crate) fn remove(heap: &mut Heap, root: Term, key: Term) -> Option<Term> {
    let (path, lf) = path_to(root, key);
    let Node::Leaf { keys, vals } = node(lf) else { unreachable!("path ends at a leaf") };
    let i = search(keys, key).ok()?;
    // `child` is the rebuilt node below the current level; None: it emptied.
    let mut child = if keys.len() > 1 {
        let mut k = Words::from_slice(keys);
        let mut v = Words::from_slice(vals);
        k.remove(i);
        v.remove(i);
        Some(leaf(heap, &k, &v))
    } else {
        None
    };
    for &(t, i) in path.iter().rev() {
        let Node::Inner { seps, kids } = node(t) else { unreachable!("path holds inner nodes") };
        if let Some(c) = child {
            child = Some(with_word(heap, t, kids.len() + i, c));
            continue;
        }
        let mut s = Words::from_slice(seps);
        let mut k = Words::from_slice(kids);
        k.remove(i);
        if !s.is_empty() {
            s.remove(i.saturating_sub(1));
        }
        child = if k.is_empty() { None } else { Some(inner(heap, &s, &k)) };
    }
    let mut root = child?;
    // A root with one child is replaced by it.
    while let Node::Inner { kids: [only], .. } = node(root) {
        root = *only;
    }
    Some(root)
}

/// A tree of `pairs`, sorted by key without duplicates (at least one).
pub(crate) fn build(heap: &mut Heap, pairs: &[(Term, Term)]) -> Term {
    let mut level: Vec<(Term, Term)> = Vec::with_capacity(pairs.len().div_ceil(LEAF_MAX));
    let (mut ks, mut vs) = (Vec::with_capacity(LEAF_MAX), Vec::with_capacity(LEAF_MAX));
    for chunk in even_chunks(pairs, LEAF_MAX) {
        ks.clear();
        vs.clear();
        ks.extend(chunk.iter().map(|p| p.0));
        vs.extend(chunk.iter().map(|p| p.1));
        level.push((ks[0], leaf(heap, &ks, &vs)));
    }
    // Each level: (least key, node) of every node, in key order.
    while level.len() > 1 {
        let mut up = Vec::with_capacity(level.len().div_ceil(INNER_MAX));
        for group in even_chunks(&level, INNER_MAX) {
            ks.clear();
            vs.clear();
            ks.extend(group[1..].iter().map(|g| g.0));
            vs.extend(group.iter().map(|g| g.1));
            up.push((group[0].0, inner(heap, &ks, &vs)));
        }
        level = up;
    }
    level.first().map_or_else(|| leaf(heap, &[], &[]), |l| l.1)
}

/// `items` cut into the fewest runs of at most `max`, of near-equal length.
fn even_chunks<T>(items: &[T], max: usize) -> impl Iterator<Item = &[T]> {
    let n = items.len().div_ceil(max).max(1);
    let (base, extra) = (items.len() / n, items.len() % n);
    let mut start = 0;
    (0..n).map(move |i| {
        let len = base + usize::from(i < extra);
        let run = &items[start..start + len];
        start += len;
        run
    })
}

/// In-order iteration: a stack of (node, next index) from the root down.
pub(crate) struct Iter {
    stack: Vec<(Term, usize)>,
}

impl Iter {
    pub(crate) fn new(root: Term) -> Iter {
        let mut stack = Vec::with_capacity(8);
        stack.push((root, 0));
        Iter { stack }
    }
}

impl Iterator for Iter {
    type Item = (Term, Term);
    fn next(&mut self) -> Option<(Term, Term)> {
        loop {
            let (t, i) = self.stack.last_mut()?;
            match node(*t) {
                Node::Leaf { keys, vals } if *i < keys.len() => {
                    *i += 1;
                    return Some((keys[*i - 1], vals[*i - 1]));
                }
                Node::Inner { kids, .. } if *i < kids.len() => {
                    *i += 1;
                    let kid = kids[*i - 1];
                    self.stack.push((kid, 0));
                }
                _ => {
                    self.stack.pop();
                }
            }
        }
    }
}

#[cfg(test)]
mod tests;
