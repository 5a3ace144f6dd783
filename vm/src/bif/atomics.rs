//! `atomics` and `counters`: arrays of 64-bit integers that any process
//! may update without copying or locking (`atomics:new/2`, `add`, `get`,
//! `compare_exchange`, ...; `counters:new/2`, `add`, `sub`, `put`, `get`).
//!
//! An array is named by a reference (a counters array by `{atomics, Ref}`
//! or `{write_concurrency, Ref}`, as OTP prints them). OTP frees an array
//! when the last term naming it is gone; ferl keeps every array for the
//! program's life (a reference does not track who holds it), so a program
//! that makes arrays without end grows: make them once, update them often.
//! Unsigned arrays wrap around as OTP's do; failures carry erl_erts_errors'
//! explanations (`error_format/atomics.rs`).

use super::Bif;
use crate::error_format::set_bif_cause;
use crate::exception::{BifResult, Exception};
use crate::heap::Heap;
use crate::process::Process;
use crate::term::{atoms, Term};
use hashbrown::HashMap;
use num_traits::ToPrimitive;
use std::sync::atomic::{AtomicU64, Ordering::SeqCst};
use std::sync::{Arc, LazyLock, RwLock};

pub(crate) const BIFS: &[Bif] = &[
    Bif::new("atomics", "new", 2, atomics_new),
    Bif::new("atomics", "put", 3, put),
    Bif::new("atomics", "get", 2, get),
    Bif::new("atomics", "add", 3, add),
    Bif::new("atomics", "add_get", 3, add_get),
    Bif::new("atomics", "sub", 3, sub),
    Bif::new("atomics", "sub_get", 3, sub_get),
    Bif::new("atomics", "exchange", 3, exchange),
    Bif::new("atomics", "compare_exchange", 4, compare_exchange),
    Bif::new("atomics", "info", 1, atomics_info),
    Bif::new("counters", "new", 2, counters_new),
    Bif::new("counters", "get", 2, counters_get),
    Bif::new("counters", "add", 3, counters_add),
    Bif::new("counters", "sub", 3, counters_sub),
    Bif::new("counters", "put", 3, counters_put),
    Bif::new("counters", "info", 1, counters_info),
];

/// One array.
pub struct Array {
    signed: bool,
    cells: Box<[AtomicU64]>,
}

impl Array {
    /// The smallest and largest value a cell holds.
    pub fn range(&self) -> (i128, i128) {
        if self.signed {
            (i64::MIN as i128, i64::MAX as i128)
        } else {
            (0, u64::MAX as i128)
        }
    }

    pub(crate) fn len(&self) -> usize {
        self.cells.len()
    }

    /// Bytes OTP reports for an array of this size.
    fn memory(&self) -> i64 {
        40 + 8 * self.cells.len() as i64
    }

    fn value(&self, word: u64) -> i128 {
        if self.signed {
            word as i64 as i128
        } else {
            word as i128
        }
    }
}

static ARRAYS: LazyLock<RwLock<HashMap<u64, Arc<Array>>>> = LazyLock::new(Default::default);

/// Arrays past this many cells are refused (`system_limit`).
const MAX_CELLS: usize = 1 << 28;

/// The array named by reference `r` (or `{atomics | write_concurrency, Ref}`
/// when `counters`).
pub fn array_of(t: Term, counters: bool) -> Option<Arc<Array>> {
    let r = if counters {
        match t.as_tuple() {
            Some(&[tag, r]) if tag.as_atom().is_some_and(|a| matches!(a.name(), "atomics" | "write_concurrency")) => r,
            _ => return None,
        }
    } else {
        t
    };
    let id = r.as_ref_number()?;
    ARRAYS.read().unwrap_or_else(|e| e.into_inner()).get(&id).cloned()
}

fn integer(t: Term) -> Option<i128> {
    t.to_bigint()?.to_i128()
}

fn make(p: &mut Process, a: &[Term], counters: bool) -> Result<(u64, bool), Exception> {
    let size = a[0].as_small().filter(|n| *n >= 1).ok_or_else(Exception::badarg)?;
    if size as usize > MAX_CELLS {
        return Err(Exception::error_atom(atoms::system_limit));
    }
    let mut signed = true;
    let mut write_concurrency = false;
    for o in a[1].list_to_vec().ok_or_else(bad_option)? {
        match o.as_tuple() {
            Some(&[k, v]) if !counters && k.as_atom().is_some_and(|k| k.name() == "signed") => {
                signed = v.as_bool().ok_or_else(bad_option)?
            }
            _ if counters && o.as_atom().is_some_and(|a| matches!(a.name(), "atomics" | "write_concurrency")) => {
                write_concurrency = o.as_atom().is_some_and(|a| a.name() == "write_concurrency")
            }
            _ => return Err(bad_option()),
        }
    }
    let cells: Box<[AtomicU64]> = (0..size).map(|_| AtomicU64::new(0)).collect();
    let id = p.vm.new_ref_id();
    ARRAYS.write().unwrap_or_else(|e| e.into_inner()).insert(id, Arc::new(Array { signed, cells }));
    Ok((id, write_concurrency))
}

fn bad_option() -> Exception {
    set_bif_cause("badopt");
    Exception::badarg()
}

fn atomics_new(p: &mut Process, a: &[Term]) -> BifResult {
    let (id, _) = make(p, a, false)?;
    Ok(p.heap.reference(id))
}

fn counters_new(p: &mut Process, a: &[Term]) -> BifResult {
    let (id, wc) = make(p, a, true)?;
    let r = p.heap.reference(id);
    Ok(p.heap.tuple2(Term::named(if wc { "write_concurrency" } else { "atomics" }), r))
}

/// The array and the cell a call names, with its value argument checked
/// against the array's range.
fn cell(a: &[Term], counters: bool) -> Result<(Arc<Array>, usize), Exception> {
    let arr = array_of(a[0], counters).ok_or_else(Exception::badarg)?;
    let ix = a[1].as_small().filter(|i| *i >= 1 && *i as usize <= arr.len()).ok_or_else(Exception::badarg)?;
    Ok((arr, ix as usize - 1))
}

fn value_arg(arr: &Array, t: Term) -> Result<u64, Exception> {
    let (min, max) = arr.range();
    let v = integer(t).filter(|v| *v >= min && *v <= max).ok_or_else(Exception::badarg)?;
    Ok(v as u64)
}

/// An increment: any 64-bit value of the array's kind (added modulo 2^64).
fn incr_arg(arr: &Array, t: Term, counters: bool) -> Result<u64, Exception> {
    if counters {
        // counters take any signed 64-bit increment.
        let v =
            integer(t).filter(|v| *v >= i64::MIN as i128 && *v <= i64::MAX as i128).ok_or_else(Exception::badarg)?;
        return Ok(v as i64 as u64);
    }
    value_arg(arr, t)
}

fn out(heap: &mut Heap, arr: &Array, word: u64) -> Term {
    heap.int128(arr.value(word))
}

fn ok() -> Term {
    Term::atom(atoms::ok)
}

fn put(_: &mut Process, a: &[Term]) -> BifResult {
    let (arr, i) = cell(a, false)?;
    arr.cells[i].store(value_arg(&arr, a[2])?, SeqCst);
    Ok(ok())
}

fn get(p: &mut Process, a: &[Term]) -> BifResult {
    let (arr, i) = cell(a, false)?;
    Ok(out(&mut p.heap, &arr, arr.cells[i].load(SeqCst)))
}

/// Adds the increment argument (its negation when `negate`: `sub`),
/// modulo 2^64; the array and the new word.
fn add_word(a: &[Term], negate: bool) -> Result<(Arc<Array>, u64), Exception> {
    let (arr, i) = cell(a, false)?;
    let d = incr_arg(&arr, a[2], false)?;
    let d = if negate { d.wrapping_neg() } else { d };
    let new = arr.cells[i].fetch_add(d, SeqCst).wrapping_add(d);
    Ok((arr, new))
}

fn add(_: &mut Process, a: &[Term]) -> BifResult {
    add_word(a, false).map(|_| ok())
}

fn add_get(p: &mut Process, a: &[Term]) -> BifResult {
    let (arr, new) = add_word(a, false)?;
    Ok(out(&mut p.heap, &arr, new))
}

fn sub(_: &mut Process, a: &[Term]) -> BifResult {
    add_word(a, true).map(|_| ok())
}

fn sub_get(p: &mut Process, a: &[Term]) -> BifResult {
    let (arr, new) = add_word(a, true)?;
    Ok(out(&mut p.heap, &arr, new))
}

fn exchange(p: &mut Process, a: &[Term]) -> BifResult {
    let (arr, i) = cell(a, false)?;
    let old = arr.cells[i].swap(value_arg(&arr, a[2])?, SeqCst);
    Ok(out(&mut p.heap, &arr, old))
}

fn compare_exchange(p: &mut Process, a: &[Term]) -> BifResult {
    let (arr, i) = cell(a, false)?;
    let (expected, desired) = (value_arg(&arr, a[2])?, value_arg(&arr, a[3])?);
    match arr.cells[i].compare_exchange(expected, desired, SeqCst, SeqCst) {
        Ok(_) => Ok(ok()),
        Err(now) => Ok(out(&mut p.heap, &arr, now)),
    }
}

fn info_map(p: &mut Process, arr: &Array, with_range: bool) -> Term {
    let key = Term::named;
    let mut pairs = vec![(key("size"), Term::int(arr.len() as i64)), (key("memory"), Term::int(arr.memory()))];
    if with_range {
        let (min, max) = arr.range();
        let (min, max) = (p.heap.int128(min), p.heap.int128(max));
        pairs.push((key("min"), min));
        pairs.push((key("max"), max));
    }
    p.heap.map(&mut pairs)
}

fn atomics_info(p: &mut Process, a: &[Term]) -> BifResult {
    let arr = array_of(a[0], false).ok_or_else(Exception::badarg)?;
    Ok(info_map(p, &arr, true))
}

fn counters_info(p: &mut Process, a: &[Term]) -> BifResult {
    let arr = array_of(a[0], true).ok_or_else(Exception::badarg)?;
    // An atomics-based array reports its range, as OTP's atomics:info does.
    let atomics_based = a[0].as_tuple().and_then(|t| t[0].as_atom()).is_some_and(|t| t.name() == "atomics");
    Ok(info_map(p, &arr, atomics_based))
}

fn counters_get(p: &mut Process, a: &[Term]) -> BifResult {
    let (arr, i) = cell(a, true)?;
    Ok(out(&mut p.heap, &arr, arr.cells[i].load(SeqCst)))
}

/// A counters update: `op` with the cell and the checked increment.
fn counters_update(a: &[Term], op: impl Fn(&AtomicU64, u64)) -> BifResult {
    let (arr, i) = cell(a, true)?;
    op(&arr.cells[i], incr_arg(&arr, a[2], true)?);
    Ok(ok())
}

fn counters_add(_: &mut Process, a: &[Term]) -> BifResult {
    counters_update(a, |c, d| {
        c.fetch_add(d, SeqCst);
    })
}

fn counters_sub(_: &mut Process, a: &[Term]) -> BifResult {
    counters_update(a, |c, d| {
        c.fetch_sub(d, SeqCst);
    })
}

fn counters_put(_: &mut Process, a: &[Term]) -> BifResult {
    counters_update(a, |c, v| c.store(v, SeqCst))
}
