//! `ets:update_counter/3,4` and `ets:update_element/3`: changes to the
//! elements of one object of a `set` or `ordered_set`, made on a copy that
//! then replaces the object.

use super::{fail, registry, Need, Table};
use crate::bif::arith;
use crate::exception::{BifResult, Exception};
use crate::heap::Heap;
use crate::process::Process;
use crate::term::{atoms, order, Term};
use std::cmp::Ordering;

/// One `{Pos, Incr}` or `{Pos, Incr, Threshold, SetValue}` operation.
struct CounterOp {
    pos: usize,
    incr: Term,
    clamp: Option<(Term, Term)>,
}

fn is_integer(t: Term) -> bool {
    t.is_small() || t.as_bigint().is_some()
}

fn counter_op(t: Term, keypos: usize) -> Result<CounterOp, Exception> {
    if is_integer(t) {
        return Ok(CounterOp { pos: keypos + 1, incr: t, clamp: None });
    }
    let (pos, incr, clamp) = match t.as_tuple() {
        Some(&[pos, incr]) => (pos, incr, None),
        Some(&[pos, incr, threshold, set]) if is_integer(threshold) && is_integer(set) => {
            (pos, incr, Some((threshold, set)))
        }
        _ => return Err(fail("none")),
    };
    let pos = pos.as_small().filter(|_| is_integer(incr)).ok_or_else(|| fail("none"))?;
    if pos < 1 {
        return Err(fail("position"));
    }
    Ok(CounterOp { pos: pos as usize, incr, clamp })
}

fn check_type(tab: &Table) -> Result<(), Exception> {
    if tab.store.kind.is_bag() {
        return Err(fail("table_type"));
    }
    Ok(())
}

fn update_counter(p: &mut Process, a: &[Term], default: Option<Term>) -> BifResult {
    let mut reg = registry();
    let tab = reg.table(a[0], p.pid, Need::Write)?;
    check_type(tab)?;
    let keypos = tab.store.keypos;
    let (ops, many) = match a[2].list_to_vec() {
        Some(v) => (v, true),
        None => (vec![a[2]], false),
    };
    let ops = ops.into_iter().map(|o| counter_op(o, keypos)).collect::<Result<Vec<_>, _>>()?;
    let mut scratch = Heap::new();
    let mut elems: Vec<Term> = match (tab.store.get(a[1]).first(), default) {
        (Some(o), _) => o.term.as_tuple().unwrap_or(&[]).to_vec(),
        (None, Some(d)) => match d.as_tuple() {
            Some(d) if d.len() >= keypos => {
                let mut v = d.to_vec();
                v[keypos - 1] = a[1];
                v
            }
            _ => return Err(fail("none")),
        },
        (None, None) => return Err(fail("badkey")),
    };
    let mut results = Vec::with_capacity(ops.len());
    for op in &ops {
        if op.pos == keypos {
            return Err(fail("keypos"));
        }
        if op.pos > elems.len() {
            return Err(fail("position"));
        }
        let old = elems[op.pos - 1];
        if !is_integer(old) {
            return Err(fail("none"));
        }
        let mut new = arith::add(&mut scratch, old, op.incr)?;
        if let Some((threshold, set)) = op.clamp {
            let up = order::cmp(op.incr, Term::int(0)) != Ordering::Less;
            let past = order::cmp(new, threshold);
            if (up && past == Ordering::Greater) || (!up && past == Ordering::Less) {
                new = set;
            }
        }
        elems[op.pos - 1] = new;
        results.push(new);
    }
    let obj = scratch.tuple(&elems);
    tab.store.insert(obj);
    let out: Vec<Term> = results.into_iter().map(|r| p.heap.copy_term(r)).collect();
    Ok(if many { p.heap.list(&out) } else { out[0] })
}

pub(super) fn update_counter3(p: &mut Process, a: &[Term]) -> BifResult {
    update_counter(p, a, None)
}

pub(super) fn update_counter4(p: &mut Process, a: &[Term]) -> BifResult {
    update_counter(p, a, Some(a[3]))
}

pub(super) fn update_element(p: &mut Process, a: &[Term]) -> BifResult {
    let mut reg = registry();
    let tab = reg.table(a[0], p.pid, Need::Write)?;
    check_type(tab)?;
    let keypos = tab.store.keypos;
    let specs = match a[2].list_to_vec() {
        Some(v) => v,
        None => vec![a[2]],
    };
    let mut changes = Vec::with_capacity(specs.len());
    for s in specs {
        match s.as_tuple() {
            Some(&[pos, v]) => {
                let pos = pos.as_small().filter(|n| *n >= 1).ok_or_else(|| fail("none"))? as usize;
                changes.push((pos, v));
            }
            _ => return Err(fail("none")),
        }
    }
    let Some(o) = tab.store.get(a[1]).first() else { return Ok(Term::atom(atoms::false_)) };
    let mut elems = o.term.as_tuple().unwrap_or(&[]).to_vec();
    for (pos, v) in changes {
        if pos == keypos {
            return Err(fail("keypos"));
        }
        if pos > elems.len() {
            return Err(fail("none"));
        }
        elems[pos - 1] = v;
    }
    let mut scratch = Heap::new();
    let obj = scratch.tuple(&elems);
    tab.store.insert(obj);
    Ok(Term::atom(atoms::true_))
}
