//! The register work of the loader's superinstructions (`Op::MoveXY2`...,
//! made by `code::loader::fuse`); their arms close `interp::run`'s match,
//! which keeps the control flow (jumps, calls, returns) in its macros.

use super::operand::{set_x, store, x};
use crate::process::Process;
use crate::term::Term;
use ferl_compiler::bytecode::Dst;

/// `MoveXY; MoveXY`, in that order (the second wins if `y1 == y2`).
#[inline(always)]
pub(super) fn move_xy2(p: &mut Process, ybase: usize, x1: u16, y1: u16, x2: u16, y2: u16) {
    let (a, b) = (x(p, x1), x(p, x2));
    p.stack[ybase + y1 as usize] = a;
    p.stack[ybase + y2 as usize] = b;
}

/// `MoveYX; MoveYX`, in that order (the second wins if `x1 == x2`).
#[inline(always)]
pub(super) fn move_yx2(p: &mut Process, ybase: usize, y1: u16, x1: u16, y2: u16, x2: u16) {
    let (a, b) = (p.stack[ybase + y1 as usize], p.stack[ybase + y2 as usize]);
    set_x(p, x1, a);
    set_x(p, x2, b);
}

/// `IsNonEmptyListX; GetListX` of the same register: false (nothing
/// written) when `x` is not a cons.
#[inline(always)]
pub(super) fn is_cons_get_list(p: &mut Process, ybase: usize, r: u16, head: Dst, tail: Dst) -> bool {
    let Some((h, t)): Option<(Term, Term)> = x(p, r).as_cons() else {
        return false;
    };
    store(p, ybase, head, h);
    store(p, ybase, tail, t);
    true
}
