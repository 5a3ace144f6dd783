//! Map construction and lookup for the map instructions, through the map
//! API of `term::map` (flat maps are rebuilt, trees updated in O(log n)).

use super::operand::src;
use crate::code::ModuleInstance;
use crate::exception::Exception;
use crate::heap::Heap;
use crate::process::Process;
use crate::term::map::{self, Update};
use crate::term::{atoms, order, Term};
use ferl_compiler::bytecode::Src;

/// The value under `key` in map `m`.
#[inline]
pub(crate) fn get(m: Term, key: Term) -> Option<Term> {
    m.as_map().and_then(|m| m.get(key))
}

/// How many pairs `put_map_op` reads into an array (more: a `Vec`).
const FEW_PAIRS: usize = 8;

/// `Op::PutMap`: its operands read (the usual few pairs into an array,
/// not a `Vec` each time), then `put_map`. Out of `run`'s loop: the
/// map's work dwarfs a call.
#[inline(never)]
pub(super) fn put_map_op(
    p: &mut Process,
    inst: &ModuleInstance,
    ybase: usize,
    base: Option<&Src>,
    pairs: &[(Src, Src, bool)],
) -> Result<Term, Exception> {
    let b = base.map(|b| src(p, inst, ybase, b));
    let read = |(k, v, exact): &(Src, Src, bool)| (src(p, inst, ybase, k), src(p, inst, ybase, v), *exact);
    if let [pair] = pairs {
        // The most common: `M#{K => V}`, `M#{K := V}`.
        let kv = [read(pair)];
        return put_map(&mut p.heap, b, &kv);
    }
    if pairs.len() <= FEW_PAIRS {
        let mut few = [(Term::NIL, Term::NIL, false); FEW_PAIRS];
        for (slot, pair) in few.iter_mut().zip(pairs) {
            *slot = read(pair);
        }
        put_map(&mut p.heap, b, &few[..pairs.len()])
    } else {
        let kvs: Vec<(Term, Term, bool)> = pairs.iter().map(read).collect();
        put_map(&mut p.heap, b, &kvs)
    }
}

/// `Base#{K => V, K := V}` (or `#{...}` without a base).
pub(crate) fn put_map(heap: &mut Heap, base: Option<Term>, pairs: &[(Term, Term, bool)]) -> Result<Term, Exception> {
    let b = match base {
        None => None,
        Some(b) => match b.as_map() {
            Some(m) => Some((b, m)),
            None => return Err(Exception::error_with(heap, atoms::badmap, b)),
        },
    };
    if let Some((mut acc, mut cur)) = b.filter(|(_, m)| pairs.len() == 1 || m.len() > map::FLAT_MAX) {
        // One pair, or a tree: one update per pair (O(log n) for a tree).
        for &(k, v, exact) in pairs {
            match map::update(heap, acc, cur, k, v, !exact) {
                Update::Map(next) => acc = next,
                Update::Absent => return Err(Exception::error_with(heap, atoms::badkey, k)),
            }
            if let Some(m) = acc.as_map() {
                cur = m;
            }
        }
        return Ok(acc);
    }
    // A map literal's few pairs are sorted in place, not in a `Vec`.
    let mut entries: smallvec::SmallVec<[(Term, Term); FEW_PAIRS]> = match b {
        Some((_, m)) => m.iter().collect(),
        None => smallvec::SmallVec::new(),
    };
    for &(k, v, exact) in pairs {
        match entries.binary_search_by(|e| order::cmp_exact(e.0, k)) {
            Ok(i) => entries[i].1 = v,
            Err(i) => {
                if exact {
                    return Err(Exception::error_with(heap, atoms::badkey, k));
                }
                entries.insert(i, (k, v));
            }
        }
    }
    Ok(map::from_sorted(heap, &entries))
}
