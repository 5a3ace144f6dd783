//! `persistent_term`: terms stored for the program's life under a key,
//! readable by every process (`put/2`, `get/1,2`, `get/0`, `erase/1`,
//! `info/0`). Each term is kept in a heap of its own; `get` copies it to
//! the reader (OTP shares it instead; the result is the same term), in
//! the order keys were first put (OTP: its hash order).

use super::ets::Obj;
use super::Bif;
use crate::bif::erlang::hash::phash2;
use crate::exception::{BifResult, Exception};
use crate::process::Process;
use crate::term::{atoms, order, Term};
use std::sync::{LazyLock, Mutex, MutexGuard};

pub(crate) const BIFS: &[Bif] = &[
    Bif::new("persistent_term", "put", 2, put),
    Bif::new("persistent_term", "get", 1, get1),
    Bif::new("persistent_term", "get", 2, get2),
    Bif::new("persistent_term", "get", 0, get0),
    Bif::new("persistent_term", "erase", 1, erase),
    Bif::new("persistent_term", "info", 0, info),
];

/// One stored `{Key, Value}` pair, in its own heap (as ETS keeps objects).
struct Entry {
    pair: Obj,
    /// When its key was first put (`get/0` lists them in that order).
    seq: u64,
}

impl Entry {
    fn key(&self) -> Term {
        self.pair.at(1)
    }
    fn value(&self) -> Term {
        self.pair.at(2)
    }
}

/// The entries by their key's `phash2`.
#[derive(Default)]
struct Store {
    by_hash: hashbrown::HashMap<u32, Vec<Entry>>,
    next_seq: u64,
}

impl Store {
    fn find(&self, key: Term) -> Option<&Entry> {
        self.by_hash.get(&phash2(key))?.iter().find(|e| order::exact_eq(e.key(), key))
    }

    fn all(&self) -> Vec<&Entry> {
        let mut v: Vec<&Entry> = self.by_hash.values().flatten().collect();
        v.sort_by_key(|e| e.seq);
        v
    }
}

static TERMS: LazyLock<Mutex<Store>> = LazyLock::new(Default::default);

/// Erases every persistent term (a node restart).
pub(crate) fn clear_all() {
    *terms() = Store::default();
}

fn terms() -> MutexGuard<'static, Store> {
    TERMS.lock().unwrap_or_else(|e| e.into_inner())
}

fn put(p: &mut Process, a: &[Term]) -> BifResult {
    let pair = Obj::new(p.heap.tuple2(a[0], a[1]));
    let mut store = terms();
    let seq = store.find(a[0]).map_or(store.next_seq, |e| e.seq);
    store.next_seq += 1;
    let bucket = store.by_hash.entry(phash2(a[0])).or_default();
    bucket.retain(|e| !order::exact_eq(e.key(), a[0]));
    bucket.push(Entry { pair, seq });
    Ok(Term::atom(atoms::ok))
}

fn get1(p: &mut Process, a: &[Term]) -> BifResult {
    let store = terms();
    let e = store.find(a[0]).ok_or_else(Exception::badarg)?;
    Ok(p.heap.copy_term(e.value()))
}

fn get2(p: &mut Process, a: &[Term]) -> BifResult {
    let store = terms();
    Ok(store.find(a[0]).map_or(a[1], |e| p.heap.copy_term(e.value())))
}

fn get0(p: &mut Process, _: &[Term]) -> BifResult {
    let store = terms();
    let pairs: Vec<Term> = store.all().into_iter().map(|e| p.heap.copy_term(e.pair.term)).collect();
    Ok(p.heap.list(&pairs))
}

fn erase(_: &mut Process, a: &[Term]) -> BifResult {
    let mut store = terms();
    let h = phash2(a[0]);
    let Some(bucket) = store.by_hash.get_mut(&h) else { return Ok(Term::atom(atoms::false_)) };
    let before = bucket.len();
    bucket.retain(|e| !order::exact_eq(e.key(), a[0]));
    let found = bucket.len() < before;
    if bucket.is_empty() {
        store.by_hash.remove(&h);
    }
    Ok(Term::boolean(found))
}

fn info(p: &mut Process, _: &[Term]) -> BifResult {
    let store = terms();
    let all = store.all();
    let words: usize = all.iter().map(|e| e.pair.words()).sum();
    let key = Term::named;
    let mut pairs = vec![(key("count"), Term::int(all.len() as i64)), (key("memory"), Term::int((words * 8) as i64))];
    Ok(p.heap.map(&mut pairs))
}
