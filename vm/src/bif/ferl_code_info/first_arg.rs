//! Which instructions of a function can run, given what its first
//! argument is: `{down, _}` or anything else. A `code_change` has
//! downgrade clauses (`code_change({down, Vsn}, ...)`) and upgrade ones;
//! the upgrade checker must only follow the calls of the clauses the
//! release handler's call can enter.
//!
//! The walk follows the control flow from the entry and decides the tests
//! the compiler emits for clause heads and guards on x0 while x0 still
//! holds the argument: `test_arity`, type tests, and `=:=`/`==`/`=/=`/`/=`
//! of x0 with a literal or of x0's first element (read by
//! `get_tuple_element`) with an atom. Every other branch is followed both
//! ways, so the result over-approximates what can run, never less.

use ferl_compiler::bytecode::{CmpOp, Dst, Literal, Module, Op, Src, TypeTest};
use std::collections::{BTreeSet, HashSet};

#[derive(Clone, Copy, PartialEq, Eq)]
pub(super) enum Assume {
    /// The first argument is `{down, _}`.
    Down,
    /// The first argument is anything but `{down, _}`.
    NotDown,
}

/// What a path knows about x0.
#[derive(Clone, PartialEq, Eq, Hash)]
struct Known {
    /// x0 still holds the first argument.
    intact: bool,
    /// The argument is known to be a 2-tuple.
    pair: bool,
    /// Registers holding the argument's first element: (is a y slot, number).
    first: BTreeSet<(bool, u16)>,
}

impl Known {
    fn write(&mut self, d: Dst) {
        let key = reg(d);
        self.first.remove(&key);
        if key == (false, 0) {
            self.intact = false;
        }
    }

    /// A call or a wait: no x register keeps its value.
    fn clobber_x(&mut self) {
        self.intact = false;
        self.first.retain(|(y, _)| *y);
    }
}

fn reg(d: Dst) -> (bool, u16) {
    match d {
        Dst::X(n) => (false, n),
        Dst::Y(n) => (true, n),
    }
}

fn src_reg(s: &Src) -> Option<(bool, u16)> {
    match s {
        Src::X(n) => Some((false, *n)),
        Src::Y(n) => Some((true, *n)),
        _ => None,
    }
}

/// How a conditional instruction goes.
enum Way {
    Next,
    Fail,
    Both,
}

/// The code offsets in `start..end` that can run under `assume`.
pub(super) fn reachable(m: &Module, start: usize, end: usize, assume: Assume) -> BTreeSet<usize> {
    let mut seen: HashSet<(usize, Known)> = HashSet::new();
    let mut pcs = BTreeSet::new();
    let init = Known { intact: true, pair: false, first: BTreeSet::new() };
    let mut stack = vec![(start, init)];
    while let Some((pc, known)) = stack.pop() {
        if pc < start || pc >= end || !seen.insert((pc, known.clone())) {
            continue;
        }
        pcs.insert(pc);
        // An object file holds only generic instructions; a loader-made
        // form would read as the one it was made from.
        let op = &m.code[pc].generic();
        let mut next = known.clone();
        written(op, &mut next);
        let mut go = |to: u32, k: Known| stack.push((to as usize, k));
        match op {
            Op::FuncInfo { .. } if pc != start => {}
            Op::Jump { to } | Op::LoopRecEnd { to } => go(*to, next),
            Op::Wait { to } => go(*to, next),
            Op::WaitTimeout { to, .. } => {
                go(*to, next.clone());
                go(pc as u32 + 1, next);
            }
            Op::LoopRec { wait, .. } => {
                go(*wait, next.clone());
                go(pc as u32 + 1, next);
            }
            Op::Try { handler } | Op::Catch { handler } => {
                let mut caught = known.clone();
                caught.clobber_x();
                go(*handler, caught);
                go(pc as u32 + 1, next);
            }
            Op::Test { fail, .. }
            | Op::TestArity { fail, .. }
            | Op::TestFunArity { fail, .. }
            | Op::Cmp { fail, .. }
            | Op::GetMapElement { fail, .. }
            | Op::BsStartMatch { fail, .. }
            | Op::BsGet { fail, .. }
            | Op::BsSkip { fail, .. }
            | Op::BsTestTail { fail, .. }
            | Op::BsTestUnit { fail, .. } => {
                let way = decide(m, op, &known, assume);
                if !matches!(way, Way::Fail) {
                    if let Op::TestArity { src: Src::X(0), arity: 2, .. } = op {
                        if known.intact {
                            next.pair = true;
                        }
                    }
                    go(pc as u32 + 1, next);
                }
                if !matches!(way, Way::Next) {
                    go(*fail, known);
                }
            }
            Op::Bif { fail, .. } | Op::Arith { fail, .. } => {
                if *fail != 0 {
                    go(*fail, known);
                }
                go(pc as u32 + 1, next);
            }
            // Jumps and waits went to their targets above; the others end here.
            op if !op.falls_through() => {}
            _ => go(pc as u32 + 1, next),
        }
    }
    pcs
}

/// Updates what is known after `op` ran (on its success path).
fn written(op: &Op, k: &mut Known) {
    match op {
        Op::Call { .. } | Op::CallExt { .. } | Op::CallFun { .. } | Op::Apply { .. } => k.clobber_x(),
        Op::Wait { .. } | Op::WaitTimeout { .. } | Op::LoopRec { .. } => {
            k.clobber_x();
            if let Op::LoopRec { dst, .. } = op {
                k.write(*dst);
            }
        }
        Op::TryCase | Op::CatchEnd | Op::Send => k.clobber_x(),
        Op::GetTupleElement { src, index, dst } => {
            let from_arg = *src == Src::X(0) && *index == 0 && k.intact;
            k.write(*dst);
            if from_arg {
                k.first.insert(reg(*dst));
            }
        }
        Op::GetList { head, tail, .. } => {
            k.write(*head);
            k.write(*tail);
        }
        Op::BsGet { ctx, dst, .. } => {
            k.write(*ctx);
            k.write(*dst);
        }
        Op::Move { dst, .. }
        | Op::PutList { dst, .. }
        | Op::PutTuple { dst, .. }
        | Op::PutMap { dst, .. }
        | Op::GetMapElement { dst, .. }
        | Op::MakeFun { dst, .. }
        | Op::BsCreate { dst, .. }
        | Op::Bif { dst, .. }
        | Op::Arith { dst, .. }
        | Op::BsStartMatch { ctx: dst, .. }
        | Op::BsSkip { ctx: dst, .. } => k.write(*dst),
        _ => {}
    }
}

/// Decides a test on the first argument, where it can.
fn decide(m: &Module, op: &Op, k: &Known, assume: Assume) -> Way {
    let on_arg = |s: &Src| k.intact && *s == Src::X(0);
    match (op, assume) {
        (Op::TestArity { src, arity, .. }, Assume::Down) if on_arg(src) => {
            if *arity == 2 {
                Way::Next
            } else {
                Way::Fail
            }
        }
        (Op::Test { test, src, .. }, Assume::Down) if on_arg(src) => {
            if *test == TypeTest::Tuple {
                Way::Next
            } else {
                Way::Fail
            }
        }
        (Op::Cmp { op: cmp, a, b, .. }, _) => {
            let equal = match (compare(m, a, b, k, assume), compare(m, b, a, k, assume)) {
                (Some(v), _) | (None, Some(v)) => v,
                (None, None) => return Way::Both,
            };
            match (cmp, equal) {
                (CmpOp::EqExact | CmpOp::Eq, true) | (CmpOp::NeExact | CmpOp::Ne, false) => Way::Next,
                (CmpOp::EqExact | CmpOp::Eq, false) | (CmpOp::NeExact | CmpOp::Ne, true) => Way::Fail,
                _ => Way::Both,
            }
        }
        _ => Way::Both,
    }
}

/// Whether `a` (the argument or its first element) equals the constant
/// `b`, when that follows from the assumption.
fn compare(m: &Module, a: &Src, b: &Src, k: &Known, assume: Assume) -> Option<bool> {
    let is_down = |s: &Src| match s {
        Src::Atom(i) => m.atoms.get(*i as usize).map(|n| n == "down"),
        Src::Lit(i) => match m.literals.get(*i as usize) {
            Some(Literal::Atom(n)) => Some(n == "down"),
            Some(_) => Some(false),
            None => None,
        },
        Src::Int(_) | Src::Nil => Some(false),
        _ => None,
    };
    let down_pair = |s: &Src| match s {
        Src::Lit(i) => match m.literals.get(*i as usize) {
            Some(Literal::Tuple(es)) => Some(es.len() == 2 && es[0] == Literal::Atom("down".into())),
            Some(_) => Some(false),
            None => None,
        },
        Src::Atom(_) | Src::Int(_) | Src::Nil => Some(false),
        _ => None,
    };
    if k.intact && *a == Src::X(0) {
        let pair = down_pair(b)?;
        return match (assume, pair) {
            // {down, V} against {down, W}: depends on V.
            (Assume::Down, true) => None,
            (Assume::Down, false) => Some(false),
            (Assume::NotDown, true) => Some(false),
            (Assume::NotDown, false) => None,
        };
    }
    if src_reg(a).is_some_and(|r| k.first.contains(&r)) {
        let down = is_down(b)?;
        return match assume {
            Assume::Down => Some(down),
            // A 2-tuple whose first element is `down` is excluded.
            Assume::NotDown if down && k.pair => Some(false),
            Assume::NotDown => None,
        };
    }
    None
}
