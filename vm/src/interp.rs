//! The interpreter: runs a process's bytecode until it exits, waits for a
//! message, or uses up its reductions. One reduction is charged per call.
//! Calls never recurse on the Rust stack: frames live in the process.

mod arith;
#[macro_use]
mod run_macros;
mod bits;
mod call;
pub(crate) mod exception;
mod fused;
mod loops;
mod maps;
mod operand;
mod outcome;
mod plain;
mod receive;

use crate::code::ModuleInstance;
use crate::exception::{Class, Exception};
use crate::process::{CatchEntry, CatchKind, Cp, Process, Ret, X_REGS};
use crate::term::Atom;
use crate::term::{atoms, Kind, Term, View};
use arith::{arith_slow, compare, small_arith, type_test};
use ferl_compiler::bytecode::{ArithOp, CmpOp, Op};
use fused::compare_imm;
use operand::{
    constant, label, local_body, offset, op_at, push_frame, put_boxed, put_tuple, reg, set_x, set_yslot, src, sreg,
    sstore, store, x, yslot,
};

pub use call::setup_call;
use call::{guard_failed, returns_here, tail};
pub use exception::{build_stacktrace, escript_bottom_frames};
pub(crate) use outcome::Flow;
use outcome::{collect_at_allocate, lost_code, lost_registers};
pub use outcome::{internal_error, internal_error_seen, Exit, RunResult};

/// A receive finished (a message matched, or the timeout ran): forget its
/// cursor and its deadline.
fn end_receive(p: &mut Process) {
    p.recv_cursor = 0;
    p.timed_out = false;
    if p.wait_armed {
        p.wait_armed = false;
        crate::sched::cancel_wait(p);
        p.wait_seq = 0;
    }
}

/// Runs `p` for at most `reductions` calls.
pub fn run(p: &mut Process, reductions: usize) -> RunResult {
    // This slice's calls count down `p.budget` (`Process::reductions`).
    let slice = reductions.min(u32::MAX as usize) as u32;
    p.reduction_limit = p.reductions() + slice as u64;
    p.budget = slice;
    let mut inst: &'static ModuleInstance = match p.pc.instance() {
        Some(i) => i,
        None => return RunResult::Exit(Exit::Normal),
    };
    if p.x.len() != X_REGS {
        return lost_registers();
    }
    // The next instruction. It always points into `inst.code`: it is set
    // only through `goto!`, which checks the offset, or by stepping past an
    // instruction that continues with the next one, which the last one of
    // a module never does (the loader makes sure: `code::loader`).
    let mut ip: *const Op;
    macro_rules! goto {
        ($inst:expr, $pc:expr) => {
            ip = match op_at($inst, $pc as usize) {
                Some(ip) => ip,
                None => return lost_code(),
            }
        };
    }
    goto!(inst, p.pc.pc);
    // Where the current frame's y slots start: `p.ybase`, kept here too.
    let mut ybase = p.ybase as usize;
    loop {
        // Every instruction that raises leaves `ip` just past itself.
        let exc: Exception = 'op: loop {
            run_macros!($, p, inst, ip, ybase, 'op);
            // SAFETY: `ip` points at an instruction of `inst.code` (see its
            // declaration); instances are never freed.
            let op: &'static Op = unsafe { &*ip };
            ip = ip.wrapping_add(1);
            match op {
                Op::FuncInfo { .. } => {}
                Op::Allocate { slots, live } => {
                    allocate!(*slots, *live);
                }
                Op::Deallocate => {
                    ybase = fused::deallocate(p, ybase);
                    // Most often a return follows: take it now, without
                    // dispatching again.
                    // SAFETY: `Deallocate` continues with the next
                    // instruction, so it is not the last one: `ip` points
                    // at an instruction.
                    if matches!(unsafe { &*ip }, Op::Return) {
                        ret!();
                        continue 'op;
                    }
                }
                Op::Return => ret!(),
                Op::Move { src: s, dst } => {
                    let t = src(p, inst, ybase, s);
                    store(p, ybase, *dst, t);
                }
                Op::MoveXY { x: r, y } => {
                    let t = x(p, *r);
                    set_yslot(p, ybase, *y, t);
                }
                Op::MoveYX { y, x: r } => {
                    let t = yslot(p, ybase, *y);
                    set_x(p, *r, t);
                }
                Op::MoveXX { from, to } => {
                    let t = x(p, *from);
                    set_x(p, *to, t);
                }
                Op::MoveCX { c, x: r } => {
                    let t = constant(inst, c);
                    set_x(p, *r, t);
                }
                Op::LocalCall { body, .. } => {
                    call_local!(*body, 0)
                }
                Op::LocalCallOnly { body, .. } => enter_local!(*body, true),
                // The loader makes every local call a `LocalCall` or
                // `LocalCallOnly` (`code::loader::resolved_local_calls`).
                Op::Call { .. } | Op::CallOnly { .. } => break 'op Exception::error_atom(atoms::if_clause),
                Op::CallExt { arity, import } => {
                    p.cp = returns_here(inst, ip);
                    // An Erlang function is entered here; BIFs, specials
                    // and functions not loaded go through `call_import`.
                    match call::erlang_import(inst, *import) {
                        Some(t) => enter!(t.instance, t.entry),
                        None => flow!(call::call_import(p, inst, *import, *arity as usize, false)),
                    }
                }
                Op::CallExtOnly { arity, import } => match call::erlang_import(inst, *import) {
                    Some(t) => enter!(t.instance, t.entry),
                    None => flow!(tail(call::call_import(p, inst, *import, *arity as usize, true))),
                },
                Op::CallFun { arity } => {
                    p.cp = returns_here(inst, ip);
                    flow!(call::call_fun(p, *arity as usize, false))
                }
                Op::CallFunOnly { arity } => flow!(tail(call::call_fun(p, *arity as usize, true))),
                Op::Apply { arity } => {
                    p.cp = returns_here(inst, ip);
                    flow!(call::apply_mfa(p, *arity as usize, false))
                }
                Op::ApplyOnly { arity } => flow!(tail(call::apply_mfa(p, *arity as usize, true))),
                Op::Bif { import, args, dst, fail, frame } => {
                    let mut vals = [Term::NIL; 4];
                    let n = args.len().min(4);
                    for (i, a) in args.iter().take(4).enumerate() {
                        vals[i] = src(p, inst, ybase, a);
                    }
                    bif_result!(call::bif_inline(p, inst, *import, &vals[..n], *frame), *dst, *fail)
                }
                Op::Arith { op, a, b, dst, fail, frame } => {
                    let (x, y) = (src(p, inst, ybase, a), src(p, inst, ybase, b));
                    arith!(store, *op, x, y, *dst, *fail, *frame)
                }
                Op::ArithXI { op, a, imm, dst, fail, frame } => {
                    arith!(sstore, *op, x(p, *a), Term::int(*imm), *dst, *fail, *frame)
                }
                Op::ArithYI { op, a, imm, dst, fail, frame } => {
                    let v = yslot(p, ybase, *a);
                    arith!(sstore, *op, v, Term::int(*imm), *dst, *fail, *frame)
                }
                Op::ArithRR { op, a, b, dst, fail, frame } => {
                    let (v, w) = (sreg(p, ybase, *a), sreg(p, ybase, *b));
                    arith!(sstore, *op, v, w, *dst, *fail, *frame)
                }
                Op::Cmp { op, a, b, fail } => {
                    let (a, b) = (src(p, inst, ybase, a), src(p, inst, ybase, b));
                    if !compare(*op, a, b) {
                        jump!(*fail)
                    }
                }
                Op::CmpXI { op, x: r, imm, words, fail } => {
                    if !compare_imm(*op, x(p, *r), *imm, *words, false) {
                        jump!(*fail)
                    }
                }
                Op::CmpIX { op, imm, words, x: r, fail } => {
                    if !compare_imm(*op, x(p, *r), *imm, *words, true) {
                        jump!(*fail)
                    }
                }
                Op::CmpXX { op, a, b, fail } => {
                    if !compare(*op, x(p, *a), x(p, *b)) {
                        jump!(*fail)
                    }
                }
                Op::IsNonEmptyListX { x: r, fail } => {
                    if !x(p, *r).is_cons() {
                        jump!(*fail)
                    }
                }
                Op::IsNilX { x: r, fail } => {
                    if !x(p, *r).is_nil() {
                        jump!(*fail)
                    }
                }
                Op::Test { test, src: s, fail } => {
                    if !type_test(*test, src(p, inst, ybase, s)) {
                        jump!(*fail)
                    }
                }
                Op::TestArity { src: s, arity, fail } => {
                    if src(p, inst, ybase, s).as_tuple().is_none_or(|t| t.len() != *arity as usize) {
                        jump!(*fail)
                    }
                }
                Op::TestFunArity { src: s, arity, fail } => test_fun_arity!(s, arity, *fail),
                Op::Jump { to } => jump!(*to),
                Op::GetList { src: s, head, tail } => {
                    if let Some((h, t)) = src(p, inst, ybase, s).as_cons() {
                        store(p, ybase, *head, h);
                        store(p, ybase, *tail, t);
                    }
                }
                Op::GetListX { x: r, head, tail } => {
                    if let Some((h, t)) = x(p, *r).as_cons() {
                        sstore(p, ybase, *head, h);
                        sstore(p, ybase, *tail, t);
                    }
                }
                Op::GetTupleElement { src: s, index, dst } => {
                    let t = src(p, inst, ybase, s).as_tuple().and_then(|t| t.get(*index as usize).copied());
                    store(p, ybase, *dst, t.unwrap_or(Term::NIL));
                }
                Op::PutList { head, tail, dst } => {
                    let (h, t) = (src(p, inst, ybase, head), src(p, inst, ybase, tail));
                    let l = p.heap.cons(h, t);
                    store(p, ybase, *dst, l);
                }
                Op::PutListRR { head, tail, dst } => {
                    let (h, t) = (sreg(p, ybase, *head), sreg(p, ybase, *tail));
                    let l = p.heap.cons(h, t);
                    sstore(p, ybase, *dst, l);
                }
                Op::PutTuple { elems, dst } => {
                    let t = put_tuple(p, inst, ybase, elems);
                    store(p, ybase, *dst, t);
                }
                Op::PutMap { base, pairs, dst } => match maps::put_map_op(p, inst, ybase, base.as_ref(), pairs) {
                    Ok(m) => store(p, ybase, *dst, m),
                    Err(e) => break 'op e,
                },
                Op::GetMapElement { src: s, key, dst, fail } => {
                    let m = src(p, inst, ybase, s);
                    let k = src(p, inst, ybase, key);
                    match maps::get(m, k) {
                        Some(v) => store(p, ybase, *dst, v),
                        None => {
                            jump!(*fail)
                        }
                    }
                }
                Op::MakeFun { lambda, free, dst } => {
                    let l: *const crate::code::Lambda = &inst.lambdas[*lambda as usize];
                    let f = put_boxed(p, inst, ybase, Kind::Fun, Some(Term(l as u64)), free);
                    store(p, ybase, *dst, f);
                }
                Op::BsCreate { segs, dst } => match bits::create(p, inst, ybase, segs) {
                    Ok(b) => store(p, ybase, *dst, b),
                    Err(e) => break 'op e,
                },
                Op::BsStartMatch { src: s, ctx, fail } => {
                    let b = src(p, inst, ybase, s);
                    match crate::term::bits::bit_len(b) {
                        Some(_) => store(p, ybase, *ctx, b),
                        None => {
                            jump!(*fail)
                        }
                    }
                }
                Op::BsGet { ctx, seg, dst, fail } => match bits::get(p, inst, ybase, *ctx, seg, true) {
                    Some(v) => store(p, ybase, *dst, v),
                    None => {
                        jump!(*fail)
                    }
                },
                Op::BsSkip { ctx, seg, fail } => {
                    if bits::get(p, inst, ybase, *ctx, seg, false).is_none() {
                        jump!(*fail)
                    }
                }
                Op::BsTestTail { ctx, fail } => {
                    if crate::term::bits::bit_len(src(p, inst, ybase, ctx)).is_none_or(|n| n != 0) {
                        jump!(*fail)
                    }
                }
                Op::BsTestUnit { ctx, unit, fail } => {
                    if src(p, inst, ybase, ctx).as_bits().is_none_or(|b| b.bit_len % (*unit).max(1) as usize != 0) {
                        jump!(*fail)
                    }
                }
                Op::Badmatch { src: s } => {
                    let v = src(p, inst, ybase, s);
                    break 'op Exception::error_with(&mut p.heap, atoms::badmatch, v);
                }
                Op::CaseEnd { src: s } => {
                    let v = src(p, inst, ybase, s);
                    break 'op Exception::error_with(&mut p.heap, atoms::case_clause, v);
                }
                Op::IfEnd => break 'op Exception::error_atom(atoms::if_clause),
                Op::TryCaseEnd { src: s } => {
                    let v = src(p, inst, ybase, s);
                    break 'op Exception::error_with(&mut p.heap, atoms::try_clause, v);
                }
                Op::FunctionClause { .. } => break 'op Exception::error_atom(atoms::function_clause),
                Op::RaiseError { reason } => break 'op Exception::error(src(p, inst, ybase, reason)),
                Op::Try { handler } | Op::Catch { handler } => {
                    let kind = if matches!(op, Op::Try { .. }) { CatchKind::Try } else { CatchKind::Catch };
                    p.catches.push(CatchEntry {
                        kind,
                        stack: p.stack.len() as u32,
                        ybase: ybase as u32,
                        handler: Cp { instance: inst, pc: *handler },
                    });
                }
                Op::TryEnd | Op::CatchEnd => {
                    p.catches.pop();
                }
                Op::TryCase => {}
                Op::Raise { class, reason, trace } => {
                    let c = src(p, inst, ybase, class).as_atom().and_then(Class::from_atom).unwrap_or(Class::Error);
                    let r = src(p, inst, ybase, reason);
                    let t = src(p, inst, ybase, trace);
                    break 'op Exception { class: c, reason: r, trace: Some(t) };
                }
                Op::Send => send!(),
                Op::LoopRec { wait, dst } => match receive::loop_rec(p, inst, offset(inst, ip) - 1, *dst) {
                    receive::Next::Message(m) => store(p, ybase, *dst, m),
                    receive::Next::Empty => jump!(*wait),
                    receive::Next::Exit(reason) => return RunResult::Exit(Exit::Signal(reason)),
                },
                Op::RemoveMessage => {
                    receive::remove_message(p);
                    end_receive(p);
                }
                Op::LoopRecEnd { to } => {
                    p.recv_cursor += 1;
                    jump!(*to)
                }
                Op::Wait { to } => {
                    p.pc = Cp { instance: inst, pc: *to };
                    p.live_x = 0;
                    return RunResult::Wait(None);
                }
                Op::WaitTimeout { to, timeout } => wait_timeout!(*to, timeout),
                Op::Timeout => end_receive(p),

                // ---- From here to the end of the match: the loader's
                // superinstructions (`code::loader::fuse`; bodies in
                // `interp/fused.rs`), `CmpXC`, `Element` and `CmpXFlatTuple`. Each fused one stands for two or
                // three instructions, the others of which follow it:
                // stepping past them is safe because they fall through (a
                // call or return sets `ip` itself), so none is a module's
                // last instruction.
                Op::IsConsGetListX { x: r, fail, head, tail } => {
                    if !fused::is_cons_get_list(p, ybase, *r, *head, *tail) {
                        jump!(*fail)
                    }
                    ip = ip.wrapping_add(1);
                }
                Op::MoveXY2 { x1, y1, x2, y2 } => {
                    fused::move_xy2(p, ybase, *x1, *y1, *x2, *y2);
                    ip = ip.wrapping_add(1);
                }
                Op::MoveYX2 { y1, x1, y2, x2 } => {
                    fused::move_yx2(p, ybase, *y1, *x1, *y2, *x2);
                    ip = ip.wrapping_add(1);
                }
                Op::MoveXY3 { x: xs, y: ys } => {
                    fused::move_xy_n(p, ybase, xs, ys);
                    ip = ip.wrapping_add(2);
                }
                Op::MoveXY4 { x: xs, y: ys } => {
                    fused::move_xy_n(p, ybase, xs, ys);
                    ip = ip.wrapping_add(3);
                }
                Op::MoveYX3 { y: ys, x: xs } => {
                    fused::move_yx_n(p, ybase, ys, xs);
                    ip = ip.wrapping_add(2);
                }
                Op::MoveYX4 { y: ys, x: xs } => {
                    fused::move_yx_n(p, ybase, ys, xs);
                    ip = ip.wrapping_add(3);
                }
                Op::AllocateMoveXY { slots, live, x: r, y } => {
                    allocate!(*slots, *live);
                    set_yslot(p, ybase, *y, x(p, *r));
                    ip = ip.wrapping_add(1);
                }
                Op::MoveCXReturn { c, x: r } => {
                    set_x(p, *r, constant(inst, c));
                    ret!();
                }
                Op::MoveYXCall { y, x: r, body, .. } => {
                    set_x(p, *r, yslot(p, ybase, *y));
                    // The call returns past itself, the instruction after this one.
                    call_local!(*body, 1)
                }
                Op::CmpXC { op, x: r, c, fail } => {
                    let (a, b) = (x(p, *r), constant(inst, c));
                    // An atom or `[]` equals (`==` as `=:=`) only its own word.
                    let holds = match op {
                        CmpOp::EqExact | CmpOp::Eq => a == b,
                        CmpOp::NeExact | CmpOp::Ne => a != b,
                        _ => compare(*op, a, b),
                    };
                    if !holds {
                        jump!(*fail)
                    }
                }
                Op::ArithCall { op, a, imm, delta, dst, frame, body, .. } => {
                    // Raised here, `ip` is just past the arithmetic, as unfused.
                    arith_call!(*op, *a, *imm, *delta, *dst, *frame, *body)
                }
                Op::CmpXIReturn { op, x: r, imm, words, fail } => cmp_imm_return!(*op, *r, *imm, *words, *fail),
                Op::MoveXXReturn { from, to } => {
                    set_x(p, *to, x(p, *from));
                    ret!();
                }
                Op::PutListRRCallOnly { head, tail, dst, body, .. } => {
                    // Made from a kept `PutListRR`: its y slots are proved (`sreg`).
                    let (h, t) = (sreg(p, ybase, *head), sreg(p, ybase, *tail));
                    let l = p.heap.cons(h, t);
                    sstore(p, ybase, *dst, l);
                    enter_local!(*body, true)
                }
                Op::AllocateIsConsGetListX { slots, live, x: r, fail, head, tail } => {
                    allocate!(*slots, *live);
                    if !fused::is_cons_get_list(p, ybase, *r, *head, *tail) {
                        jump!(*fail)
                    }
                    ip = ip.wrapping_add(2);
                }
                Op::IsConsAllocateGetListX { x: r, fail, slots, live, head, tail } => {
                    is_cons_allocate_get_list!(*r, *fail, *slots, *live, *head, *tail);
                    ip = ip.wrapping_add(2);
                }
                Op::TestArityAllocateGet { x: r, arity, fail, slots, live, index, dst } => {
                    if x(p, *r).as_tuple().is_none_or(|elems| elems.len() != *arity as usize) {
                        jump!(*fail)
                    }
                    // Read after the frame's collection, which may move the
                    // tuple (x register `r` is one of its roots).
                    allocate!(*slots, *live);
                    fused::test_arity_get(p, ybase, x(p, *r), *arity, *index, *dst);
                    ip = ip.wrapping_add(2);
                }
                Op::TestArityAllocateTag { x: r, arity, fail, slots, live, tag, c, tag_fail } => {
                    if x(p, *r).as_tuple().is_none_or(|elems| elems.len() != *arity as usize) {
                        jump!(*fail)
                    }
                    // Read after the frame's collection, which may move the
                    // tuple (x register `r` is one of its roots).
                    allocate!(*slots, *live);
                    let first = x(p, *r).as_tuple().and_then(|elems| elems.first().copied()).unwrap_or(Term::NIL);
                    set_x(p, *tag, first);
                    // An atom or `[]` equals (`==` as `=:=`) only its own word.
                    if first != constant(inst, c) {
                        jump!(*tag_fail)
                    }
                    ip = ip.wrapping_add(3);
                }
                Op::TestArityGet { src: s, arity, fail, index, dst } => {
                    let t = src(p, inst, ybase, s);
                    if !fused::test_arity_get(p, ybase, t, *arity, *index, *dst) {
                        jump!(*fail)
                    }
                    ip = ip.wrapping_add(1);
                }
                Op::GetTupleElement2 { src: s, i1, d1, i2, d2 } => {
                    if let Some(elems) = src(p, inst, ybase, s).as_tuple() {
                        let (a, b) = (elems.get(*i1 as usize).copied(), elems.get(*i2 as usize).copied());
                        store(p, ybase, *d1, a.unwrap_or(Term::NIL));
                        store(p, ybase, *d2, b.unwrap_or(Term::NIL));
                    }
                    ip = ip.wrapping_add(1);
                }
                Op::PutTupleDeallocateReturn { elems, dst } => {
                    let t = put_tuple(p, inst, ybase, elems);
                    store(p, ybase, *dst, t);
                    ybase = fused::deallocate(p, ybase);
                    ret!();
                }
                Op::TestArityTag { src: s, arity, fail, x: r, c, tag_fail } => {
                    let first = match src(p, inst, ybase, s).as_tuple() {
                        Some(elems) if elems.len() == *arity as usize => elems.first().copied().unwrap_or(Term::NIL),
                        _ => jump!(*fail),
                    };
                    set_x(p, *r, first);
                    // An atom or `[]` equals (`==` as `=:=`) only its own word.
                    if first != constant(inst, c) {
                        jump!(*tag_fail)
                    }
                    ip = ip.wrapping_add(2);
                }
                Op::MoveXXCall { from, to, body, .. } => {
                    set_x(p, *to, x(p, *from));
                    call_local!(*body, 1)
                }
                Op::AllocateCmpXI { slots, live, op, x: r, imm, words, fail } => {
                    allocate!(*slots, *live);
                    if !compare_imm(*op, x(p, *r), *imm, *words, false) {
                        jump!(*fail)
                    }
                    ip = ip.wrapping_add(1);
                }
                Op::MoveXYArithCall { from, to, op, a, imm, delta, dst, frame, body, .. } => {
                    // The plain cases of the hottest instructions run in
                    // a loop of their own from here (`interp::plain`).
                    let (b, next) = plain::run_plain(p, inst, ybase, ip.wrapping_sub(1));
                    if !next.is_null() {
                        (ybase, ip) = (b, next);
                        continue 'op;
                    }
                    set_yslot(p, ybase, *to, x(p, *from));
                    // The arithmetic raises as itself, with `ip` just past it.
                    ip = ip.wrapping_add(1);
                    arith_call!(*op, *a, *imm, *delta, *dst, *frame, *body);
                    base_case_test!()
                }
                Op::AllocateMoveXYArithCall { slots, live, x: r, y, op, a, imm, delta, dst, frame, body, .. } => {
                    // The plain cases of the hottest instructions run in
                    // a loop of their own from here (`interp::plain`).
                    let (b, next) = plain::run_plain(p, inst, ybase, ip.wrapping_sub(1));
                    if !next.is_null() {
                        (ybase, ip) = (b, next);
                        continue 'op;
                    }
                    allocate!(*slots, *live);
                    set_yslot(p, ybase, *y, x(p, *r));
                    // The arithmetic raises as itself, with `ip` just past it.
                    ip = ip.wrapping_add(2);
                    arith_call!(*op, *a, *imm, *delta, *dst, *frame, *body);
                    base_case_test!()
                }
                Op::IsConsAllocateGetListXCall { x: r, fail, slots, live, head, tail, body, .. } => {
                    // The plain cases of the hottest instructions run in
                    // a loop of their own from here (`interp::plain`).
                    let (b, next) = plain::run_plain(p, inst, ybase, ip.wrapping_sub(1));
                    if !next.is_null() {
                        (ybase, ip) = (b, next);
                        continue 'op;
                    }
                    is_cons_allocate_get_list!(*r, *fail, *slots, *live, *head, *tail);
                    // The call returns past itself, three past this op.
                    call_local!(*body, 3);
                    // A list's descent calls into this instruction again
                    // and again: the rest of it runs out of line.
                    // SAFETY: `ip` is a function's body in `inst.code`.
                    if matches!(unsafe { &*ip }, Op::IsConsAllocateGetListXCall { .. }) {
                        (ybase, ip) = loops::descend(p, inst, ybase, ip);
                    }
                }
                Op::ArithRRDeallocateReturn { .. } => {
                    let mut op = op;
                    // A body recursion's second call (`f(L) + f(R)` as the
                    // result) returns to this instruction of its caller
                    // again: run it here, without dispatching.
                    while let Op::ArithRRDeallocateReturn { op: aop, a, b, dst, frame } = op {
                        // Made from a kept `ArithRR`: its y slots are proved.
                        let (v, w) = (sreg(p, ybase, *a), sreg(p, ybase, *b));
                        if let Err(e) = fused::arith_body(p, ybase, *aop, v, w, *dst, *frame) {
                            break 'op e;
                        }
                        ybase = fused::deallocate(p, ybase);
                        ret!();
                        // SAFETY: a return address points at an instruction.
                        op = unsafe { &*ip };
                        if matches!(op, Op::ArithRRDeallocateReturn { .. }) {
                            // Raised from there, `ip` is just past it.
                            ip = ip.wrapping_add(1);
                        }
                    }
                }
                Op::DeallocateCallOnly { body, .. } => {
                    ybase = fused::deallocate(p, ybase);
                    enter_local!(*body, true)
                }
                Op::PutListRRDeallocateReturn { .. } => {
                    let mut op = op;
                    // Returning up a list's recursion comes back to this
                    // instruction again and again: as above.
                    while let Op::PutListRRDeallocateReturn { head, tail, dst } = op {
                        // Made from a kept `PutListRR`: its y slots are proved (`sreg`).
                        let (h, t) = (sreg(p, ybase, *head), sreg(p, ybase, *tail));
                        let l = p.heap.cons(h, t);
                        sstore(p, ybase, *dst, l);
                        ybase = fused::deallocate(p, ybase);
                        ret!();
                        // SAFETY: a return address points at an instruction.
                        op = unsafe { &*ip };
                        if matches!(op, Op::PutListRRDeallocateReturn { .. }) {
                            ip = ip.wrapping_add(1);
                        }
                    }
                }
                // `erlang:element/2` called inline (`loader::specialise_bifs`):
                // an element in range here, the rest as `Op::Bif` does it.
                Op::Element { index, tuple, dst, fail, frame, import } => {
                    let (i, t) = (src(p, inst, ybase, index), src(p, inst, ybase, tuple));
                    if let Some(e) = fused::element(i, t) {
                        store(p, ybase, *dst, e);
                        continue 'op;
                    }
                    bif_result!(fused::element_slow(p, inst, *import, i, t, *frame), *dst, *fail)
                }
                // `self()` called inline (`loader::specialise_bifs`).
                Op::SelfPid { dst, .. } => store(p, ybase, *dst, Term::pid(p.pid)),
                // `=:=`/`=/=` of a flat literal tuple (`loader::flat_tuple_compares`).
                Op::CmpXFlatTuple { op, x: r, lit, fail } => {
                    let lit = inst.literals.get(*lit as usize).copied().unwrap_or(Term::NIL);
                    if fused::eq_flat_tuple(x(p, *r), lit) != (*op == CmpOp::EqExact) {
                        jump!(*fail)
                    }
                }

                // ---- The arith helper's superinstructions (session 16):
                // tuples built and read (`loader::fused3`, `loader::fused4`).
                Op::PutTuple2DeallocateReturn { .. } => {
                    let mut op = op;
                    // Building a tree, the second child's call returns to
                    // this instruction of its caller again: as above.
                    while let Op::PutTuple2DeallocateReturn { a, b, dst } = op {
                        // A generic `PutTuple`'s registers: y slots checked (`reg`).
                        let (a, b) = (reg(p, ybase, *a), reg(p, ybase, *b));
                        let t = p.heap.tuple2(a, b);
                        store(p, ybase, *dst, t);
                        ybase = fused::deallocate(p, ybase);
                        ret!();
                        // SAFETY: a return address points at an instruction.
                        op = unsafe { &*ip };
                        if matches!(op, Op::PutTuple2DeallocateReturn { .. }) {
                            ip = ip.wrapping_add(1);
                        }
                    }
                }
                Op::CmpXFlatTupleReturn { op, x: r, lit, fail, to, c } => {
                    flat_tuple_return!(*op, *r, *lit, *fail, *to, c)
                }
                Op::TestArityAllocateGet2 { x: r, arity, fail, slots, live, i1, d1, i2, d2 } => {
                    if x(p, *r).as_tuple().is_none_or(|elems| elems.len() != *arity as usize) {
                        jump!(*fail)
                    }
                    // Read after the frame's collection, which may move the
                    // tuple (x register `r` is one of its roots).
                    allocate!(*slots, *live);
                    fused::get2(p, ybase, x(p, *r), *i1, *d1, *i2, *d2);
                    ip = ip.wrapping_add(3);
                }

                // ---- The trees helper's (session 16, second round).
                Op::MoveYXCallLeaf { y, x: r, body, .. } => {
                    set_x(p, *r, yslot(p, ybase, *y));
                    // The call returns past itself, the instruction after this one.
                    call_local!(*body, 1);
                    // The callee's leaf clause runs here, not through the
                    // shared dispatch (the loader saw it there).
                    // SAFETY: `ip` is a function's body in `inst.code`.
                    if let Op::CmpXFlatTupleReturn { op, x: r, lit, fail, to, c } = unsafe { &*ip } {
                        // (It raises nothing: `ip` need not step past it.)
                        flat_tuple_return!(*op, *r, *lit, *fail, *to, c)
                    }
                }
                Op::CmpXIMoveCXReturn { op, x: r, imm, words, fail, to, c } => {
                    if !compare_imm(*op, x(p, *r), *imm, *words, false) {
                        jump!(*fail)
                    }
                    set_x(p, *to, constant(inst, c));
                    ret!();
                }
            }
        };
        match exception::handle(p, inst, offset(inst, ip) as u32 - 1, exc) {
            Ok((i, target)) => {
                inst = i;
                goto!(i, target);
                ybase = p.ybase as usize;
            }
            Err(exit) => return RunResult::Exit(exit),
        }
    }
}
