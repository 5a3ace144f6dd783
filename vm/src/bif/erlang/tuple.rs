//! Tuple BIFs: `element`, `setelement`, `tuple_size`, `tuple_to_list`,
//! `list_to_tuple`, `make_tuple/2,3`, `append_element`, `delete_element`,
//! `insert_element`.

use super::{badarg, usize_arg};
use crate::bif::Bif;
use crate::exception::{BifResult, Exception};
use crate::process::Process;
use crate::term::Term;

/// OTP's largest tuple arity.
pub const MAX_TUPLE: usize = (1 << 24) - 1;

fn tuple_arg<'a>(t: Term) -> Result<&'a [Term], Exception> {
    t.as_tuple().ok_or_else(Exception::badarg)
}

/// A 1-based index into `len` elements (`len + extra` for insertion).
fn index(t: Term, len: usize) -> Result<usize, Exception> {
    match usize_arg(t)? {
        i if i >= 1 && i <= len => Ok(i - 1),
        _ => badarg(),
    }
}

fn element(_: &mut Process, a: &[Term]) -> BifResult {
    let t = tuple_arg(a[1])?;
    Ok(t[index(a[0], t.len())?])
}

fn setelement(p: &mut Process, a: &[Term]) -> BifResult {
    let t = tuple_arg(a[1])?;
    let i = index(a[0], t.len())?;
    let mut v = t.to_vec();
    v[i] = a[2];
    Ok(p.heap.tuple(&v))
}

fn tuple_size(_: &mut Process, a: &[Term]) -> BifResult {
    Ok(Term::int(tuple_arg(a[0])?.len() as i64))
}

fn tuple_to_list(p: &mut Process, a: &[Term]) -> BifResult {
    let t = tuple_arg(a[0])?;
    Ok(p.heap.list(t))
}

fn list_to_tuple(p: &mut Process, a: &[Term]) -> BifResult {
    match a[0].list_to_vec() {
        Some(v) if v.len() <= MAX_TUPLE => Ok(p.heap.tuple(&v)),
        _ => badarg(),
    }
}

fn make_tuple2(p: &mut Process, a: &[Term]) -> BifResult {
    let n = usize_arg(a[0])?;
    if n > MAX_TUPLE {
        return badarg();
    }
    Ok(p.heap.tuple(&vec![a[1]; n]))
}

/// `make_tuple(N, Default, [{Pos, Value}])`: later pairs win.
fn make_tuple3(p: &mut Process, a: &[Term]) -> BifResult {
    let n = usize_arg(a[0])?;
    if n > MAX_TUPLE {
        return badarg();
    }
    let inits = a[2].list_to_vec().ok_or_else(Exception::badarg)?;
    let mut v = vec![a[1]; n];
    for init in inits {
        match init.as_tuple() {
            Some(&[pos, val]) => v[index(pos, n)?] = val,
            _ => return badarg(),
        }
    }
    Ok(p.heap.tuple(&v))
}

fn append_element(p: &mut Process, a: &[Term]) -> BifResult {
    let t = tuple_arg(a[0])?;
    if t.len() >= MAX_TUPLE {
        return badarg();
    }
    let mut v = t.to_vec();
    v.push(a[1]);
    Ok(p.heap.tuple(&v))
}

fn delete_element(p: &mut Process, a: &[Term]) -> BifResult {
    let t = tuple_arg(a[1])?;
    let i = index(a[0], t.len())?;
    let mut v = t.to_vec();
    v.remove(i);
    Ok(p.heap.tuple(&v))
}

fn insert_element(p: &mut Process, a: &[Term]) -> BifResult {
    let t = tuple_arg(a[1])?;
    let i = index(a[0], t.len() + 1)?;
    let mut v = t.to_vec();
    v.insert(i, a[2]);
    Ok(p.heap.tuple(&v))
}

pub(crate) const BIFS: &[Bif] = &[
    Bif::new("erlang", "element", 2, element),
    Bif::new("erlang", "setelement", 3, setelement),
    Bif::new("erlang", "tuple_size", 1, tuple_size),
    Bif::new("erlang", "tuple_to_list", 1, tuple_to_list),
    Bif::new("erlang", "list_to_tuple", 1, list_to_tuple),
    Bif::new("erlang", "make_tuple", 2, make_tuple2),
    Bif::new("erlang", "make_tuple", 3, make_tuple3),
    Bif::new("erlang", "append_element", 2, append_element),
    Bif::new("erlang", "delete_element", 2, delete_element),
    Bif::new("erlang", "insert_element", 3, insert_element),
];
