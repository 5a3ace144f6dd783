//! The `maps` module's native functions and `erlang:map_size/1`,
//! `map_get/2`, `is_map_key/2`, with OTP's errors (`{badmap, M}`,
//! `{badkey, K}`, `badarg`). Maps are flat: keys sorted by
//! `order::cmp_exact`, so `keys/1` and `to_list/1` come out in term order.

use crate::bif::Bif;
use crate::exception::{BifResult, Exception};
use crate::process::Process;
use crate::term::{atoms, order, Term, View};

type Pairs = Vec<(Term, Term)>;

/// The keys and values of map `m`, else `{badmap, M}`.
fn map_arg<'a>(p: &mut Process, m: Term) -> Result<(&'a [Term], &'a [Term]), Exception> {
    match m.view() {
        View::Map(k, v) => Ok((k, v)),
        _ => Err(Exception::error_with(&mut p.heap, atoms::badmap, m)),
    }
}

fn pairs(k: &[Term], v: &[Term]) -> Pairs {
    k.iter().copied().zip(v.iter().copied()).collect()
}

fn find_key(keys: &[Term], key: Term) -> Result<usize, usize> {
    keys.binary_search_by(|k| order::cmp_exact(*k, key))
}

/// The value under `key` in map `m`, if `m` is a map holding it.
pub fn lookup(m: Term, key: Term) -> Option<Term> {
    match m.view() {
        View::Map(k, v) => find_key(k, key).ok().map(|i| v[i]),
        _ => None,
    }
}

fn badkey(p: &mut Process, k: Term) -> Exception {
    Exception::error_with(&mut p.heap, atoms::badkey, k)
}

fn get2(p: &mut Process, a: &[Term]) -> BifResult {
    let (k, v) = map_arg(p, a[1])?;
    match find_key(k, a[0]) {
        Ok(i) => Ok(v[i]),
        Err(_) => Err(badkey(p, a[0])),
    }
}

fn get3(p: &mut Process, a: &[Term]) -> BifResult {
    let (k, v) = map_arg(p, a[1])?;
    Ok(find_key(k, a[0]).map(|i| v[i]).unwrap_or(a[2]))
}

fn find(p: &mut Process, a: &[Term]) -> BifResult {
    let (k, v) = map_arg(p, a[1])?;
    match find_key(k, a[0]) {
        Ok(i) => Ok(p.heap.tuple(&[Term::atom(atoms::ok), v[i]])),
        Err(_) => Ok(Term::atom(atoms::error)),
    }
}

fn is_key(p: &mut Process, a: &[Term]) -> BifResult {
    let (k, _) = map_arg(p, a[1])?;
    Ok(Term::boolean(find_key(k, a[0]).is_ok()))
}

fn put(p: &mut Process, a: &[Term]) -> BifResult {
    let (k, v) = map_arg(p, a[2])?;
    let mut ps = pairs(k, v);
    match find_key(k, a[0]) {
        Ok(i) => {
            if order::exact_eq(v[i], a[1]) {
                return Ok(a[2]);
            }
            ps[i].1 = a[1];
        }
        Err(i) => ps.insert(i, (a[0], a[1])),
    }
    Ok(p.heap.map_sorted(&ps))
}

fn update(p: &mut Process, a: &[Term]) -> BifResult {
    let (k, v) = map_arg(p, a[2])?;
    match find_key(k, a[0]) {
        Ok(i) => {
            let mut ps = pairs(k, v);
            ps[i].1 = a[1];
            Ok(p.heap.map_sorted(&ps))
        }
        Err(_) => Err(badkey(p, a[0])),
    }
}

fn remove(p: &mut Process, a: &[Term]) -> BifResult {
    let (k, v) = map_arg(p, a[1])?;
    match find_key(k, a[0]) {
        Ok(i) => {
            let mut ps = pairs(k, v);
            ps.remove(i);
            Ok(p.heap.map_sorted(&ps))
        }
        Err(_) => Ok(a[1]),
    }
}

fn take(p: &mut Process, a: &[Term]) -> BifResult {
    let (k, v) = map_arg(p, a[1])?;
    match find_key(k, a[0]) {
        Ok(i) => {
            let mut ps = pairs(k, v);
            let (_, val) = ps.remove(i);
            let m = p.heap.map_sorted(&ps);
            Ok(p.heap.tuple(&[val, m]))
        }
        Err(_) => Ok(Term::atom(atoms::error)),
    }
}

fn keys(p: &mut Process, a: &[Term]) -> BifResult {
    let (k, _) = map_arg(p, a[0])?;
    Ok(p.heap.list(k))
}

fn values(p: &mut Process, a: &[Term]) -> BifResult {
    let (_, v) = map_arg(p, a[0])?;
    Ok(p.heap.list(v))
}

fn to_list(p: &mut Process, a: &[Term]) -> BifResult {
    let (k, v) = map_arg(p, a[0])?;
    let items: Vec<Term> = k.iter().zip(v).map(|(&k, &v)| p.heap.tuple(&[k, v])).collect();
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
    let (k, _) = map_arg(p, a[0])?;
    Ok(Term::int(k.len() as i64))
}

fn new(p: &mut Process, _: &[Term]) -> BifResult {
    Ok(p.heap.map_sorted(&[]))
}

/// `merge(M1, M2)`: M2's values win. A sorted merge of the key arrays.
fn merge(p: &mut Process, a: &[Term]) -> BifResult {
    let (k1, v1) = map_arg(p, a[0])?;
    let (k2, v2) = map_arg(p, a[1])?;
    if k1.is_empty() {
        return Ok(a[1]);
    }
    if k2.is_empty() {
        return Ok(a[0]);
    }
    let mut out = Vec::with_capacity(k1.len() + k2.len());
    let (mut i, mut j) = (0, 0);
    while i < k1.len() && j < k2.len() {
        match order::cmp_exact(k1[i], k2[j]) {
            std::cmp::Ordering::Less => {
                out.push((k1[i], v1[i]));
                i += 1;
            }
            std::cmp::Ordering::Greater => {
                out.push((k2[j], v2[j]));
                j += 1;
            }
            std::cmp::Ordering::Equal => {
                out.push((k2[j], v2[j]));
                i += 1;
                j += 1;
            }
        }
    }
    out.extend(k1[i..].iter().copied().zip(v1[i..].iter().copied()));
    out.extend(k2[j..].iter().copied().zip(v2[j..].iter().copied()));
    Ok(p.heap.map_sorted(&out))
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
    let (k, v) = map_arg(p, a[1])?;
    let mut ps: Pairs = wanted.into_iter().filter_map(|w| find_key(k, w).ok().map(|i| (k[i], v[i]))).collect();
    Ok(p.heap.map(&mut ps))
}

fn without(p: &mut Process, a: &[Term]) -> BifResult {
    let unwanted = key_list(p, a[0], a[1])?;
    let (k, v) = map_arg(p, a[1])?;
    let mut keep = vec![true; k.len()];
    for u in unwanted {
        if let Ok(i) = find_key(k, u) {
            keep[i] = false;
        }
    }
    if keep.iter().all(|&x| x) {
        return Ok(a[1]);
    }
    let ps: Pairs = (0..k.len()).filter(|&i| keep[i]).map(|i| (k[i], v[i])).collect();
    Ok(p.heap.map_sorted(&ps))
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
