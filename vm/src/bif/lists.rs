//! The `lists` module's native functions: `reverse/2` (`reverse/1` is OTP's
//! Erlang clauses, so its errors show OTP's frame), `member/2`, `keyfind/3`,
//! `keymember/3`, `keysearch/3`. Like OTP's, the searches stop at the first
//! match, so an improper tail past it goes unnoticed.

use crate::bif::Bif;
use crate::exception::{BifResult, Exception};
use crate::process::Process;
use crate::term::{atoms, order, Term};

/// `reverse(List, Tail)`: badarg if List is not a proper list.
fn reverse2(p: &mut Process, a: &[Term]) -> BifResult {
    let mut out = a[1];
    let mut rest = a[0];
    while let Some((h, t)) = rest.as_cons() {
        out = p.heap.cons(h, out);
        rest = t;
    }
    if rest.is_nil() {
        Ok(out)
    } else {
        Err(Exception::badarg())
    }
}

fn member(_: &mut Process, a: &[Term]) -> BifResult {
    let mut rest = a[1];
    while let Some((h, t)) = rest.as_cons() {
        if order::exact_eq(h, a[0]) {
            return Ok(Term::atom(atoms::true_));
        }
        rest = t;
    }
    if rest.is_nil() {
        Ok(Term::atom(atoms::false_))
    } else {
        Err(Exception::badarg())
    }
}

/// The first tuple in `list` whose `n`th element `==` `key`.
fn keyfind_in(key: Term, n: Term, list: Term) -> Result<Option<Term>, Exception> {
    let n = match n.as_small() {
        Some(n) if n >= 1 => n as usize,
        _ => return Err(Exception::badarg()),
    };
    let mut rest = list;
    while let Some((h, t)) = rest.as_cons() {
        if let Some(tup) = h.as_tuple() {
            if tup.len() >= n && order::eq(tup[n - 1], key) {
                return Ok(Some(h));
            }
        }
        rest = t;
    }
    if rest.is_nil() {
        Ok(None)
    } else {
        Err(Exception::badarg())
    }
}

fn keyfind(_: &mut Process, a: &[Term]) -> BifResult {
    Ok(keyfind_in(a[0], a[1], a[2])?.unwrap_or(Term::atom(atoms::false_)))
}

fn keymember(_: &mut Process, a: &[Term]) -> BifResult {
    Ok(Term::boolean(keyfind_in(a[0], a[1], a[2])?.is_some()))
}

fn keysearch(p: &mut Process, a: &[Term]) -> BifResult {
    match keyfind_in(a[0], a[1], a[2])? {
        Some(t) => Ok(p.heap.tuple(&[Term::atom(crate::term::Atom::intern("value")), t])),
        None => Ok(Term::atom(atoms::false_)),
    }
}

pub(crate) const BIFS: &[Bif] = &[
    Bif::new("lists", "reverse", 2, reverse2),
    Bif::new("lists", "member", 2, member),
    Bif::new("lists", "keyfind", 3, keyfind),
    Bif::new("lists", "keymember", 3, keymember),
    Bif::new("lists", "keysearch", 3, keysearch),
];
