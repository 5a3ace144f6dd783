//! The process dictionary: `get/0,1`, `put/2`, `erase/0,1`, `get_keys/0,1`.
//! Keys compare with `=:=`. OTP lists entries in hash-table order; we list
//! the most recently inserted first, which matches OTP for small integer
//! keys inserted in ascending order.

use crate::bif::Bif;
use crate::exception::BifResult;
use crate::process::Process;
use crate::term::{atoms, order, Term};

fn position(p: &Process, key: Term) -> Option<usize> {
    p.dictionary.iter().position(|(k, _)| order::exact_eq(*k, key))
}

fn undefined() -> Term {
    Term::atom(atoms::undefined)
}

fn get0(p: &mut Process, _: &[Term]) -> BifResult {
    let pairs: Vec<(Term, Term)> = p.dictionary.iter().rev().copied().collect();
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
            p.dictionary.push((a[0], a[1]));
            Ok(undefined())
        }
    }
}

fn erase0(p: &mut Process, a: &[Term]) -> BifResult {
    let all = get0(p, a)?;
    p.dictionary.clear();
    Ok(all)
}

fn erase1(p: &mut Process, a: &[Term]) -> BifResult {
    match position(p, a[0]) {
        Some(i) => Ok(p.dictionary.remove(i).1),
        None => Ok(undefined()),
    }
}

fn get_keys0(p: &mut Process, _: &[Term]) -> BifResult {
    let keys: Vec<Term> = p.dictionary.iter().rev().map(|e| e.0).collect();
    Ok(p.heap.list(&keys))
}

/// `get_keys(Value)`: the keys whose value is `=:=` to `Value`.
fn get_keys1(p: &mut Process, a: &[Term]) -> BifResult {
    let keys: Vec<Term> = p.dictionary.iter().rev().filter(|e| order::exact_eq(e.1, a[0])).map(|e| e.0).collect();
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
