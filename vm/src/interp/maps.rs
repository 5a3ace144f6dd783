//! Map construction and lookup for the map instructions. Maps are flat:
//! sorted keys then values (see `heap::map_sorted`).

use crate::exception::Exception;
use crate::heap::Heap;
use crate::term::{atoms, order, Term, View};
use std::cmp::Ordering;

/// The value under `key` in map `m`.
pub(crate) fn get(m: Term, key: Term) -> Option<Term> {
    match m.view() {
        View::Map(keys, vals) => keys.binary_search_by(|k| order::cmp_exact(*k, key)).ok().map(|i| vals[i]),
        _ => None,
    }
}

/// `Base#{K => V, K := V}` (or `#{...}` without a base).
pub(crate) fn put_map(heap: &mut Heap, base: Option<Term>, pairs: &[(Term, Term, bool)]) -> Result<Term, Exception> {
    let mut entries: Vec<(Term, Term)> = match base {
        None => Vec::new(),
        Some(b) => match b.view() {
            View::Map(keys, vals) => keys.iter().copied().zip(vals.iter().copied()).collect(),
            _ => return Err(Exception::error_with(heap, atoms::badmap, b)),
        },
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
    debug_assert!(entries.windows(2).all(|w| order::cmp_exact(w[0].0, w[1].0) == Ordering::Less));
    Ok(heap.map_sorted(&entries))
}
