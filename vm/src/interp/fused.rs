//! The register work of the loader's superinstructions (`Op::MoveXY2`...,
//! made by `code::loader::fuse`), of its inline BIFs (`Op::Element`) and
//! of its compares with an immediate (`compare_imm`); their arms close
//! `interp::run`'s match, which keeps the control flow (jumps, calls,
//! returns) in its macros.

use super::arith::{arith_slow, compare, small_arith};
use super::call::{bif_inline, note_bif_failure};
use super::operand::{pop_frame, set_x, set_yslot, sstore, store, x, yslot};
use crate::code::ModuleInstance;
use crate::exception::Exception;
use crate::process::Process;
use crate::term::{atoms, Atom, Term};
use ferl_compiler::bytecode::{ArithOp, CmpOp, Dst, WordRange};

/// `MoveXY; MoveXY`, in that order (the second wins if `y1 == y2`).
#[inline(always)]
pub(super) fn move_xy2(p: &mut Process, ybase: usize, x1: u16, y1: u16, x2: u16, y2: u16) {
    let (a, b) = (x(p, x1), x(p, x2));
    set_yslot(p, ybase, y1, a);
    set_yslot(p, ybase, y2, b);
}

/// `MoveYX; MoveYX`, in that order (the second wins if `x1 == x2`).
#[inline(always)]
pub(super) fn move_yx2(p: &mut Process, ybase: usize, y1: u16, x1: u16, y2: u16, x2: u16) {
    let (a, b) = (yslot(p, ybase, y1), yslot(p, ybase, y2));
    set_x(p, x1, a);
    set_x(p, x2, b);
}

/// `N` `MoveXY`s in a row: no move reads a y slot, so every x register
/// is read first; a later move to the same slot wins, as in order.
#[inline(always)]
pub(super) fn move_xy_n<const N: usize>(p: &mut Process, ybase: usize, xs: &[u16; N], ys: &[u16; N]) {
    let vals: [Term; N] = std::array::from_fn(|i| x(p, xs[i]));
    for (y, v) in ys.iter().zip(vals) {
        set_yslot(p, ybase, *y, v);
    }
}

/// `N` `MoveYX`s in a row: no move reads an x register, so every y slot
/// is read first; a later move to the same register wins, as in order.
#[inline(always)]
pub(super) fn move_yx_n<const N: usize>(p: &mut Process, ybase: usize, ys: &[u16; N], xs: &[u16; N]) {
    let vals: [Term; N] = std::array::from_fn(|i| yslot(p, ybase, ys[i]));
    for (r, v) in xs.iter().zip(vals) {
        set_x(p, *r, v);
    }
}

/// `IsNonEmptyListX; GetListX` of the same register: false (nothing
/// written) when `x` is not a cons.
#[inline(always)]
pub(super) fn is_cons_get_list(p: &mut Process, ybase: usize, r: u16, head: Dst, tail: Dst) -> bool {
    let Some((h, t)): Option<(Term, Term)> = x(p, r).as_cons() else {
        return false;
    };
    // Its `GetListX` part was kept specialised: the frame holds its y
    // slots (`code::frames`).
    sstore(p, ybase, head, h);
    sstore(p, ybase, tail, t);
    true
}

/// `a op b` into `dst` for an `Arith` whose failure raises (fail label 0):
/// small integers inline, the rest out of line, as `run`'s `arith!`.
#[inline(always)]
pub(super) fn arith_body(
    p: &mut Process,
    ybase: usize,
    op: ArithOp,
    a: Term,
    b: Term,
    dst: Dst,
    frame: bool,
) -> Result<(), Exception> {
    let t = match small_arith(op, a, b) {
        Some(t) => t,
        None => arith_body_slow(p, op, a, b, frame)?,
    };
    // Only superinstructions made from a kept `ArithXI`/`ArithYI` get
    // here: the frame holds `dst` (`code::frames`).
    sstore(p, ybase, dst, t);
    Ok(())
}

/// `arith_body` of `a op imm` for `ArithCall`s: `delta` (the loader's,
/// 0 for none) adds `+ imm` or `- imm` to a small integer's tagged word
/// at once, without looking at `op`; the rest as `arith_body`.
#[allow(clippy::too_many_arguments)]
#[inline(always)]
pub(super) fn arith_delta(
    p: &mut Process,
    ybase: usize,
    op: ArithOp,
    a: Term,
    imm: i64,
    delta: i64,
    dst: Dst,
    frame: bool,
) -> Result<(), Exception> {
    if delta != 0 && a.is_small() {
        // A tagged small plus a shifted small keeps the tag; the sum
        // overflows the word exactly when the result is no small integer.
        if let Some(r) = (a.raw() as i64).checked_add(delta) {
            sstore(p, ybase, dst, Term(r as u64));
            return Ok(());
        }
    }
    arith_body(p, ybase, op, a, Term::int(imm), dst, frame)
}

#[inline(never)]
fn arith_body_slow(p: &mut Process, op: ArithOp, a: Term, b: Term, frame: bool) -> Result<Term, Exception> {
    arith_slow(p, op, a, b).inspect_err(|_| {
        if frame {
            note_bif_failure(p, atoms::erlang, Atom::intern(op.name()), &[a, b]);
        }
    })
}

/// `v op imm` (`imm op v` if `imm_first`) for the compares with an
/// immediate (`Op::CmpXI`...): a small integer `v` by its word alone
/// (`words`, the loader's), anything else out of line.
#[inline(always)]
pub(super) fn compare_imm(op: CmpOp, v: Term, imm: i64, words: WordRange, imm_first: bool) -> bool {
    if v.is_small() {
        return words.holds(v.raw());
    }
    compare_imm_slow(op, v, imm, imm_first)
}

#[inline(never)]
fn compare_imm_slow(op: CmpOp, v: Term, imm: i64, imm_first: bool) -> bool {
    let i = Term::int(imm);
    if imm_first {
        compare(op, i, v)
    } else {
        compare(op, v, i)
    }
}

/// `TestArity; GetTupleElement` of one tuple: false (nothing written)
/// unless `t` is a tuple of `arity` elements.
#[inline(always)]
pub(super) fn test_arity_get(p: &mut Process, ybase: usize, t: Term, arity: u32, index: u32, dst: Dst) -> bool {
    match t.as_tuple() {
        Some(elems) if elems.len() == arity as usize => {
            store(p, ybase, dst, elems.get(index as usize).copied().unwrap_or(Term::NIL));
            true
        }
        _ => false,
    }
}

/// The two reads of `TestArityAllocateGet2` from `t`, the value of its x
/// register after its frame's collection.
#[inline(always)]
pub(super) fn get2(p: &mut Process, ybase: usize, t: Term, i1: u32, d1: Dst, i2: u32, d2: Dst) {
    debug_assert!(t.as_tuple().is_some_and(|e| (i1 as usize) < e.len() && (i2 as usize) < e.len()));
    // SAFETY: the arm found the register to hold a tuple of `arity`
    // elements just before the frame's collection, which had the register
    // among its roots (the loader made sure it is below `live`) and moves
    // a term without changing its shape; nothing else wrote the register.
    // The loader fused only reads with `i1` and `i2` below `arity`, so
    // both are words of the tuple, past its header.
    let (e1, e2) = unsafe {
        let elems = t.ptr().add(1);
        (*elems.add(i1 as usize), *elems.add(i2 as usize))
    };
    store(p, ybase, d1, e1);
    store(p, ybase, d2, e2);
}

/// `Deallocate` (its own arm and the fused ones): pops the current frame
/// (its return address into `p.cp`); gives the base of the frame below.
#[inline(always)]
pub(super) fn deallocate(p: &mut Process, ybase: usize) -> usize {
    let below = pop_frame(p, ybase);
    p.ybase = below as u32;
    below
}

/// `element(i, t)` when `t` is a tuple and `i` a small integer in
/// `1..=tuple_size(t)`; `None` for everything else (the BIF decides).
#[inline(always)]
pub(super) fn element(i: Term, t: Term) -> Option<Term> {
    let n = i.as_small()?;
    // `n - 1` as usize: 0 and negative `n` wrap past any tuple's size.
    t.as_tuple()?.get((n as u64).wrapping_sub(1) as usize).copied()
}

/// `element(i, t)` through the BIF itself (`import`, `erlang:element/2`),
/// as `Op::Bif` calls it: its error, and its frame in the stack trace.
#[cold]
#[inline(never)]
pub(super) fn element_slow(
    p: &mut Process,
    inst: &ModuleInstance,
    import: u32,
    i: Term,
    t: Term,
    frame: bool,
) -> Result<Term, Exception> {
    bif_inline(p, inst, import, &[i, t], frame)
}

/// Whether `t` is exactly the flat literal tuple `lit` (see
/// `Op::CmpXFlatTuple`): a tuple of the same size whose element words
/// are `lit`'s (its elements each equal only their own word).
#[inline(always)]
pub(super) fn eq_flat_tuple(t: Term, lit: Term) -> bool {
    t == lit || matches!((t.as_tuple(), lit.as_tuple()), (Some(a), Some(b)) if a == b)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::code::loader::small_words;
    use crate::term::{MAX_SMALL, MIN_SMALL};

    /// The loader's word ranges decide a compare with an immediate as the
    /// general comparison does, at the edges of the small integers too.
    #[test]
    fn compare_imm_agrees_with_compare() {
        let edges = [MIN_SMALL, MIN_SMALL + 1, -7, -1, 0, 1, 2, 3, MAX_SMALL - 1, MAX_SMALL];
        let ops = [CmpOp::EqExact, CmpOp::NeExact, CmpOp::Eq, CmpOp::Ne, CmpOp::Lt, CmpOp::Ge];
        for op in ops {
            for imm in edges {
                for first in [false, true] {
                    let words = small_words(op, imm, first);
                    for v in edges {
                        let (a, b) =
                            if first { (Term::int(imm), Term::int(v)) } else { (Term::int(v), Term::int(imm)) };
                        assert_eq!(
                            compare_imm(op, Term::int(v), imm, words, first),
                            compare(op, a, b),
                            "{op:?} {imm} {v} {first}"
                        );
                    }
                }
            }
        }
    }
}
