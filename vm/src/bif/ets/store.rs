//! The objects of one ETS table. Each object is a copy of the inserted
//! tuple in a heap of its own (the table outlives the inserting process's
//! heap, and a lookup copies it back out), found by its key:
//!
//! - `set`, `bag`, `duplicate_bag`: groups of objects with the same key
//!   (`=:=`), in slots in the order their keys first came, found through
//!   the key's `phash2`. OTP walks these tables in its hash order, which
//!   a program cannot rely on; here the order is the keys' arrival.
//! - `ordered_set`: keys in term order, compared with `==` (so `1` and
//!   `1.0` are the same key), as OTP's.

use crate::bif::erlang::hash::phash2;
use crate::heap::{copy_size, Heap};
use crate::term::order;
use crate::term::Term;
use std::cmp::Ordering;
use std::collections::BTreeMap;

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Kind {
    Set,
    OrderedSet,
    Bag,
    DuplicateBag,
}

impl Kind {
    pub fn name(self) -> &'static str {
        match self {
            Kind::Set => "set",
            Kind::OrderedSet => "ordered_set",
            Kind::Bag => "bag",
            Kind::DuplicateBag => "duplicate_bag",
        }
    }

    pub fn is_bag(self) -> bool {
        matches!(self, Kind::Bag | Kind::DuplicateBag)
    }
}

/// A stored object: a tuple copied into its own heap.
pub struct Obj {
    pub term: Term,
    heap: Heap,
}

impl Obj {
    pub fn new(t: Term) -> Obj {
        let mut heap = Heap::with_capacity(copy_size(t));
        let term = heap.copy_term(t);
        Obj { term, heap }
    }

    /// The object's element at 1-based `pos` (the caller checked the arity).
    pub fn at(&self, pos: usize) -> Term {
        self.term.as_tuple().map_or(Term::NIL, |e| e[pos - 1])
    }

    pub fn words(&self) -> usize {
        self.heap.used_words()
    }
}

/// A key of an `ordered_set`, ordered as OTP orders them (`==`).
struct OrdKey(Term);

impl PartialEq for OrdKey {
    fn eq(&self, o: &Self) -> bool {
        order::cmp(self.0, o.0) == Ordering::Equal
    }
}
impl Eq for OrdKey {}
impl PartialOrd for OrdKey {
    fn partial_cmp(&self, o: &Self) -> Option<Ordering> {
        Some(self.cmp(o))
    }
}
impl Ord for OrdKey {
    fn cmp(&self, o: &Self) -> Ordering {
        order::cmp(self.0, o.0)
    }
}

pub struct Store {
    pub kind: Kind,
    /// 1-based position of the key in each object.
    pub keypos: usize,
    /// Hash tables: object groups by slot, emptied slots left `None`
    /// until `holes` passes half of them.
    slots: Vec<Option<Vec<Obj>>>,
    index: hashbrown::HashMap<u32, smallvec::SmallVec<[u32; 1]>>,
    holes: usize,
    /// `ordered_set`: the object of each key (the key term points into
    /// the object's own heap).
    ordered: BTreeMap<OrdKey, Obj>,
    size: usize,
}

impl Store {
    pub fn new(kind: Kind, keypos: usize) -> Store {
        Store {
            kind,
            keypos,
            slots: Vec::new(),
            index: Default::default(),
            holes: 0,
            ordered: BTreeMap::new(),
            size: 0,
        }
    }

    pub fn size(&self) -> usize {
        self.size
    }

    /// Words the objects take.
    pub fn words(&self) -> usize {
        self.each().map(Obj::words).sum()
    }

    fn slot_of(&self, key: Term) -> Option<usize> {
        let h = phash2(key);
        let keypos = self.keypos;
        self.index.get(&h)?.iter().map(|&s| s as usize).find(|&s| {
            self.slots[s].as_ref().and_then(|g| g.first()).is_some_and(|o| order::exact_eq(o.at(keypos), key))
        })
    }

    /// The objects with key `key`, oldest first.
    pub fn get(&self, key: Term) -> &[Obj] {
        if self.kind == Kind::OrderedSet {
            return self.ordered.get(&OrdKey(key)).map_or(&[], std::slice::from_ref);
        }
        self.slot_of(key).and_then(|s| self.slots[s].as_deref()).unwrap_or(&[])
    }

    pub fn contains(&self, key: Term) -> bool {
        !self.get(key).is_empty()
    }

    /// Adds `obj` (a tuple of at least `keypos` elements): it replaces the
    /// object with its key in a set, joins the key's objects in a bag
    /// unless an equal one is there already, and always in a duplicate bag.
    pub fn insert(&mut self, obj: Term) {
        let key = obj.as_tuple().map_or(Term::NIL, |e| e[self.keypos - 1]);
        if self.kind == Kind::OrderedSet {
            // Copied before the old object goes: `obj` may share its terms
            // (an update). The old key points into the old object's heap,
            // so both go.
            let o = Obj::new(obj);
            if self.ordered.remove(&OrdKey(key)).is_some() {
                self.size -= 1;
            }
            let k = o.at(self.keypos);
            self.ordered.insert(OrdKey(k), o);
            self.size += 1;
            return;
        }
        match self.slot_of(key) {
            Some(s) => {
                let kind = self.kind;
                let Some(group) = self.slots[s].as_mut() else { return };
                match kind {
                    Kind::Set => {
                        group[0] = Obj::new(obj);
                        return;
                    }
                    Kind::Bag if group.iter().any(|o| order::exact_eq(o.term, obj)) => return,
                    _ => group.push(Obj::new(obj)),
                }
            }
            None => {
                let s = self.slots.len() as u32;
                self.slots.push(Some(vec![Obj::new(obj)]));
                self.index.entry(phash2(key)).or_default().push(s);
            }
        }
        self.size += 1;
    }

    /// Removes the objects with key `key`, giving them back.
    pub fn take(&mut self, key: Term) -> Vec<Obj> {
        if self.kind == Kind::OrderedSet {
            let taken: Vec<Obj> = self.ordered.remove(&OrdKey(key)).into_iter().collect();
            self.size -= taken.len();
            return taken;
        }
        let Some(s) = self.slot_of(key) else { return Vec::new() };
        let group = self.slots[s].take().unwrap_or_default();
        self.size -= group.len();
        self.forget_slot(key, s);
        group
    }

    fn forget_slot(&mut self, key: Term, s: usize) {
        let h = phash2(key);
        if let Some(v) = self.index.get_mut(&h) {
            v.retain(|x| *x as usize != s);
            if v.is_empty() {
                self.index.remove(&h);
            }
        }
        self.holes += 1;
        if self.holes * 2 > self.slots.len() {
            self.compact();
        }
    }

    /// Drops the emptied slots, keeping the order of the others.
    fn compact(&mut self) {
        let slots: Vec<Option<Vec<Obj>>> =
            std::mem::take(&mut self.slots).into_iter().filter(Option::is_some).collect();
        self.slots = slots;
        self.holes = 0;
        self.index.clear();
        for (s, g) in self.slots.iter().enumerate() {
            if let Some(o) = g.as_ref().and_then(|g| g.first()) {
                self.index.entry(phash2(o.at(self.keypos))).or_default().push(s as u32);
            }
        }
    }

    /// Removes the objects of key `key` for which `drop` holds; how many.
    pub fn remove_where(&mut self, key: Term, mut drop: impl FnMut(&Obj) -> bool) -> usize {
        if self.kind == Kind::OrderedSet {
            let hit = self.ordered.get(&OrdKey(key)).is_some_and(&mut drop);
            if hit {
                self.ordered.remove(&OrdKey(key));
                self.size -= 1;
            }
            return usize::from(hit);
        }
        let Some(s) = self.slot_of(key) else { return 0 };
        let Some(group) = self.slots[s].as_mut() else { return 0 };
        let before = group.len();
        group.retain(|o| !drop(o));
        let gone = before - group.len();
        self.size -= gone;
        if group.is_empty() {
            self.slots[s] = None;
            self.forget_slot(key, s);
        }
        gone
    }

    pub fn clear(&mut self) {
        self.slots.clear();
        self.index.clear();
        self.holes = 0;
        self.ordered.clear();
        self.size = 0;
    }

    /// Every object, in the table's order.
    pub fn each(&self) -> Box<dyn Iterator<Item = &Obj> + '_> {
        if self.kind == Kind::OrderedSet {
            return Box::new(self.ordered.values());
        }
        Box::new(self.slots.iter().flatten().flatten())
    }

    pub fn first(&self) -> Option<Term> {
        if self.kind == Kind::OrderedSet {
            return self.ordered.keys().next().map(|k| k.0);
        }
        self.slots.iter().flatten().filter_map(|g| g.first()).map(|o| o.at(self.keypos)).next()
    }

    pub fn last(&self) -> Option<Term> {
        if self.kind == Kind::OrderedSet {
            return self.ordered.keys().next_back().map(|k| k.0);
        }
        self.first()
    }

    /// The key after `key`: `Err(())` when `key` is not in a hash table
    /// (OTP's badarg), `Ok(None)` at the end.
    pub fn next(&self, key: Term) -> Result<Option<Term>, ()> {
        use std::ops::Bound::{Excluded, Unbounded};
        if self.kind == Kind::OrderedSet {
            return Ok(self.ordered.range((Excluded(OrdKey(key)), Unbounded)).next().map(|(k, _)| k.0));
        }
        let s = self.slot_of(key).ok_or(())?;
        Ok(self.slots[s + 1..].iter().flatten().filter_map(|g| g.first()).map(|o| o.at(self.keypos)).next())
    }

    /// The key before `key` (a hash table has no order: its `prev` is `next`).
    pub fn prev(&self, key: Term) -> Result<Option<Term>, ()> {
        use std::ops::Bound::{Excluded, Unbounded};
        if self.kind == Kind::OrderedSet {
            return Ok(self.ordered.range((Unbounded, Excluded(OrdKey(key)))).next_back().map(|(k, _)| k.0));
        }
        self.next(key)
    }
}
