//! Frame discipline of loaded code, proved at load time so that the
//! interpreter's operand-specialised instructions (`Op::MoveXY` and the
//! others of `specialised_op!` that name a y slot) read and write their y
//! slots without a bounds check.
//!
//! A forward data-flow over each module's code finds, for every
//! instruction, whether the running function has its frame and how many y
//! slots it has at least, on every path from a function's entry (calls
//! come back with the frame as it was; a `try`/`catch` handler starts as
//! its `Try`/`Catch` did). Then:
//! - a `Return` or tail call with the function's frame still there (or
//!   not known to be gone), a `Deallocate` without one, an `Allocate`
//!   with one, become `IfEnd` (raise `if_clause`): every loaded function
//!   leaves the stack as it found it, which is what makes the next point
//!   hold across calls into other modules;
//! - a call that returns (not a tail call) without the function's frame
//!   becomes `IfEnd` too: it would overwrite the function's return
//!   address, and its `Return` would then come back to itself forever;
//! - likewise a `Return` or tail call inside a `try` or `catch` (one
//!   entered and not left, or not known to be left), and a `TryEnd` or
//!   `CatchEnd` with none to leave: a handler never outlives its
//!   function, so the frame it restores is its function's own (its
//!   header holds a return address `push_frame` wrote);
//! - an instruction naming a y slot the frame is not known to hold
//!   becomes `IfEnd` (a specialised one would read it unchecked, a
//!   generic one would panic on the stack's bounds check).
//!
//! So when a kept specialised instruction runs, `ybase + n < stack.len()`
//! for each of its y slots `n` (the frame is the topmost thing on the
//! stack; handlers restore the length their `Try` saw, see
//! `interp::exception::handle`). The compiler's own code always keeps the
//! discipline: nothing in it changes.

use super::FunctionInfo;
use ferl_compiler::bytecode::{Dst, Op};
use ferl_compiler::lower::{for_each_label, for_each_y};

/// What is known of the running function's frame before an instruction.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum State {
    /// No path reaches the instruction.
    Unreached,
    /// The function has not allocated its frame (or has deallocated it).
    NoFrame,
    /// The function's frame is current, with at least this many y slots.
    Frame(u16),
    /// Paths disagree.
    Conflict,
}

impl State {
    fn meet(self, other: State) -> State {
        match (self, other) {
            (State::Unreached, s) | (s, State::Unreached) => s,
            (State::NoFrame, State::NoFrame) => State::NoFrame,
            (State::Frame(a), State::Frame(b)) => State::Frame(a.min(b)),
            _ => State::Conflict,
        }
    }
}

/// How many `try`/`catch` handlers the running function has entered and
/// not yet left, before an instruction.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Depth {
    Unreached,
    Open(u16),
    /// Paths disagree, or more were left than entered.
    Conflict,
}

impl Depth {
    fn meet(self, other: Depth) -> Depth {
        match (self, other) {
            (Depth::Unreached, d) | (d, Depth::Unreached) => d,
            (Depth::Open(a), Depth::Open(b)) if a == b => self,
            _ => Depth::Conflict,
        }
    }

    /// After `op`, on the way it goes on (a handler's label is reached
    /// as things were before its `Try`: the handler entry is popped).
    fn after(self, op: &Op) -> Depth {
        match (op, self) {
            (Op::Try { .. } | Op::Catch { .. }, Depth::Open(n)) => {
                n.checked_add(1).map_or(Depth::Conflict, Depth::Open)
            }
            (Op::TryEnd | Op::CatchEnd, Depth::Open(n)) => n.checked_sub(1).map_or(Depth::Conflict, Depth::Open),
            (_, d) => d,
        }
    }
}

/// Whether `op` ends the function's activation (its frame must be gone).
fn leaves(op: &Op) -> bool {
    matches!(
        op,
        Op::Return | Op::CallOnly { .. } | Op::CallExtOnly { .. } | Op::CallFunOnly { .. } | Op::ApplyOnly { .. }
    )
}

/// The state after `op` runs in state `s` (for the instructions it goes on to).
fn after(op: &Op, s: State) -> State {
    match (op, s) {
        (Op::Allocate { slots, .. }, State::NoFrame) => State::Frame(*slots),
        (Op::Allocate { .. }, _) => State::Conflict,
        (Op::Deallocate, State::Frame(_)) => State::NoFrame,
        (Op::Deallocate, _) => State::Conflict,
        (_, s) => s,
    }
}

/// The y slots an operand-specialised instruction names (`None`: not one
/// of them; `for_each_y` finds a generic one's).
fn y_slots(op: &Op) -> Option<[Option<u16>; 3]> {
    let y = |d: Dst| match d {
        Dst::Y(n) => Some(n),
        Dst::X(_) => None,
    };
    Some(match *op {
        Op::MoveXY { y: n, .. } | Op::MoveYX { y: n, .. } => [Some(n), None, None],
        Op::ArithXI { dst, .. } => [y(dst), None, None],
        Op::ArithYI { a, dst, .. } => [Some(a), y(dst), None],
        Op::ArithRR { a, b, dst, .. } => [y(a), y(b), y(dst)],
        Op::GetListX { head, tail, .. } => [y(head), y(tail), None],
        Op::PutListRR { head, tail, dst } => [y(head), y(tail), y(dst)],
        _ => return None,
    })
}

/// Enforces the frame discipline on `code` (see the module comment).
#[cfg(test)]
pub(super) fn check_frames(code: Vec<Op>, functions: &[FunctionInfo]) -> Vec<Op> {
    check_frames_held(code, functions).0
}

/// Which instructions run with the running function's frame allocated, a
/// bit per code offset: what a stack trace needs to know of the running
/// function (whether its caller's return address is in a frame yet).
#[derive(Default)]
pub struct FrameMap(Box<[u64]>);

impl FrameMap {
    pub fn holds_frame(&self, pc: u32) -> bool {
        let pc = pc as usize;
        self.0.get(pc / 64).is_some_and(|w| w >> (pc % 64) & 1 != 0)
    }
}

/// `check_frames`, and which instructions run with the frame held (known
/// to; where paths disagree, which only a damaged object file makes, as
/// if not).
pub(super) fn check_frames_held(mut code: Vec<Op>, functions: &[FunctionInfo]) -> (Vec<Op>, FrameMap) {
    let len = code.len();
    let mut state = vec![State::Unreached; len];
    let mut depth = vec![Depth::Unreached; len];
    let mut work: Vec<usize> = Vec::new();
    for f in functions {
        for at in [f.entry as usize, f.body as usize] {
            if at < len && (state[at] != State::NoFrame || depth[at] != Depth::Open(0)) {
                state[at] = state[at].meet(State::NoFrame);
                depth[at] = depth[at].meet(Depth::Open(0));
                work.push(at);
            }
        }
    }
    // Where an instruction goes on, with the handler depth there.
    let mut labels: Vec<(u32, Depth)> = Vec::new();
    while let Some(i) = work.pop() {
        let s = state[i];
        let op = &mut code[i];
        let out = after(op, s);
        let (d_label, d_next) = match op {
            Op::Try { .. } | Op::Catch { .. } => (depth[i], depth[i].after(op)),
            _ => (depth[i].after(op), depth[i].after(op)),
        };
        let next = i as u32 + 1;
        labels.clear();
        if !leaves(op) {
            // A label (a handler too: it starts as its Try did) is reached
            // in the state the instruction leaves.
            // (An arithmetic instruction or BIF call with label 0 raises
            // rather than jumping: the interpreter reads 0 as "none".)
            let zero_is_none = matches!(
                op,
                Op::Bif { .. } | Op::Arith { .. } | Op::ArithXI { .. } | Op::ArithYI { .. } | Op::ArithRR { .. }
            );
            // The instruction after a `Try` is its body; its label is the
            // handler.
            for_each_label(op, |l| {
                if *l != 0 || !zero_is_none {
                    labels.push((*l, d_label))
                }
            });
            if op.falls_through() {
                labels.push((next, d_next));
            }
        }
        for &(l, d) in &labels {
            let l = l as usize;
            if l < len {
                let m = state[l].meet(out);
                let e = depth[l].meet(d);
                if m != state[l] || e != depth[l] {
                    state[l] = m;
                    depth[l] = e;
                    work.push(l);
                }
            }
        }
    }
    for ((op, s), d) in code.iter_mut().zip(&state).zip(&depth) {
        let broken = match &*op {
            Op::Allocate { .. } => *s != State::NoFrame,
            Op::Deallocate => !matches!(s, State::Frame(_)),
            Op::TryEnd | Op::CatchEnd => !matches!(d, Depth::Open(n) if *n > 0),
            // A call sets the return address: without a frame to keep the
            // function's own, its `Return` would come back to itself.
            Op::Call { .. } | Op::CallExt { .. } | Op::CallFun { .. } | Op::Apply { .. } => {
                !matches!(s, State::Frame(_))
            }
            other => leaves(other) && (*s != State::NoFrame || *d != Depth::Open(0)),
        };
        if broken {
            *op = Op::IfEnd;
            continue;
        }
        // Specialised instructions read their y slots unchecked, generic
        // ones with a Rust bounds check (a panic): one naming a slot the
        // frame may not have (only a damaged object file has one) raises
        // `if_clause` instead.
        let held = |y: u16| matches!(*s, State::Frame(n) if y < n);
        let mut fits = y_slots(op).is_none_or(|ys| ys.iter().flatten().all(|&y| held(y)));
        for_each_y(op, &mut |y| fits &= held(*y));
        if !fits {
            *op = Op::IfEnd;
        }
    }
    let mut held = vec![0u64; len.div_ceil(64)];
    for (i, s) in state.iter().enumerate() {
        if matches!(s, State::Frame(_)) {
            held[i / 64] |= 1 << (i % 64);
        }
    }
    (code, FrameMap(held.into_boxed_slice()))
}

#[cfg(test)]
mod tests;
