//! The loader's last passes over a module's code, after fusing: every
//! label checked to lie inside the code (the interpreter jumps unchecked)
//! and to go forward (it counts no reductions for jumps)
//! and the constant operands of the hot instructions resolved to their
//! terms (`Src::Term`).

use crate::term::{Atom, Term};
use ferl_compiler::bytecode::{Op, Src};

/// The code with every label inside it (the interpreter jumps to a label
/// without checking it, `interp::operand::label`) and ahead of the
/// instruction that names it, but for a receive's way back to its
/// `LoopRec`: the interpreter charges reductions for calls only, so a
/// loop of jumps would never yield, and the compiler makes none (each
/// round of a receive loop looks at one more message; a handler comes
/// after its `Try`). Label 0 of a BIF call or arithmetic is no label
/// (raise on failure). An instruction that breaks this, which only a
/// damaged object file has, raises `if_clause` instead.
pub(super) fn checked_labels(mut code: Vec<Op>) -> Vec<Op> {
    let len = code.len();
    let loop_rec: Vec<bool> = code.iter().map(|op| matches!(op, Op::LoopRec { .. })).collect();
    for (at, op) in code.iter_mut().enumerate() {
        let receive_loop = matches!(op, Op::LoopRecEnd { .. } | Op::Wait { .. } | Op::WaitTimeout { .. });
        let zero_is_none = matches!(
            op,
            Op::Bif { .. }
                | Op::Arith { .. }
                | Op::ArithXI { .. }
                | Op::ArithYI { .. }
                | Op::ArithRR { .. }
                | Op::Element { .. }
                | Op::SelfPid { .. }
        );
        let mut fine = true;
        ferl_compiler::lower::for_each_label(op, |l| {
            let l = *l as usize;
            fine &= l < len && (l > at || (l == 0 && zero_is_none) || (receive_loop && loop_rec[l]));
        });
        if !fine {
            *op = Op::IfEnd;
        }
    }
    code
}

/// The constant operands of the instructions a server's code runs most
/// (moves, compares with a constant, building tuples and lists) as the
/// terms themselves (`Src::Term`): reading one then needs no atom or
/// literal table lookup. Last: the loader's other passes match the table
/// forms (the receive filter, `interp::receive`, knows both).
pub(super) fn resolve_constants(code: &mut [Op], atoms: &[Atom], literals: &[Term]) {
    let resolve = |s: &mut Src| {
        let t = match *s {
            Src::Atom(i) => atoms.get(i as usize).map(|a| Term::atom(*a)),
            Src::Int(n) => Term::small(n),
            Src::Nil => Some(Term::NIL),
            Src::Lit(i) => literals.get(i as usize).copied(),
            Src::X(_) | Src::Y(_) | Src::Term(_) => None,
        };
        if let Some(t) = t {
            *s = Src::Term(t.raw());
        }
    };
    for op in code.iter_mut() {
        match op {
            Op::Move { src: c, .. }
            | Op::MoveCX { c, .. }
            | Op::MoveCXReturn { c, .. }
            | Op::CmpXC { c, .. }
            | Op::TestArityTag { c, .. }
            | Op::TestArityAllocateTag { c, .. }
            | Op::CmpXIMoveCXReturn { c, .. } => resolve(c),
            Op::Cmp { a, b, .. } | Op::PutList { head: a, tail: b, .. } => {
                resolve(a);
                resolve(b);
            }
            Op::PutTuple { elems, .. } | Op::PutTupleDeallocateReturn { elems, .. } => {
                elems.iter_mut().for_each(resolve)
            }
            _ => {}
        }
    }
}
