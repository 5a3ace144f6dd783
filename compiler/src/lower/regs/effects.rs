//! What each instruction does to registers, as the register clean-up
//! sees it: the registers it reads and writes (implicit ones included),
//! and whether control goes on to the next instruction.

use super::super::peephole::{for_each_dst, for_each_src};
use crate::bytecode::{Dst, Function, Op, Src};

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub(super) enum Reg {
    X(u16),
    Y(u16),
}

pub(super) fn src_reg(s: Src) -> Option<Reg> {
    match s {
        Src::X(n) => Some(Reg::X(n)),
        Src::Y(n) => Some(Reg::Y(n)),
        _ => None,
    }
}

pub(super) fn dst_reg(d: Dst) -> Reg {
    match d {
        Dst::X(n) => Reg::X(n),
        Dst::Y(n) => Reg::Y(n),
    }
}

pub(super) fn reg_dst(r: Reg) -> Dst {
    match r {
        Reg::X(n) => Dst::X(n),
        Reg::Y(n) => Dst::Y(n),
    }
}

/// Applies `f` to the registers `op` reads, explicitly and implicitly
/// (call arguments, the returned x0, the arguments `function_clause`
/// reports, the x registers a garbage collection at `Allocate` keeps).
pub(super) fn for_each_read(op: &mut Op, functions: &[Function], f: &mut impl FnMut(Reg)) {
    if op.is_specialised() {
        return for_each_read(&mut op.generic(), functions, f);
    }
    for_each_src(op, &mut |s| {
        if let Some(r) = src_reg(*s) {
            f(r)
        }
    });
    let implicit = match op {
        Op::Allocate { live, .. } => *live as u32,
        Op::Return | Op::CatchEnd => 1,
        Op::Call { arity, .. }
        | Op::CallOnly { arity, .. }
        | Op::CallExt { arity, .. }
        | Op::CallExtOnly { arity, .. } => *arity as u32,
        Op::CallFun { arity } | Op::CallFunOnly { arity } => *arity as u32 + 1,
        Op::Apply { arity } | Op::ApplyOnly { arity } => *arity as u32 + 2,
        Op::Send => 2,
        Op::FunctionClause { function } => functions.get(*function as usize).map_or(0, |f| f.arity),
        // The match context is read and updated in place.
        Op::BsGet { ctx, .. } | Op::BsSkip { ctx, .. } => {
            f(dst_reg(*ctx));
            0
        }
        _ => 0,
    };
    for i in 0..implicit.min(u16::MAX as u32) {
        f(Reg::X(i as u16));
    }
}

/// Applies `f` to the registers `op` writes (a call's clobbering of the
/// other x registers is apart).
pub(super) fn for_each_write(op: &mut Op, f: &mut impl FnMut(Reg)) {
    if op.is_specialised() {
        return for_each_write(&mut op.generic(), f);
    }
    for_each_dst(op, &mut |d| f(dst_reg(*d)));
    match op {
        Op::Call { .. } | Op::CallExt { .. } | Op::CallFun { .. } | Op::Apply { .. } | Op::Send => f(Reg::X(0)),
        Op::TryCase => {
            f(Reg::X(0));
            f(Reg::X(1));
            f(Reg::X(2));
        }
        _ => {}
    }
}

pub(super) fn is_call(op: &Op) -> bool {
    matches!(op, Op::Call { .. } | Op::CallExt { .. } | Op::CallFun { .. } | Op::Apply { .. })
}

/// Instructions coalescing may look past: they neither change frames nor
/// wait, and read and write only the registers they name. (`RemoveMessage`
/// is one: it touches the mailbox alone, and a receive's matched parts
/// can go straight to the registers of the call after it.)
pub(super) fn plain(op: &Op) -> bool {
    !is_call(op)
        && !matches!(
            op,
            Op::Allocate { .. }
                | Op::Deallocate
                | Op::Try { .. }
                | Op::TryEnd
                | Op::TryCase
                | Op::Catch { .. }
                | Op::CatchEnd
                | Op::LoopRec { .. }
                | Op::LoopRecEnd { .. }
                | Op::Wait { .. }
                | Op::WaitTimeout { .. }
                | Op::Timeout
                | Op::Send
        )
}
