//! ETS's selections: `select/1,2,3`, `select_reverse`, `select_count`,
//! `select_delete`, `match/1,2,3`, `match_object/1,2,3` and
//! `match_delete/2`, all running a match specification (`ms.rs`) over a
//! table's objects in the table's order. A limited selection returns a
//! chunk and a continuation holding the rest.

use super::ms::MatchSpec;
use super::store::Kind;
use super::{end_of_table, fail, registry, Need, Table};
use crate::exception::{BifResult, Exception};
use crate::heap::Heap;
use crate::process::Process;
use crate::term::{atoms, Term};

/// Runs `ms` over the table's objects (all of them, in the table's
/// order, or only those of the key when the head fixes it).
fn run_spec(p: &mut Process, tab: &Table, ms: &MatchSpec) -> Vec<(Term, Term)> {
    let mut out = Vec::new();
    for o in tab.store.each() {
        if let Some(r) = ms.run(p, o.term) {
            out.push((o.term, r));
        }
    }
    out
}

/// Whether `t` is a match specification (erl_stdlib_errors asks).
pub(crate) fn is_match_spec(t: Term) -> bool {
    MatchSpec::compile(t).is_some()
}

fn spec_arg(t: Term) -> Result<MatchSpec, Exception> {
    MatchSpec::compile(t).ok_or_else(|| fail("none"))
}

fn select_with(p: &mut Process, tab: Term, ms: &MatchSpec, reverse: bool) -> BifResult {
    let v = select_vec(p, tab, ms, reverse)?;
    Ok(p.heap.list(&v))
}

/// What `ms` selects, on the caller's heap, in the table's order.
fn select_vec(p: &mut Process, tab: Term, ms: &MatchSpec, reverse: bool) -> Result<Vec<Term>, Exception> {
    let mut reg = registry();
    let tab = reg.table(tab, p.pid, Need::Read)?;
    let mut results: Vec<Term> = run_spec(p, tab, ms).into_iter().map(|(_, r)| r).collect();
    if reverse && tab.store.kind == Kind::OrderedSet {
        results.reverse();
    }
    // The results may point into the table's objects: copied out before
    // the lock goes.
    Ok(results.into_iter().map(|r| p.heap.copy_term(r)).collect())
}

/// The tag of a continuation: `{'$ets_select', Rest, Limit}` holds the
/// results not returned yet (selected at the first call: a later change
/// to the table is not seen, which OTP allows for a table not fixed).
const CONTINUATION: &str = "$ets_select";

/// `{Chunk, Continuation}` of at most `limit` of `results`, or
/// `'$end_of_table'` when none are left.
fn chunk(heap: &mut Heap, results: &[Term], limit: usize) -> Term {
    if results.is_empty() {
        return end_of_table();
    }
    let n = limit.min(results.len());
    let now = heap.list(&results[..n]);
    let rest = heap.list(&results[n..]);
    let cont = heap.tuple(&[Term::named(CONTINUATION), rest, Term::int(limit as i64)]);
    heap.tuple2(now, cont)
}

fn limit_arg(t: Term) -> Result<usize, Exception> {
    t.as_small().filter(|n| *n >= 1).map(|n| n as usize).ok_or_else(|| fail("none"))
}

fn select_limited(p: &mut Process, a: &[Term], ms: &MatchSpec, reverse: bool) -> BifResult {
    let limit = limit_arg(a[2])?;
    let v = select_vec(p, a[0], ms, reverse)?;
    Ok(chunk(&mut p.heap, &v, limit))
}

pub(super) fn select3(p: &mut Process, a: &[Term]) -> BifResult {
    let ms = spec_arg(a[1])?;
    select_limited(p, a, &ms, false)
}

pub(super) fn select_reverse3(p: &mut Process, a: &[Term]) -> BifResult {
    let ms = spec_arg(a[1])?;
    select_limited(p, a, &ms, true)
}

pub(super) fn match3(p: &mut Process, a: &[Term]) -> BifResult {
    select_limited(p, a, &MatchSpec::of_pattern(a[1], "$$"), false)
}

pub(super) fn match_object3(p: &mut Process, a: &[Term]) -> BifResult {
    select_limited(p, a, &MatchSpec::of_pattern(a[1], "$_"), false)
}

/// `select/1` and its relatives: the next chunk of a continuation.
pub(super) fn continue_select(p: &mut Process, a: &[Term]) -> BifResult {
    let (rest, limit) = match a[0].as_tuple() {
        Some(&[tag, rest, limit]) if tag.as_atom().is_some_and(|t| t.name() == CONTINUATION) => (rest, limit),
        _ => return Err(fail("none")),
    };
    let rest = rest.list_to_vec().ok_or_else(|| fail("none"))?;
    let limit = limit_arg(limit)?;
    Ok(chunk(&mut p.heap, &rest, limit))
}

pub(super) fn select(p: &mut Process, a: &[Term]) -> BifResult {
    let ms = spec_arg(a[1])?;
    select_with(p, a[0], &ms, false)
}

pub(super) fn select_reverse(p: &mut Process, a: &[Term]) -> BifResult {
    let ms = spec_arg(a[1])?;
    select_with(p, a[0], &ms, true)
}

pub(super) fn match2(p: &mut Process, a: &[Term]) -> BifResult {
    select_with(p, a[0], &MatchSpec::of_pattern(a[1], "$$"), false)
}

pub(super) fn match_object(p: &mut Process, a: &[Term]) -> BifResult {
    select_with(p, a[0], &MatchSpec::of_pattern(a[1], "$_"), false)
}

pub(super) fn select_count(p: &mut Process, a: &[Term]) -> BifResult {
    let ms = spec_arg(a[1])?;
    let mut reg = registry();
    let tab = reg.table(a[0], p.pid, Need::Read)?;
    let n = run_spec(p, tab, &ms).iter().filter(|(_, r)| r.is_atom_of(atoms::true_)).count();
    Ok(Term::int(n as i64))
}

fn delete_matching(p: &mut Process, tab: Term, ms: &MatchSpec) -> Result<usize, Exception> {
    let mut reg = registry();
    let tab = reg.table(tab, p.pid, Need::Write)?;
    let keypos = tab.store.keypos;
    let doomed: Vec<Term> =
        run_spec(p, tab, ms).into_iter().filter(|(_, r)| r.is_atom_of(atoms::true_)).map(|(o, _)| o).collect();
    // Copied out first: removing an object frees the heap `doomed` points into.
    let mut scratch = Heap::new();
    let doomed: Vec<Term> = doomed.into_iter().map(|o| scratch.copy_term(o)).collect();
    let mut n = 0;
    for o in doomed {
        let key = o.as_tuple().map_or(Term::NIL, |e| e[keypos - 1]);
        n += tab.store.remove_where(key, |x| crate::term::order::exact_eq(x.term, o));
    }
    Ok(n)
}

pub(super) fn select_delete(p: &mut Process, a: &[Term]) -> BifResult {
    let ms = spec_arg(a[1])?;
    let n = delete_matching(p, a[0], &ms)?;
    Ok(Term::int(n as i64))
}

pub(super) fn match_delete(p: &mut Process, a: &[Term]) -> BifResult {
    let ms = MatchSpec::of_pattern(a[1], "true");
    delete_matching(p, a[0], &ms)?;
    Ok(Term::atom(atoms::true_))
}
