//! Out-of-line loops of the interpreter: a list recursion's descent
//! (`IsConsAllocateGetListXCall` calling into itself, `f([H | T]) -> ...
//! f(T)`) runs in its own function, so that LLVM keeps the frame base,
//! the register file and the stack in machine registers across its
//! iterations: inside `interp::run`'s one big loop they live in memory
//! (benches/perf_log_core.md, session 17). The loop stops at the first
//! step that is not its plain case and leaves it to `run`, which
//! dispatches it as usual.

use super::operand::{local_body, push_frame_header, set_yslot};
use crate::code::ModuleInstance;
use crate::process::{frame_header_of, Process, Ret, X_REGS};
use crate::term::Term;
use ferl_compiler::bytecode::{Dst, Op};

/// Runs `IsConsAllocateGetListXCall`s while each calls into another and
/// finds its list a cons, the heap needs no collection and reductions are
/// left: what the arm does on that path. `ip` points at an instruction of
/// `inst.code`; gives the frame base and the instruction to go on with.
#[inline(never)]
pub(super) fn descend(
    p: &mut Process,
    inst: &'static ModuleInstance,
    mut ybase: usize,
    mut ip: *const Op,
) -> (usize, *const Op) {
    debug_assert_eq!(p.x.len(), X_REGS);
    // The register file: `run` checked that it is whole, and nothing here
    // runs code that could replace it.
    let xs: *mut Term = p.x.as_mut_ptr();
    // x register `n`, masked as `operand::x` does.
    // SAFETY: `xs` holds X_REGS words and the index is masked below that.
    let xr = |n: u16| unsafe { xs.add(n as usize & (X_REGS - 1)) };
    // The return address and the reductions, kept in registers until the
    // loop ends.
    let mut cp = p.cp;
    let mut budget = p.budget;
    // SAFETY: `ip` points at an instruction of `inst.code` (the caller's,
    // and then a local call's body, see `local_body`).
    while let Op::IsConsAllocateGetListXCall { x: r, slots, head, tail, body, .. } = unsafe { &*ip } {
        // SAFETY: see `xr`.
        let Some((h, t)) = unsafe { *xr(*r) }.as_cons() else { break };
        if p.heap.wants_gc() || budget == 0 {
            break;
        }
        ybase = push_frame_header(p, *slots as usize, frame_header_of(cp, ybase));
        // Its `GetListX` part was kept specialised: the frame holds its
        // y slots (`code::frames`).
        for (d, v) in [(*head, h), (*tail, t)] {
            match d {
                // SAFETY: see `xr`.
                Dst::X(n) => unsafe { *xr(n) = v },
                Dst::Y(n) => set_yslot(p, ybase, n, v),
            }
        }
        // SAFETY: the op stands for four instructions, the last a
        // returning call, so the fifth exists (`code::loader`): the
        // return address is an instruction of `inst.code`.
        cp = unsafe { Ret::new_unchecked(inst, ip.add(4)) };
        budget -= 1;
        ip = local_body(inst, *body);
    }
    p.cp = cp;
    p.budget = budget;
    p.ybase = ybase as u32;
    (ybase, ip)
}
