//! The plain cases of the hottest instructions (moves, small-integer
//! arithmetic and compares, frames, local calls and returns, list cells),
//! run in a loop of their own: `interp::run` is one big function whose
//! register allocation keeps its state (the frame base, the register
//! file, the process) in memory, while this small one keeps it in machine
//! registers (benches/perf_log_core.md, session 17).
//!
//! The loop stops, handing back to `run`, at the first instruction that
//! is not one of these or whose plain case does not hold: a collection
//! wanted, no reductions left, an operand that is no small integer, a
//! return off the bottom of the stack or into another module. It stops before the instruction
//! does anything, or, in a superinstruction, with the instruction pointer
//! on the unfused instruction that is to run next (the loader keeps a
//! superinstruction's parts after it, `code::loader::fuse`), so `run`
//! takes the rest as it would have: its errors, yields and collections.

use super::arith::small_arith;
use super::fused::eq_flat_tuple;
use super::loops::descend;
use super::operand::{
    constant, local_body, op_at, pop_frame, push_frame, reg, set_yslot, src, sreg, sstore, store, yslot,
};
use crate::code::ModuleInstance;
use crate::process::{Process, Ret, X_REGS};
use crate::term::Term;
use ferl_compiler::bytecode::{ArithOp, CmpOp, Dst, Op};

/// Where `run_plain` stopped: the frame base and the instruction (of the
/// same instance) `run` goes on with; a null instruction if none ran.
pub(super) type Stop = (usize, *const Op);

/// `a op imm` (with the loader's `delta`, see `fused::arith_delta`) when it
/// is a small integer.
#[inline(always)]
fn arith_imm(op: ArithOp, a: Term, imm: i64, delta: i64) -> Option<Term> {
    if delta != 0 && a.is_small() {
        return (a.raw() as i64).checked_add(delta).map(|r| Term(r as u64));
    }
    small_arith(op, a, Term::int(imm))
}

/// Runs plain cases from `start` (an instruction of `inst.code`, the
/// frame at `ybase` the running function's) until one does not hold.
/// The instruction is null when the first one did not: `run` runs it
/// itself.
#[inline(never)]
pub(super) fn run_plain(p: &mut Process, inst: &'static ModuleInstance, mut ybase: usize, start: *const Op) -> Stop {
    debug_assert_eq!(p.x.len(), X_REGS);
    // The register file: `run` checked that it is whole, and nothing here
    // runs other code with the process that could replace it.
    let xs: *mut Term = p.x.as_mut_ptr();
    // x register `n`, masked as `operand::x` does.
    macro_rules! xr {
        ($n:expr) => {
            // SAFETY: `xs` is the register file, X_REGS words (above); the
            // index is masked below X_REGS.
            unsafe { *xs.add($n as usize & (X_REGS - 1)) }
        };
    }
    macro_rules! set_xr {
        ($n:expr, $t:expr) => {{
            let t: Term = $t;
            // SAFETY: as in `xr!`.
            unsafe { *xs.add($n as usize & (X_REGS - 1)) = t }
        }};
    }
    // A register operand of a specialised instruction (`Dst`).
    macro_rules! rd {
        ($d:expr) => {
            match $d {
                Dst::X(n) => xr!(n),
                Dst::Y(n) => yslot(p, ybase, n),
            }
        };
    }
    macro_rules! wr {
        ($d:expr, $t:expr) => {{
            let t: Term = $t;
            match $d {
                Dst::X(n) => set_xr!(n, t),
                Dst::Y(n) => set_yslot(p, ybase, n, t),
            }
        }};
    }
    let mut budget = p.budget;
    let mut ip = start;
    // Whether a step ran to its end. (`ip` alone cannot tell: a recursion
    // may stop on the instruction it started from. A step stopped half-way
    // leaves `ip` on a later part of itself.)
    let mut ran = false;
    // `ip + $k`: the `$k`th instruction from `ip`, which the loader put
    // there (a superinstruction's later parts).
    macro_rules! at {
        ($k:expr) => {
            ip.wrapping_add($k)
        };
    }
    macro_rules! jump {
        ($to:expr) => {
            match op_at(inst, $to as usize) {
                Some(to) => ip = to,
                None => break,
            }
        };
    }
    // A local call returning to `ip + $past`; `ip` is left on the call
    // instruction (`ip + $call`) if no reductions are left.
    macro_rules! call {
        ($body:expr, $call:expr, $past:expr) => {{
            if budget == 0 {
                ip = at!($call);
                break;
            }
            budget -= 1;
            // SAFETY: `ip + $past` is just past a returning call, which
            // continues with the next instruction and so is never a
            // module's last one (`code::loader`).
            p.cp = unsafe { Ret::new_unchecked(inst, at!($past)) };
            ip = local_body(inst, $body);
        }};
    }
    // A return within `inst`; `ip` is left on the `Return` (`ip + $ret`)
    // at the bottom of the stack or for a return into another module
    // (`run` takes those: this loop keeps to one instance).
    macro_rules! ret {
        ($ret:expr) => {{
            match p.cp.instance() {
                Some(i) if std::ptr::eq(i, inst) => ip = p.cp.ip(),
                _ => {
                    ip = at!($ret);
                    break;
                }
            }
        }};
        // From inside a nested loop: `$lbl` is this loop's label.
        ($ret:expr, $lbl:lifetime) => {{
            match p.cp.instance() {
                Some(i) if std::ptr::eq(i, inst) => ip = p.cp.ip(),
                _ => {
                    ip = at!($ret);
                    break $lbl;
                }
            }
        }};
    }
    // An in-place return loop's step (its frame popped): `$op` becomes
    // the instruction returned to, or this loop stops on the `Return`
    // (`ip + 2`) for `run` to take.
    macro_rules! ret_in_place {
        ($op:ident, $lbl:lifetime) => {{
            ret!(2, $lbl);
            // SAFETY: a return address (of `inst`) points at an
            // instruction of `inst.code`.
            $op = unsafe { &*ip };
        }};
    }
    macro_rules! push {
        ($slots:expr) => {{
            ybase = push_frame(p, ybase, $slots as usize);
        }};
    }
    // `CmpXIReturn` (at `ip`).
    macro_rules! cmp_xi_return {
        ($x:expr, $words:expr, $fail:expr) => {{
            let v = xr!($x);
            if !v.is_small() {
                break;
            }
            if $words.holds(v.raw()) {
                ret!(1)
            } else {
                jump!($fail)
            }
        }};
    }
    // `CmpXFlatTupleReturn` (at `ip`).
    macro_rules! cmp_flat_tuple_return {
        ($op:expr, $x:expr, $lit:expr, $fail:expr, $to:expr, $c:expr) => {{
            let lit = inst.literals.get($lit as usize).copied().unwrap_or(Term::NIL);
            if eq_flat_tuple(xr!($x), lit) != ($op == CmpOp::EqExact) {
                jump!($fail)
            } else {
                set_xr!($to, constant(inst, $c));
                ret!(2)
            }
        }};
    }
    // `ArithRRDeallocateReturn` (at `ip`, if it is one), repeated in place
    // while it returns into another of itself: a tree's or fib's second
    // child returning into its parent's sum (a compare rather than the
    // dispatch's data-dependent jump).
    macro_rules! arith_returns {
        ($lbl:lifetime) => {{
            // SAFETY: `ip` points at an instruction of `inst.code`.
            let mut op: &Op = unsafe { &*ip };
            while let Op::ArithRRDeallocateReturn { op: aop, a, b, dst, .. } = op {
                let Some(t) = small_arith(*aop, rd!(*a), rd!(*b)) else {
                    break $lbl;
                };
                wr!(*dst, t);
                ybase = pop_frame(p, ybase);
                ran = true;
                ret_in_place!(op, $lbl);
            }
        }};
    }
    // After a call: a recursion's body often starts with its base case's
    // test (`fib(N) when N < 2 -> N`), taken here rather than through the
    // loop's dispatch.
    macro_rules! base_case_test {
        ($lbl:lifetime) => {{
            // SAFETY: `ip` is a function's body in `inst.code`.
            if let Op::CmpXIReturn { x, words, fail, .. } = unsafe { &*ip } {
                ran = true;
                cmp_xi_return!(*x, *words, *fail);
                // A leaf returned (or failed its test): a second child
                // returns into its parent's sum.
                arith_returns!($lbl)
            }
        }};
    }
    'plain: loop {
        // SAFETY: `ip` points at an instruction of `inst.code`: `start`
        // did, and each step below moves it to an instruction the loader
        // put there, a checked label, a local call's body or a return
        // address.
        let op: &Op = unsafe { &*ip };
        match op {
            Op::Return => ret!(0),
            Op::Deallocate => {
                ybase = pop_frame(p, ybase);
                ip = at!(1);
            }
            Op::MoveXY { x, y } => {
                set_yslot(p, ybase, *y, xr!(*x));
                ip = at!(1);
            }
            Op::MoveYX { y, x } => {
                set_xr!(*x, yslot(p, ybase, *y));
                ip = at!(1);
            }
            Op::MoveXX { from, to } => {
                set_xr!(*to, xr!(*from));
                ip = at!(1);
            }
            Op::Move { src: s, dst } => {
                let t = src(p, inst, ybase, s);
                store(p, ybase, *dst, t);
                ip = at!(1);
            }
            Op::MoveCX { c, x } => {
                set_xr!(*x, constant(inst, c));
                ip = at!(1);
            }
            Op::LocalCall { body, .. } => call!(*body, 0, 1),
            Op::LocalCallOnly { body, .. } => {
                if budget == 0 || p.heap.wants_gc() {
                    break;
                }
                budget -= 1;
                ip = local_body(inst, *body);
            }
            Op::Jump { to } => jump!(*to),
            Op::CmpXI { x, words, fail, .. } => {
                let v = xr!(*x);
                if !v.is_small() {
                    break;
                }
                if words.holds(v.raw()) {
                    ip = at!(1);
                } else {
                    jump!(*fail)
                }
            }
            Op::CmpXIReturn { x, words, fail, .. } => cmp_xi_return!(*x, *words, *fail),
            Op::IsNilX { x, fail } => {
                if xr!(*x).is_nil() {
                    ip = at!(1);
                } else {
                    jump!(*fail)
                }
            }
            Op::IsNonEmptyListX { x, fail } => {
                if xr!(*x).is_cons() {
                    ip = at!(1);
                } else {
                    jump!(*fail)
                }
            }
            Op::ArithXI { op, a, imm, dst, .. } => {
                let Some(t) = small_arith(*op, xr!(*a), Term::int(*imm)) else { break };
                wr!(*dst, t);
                ip = at!(1);
            }
            Op::ArithYI { op, a, imm, dst, .. } => {
                let Some(t) = small_arith(*op, yslot(p, ybase, *a), Term::int(*imm)) else { break };
                wr!(*dst, t);
                ip = at!(1);
            }
            Op::ArithRR { op, a, b, dst, .. } => {
                let Some(t) = small_arith(*op, rd!(*a), rd!(*b)) else { break };
                wr!(*dst, t);
                ip = at!(1);
            }
            Op::Allocate { slots, .. } => {
                if p.heap.wants_gc() {
                    break;
                }
                push!(*slots);
                ip = at!(1);
            }
            Op::GetListX { x, head, tail } => {
                if let Some((h, t)) = xr!(*x).as_cons() {
                    wr!(*head, h);
                    wr!(*tail, t);
                }
                ip = at!(1);
            }
            Op::PutList { head, tail, dst } => {
                let l = p.heap.cons(src(p, inst, ybase, head), src(p, inst, ybase, tail));
                store(p, ybase, *dst, l);
                ip = at!(1);
            }
            Op::PutListRR { head, tail, dst } => {
                let l = p.heap.cons(rd!(*head), rd!(*tail));
                wr!(*dst, l);
                ip = at!(1);
            }
            Op::MoveXXReturn { from, to } => {
                set_xr!(*to, xr!(*from));
                ret!(1)
            }
            Op::MoveCXReturn { c, x } => {
                set_xr!(*x, constant(inst, c));
                ret!(1)
            }
            Op::MoveYXCall { y, x, body, .. } => {
                set_xr!(*x, yslot(p, ybase, *y));
                call!(*body, 1, 2)
            }
            Op::MoveYXCallLeaf { y, x, body, .. } => {
                set_xr!(*x, yslot(p, ybase, *y));
                call!(*body, 1, 2);
                // The callee's leaf clause, taken here rather than through
                // the loop's dispatch (the loader saw it there).
                // SAFETY: `ip` is a function's body in `inst.code`.
                if let Op::CmpXFlatTupleReturn { op, x, lit, fail, to, c } = unsafe { &*ip } {
                    ran = true;
                    cmp_flat_tuple_return!(*op, *x, *lit, *fail, *to, c)
                }
            }
            Op::TestArityAllocateGet2 { x, arity, fail, slots, i1, d1, i2, d2, .. } => {
                let t = xr!(*x);
                if t.as_tuple().is_none_or(|elems| elems.len() != *arity as usize) {
                    jump!(*fail);
                    ran = true;
                    continue;
                }
                // A collection (which would move the tuple) is `run`'s.
                if p.heap.wants_gc() {
                    break;
                }
                push!(*slots);
                // SAFETY: `t` is a tuple of `arity` elements (above), and
                // the loader fused only reads with `i1` and `i2` below
                // `arity`: both are words of the tuple past its header.
                let (e1, e2) = unsafe {
                    let elems = t.ptr().add(1);
                    (*elems.add(*i1 as usize), *elems.add(*i2 as usize))
                };
                // A generic `GetTupleElement`'s registers: y slots checked.
                store(p, ybase, *d1, e1);
                store(p, ybase, *d2, e2);
                ip = at!(4);
            }
            Op::MoveXXCall { from, to, body, .. } => {
                set_xr!(*to, xr!(*from));
                call!(*body, 1, 2)
            }
            Op::ArithCall { op, a, imm, delta, dst, body, .. } => {
                let Some(t) = arith_imm(*op, sreg(p, ybase, *a), *imm, *delta) else { break };
                sstore(p, ybase, *dst, t);
                call!(*body, 1, 2)
            }
            Op::MoveXYArithCall { from, to, op, a, imm, delta, dst, body, .. } => {
                set_yslot(p, ybase, *to, xr!(*from));
                let Some(t) = arith_imm(*op, rd!(*a), *imm, *delta) else {
                    ip = at!(1);
                    break;
                };
                wr!(*dst, t);
                call!(*body, 2, 3);
                base_case_test!('plain)
            }
            Op::AllocateMoveXYArithCall { slots, x, y, op, a, imm, delta, dst, body, .. } => {
                if p.heap.wants_gc() {
                    break;
                }
                push!(*slots);
                set_yslot(p, ybase, *y, xr!(*x));
                let Some(t) = arith_imm(*op, rd!(*a), *imm, *delta) else {
                    ip = at!(2);
                    break;
                };
                wr!(*dst, t);
                call!(*body, 3, 4);
                base_case_test!('plain)
            }
            Op::IsConsAllocateGetListXCall { x, fail, slots, head, tail, body, .. } => {
                let Some((h, t)) = xr!(*x).as_cons() else {
                    jump!(*fail);
                    ran = true;
                    continue;
                };
                if p.heap.wants_gc() {
                    break;
                }
                push!(*slots);
                wr!(*head, h);
                wr!(*tail, t);
                call!(*body, 3, 4);
                // SAFETY: `ip` is a function's body in `inst.code`.
                if matches!(unsafe { &*ip }, Op::IsConsAllocateGetListXCall { .. }) {
                    // The rest of a list's descent: in its own loop.
                    p.budget = budget;
                    (ybase, ip) = descend(p, inst, ybase, ip);
                    budget = p.budget;
                }
            }
            Op::ArithRRDeallocateReturn { .. } => arith_returns!('plain),
            Op::PutListRRDeallocateReturn { .. } => {
                // Returning up a list's recursion comes back to this
                // instruction again and again: it repeats in place.
                let mut op = op;
                while let Op::PutListRRDeallocateReturn { head, tail, dst } = op {
                    let l = p.heap.cons(rd!(*head), rd!(*tail));
                    wr!(*dst, l);
                    ybase = pop_frame(p, ybase);
                    ret_in_place!(op, 'plain);
                }
            }
            Op::DeallocateCallOnly { body, .. } => {
                if budget == 0 || p.heap.wants_gc() {
                    break;
                }
                ybase = pop_frame(p, ybase);
                budget -= 1;
                ip = local_body(inst, *body);
            }
            Op::MoveXY2 { x1, y1, x2, y2 } => {
                let (a, b) = (xr!(*x1), xr!(*x2));
                set_yslot(p, ybase, *y1, a);
                set_yslot(p, ybase, *y2, b);
                ip = at!(2);
            }
            Op::MoveYX2 { y1, x1, y2, x2 } => {
                let (a, b) = (yslot(p, ybase, *y1), yslot(p, ybase, *y2));
                set_xr!(*x1, a);
                set_xr!(*x2, b);
                ip = at!(2);
            }
            Op::MoveXY3 { x, y } => {
                let v = [xr!(x[0]), xr!(x[1]), xr!(x[2])];
                for (y, v) in y.iter().zip(v) {
                    set_yslot(p, ybase, *y, v);
                }
                ip = at!(3);
            }
            Op::MoveXY4 { x, y } => {
                let v = [xr!(x[0]), xr!(x[1]), xr!(x[2]), xr!(x[3])];
                for (y, v) in y.iter().zip(v) {
                    set_yslot(p, ybase, *y, v);
                }
                ip = at!(4);
            }
            Op::MoveYX3 { y, x } => {
                let v = [yslot(p, ybase, y[0]), yslot(p, ybase, y[1]), yslot(p, ybase, y[2])];
                for (x, v) in x.iter().zip(v) {
                    set_xr!(*x, v);
                }
                ip = at!(3);
            }
            Op::MoveYX4 { y, x } => {
                let v = [yslot(p, ybase, y[0]), yslot(p, ybase, y[1]), yslot(p, ybase, y[2]), yslot(p, ybase, y[3])];
                for (x, v) in x.iter().zip(v) {
                    set_xr!(*x, v);
                }
                ip = at!(4);
            }
            Op::CmpXIMoveCXReturn { x, words, fail, to, c, .. } => {
                let v = xr!(*x);
                if !v.is_small() {
                    break;
                }
                if words.holds(v.raw()) {
                    set_xr!(*to, constant(inst, c));
                    ret!(2)
                } else {
                    jump!(*fail)
                }
            }
            Op::CmpXFlatTupleReturn { op, x, lit, fail, to, c } => cmp_flat_tuple_return!(*op, *x, *lit, *fail, *to, c),
            Op::PutTuple2DeallocateReturn { .. } => {
                // Building a tree, the second child's call returns to this
                // instruction of its caller again: it repeats in place.
                let mut op = op;
                while let Op::PutTuple2DeallocateReturn { a, b, dst } = op {
                    // A generic `PutTuple`'s registers: y slots checked (`reg`).
                    let (a, b) = (reg(p, ybase, *a), reg(p, ybase, *b));
                    let t = p.heap.tuple2(a, b);
                    store(p, ybase, *dst, t);
                    ybase = pop_frame(p, ybase);
                    ran = true;
                    ret_in_place!(op, 'plain);
                }
            }
            // Everything else is `run`'s. (Named one by one: a jump table
            // over every opcode needs no range check.)
            Op::FuncInfo { .. }
            | Op::Call { .. }
            | Op::CallOnly { .. }
            | Op::CallExt { .. }
            | Op::CallExtOnly { .. }
            | Op::CallFun { .. }
            | Op::CallFunOnly { .. }
            | Op::Apply { .. }
            | Op::ApplyOnly { .. }
            | Op::Bif { .. }
            | Op::Arith { .. }
            | Op::Cmp { .. }
            | Op::Test { .. }
            | Op::TestArity { .. }
            | Op::TestFunArity { .. }
            | Op::GetList { .. }
            | Op::GetTupleElement { .. }
            | Op::PutTuple { .. }
            | Op::PutMap { .. }
            | Op::GetMapElement { .. }
            | Op::MakeFun { .. }
            | Op::BsCreate { .. }
            | Op::BsStartMatch { .. }
            | Op::BsGet { .. }
            | Op::BsSkip { .. }
            | Op::BsTestTail { .. }
            | Op::BsTestUnit { .. }
            | Op::Badmatch { .. }
            | Op::CaseEnd { .. }
            | Op::IfEnd
            | Op::TryCaseEnd { .. }
            | Op::FunctionClause { .. }
            | Op::RaiseError { .. }
            | Op::Try { .. }
            | Op::TryEnd
            | Op::TryCase
            | Op::Catch { .. }
            | Op::CatchEnd
            | Op::Raise { .. }
            | Op::Send
            | Op::LoopRec { .. }
            | Op::RemoveMessage
            | Op::LoopRecEnd { .. }
            | Op::Wait { .. }
            | Op::WaitTimeout { .. }
            | Op::Timeout
            | Op::CmpIX { .. }
            | Op::CmpXX { .. }
            | Op::CmpXC { .. }
            | Op::CmpXFlatTuple { .. }
            | Op::Element { .. }
            | Op::SelfPid { .. }
            | Op::IsConsGetListX { .. }
            | Op::AllocateMoveXY { .. }
            | Op::PutListRRCallOnly { .. }
            | Op::TestArityGet { .. }
            | Op::TestArityTag { .. }
            | Op::TestArityAllocateTag { .. }
            | Op::GetTupleElement2 { .. }
            | Op::PutTupleDeallocateReturn { .. }
            | Op::TestArityAllocateGet { .. }
            | Op::AllocateCmpXI { .. }
            | Op::AllocateIsConsGetListX { .. }
            | Op::IsConsAllocateGetListX { .. } => break,
        }
        ran = true;
    }
    p.budget = budget;
    p.ybase = ybase as u32;
    if ran || ip != start {
        (ybase, ip)
    } else {
        (ybase, std::ptr::null())
    }
}
