//! The macros of `interp::run`'s instruction loop: control transfers
//! (jumps, calls, returns, yields) and the steps several instructions
//! share. `run_macros!` defines them inside `run`'s loop, given its
//! locals (the process, the instance, the instruction pointer, the frame
//! base) and the loop's label, so that they expand exactly as if written
//! there. (`$d` is a `$` for the inner macros' own parameters.)

macro_rules! run_macros {
    ($d:tt, $p:ident, $inst:ident, $ip:ident, $yb:ident, $lbl:lifetime) => {
        // To a label of the running code: in range (`operand::label`).
        macro_rules! jump {
            ($d to:expr) => {{
                $ip = label($inst, $d to);
                continue $lbl;
            }};
        }
        // A function's entry collects when the heap asks for it, as
        // Allocate does: a loop of tail calls that builds terms and
        // keeps no frame would otherwise never collect, and its heap
        // would grow without bound. The arguments are the roots.
        macro_rules! gc_at_entry {
            ($d i:expr, $d target:expr) => {{
                if $p.heap.wants_gc() {
                    let live = $d i.function_at($d target).map_or(0, |f| f.arity) as usize;
                    if let Some(end) = collect_at_allocate($p, live) {
                        return end;
                    }
                }
            }};
        }
        // Enters a function: one reduction, or a yield when none is left.
        macro_rules! enter {
            ($d i:expr, $d target:expr) => {{
                let (i, target): (&'static ModuleInstance, u32) = ($d i, $d target);
                gc_at_entry!(i, target);
                if $p.budget == 0 {
                    $p.pc = Cp { instance: i, pc: target };
                    $p.live_x = i.function_at(target).map_or(0, |f| f.arity) as u16;
                    return RunResult::Yield;
                }
                $p.budget -= 1;
                $inst = i;
                goto!(i, target);
            }};
        }
        // A local call: the same module instance, and a body the
        // loader looked up (`local_body`). A call that returns here
        // (`Call`) does not collect: a function that makes one has a
        // frame, so each round of a loop through it passes an
        // `Allocate` or a tail call, which do.
        macro_rules! enter_local {
            ($d body:expr, $d collect:expr) => {{
                let target: u32 = $d body;
                let body = local_body($inst, target);
                if $d collect {
                    gc_at_entry!($inst, target);
                }
                if $p.budget == 0 {
                    $p.pc = Cp { instance: $inst, pc: target };
                    $p.live_x = $inst.function_at(target).map_or(0, |f| f.arity) as u16;
                    return RunResult::Yield;
                }
                $p.budget -= 1;
                $ip = body;
            }};
        }
        // A returning local call: it returns `$past` instructions past
        // `ip` (0, or the ops a superinstruction stands in for).
        macro_rules! call_local {
            ($d body:expr, $d past:expr) => {{
                // SAFETY: `ip + $past` is just past a returning call,
                // which continues with the next instruction and so is
                // never a module's last one (`code::loader`): it points
                // at an instruction of `inst.code`.
                $p.cp = unsafe { Ret::new_unchecked($inst, $ip.wrapping_add($d past)) };
                enter_local!($d body, false)
            }};
        }
        // Pushes a frame of `$slots` y slots, collecting first when the
        // heap asks for it (`$live` x registers are the roots).
        macro_rules! allocate {
            ($d slots:expr, $d live:expr) => {{
                if $p.heap.wants_gc() {
                    if let Some(end) = collect_at_allocate($p, $d live as usize) {
                        return end;
                    }
                }
                $yb = push_frame($p, $yb, $d slots as usize);
                $p.ybase = $yb as u32;
            }};
        }
        // `IsNonEmptyListX; Allocate; GetListX` of x register `$r`.
        macro_rules! is_cons_allocate_get_list {
            ($d r:expr, $d fail:expr, $d slots:expr, $d live:expr, $d head:expr, $d tail:expr) => {{
                let Some((h, t)) = x($p, $d r).as_cons() else { jump!($d fail) };
                if $p.heap.wants_gc() {
                    // The frame's collection may move the list: it is
                    // read after it, as unfused (still a cons:
                    // collections keep terms' shapes).
                    allocate!($d slots, $d live);
                    fused::is_cons_get_list($p, $yb, $d r, $d head, $d tail);
                } else {
                    $yb = push_frame($p, $yb, $d slots as usize);
                    $p.ybase = $yb as u32;
                    // Its `GetListX` part was kept specialised: the
                    // frame holds its y slots (`code::frames`).
                    sstore($p, $yb, $d head, h);
                    sstore($p, $yb, $d tail, t);
                }
            }};
        }
        // `ArithXI`/`ArithYI` then `Call`, fused (`ArithCall` and the
        // superinstructions that end in one): the arithmetic raises
        // with `ip` just past itself, and the call returns to the
        // instruction after `ip`.
        macro_rules! arith_call {
            ($d op:expr, $d a:expr, $d imm:expr, $d delta:expr, $d dst:expr, $d frame:expr, $d body:expr) => {{
                // Made from a kept `ArithXI`/`ArithYI`: its y slots are proved.
                let v = sreg($p, $yb, $d a);
                if let Err(e) = fused::arith_delta($p, $yb, $d op, v, $d imm, $d delta, $d dst, $d frame) {
                    break $lbl e;
                }
                call_local!($d body, 1)
            }};
        }
        // A recursion's body often starts with its base case's test
        // (`fib(N) when N < 2 -> N`): after a call into one, it runs
        // here, not through the shared dispatch.
        macro_rules! base_case_test {
            () => {{
                // SAFETY: `ip` is a function's body in `inst.code`.
                if let Op::CmpXIReturn { op, x: r, imm, words, fail } = unsafe { &*$ip } {
                    // (It raises nothing: `ip` need not step past it.)
                    cmp_imm_return!(*op, *r, *imm, *words, *fail)
                }
            }};
        }
        // `CmpXIReturn`: the compare with an immediate, then `Return`.
        macro_rules! cmp_imm_return {
            ($d op:expr, $d r:expr, $d imm:expr, $d words:expr, $d fail:expr) => {{
                if !compare_imm($d op, x($p, $d r), $d imm, $d words, false) {
                    jump!($d fail)
                }
                ret!();
            }};
        }
        // `CmpXFlatTupleReturn`: the compare with a flat literal tuple,
        // then the constant `$c` into x register `$to` and `Return`.
        macro_rules! flat_tuple_return {
            ($d op:expr, $d r:expr, $d lit:expr, $d fail:expr, $d to:expr, $d c:expr) => {{
                let lit = $inst.literals.get($d lit as usize).copied().unwrap_or(Term::NIL);
                if fused::eq_flat_tuple(x($p, $d r), lit) != ($d op == CmpOp::EqExact) {
                    jump!($d fail)
                }
                set_x($p, $d to, constant($inst, $d c));
                ret!();
            }};
        }
        macro_rules! ret {
            () => {
                match $p.cp.instance() {
                    Some(i) => {
                        $inst = i;
                        // A `Ret` points into its instance's code.
                        $ip = $p.cp.ip();
                    }
                    None => return RunResult::Exit(Exit::Normal),
                }
            };
        }
        // After code that had the process (a BIF): the register file
        // must still be whole for the unchecked reads (see `x`).
        macro_rules! check_registers {
            () => {
                if $p.x.len() != X_REGS {
                    return lost_registers();
                }
            };
        }
        // The result of a BIF called inline (`Bif`, `Element`'s slow
        // path): stored in `$dst`, or on failure a jump to `$fail` (a
        // guard's) or the exception.
        macro_rules! bif_result {
            ($d r:expr, $d dst:expr, $d fail:expr) => {{
                let r: Result<Term, Exception> = $d r;
                check_registers!();
                match r {
                    Ok(t) => store($p, $yb, $d dst, t),
                    Err(_) if $d fail != 0 => {
                        guard_failed($p);
                        jump!($d fail)
                    }
                    Err(e) => break $lbl e,
                }
            }};
        }
        // Where control goes after a call-like instruction.
        macro_rules! flow {
            ($d r:expr) => {{
                let r = $d r;
                check_registers!();
                // (`erlang:hibernate/3` empties the stack.)
                $yb = $p.ybase as usize;
                match r {
                    Ok(Flow::Next) => {}
                    Ok(Flow::Jump(i, target)) => enter!(i, target),
                    Ok(Flow::Return) => ret!(),
                    Ok(Flow::Halt(code)) => return RunResult::Halt(code),
                    Ok(Flow::Yield { tail }) => {
                        // At the bottom of the stack `p.pc` becomes none: the
                        // process ends normally when next run, unless a
                        // signal (say, an exit it sent itself) ends it first.
                        $p.pc = if tail { $p.cp.cp() } else { Cp { instance: $inst, pc: offset($inst, $ip) as u32 } };
                        $p.live_x = 1;
                        return RunResult::Yield;
                    }
                    Ok(r @ (Flow::Retry | Flow::WaitRetry)) => {
                        let at = offset($inst, $ip) - 1;
                        $p.pc = Cp { instance: $inst, pc: at as u32 };
                        $p.live_x = match &$inst.code[at] {
                            Op::CallExt { arity, .. } | Op::CallExtOnly { arity, .. } => *arity,
                            Op::Apply { arity } | Op::ApplyOnly { arity } => *arity + 2,
                            Op::CallFun { arity } | Op::CallFunOnly { arity } => *arity + 1,
                            _ => 0,
                        };
                        return if matches!(r, Flow::WaitRetry) { RunResult::Wait(None) } else { RunResult::Yield };
                    }
                    Err(e) => break $lbl e,
                }
            }};
        }
        // `a op b` into `dst`: small integers inline, the rest out of line.
        macro_rules! arith {
            ($d store:ident, $d op:expr, $d a:expr, $d b:expr, $d dst:expr, $d fail:expr, $d frame:expr) => {{
                let (op, a, b): (ArithOp, Term, Term) = ($d op, $d a, $d b);
                if let Some(t) = small_arith(op, a, b) {
                    $d store($p, $yb, $d dst, t);
                    continue $lbl;
                }
                match arith_slow($p, op, a, b) {
                    Ok(t) => $d store($p, $yb, $d dst, t),
                    Err(_) if $d fail != 0 => {
                        guard_failed($p);
                        jump!($d fail)
                    }
                    Err(e) => {
                        if $d frame {
                            call::note_bif_failure($p, atoms::erlang, Atom::intern(op.name()), &[a, b]);
                        }
                        break $lbl e;
                    }
                }
            }};
        }
        // The longer arms of rarer instructions, each used once.
        // `TestFunArity`: `$s` a fun of arity `$arity`, or jump to `$fail`.
        macro_rules! test_fun_arity {
            ($d s:expr, $d arity:expr, $d fail:expr) => {{
                let f = src($p, $inst, $yb, $d s);
                let a = src($p, $inst, $yb, $d arity).as_small();
                let ok = match f.view() {
                    View::Fun(l, _) => Some(l.arity as i64) == a,
                    View::Export(_, _, n) => Some(n as i64) == a,
                    _ => false,
                };
                if !ok {
                    jump!($d fail)
                }
            }};
        }
        // `Send`: x0 ! x1, the result in x0.
        macro_rules! send {
            () => {{
                let (to, msg) = ($p.x[0], $p.x[1]);
                let r = crate::bif::send($p, to, msg);
                check_registers!();
                match r {
                    Ok(v) => $p.x[0] = v,
                    Err(e) => {
                        call::note_bif_failure($p, atoms::erlang, Atom::intern("send"), &[to, msg]);
                        break $lbl e;
                    }
                }
            }};
        }
        // `WaitTimeout`: wait for a message for at most `$timeout` ms, then
        // go on at `$to`.
        macro_rules! wait_timeout {
            ($d to:expr, $d timeout:expr) => {{
                let t = src($p, $inst, $yb, $d timeout);
                if $p.timed_out {
                    // The deadline passed and nothing matched: run `after`.
                    continue $lbl;
                }
                $p.pc = Cp { instance: $inst, pc: $d to };
                $p.live_x = 0;
                if t.is_atom_of(atoms::infinity) {
                    return RunResult::Wait(None);
                }
                match t.as_small() {
                    Some(0) => {}
                    Some(ms) if ms > 0 => {
                        // The deadline counts from the first wait of this receive.
                        let arm = if $p.wait_armed { None } else { Some(ms as u64) };
                        $p.wait_armed = true;
                        return RunResult::Wait(arm);
                    }
                    _ => break $lbl Exception::error_atom(atoms::timeout_value),
                }
            }};
        }
    };
}
