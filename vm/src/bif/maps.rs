//! The `maps` module's native functions and `erlang:map_size/1`,
//! `map_get/2`, `is_map_key/2`, with OTP's errors (`{badmap, M}`,
//! `{badkey, K}`, `badarg`). Maps are read and changed through
//! `term::map`, so `keys/1` and `to_list/1` come out in term order.

use crate::bif::Bif;
use crate::exception::{BifResult, Exception};
use crate::process::Process;
use crate::term::map::{self, MapRef, Update};
use crate::term::{atoms, order, Term, View};

type Pairs = Vec<(Term, Term)>;

/// Map `m`'s contents, else `{badmap, M}`.
fn map_arg<'a>(p: &mut Process, m: Term) -> Result<MapRef<'a>, Exception> {
    m.as_map().ok_or_else(|| Exception::error_with(&mut p.heap, atoms::badmap, m))
}

/// The value under `key` in map `m`, if `m` is a map holding it.
pub fn lookup(m: Term, key: Term) -> Option<Term> {
    match m.view() {
        View::Map(r) => r.get(key),
        _ => None,
    }
}

fn badkey(p: &mut Process, k: Term) -> Exception {
    Exception::error_with(&mut p.heap, atoms::badkey, k)
}

fn get2(p: &mut Process, a: &[Term]) -> BifResult {
    let m = map_arg(p, a[1])?;
    m.get(a[0]).ok_or_else(|| badkey(p, a[0]))
}

fn get3(p: &mut Process, a: &[Term]) -> BifResult {
    let m = map_arg(p, a[1])?;
    Ok(m.get(a[0]).unwrap_or(a[2]))
}

fn find(p: &mut Process, a: &[Term]) -> BifResult {
    let m = map_arg(p, a[1])?;
    match m.get(a[0]) {
        Some(v) => Ok(p.heap.tuple(&[Term::atom(atoms::ok), v])),
        None => Ok(Term::atom(atoms::error)),
    }
}

fn is_key(p: &mut Process, a: &[Term]) -> BifResult {
    let m = map_arg(p, a[1])?;
    Ok(Term::boolean(m.contains(a[0])))
}

fn put(p: &mut Process, a: &[Term]) -> BifResult {
    let m = map_arg(p, a[2])?;
    match map::update(&mut p.heap, a[2], m, a[0], a[1], true) {
        Update::Map(t) => Ok(t),
        Update::Absent => Err(badkey(p, a[0])),
    }
}

fn update(p: &mut Process, a: &[Term]) -> BifResult {
    let m = map_arg(p, a[2])?;
    match map::update(&mut p.heap, a[2], m, a[0], a[1], false) {
        Update::Map(t) => Ok(t),
        Update::Absent => Err(badkey(p, a[0])),
    }
}

fn remove(p: &mut Process, a: &[Term]) -> BifResult {
    let m = map_arg(p, a[1])?;
    Ok(map::remove(&mut p.heap, m, a[0]).unwrap_or(a[1]))
}

fn take(p: &mut Process, a: &[Term]) -> BifResult {
    let m = map_arg(p, a[1])?;
    match (m.get(a[0]), map::remove(&mut p.heap, m, a[0])) {
        (Some(val), Some(rest)) => Ok(p.heap.tuple(&[val, rest])),
        _ => Ok(Term::atom(atoms::error)),
    }
}

fn keys(p: &mut Process, a: &[Term]) -> BifResult {
    let m = map_arg(p, a[0])?;
    let ks: Vec<Term> = m.keys().collect();
    Ok(p.heap.list(&ks))
}

fn values(p: &mut Process, a: &[Term]) -> BifResult {
    let m = map_arg(p, a[0])?;
    let vs: Vec<Term> = m.values().collect();
    Ok(p.heap.list(&vs))
}

fn to_list(p: &mut Process, a: &[Term]) -> BifResult {
    let m = map_arg(p, a[0])?;
    let items: Vec<Term> = m.iter().map(|(k, v)| p.heap.tuple(&[k, v])).collect();
    Ok(p.heap.list(&items))
}

/// `from_list([{K, V}])`: later duplicates win.
fn from_list(p: &mut Process, a: &[Term]) -> BifResult {
    let items = a[0].list_to_vec().ok_or_else(Exception::badarg)?;
    let mut ps = Vec::with_capacity(items.len());
    for it in items {
        match it.as_tuple() {
            Some(&[k, v]) => ps.push((k, v)),
            _ => return Err(Exception::badarg()),
        }
    }
    Ok(p.heap.map(&mut ps))
}

fn from_keys(p: &mut Process, a: &[Term]) -> BifResult {
    let items = a[0].list_to_vec().ok_or_else(Exception::badarg)?;
    let mut ps: Pairs = items.into_iter().map(|k| (k, a[1])).collect();
    Ok(p.heap.map(&mut ps))
}

fn size(p: &mut Process, a: &[Term]) -> BifResult {
    let m = map_arg(p, a[0])?;
    Ok(Term::int(m.len() as i64))
}

fn new(p: &mut Process, _: &[Term]) -> BifResult {
    Ok(p.heap.map_sorted(&[]))
}

/// `merge(M1, M2)`: M2's values win. A sorted merge of the two maps' pairs,
/// or, when one map is much smaller, its pairs put into the larger one
/// (O(k log n): merging a few keys into a large map copies no whole map).
fn merge(p: &mut Process, a: &[Term]) -> BifResult {
    let m1 = map_arg(p, a[0])?;
    let m2 = map_arg(p, a[1])?;
    if m1.is_empty() {
        return Ok(a[1]);
    }
    if m2.is_empty() {
        return Ok(a[0]);
    }
    if m2.len() * 8 < m1.len() {
        return Ok(put_all(p, a[0], m2.iter(), true));
    }
    if m1.len() * 8 < m2.len() {
        return Ok(put_all(p, a[1], m1.iter(), false));
    }
    let mut out = Vec::with_capacity(m1.len() + m2.len());
    let (mut i1, mut i2) = (m1.iter().peekable(), m2.iter().peekable());
    while let (Some(&(k1, v1)), Some(&(k2, v2))) = (i1.peek(), i2.peek()) {
        match order::cmp_exact(k1, k2) {
            std::cmp::Ordering::Less => {
                out.push((k1, v1));
                i1.next();
            }
            std::cmp::Ordering::Greater => {
                out.push((k2, v2));
                i2.next();
            }
            std::cmp::Ordering::Equal => {
                out.push((k2, v2));
                i1.next();
                i2.next();
            }
        }
    }
    out.extend(i1);
    out.extend(i2);
    Ok(p.heap.map_sorted(&out))
}

/// `into` with each of `pairs` put in; a key already in `into` keeps its
/// value unless `overwrite`.
fn put_all(p: &mut Process, into: Term, pairs: impl Iterator<Item = (Term, Term)>, overwrite: bool) -> Term {
    let mut acc = into;
    for (k, v) in pairs {
        let View::Map(m) = acc.view() else { break };
        if !overwrite && m.contains(k) {
            continue;
        }
        if let Update::Map(next) = map::update(&mut p.heap, acc, m, k, v, true) {
            acc = next;
        }
    }
    acc
}

/// The key list of `with/2`, `without/2`: badarg if not a list (and the
/// map is one), `function_clause` if improper (OTP fails inside Erlang).
fn key_list(p: &mut Process, ks: Term, m: Term) -> Result<Vec<Term>, Exception> {
    map_arg(p, m)?;
    if !ks.is_list() {
        return Err(Exception::badarg());
    }
    ks.list_to_vec().ok_or_else(|| Exception::error_atom(atoms::function_clause))
}

fn with(p: &mut Process, a: &[Term]) -> BifResult {
    let wanted = key_list(p, a[0], a[1])?;
    let m = map_arg(p, a[1])?;
    let mut ps: Pairs = wanted.into_iter().filter_map(|w| m.get(w).map(|v| (w, v))).collect();
    Ok(p.heap.map(&mut ps))
}

/// One removal per unwanted key: O(k log n) on a large map.
fn without(p: &mut Process, a: &[Term]) -> BifResult {
    let unwanted = key_list(p, a[0], a[1])?;
    let mut acc = a[1];
    for u in unwanted {
        let View::Map(m) = acc.view() else { break };
        if let Some(next) = map::remove(&mut p.heap, m, u) {
            acc = next;
        }
    }
    Ok(acc)
}

/// `erlang:is_map_key(Key, Map)`.
fn is_map_key(p: &mut Process, a: &[Term]) -> BifResult {
    is_key(p, a)
}

pub(crate) const BIFS: &[Bif] = &[
    Bif::new("maps", "get", 2, get2),
    Bif::new("maps", "get", 3, get3),
    Bif::new("maps", "find", 2, find),
    Bif::new("maps", "is_key", 2, is_key),
    Bif::new("maps", "put", 3, put),
    Bif::new("maps", "update", 3, update),
    Bif::new("maps", "remove", 2, remove),
    Bif::new("maps", "take", 2, take),
    Bif::new("maps", "keys", 1, keys),
    Bif::new("maps", "values", 1, values),
    Bif::new("maps", "to_list", 1, to_list),
    Bif::new("maps", "from_list", 1, from_list),
    Bif::new("maps", "from_keys", 2, from_keys),
    Bif::new("maps", "size", 1, size),
    Bif::new("maps", "new", 0, new),
    Bif::new("maps", "merge", 2, merge),
    Bif::new("maps", "with", 2, with),
    Bif::new("maps", "without", 2, without),
    Bif::new("erlang", "map_size", 1, size),
    Bif::new("erlang", "map_get", 2, get2),
    Bif::new("erlang", "is_map_key", 2, is_map_key),
];
