//! Signals between processes and how a process handles those it receives.
//! Every signal travels through the receiver's inbox, so signals from one
//! sender arrive in the order they were sent (as Erlang guarantees).
//! Messages carry their term in a heap fragment of their own, which joins
//! the receiver's heap when the receiver takes the message.

use super::Process;
use crate::heap::Heap;
use crate::term::{atoms, Atom, Term};
use std::collections::VecDeque;

/// What a monitor watches: a pid, or a registered name (the `'DOWN'`
/// message then says `{Name, Node}`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum MonitorTarget {
    Pid(u64),
    Name(Atom),
}

/// A monitor a process holds.
pub struct HeldMonitor {
    /// The reference number.
    pub r: u64,
    /// The watched process.
    pub pid: u64,
    /// What the monitor named.
    pub target: MonitorTarget,
    /// The watched process's handle when the monitor was made, so that
    /// ending the monitor (every gen:call does) finds it without the
    /// process table; `None` when not at hand (`spawn_monitor`).
    pub handle: Option<crate::sched::Task>,
}

pub enum Signal {
    Message(Term, Heap),
    /// A message sent to alias `r` of the receiver: delivered if the
    /// alias is still active when the receiver takes it (`vm::aliases`).
    AliasMessage {
        r: u64,
        msg: Term,
        heap: Heap,
    },
    /// An exit signal: from `exit/2` (`link` false) or from a linked
    /// process that ended (`link` true).
    Exit {
        from: u64,
        reason: Term,
        heap: Heap,
        link: bool,
    },
    Link(u64),
    Unlink(u64),
    /// `from` monitors this process under reference number `r`.
    Monitor {
        from: u64,
        r: u64,
        target: MonitorTarget,
    },
    Demonitor {
        r: u64,
    },
    /// A monitored process ended: the `'DOWN'` message for monitor `r`.
    Down {
        r: u64,
        msg: Term,
        heap: Heap,
    },
    /// The `receive ... after` deadline of wait number `seq` passed.
    Timeout(u64),
}

impl Signal {
    /// Whether the signal makes a waiting process runnable. A demonitor
    /// changes nothing the process's code can see: it waits in the inbox
    /// until the process runs for another reason (each gen:call ends with
    /// one to the server, which has gone back to waiting by then). Who
    /// reads a waiting process's state makes it take such signals first
    /// (`bif::registry`), and a 'DOWN' for a monitor already removed is
    /// dropped by its receiver.
    pub fn wakes(&self) -> bool {
        !matches!(self, Signal::Demonitor { .. })
    }
}

/// Why a process must end now (an exit signal it does not trap).
pub struct Kill {
    pub reason: Term,
}

/// Handles every queued signal. Messages go to the mailbox; a trapped
/// exit signal becomes an `{'EXIT', From, Reason}` message; an untrapped
/// one that is not `normal` (or any `kill`) ends the process.
///
/// Inlined as far as the look at `Handle::queued`: most calls (a receive
/// that ran out of messages) find none and take no lock.
#[inline(always)]
pub fn handle_signals(p: &mut Process) -> Result<(), Kill> {
    match &p.handle {
        Some(handle) if handle.may_have_signals() => take_signals(p),
        _ => Ok(()),
    }
}

/// `handle_signals` once signals may wait.
#[inline(never)]
fn take_signals(p: &mut Process) -> Result<(), Kill> {
    let Some(handle) = &p.handle else { return Ok(()) };
    let mut inbox = handle.lock();
    let mut batch = match inbox.signals.len() {
        0 => return Ok(()),
        // One signal (a message, usually): taken out as it is.
        1 => {
            let s = inbox.signals.pop_front();
            drop(inbox);
            return s.map_or(Ok(()), |s| handle_one(p, s));
        }
        _ => {
            let spare = SPARE.with(|s| s.take());
            std::mem::replace(&mut inbox.signals, spare)
        }
    };
    drop(inbox);
    let mut result = Ok(());
    while let Some(s) = batch.pop_front() {
        result = handle_one(p, s);
        if result.is_err() {
            // Signals after one that ends the process go back to the front
            // of the inbox, for `Vm::exit_process` to answer as it answers
            // any still queued (a monitor gets its 'DOWN' with noproc):
            // dropped, a call that monitored the process as it was being
            // killed would wait for ever.
            if !batch.is_empty() {
                if let Some(handle) = &p.handle {
                    let mut inbox = handle.lock();
                    while let Some(s) = batch.pop_back() {
                        inbox.signals.push_front(s);
                    }
                }
            }
            break;
        }
    }
    batch.clear();
    SPARE.with(|s| s.set(batch));
    result
}

thread_local! {
    /// An empty queue with room, given to the next inbox whose signals
    /// this thread takes: queues pass between inboxes and threads with
    /// their room, so that once they have grown a send allocates nothing.
    static SPARE: std::cell::Cell<VecDeque<Signal>> = const { std::cell::Cell::new(VecDeque::new()) };
}

/// Handles one signal; `Err` if it ends the process. (Also applied by
/// others to a waiting process, under its inbox lock, for signals that
/// cannot end it: demonitors, see `bif::registry`; `Vm::send_monitor` and
/// `send_demonitor` apply theirs as this does, in place.)
pub(crate) fn handle_one(p: &mut Process, s: Signal) -> Result<(), Kill> {
    match s {
        Signal::Message(t, h) => {
            let t = super::copy::take_message(&mut p.heap, t, h);
            p.mailbox.push_back(t);
        }
        Signal::AliasMessage { r, msg, heap } => {
            // An inactive alias drops the message (and its fragment; one
            // copied straight into this heap is garbage).
            if crate::vm::aliases::take_route(p, r) {
                let t = super::copy::take_message(&mut p.heap, msg, heap);
                p.mailbox.push_back(t);
            }
        }
        Signal::Exit { from, reason, heap, link } => {
            p.heap.absorb(heap);
            if link && !p.links.contains(&from) {
                return Ok(());
            }
            if link {
                p.links.retain(|l| *l != from);
            }
            let is_kill = reason.is_atom_of(atoms::kill) && !link;
            if is_kill {
                return Err(Kill { reason: Term::atom(atoms::killed) });
            } else if p.trap_exit {
                let msg = p.heap.tuple(&[Term::atom(atoms::EXIT), Term::pid(from), reason]);
                p.mailbox.push_back(msg);
            } else if !reason.is_atom_of(atoms::normal) || from == p.pid {
                return Err(Kill { reason });
            }
        }
        Signal::Link(from) => {
            if !p.links.contains(&from) {
                p.links.push(from);
            }
        }
        Signal::Unlink(from) => p.links.retain(|l| *l != from),
        Signal::Monitor { from, r, target } => p.monitored_by.push((r, from, target)),
        Signal::Demonitor { r } => p.monitored_by.retain(|m| m.0 != r),
        Signal::Down { r, msg, heap } => {
            // Only a monitor still held delivers its 'DOWN'.
            if p.monitors.iter().any(|m| m.r == r) {
                p.monitors.retain(|m| m.r != r);
                if !p.aliases.is_empty() {
                    crate::vm::aliases::monitor_ended(p, r);
                }
                p.heap.absorb(heap);
                p.mailbox.push_back(msg);
            }
        }
        Signal::Timeout(seq) => {
            if seq == p.wait_seq {
                p.timed_out = true;
            }
        }
    }
    Ok(())
}
