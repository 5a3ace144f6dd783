//! `loop_rec`'s work: taking queued signals into the mailbox, and skipping
//! the messages a receive is certain to reject without interpreting its
//! tests for each one.
//!
//! A selective receive over a long mailbox runs `loop_rec`, its first
//! tests and `loop_rec_end` once per message that does not match: five
//! dispatches and register stores each. When the receive's first tests
//! have a form whose outcome depends on the message alone (a tuple of some
//! arity, then maybe an atom in its first element, or the message being
//! one atom), and their failure label is the receive's own `loop_rec_end`,
//! those tests are checked here in a tight loop (from the second message
//! on: the first usually matches, and finding the tests costs more than
//! running them once). Skipped messages are the ones the tests would have
//! rejected; the matching message is then taken by the ordinary
//! instructions, which repeat the (now passing) tests, so what the
//! receive matches, and in which order, is unchanged.

use crate::code::ModuleInstance;
use crate::process::Process;
use crate::term::Term;
use ferl_compiler::bytecode::{CmpOp, Dst, Op, Src};
use std::borrow::Cow;

/// What `loop_rec` found.
pub(super) enum Next {
    /// The message at the cursor, which the receive's tests examine next.
    Message(Term),
    /// No message left to examine: wait.
    Empty,
    /// An exit signal ends the process.
    Exit(Term),
}

/// The part of a receive's tests that depends only on the message.
#[derive(Clone, Copy)]
enum Filter {
    /// Any message (the tests have another form).
    None,
    /// A tuple of this arity, whose first element, if given, is this word.
    Tuple(usize, Option<Term>),
    /// Exactly this immediate.
    Equal(Term),
}

impl Filter {
    /// The filter of the receive whose `loop_rec` is at `pc`, storing the
    /// message in `dst`.
    fn of(inst: &ModuleInstance, pc: usize, dst: Dst) -> Filter {
        let code = &inst.code;
        // The tests in their generic form: the loader may have specialised
        // or fused them (a fused instruction's generic form is the first
        // of those it stands for; the others follow it, unchanged).
        let at = |i: usize| {
            code.get(i).map(|op| if op.is_specialised() { Cow::Owned(op.generic()) } else { Cow::Borrowed(op) })
        };
        let msg = Src::from(dst);
        // Failing a test must go straight to this receive's loop_rec_end.
        let skips = |fail: u32| matches!(code.get(fail as usize), Some(Op::LoopRecEnd { to }) if *to as usize == pc);
        match at(pc + 1).as_deref() {
            Some(Op::TestArity { src, arity, fail }) if *src == msg && skips(*fail) => {
                let arity = *arity as usize;
                let first = match (at(pc + 2).as_deref(), at(pc + 3).as_deref()) {
                    (
                        Some(Op::GetTupleElement { src, index: 0, dst: elem }),
                        Some(Op::Cmp { op: CmpOp::EqExact, a, b, fail }),
                    ) if *src == msg && arity > 0 && *a == Src::from(*elem) && skips(*fail) => immediate(inst, b),
                    _ => None,
                };
                Filter::Tuple(arity, first)
            }
            Some(Op::Cmp { op: CmpOp::EqExact, a, b, fail }) if *a == msg && skips(*fail) => {
                immediate(inst, b).map_or(Filter::None, Filter::Equal)
            }
            _ => Filter::None,
        }
    }

    /// Whether the receive's tests may accept `m` (false: they reject it).
    #[inline]
    fn admits(self, m: Term) -> bool {
        match self {
            Filter::None => true,
            Filter::Equal(t) => m == t,
            Filter::Tuple(arity, first) => match m.as_tuple() {
                Some(elems) if elems.len() == arity => first.is_none_or(|f| elems[0] == f),
                _ => false,
            },
        }
    }
}

/// A constant operand that `=:=` compares as a word (atoms and `[]`):
/// equal to a term exactly when the two words are equal.
fn immediate(inst: &ModuleInstance, s: &Src) -> Option<Term> {
    match *s {
        Src::Atom(i) => inst.atoms.get(i as usize).map(|a| Term::atom(*a)),
        Src::Nil => Some(Term::NIL),
        Src::Term(w) => Some(Term(w)).filter(|t| t.is_atom() || t.is_nil()),
        _ => None,
    }
}

/// `loop_rec` at `pc` of `inst`, putting the message in `dst`: the first
/// message from the cursor on that the receive's tests may accept, taking
/// newly arrived signals when the examined ones run out.
pub(super) fn loop_rec(p: &mut Process, inst: &ModuleInstance, pc: usize, dst: Dst) -> Next {
    let mut filter = None;
    loop {
        if p.recv_cursor >= p.mailbox.len() {
            // Take what arrived since; an exit signal may end us here.
            if let Err(kill) = crate::process::signal::handle_signals(p) {
                return Next::Exit(kill.reason);
            }
        }
        let Some(&m) = p.mailbox.get(p.recv_cursor) else { return Next::Empty };
        // The first message is left to the instructions: it usually
        // matches. Once one was rejected, the rest are worth filtering.
        if p.recv_cursor == 0 {
            return Next::Message(m);
        }
        let f = *filter.get_or_insert_with(|| Filter::of(inst, pc, dst));
        if f.admits(m) {
            return Next::Message(m);
        }
        p.recv_cursor += 1;
        let (front, back) = p.mailbox.as_slices();
        let rest = if p.recv_cursor < front.len() {
            front[p.recv_cursor..].iter().chain(back.iter())
        } else {
            back[p.recv_cursor - front.len()..].iter().chain([].iter())
        };
        for &m in rest {
            if f.admits(m) {
                return Next::Message(m);
            }
            p.recv_cursor += 1;
        }
    }
}

/// `remove_message`: takes the message at the cursor out of the mailbox.
/// Nearly always the first (a reply, a server's next request): taken
/// from the front without `VecDeque::remove`'s general shifting.
#[inline]
pub(super) fn remove_message(p: &mut Process) {
    if p.recv_cursor == 0 {
        p.mailbox.pop_front();
    } else {
        p.mailbox.remove(p.recv_cursor);
    }
}
