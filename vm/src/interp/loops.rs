//! Out-of-line loops of the interpreter: a list recursion's descent
//! (`IsConsAllocateGetListXCall` calling into itself, `f([H | T]) -> ...
//! f(T)`) runs in its own function, so that LLVM keeps the frame base,
//! the register file and the stack in machine registers across its
//! iterations: inside `interp::run`'s one big loop they live in memory
//! (benches/perf_log_core.md, session 17). The loop stops at the first
//! step that is not its plain case and leaves it to `run`, which
//! dispatches it as usual.

use super::operand::{local_body, push_frame, sstore, x};
use crate::code::ModuleInstance;
use crate::process::{Process, Ret};
use ferl_compiler::bytecode::Op;

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
    // SAFETY: `ip` points at an instruction of `inst.code` (the caller's,
    // and then a local call's body, see `local_body`).
    while let Op::IsConsAllocateGetListXCall { x: r, slots, head, tail, body, .. } = unsafe { &*ip } {
        let Some((h, t)) = x(p, *r).as_cons() else { break };
        if p.heap.wants_gc() || p.budget == 0 {
            break;
        }
        ybase = push_frame(p, ybase, *slots as usize);
        // Its `GetListX` part was kept specialised: the frame holds its
        // y slots (`code::frames`).
        sstore(p, ybase, *head, h);
        sstore(p, ybase, *tail, t);
        // SAFETY: the op stands for four instructions, the last a
        // returning call, so the fifth exists (`code::loader`): the
        // return address is an instruction of `inst.code`.
        p.cp = unsafe { Ret::new_unchecked(inst, ip.add(4)) };
        p.budget -= 1;
        ip = local_body(inst, *body);
    }
    p.ybase = ybase as u32;
    (ybase, ip)
}
