//! Maps, whatever their representation: the one access API (`MapRef`:
//! length, lookup, iteration in key order) and the constructors and
//! updates that keep the representation rule.
//!
//! A map object (`Kind::Map`) is one of two layouts, told apart by its
//! arity (a flat map's is always odd):
//!
//! - flat, up to FLAT_MAX keys: `n`, then n keys in exact term order, then
//!   their n values (as BEAM's flat maps, up to 32 keys);
//! - tree, above FLAT_MAX keys: `n` and the root of a B+ tree
//!   (`map_tree.rs`).
//!
//! Both iterate in exact term order of their keys, so equality, ordering,
//! hashing and printing never depend on how a map was built. OTP 25 keeps
//! maps above 32 keys as hash tries and iterates them in hash order; ferl
//! keeps term order at every size (see tests/README.md).

use super::map_tree::{self, Put};
use super::order::cmp_exact;
use super::{Header, Kind, Term, TAG_BOXED};
use crate::heap::Heap;

/// The most keys of a flat map (BEAM's MAP_SMALL_MAP_LIMIT).
pub const FLAT_MAX: usize = 32;

/// A map's contents, borrowed from the heap it lives on.
#[derive(Clone, Copy)]
pub struct MapRef<'a>(Repr<'a>);

#[derive(Clone, Copy)]
enum Repr<'a> {
    Flat(&'a [Term], &'a [Term]),
    /// Key count and tree root.
    Tree(usize, Term),
}

impl<'a> MapRef<'a> {
    /// The map whose object payload (the words after its header) is `p`.
    pub(crate) fn of_payload(p: &'a [Term]) -> MapRef<'a> {
        let n = p[0].small_unchecked() as usize;
        if p.len() == 2 && n > FLAT_MAX {
            MapRef(Repr::Tree(n, p[1]))
        } else {
            MapRef(Repr::Flat(&p[1..1 + n], &p[1 + n..1 + 2 * n]))
        }
    }

    pub fn len(self) -> usize {
        match self.0 {
            Repr::Flat(k, _) => k.len(),
            Repr::Tree(n, _) => n,
        }
    }

    pub fn is_empty(self) -> bool {
        self.len() == 0
    }

    /// The value under `key` (keys compare exactly: 1 and 1.0 differ).
    #[inline]
    pub fn get(self, key: Term) -> Option<Term> {
        match self.0 {
            Repr::Flat(k, v) => flat_find(k, key).map(|i| v[i]),
            Repr::Tree(_, root) => map_tree::get(root, key),
        }
    }

    pub fn contains(self, key: Term) -> bool {
        self.get(key).is_some()
    }

    /// Key/value pairs in exact term order of the keys.
    pub fn iter(self) -> Iter<'a> {
        match self.0 {
            Repr::Flat(k, v) => Iter(IterRepr::Flat(k.iter().zip(v.iter()))),
            Repr::Tree(_, root) => Iter(IterRepr::Tree(map_tree::Iter::new(root))),
        }
    }

    pub fn keys(self) -> impl Iterator<Item = Term> + 'a {
        self.iter().map(|p| p.0)
    }

    pub fn values(self) -> impl Iterator<Item = Term> + 'a {
        self.iter().map(|p| p.1)
    }

    /// All pairs, in key order.
    pub fn to_pairs(self) -> Vec<(Term, Term)> {
        match self.0 {
            Repr::Flat(k, v) => k.iter().copied().zip(v.iter().copied()).collect(),
            Repr::Tree(..) => self.iter().collect(),
        }
    }
}

impl std::fmt::Debug for MapRef<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_map().entries(self.iter()).finish()
    }
}

/// Iterator over a map's pairs in key order.
pub struct Iter<'a>(IterRepr<'a>);

enum IterRepr<'a> {
    Flat(std::iter::Zip<std::slice::Iter<'a, Term>, std::slice::Iter<'a, Term>>),
    Tree(map_tree::Iter),
}

impl Iterator for Iter<'_> {
    type Item = (Term, Term);
    #[inline]
    fn next(&mut self) -> Option<(Term, Term)> {
        match &mut self.0 {
            IterRepr::Flat(it) => it.next().map(|(&k, &v)| (k, v)),
            IterRepr::Tree(it) => it.next(),
        }
    }
}

/// Where `key` is among a flat map's `keys` (in exact term order).
/// An immediate key (an atom, a small integer, a pid, ...) is exactly
/// equal only to the same word, so it is scanned for, as BEAM does: a
/// binary search orders atoms by their names, several times dearer than
/// reading the at most `FLAT_MAX` words.
#[inline]
fn flat_find(keys: &[Term], key: Term) -> Option<usize> {
    if key.is_boxed() || key.is_cons() {
        keys.binary_search_by(|x| cmp_exact(*x, key)).ok()
    } else {
        keys.iter().position(|x| *x == key)
    }
}

/// As `flat_find`, or `Err` with where an absent `key` goes.
#[inline]
fn flat_search(keys: &[Term], key: Term) -> Result<usize, usize> {
    if key.is_boxed() || key.is_cons() {
        return keys.binary_search_by(|x| cmp_exact(*x, key));
    }
    match keys.iter().position(|x| *x == key) {
        Some(i) => Ok(i),
        // Absent: its place in the order.
        None => Err(keys.partition_point(|x| cmp_exact(*x, key) == std::cmp::Ordering::Less)),
    }
}

/// A map of `pairs`, sorted by key with no duplicates: flat up to FLAT_MAX
/// keys, else a tree.
pub fn from_sorted(heap: &mut Heap, pairs: &[(Term, Term)]) -> Term {
    let n = pairs.len();
    if n > FLAT_MAX {
        let root = map_tree::build(heap, pairs);
        return heap.boxed(Kind::Map, &[Term::int(n as i64), root]);
    }
    let w = flat_words(heap, n);
    for (j, &(k, v)) in pairs.iter().enumerate() {
        // SAFETY: `flat_words` gave n keys' and n values' words, written
        // here each once, before the term is made.
        unsafe {
            w.add(2 + j).write(k);
            w.add(2 + n + j).write(v);
        }
    }
    Term::from_ptr(w, TAG_BOXED)
}

/// A flat map object of `n` keys, its header and count written, its
/// keys (from the third word) and values (n words further) for the
/// caller to write, every one, before it makes the term: written
/// straight into the heap, no payload copied through a temporary.
fn flat_words(heap: &mut Heap, n: usize) -> *mut Term {
    let w = heap.alloc(2 + 2 * n);
    // SAFETY: `alloc` returned 2 + 2n writable words.
    unsafe {
        w.write(Header::new(Kind::Map, 1 + 2 * n).to_term());
        w.add(1).write(Term::int(n as i64));
    }
    w
}

fn tree_map(heap: &mut Heap, n: usize, root: Term) -> Term {
    heap.boxed(Kind::Map, &[Term::int(n as i64), root])
}

/// What `update` did.
pub enum Update {
    /// The new map (or the old one, when nothing changed).
    Map(Term),
    /// `key` is absent and may not be added.
    Absent,
}

/// Sets `key` to `val` in `map` (a map term); adds the key only if
/// `insert`. O(log n) for a tree, a copy for a flat map.
pub fn update(heap: &mut Heap, map: Term, m: MapRef, key: Term, val: Term, insert: bool) -> Update {
    match m.0 {
        Repr::Flat(k, v) => match flat_search(k, key) {
            Ok(i) => {
                if v[i] == val {
                    return Update::Map(map);
                }
                // The object's words, one value replaced.
                let n = k.len();
                let w = flat_words(heap, n);
                // SAFETY: `flat_words` gave n keys' and n values' words,
                // all written here before the term is made; `k` and `v`
                // are the old map's n words each, elsewhere (allocation
                // never moves or reuses words in use).
                unsafe {
                    std::ptr::copy_nonoverlapping(k.as_ptr(), w.add(2), n);
                    std::ptr::copy_nonoverlapping(v.as_ptr(), w.add(2 + n), n);
                    w.add(2 + n + i).write(val);
                }
                Update::Map(Term::from_ptr(w, TAG_BOXED))
            }
            Err(_) if !insert => Update::Absent,
            Err(i) if k.len() < FLAT_MAX => {
                // The object's words, `key` and `val` put in at `i`.
                let n = k.len() + 1;
                let w = flat_words(heap, n);
                // SAFETY: as above, for n = k.len() + 1 keys: the keys'
                // words are `k[..i]`, `key`, `k[i..]`, the values' alike.
                unsafe {
                    let (keys, vals) = (w.add(2), w.add(2 + n));
                    std::ptr::copy_nonoverlapping(k.as_ptr(), keys, i);
                    keys.add(i).write(key);
                    std::ptr::copy_nonoverlapping(k.as_ptr().add(i), keys.add(i + 1), n - 1 - i);
                    std::ptr::copy_nonoverlapping(v.as_ptr(), vals, i);
                    vals.add(i).write(val);
                    std::ptr::copy_nonoverlapping(v.as_ptr().add(i), vals.add(i + 1), n - 1 - i);
                }
                Update::Map(Term::from_ptr(w, TAG_BOXED))
            }
            Err(i) => {
                let mut ps = m.to_pairs();
                ps.insert(i, (key, val));
                Update::Map(from_sorted(heap, &ps))
            }
        },
        Repr::Tree(n, root) => match map_tree::put(heap, root, key, val, insert) {
            Put::Same => Update::Map(map),
            Put::Replaced(r) => Update::Map(tree_map(heap, n, r)),
            Put::Added(r) => Update::Map(tree_map(heap, n + 1, r)),
            Put::Absent => Update::Absent,
        },
    }
}

/// `map` (a map term) without `key`, or `None` if it has no such key.
pub fn remove(heap: &mut Heap, m: MapRef, key: Term) -> Option<Term> {
    match m.0 {
        Repr::Flat(k, _) => {
            let i = flat_find(k, key)?;
            let mut ps = m.to_pairs();
            ps.remove(i);
            Some(from_sorted(heap, &ps))
        }
        Repr::Tree(n, root) => {
            let r = map_tree::remove(heap, root, key)?;
            if n - 1 > FLAT_MAX {
                Some(tree_map(heap, n - 1, r))
            } else {
                // Back to flat at FLAT_MAX keys, as BEAM.
                let ps: Vec<(Term, Term)> = map_tree::Iter::new(r).collect();
                Some(from_sorted(heap, &ps))
            }
        }
    }
}

#[cfg(test)]
mod tests;
