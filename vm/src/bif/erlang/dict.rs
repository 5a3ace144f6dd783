//! The process dictionary: `get/0,1`, `put/2`, `erase/0,1`, `get_keys/0,1`.
//! Keys compare with `=:=`. OTP lists entries in hash-table order; we list
//! the most recently inserted first, which matches OTP for small integer
//! keys inserted in ascending order.

use crate::bif::Bif;
use crate::exception::BifResult;
use crate::process::Process;
use crate::term::{atoms, order, Term};

/// Where `key` is in the dictionary, through the hash index (`dict_index`
/// maps phash2 of a key to its positions), so get/put stay O(1).
fn position(p: &Process, key: Term) -> Option<usize> {
    let h = super::hash::phash2(key);
    p.dict_index.get(&h)?.iter().map(|&i| i as usize).find(|&i| order::exact_eq(p.dictionary[i].0, key))
}

fn rebuild_index(p: &mut Process) {
    p.dict_index.clear();
    for (i, (k, _)) in p.dictionary.iter().enumerate() {
        p.dict_index.entry(super::hash::phash2(*k)).or_default().push(i as u32);
    }
}

fn undefined() -> Term {
    Term::atom(atoms::undefined)
}

fn get0(p: &mut Process, _: &[Term]) -> BifResult {
    let pairs: Vec<(Term, Term)> = p.dictionary.iter().rev().filter(|e| !e.0.is_non_value()).copied().collect();
    let items: Vec<Term> = pairs.iter().map(|&(k, v)| p.heap.tuple(&[k, v])).collect();
    Ok(p.heap.list(&items))
}

fn get1(p: &mut Process, a: &[Term]) -> BifResult {
    Ok(position(p, a[0]).map(|i| p.dictionary[i].1).unwrap_or_else(undefined))
}

/// `put(Key, Value)`: the previous value, or `undefined`.
fn put(p: &mut Process, a: &[Term]) -> BifResult {
    match position(p, a[0]) {
        Some(i) => Ok(std::mem::replace(&mut p.dictionary[i].1, a[1])),
        None => {
            let i = p.dictionary.len() as u32;
            p.dictionary.push((a[0], a[1]));
            p.dict_index.entry(super::hash::phash2(a[0])).or_default().push(i);
            Ok(undefined())
        }
    }
}

fn erase0(p: &mut Process, a: &[Term]) -> BifResult {
    let all = get0(p, a)?;
    p.dictionary.clear();
    p.dict_index.clear();
    p.dict_holes = 0;
    Ok(all)
}

fn erase1(p: &mut Process, a: &[Term]) -> BifResult {
    match position(p, a[0]) {
        Some(i) => {
            // Leave a hole (a non-value key) and drop it from the index;
            // compact once holes are half the table, so erase stays O(1).
            let v = std::mem::replace(&mut p.dictionary[i], (Term::NON_VALUE, Term::NIL)).1;
            let h = super::hash::phash2(a[0]);
            if let Some(slots) = p.dict_index.get_mut(&h) {
                slots.retain(|s| *s as usize != i);
            }
            p.dict_holes += 1;
            if p.dict_holes * 2 > p.dictionary.len() {
                p.dictionary.retain(|e| !e.0.is_non_value());
                p.dict_holes = 0;
                rebuild_index(p);
            }
            Ok(v)
        }
        None => Ok(undefined()),
    }
}

fn get_keys0(p: &mut Process, _: &[Term]) -> BifResult {
    let keys: Vec<Term> = p.dictionary.iter().rev().filter(|e| !e.0.is_non_value()).map(|e| e.0).collect();
    Ok(p.heap.list(&keys))
}

/// `get_keys(Value)`: the keys whose value is `=:=` to `Value`.
fn get_keys1(p: &mut Process, a: &[Term]) -> BifResult {
    let keys: Vec<Term> =
        p.dictionary.iter().rev().filter(|e| !e.0.is_non_value() && order::exact_eq(e.1, a[0])).map(|e| e.0).collect();
    Ok(p.heap.list(&keys))
}

pub(crate) const BIFS: &[Bif] = &[
    Bif::new("erlang", "get", 0, get0),
    Bif::new("erlang", "get", 1, get1),
    Bif::new("erlang", "put", 2, put),
    Bif::new("erlang", "erase", 0, erase0),
    Bif::new("erlang", "erase", 1, erase1),
    Bif::new("erlang", "get_keys", 0, get_keys0),
    Bif::new("erlang", "get_keys", 1, get_keys1),
];
