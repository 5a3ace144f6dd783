//! Operations of the VM that involve more than one process: delivering
//! signals, spawning, and ending a process (notifying its links and
//! monitors, printing the crash report).

use super::{aliases, Vm};
use crate::code::ModuleInstance;
use crate::heap::Heap;
use crate::interp::{self, Exit};
use crate::process::copy;
use crate::process::signal::{MonitorTarget, Signal};
use crate::process::table::Inbox;
use crate::process::Process;
use crate::term::{atoms, Atom, Term};
use std::sync::Arc;

impl Vm {
    /// Queues `s` for process `pid`, waking it if it waits. Signals to a
    /// process that no longer exists are dropped.
    pub fn send_signal(&self, pid: u64, s: Signal) -> bool {
        let Some(h) = self.procs.get(pid) else { return false };
        if crate::process::table::is_system_pid(pid) {
            // init and the group leader exist only as names: drop it.
            return true;
        }
        self.deliver(&h, s)
    }

    /// Asks process `pid` to record monitor `r` of `from` (what the
    /// monitor named: `target`); its handle, or `None` if it does not
    /// exist (the monitor then fires at once).
    pub fn send_monitor(&self, pid: u64, from: u64, r: u64, target: MonitorTarget) -> Option<crate::sched::Task> {
        let h = self.procs.get(pid)?;
        if crate::process::table::is_system_pid(pid) {
            return Some(h);
        }
        let applied = self.deliver_with(
            &h,
            |q| {
                // A monitor is how a call starts: the send comes next.
                crate::process::prefetch::for_call(q);
                q.monitored_by.push((r, from, target))
            },
            || Signal::Monitor { from, r, target },
        );
        applied.then_some(h)
    }

    /// Ends monitor `r` on process `pid`, through its handle `h` if at
    /// hand (from `send_monitor`), without the process table.
    pub fn send_demonitor(&self, pid: u64, h: Option<crate::sched::Task>, r: u64) -> bool {
        let h = match h {
            Some(h) => h,
            None => match self.procs.get(pid) {
                Some(h) => h,
                None => return false,
            },
        };
        if crate::process::table::is_system_pid(pid) {
            return true;
        }
        self.deliver_with(&h, |q| q.monitored_by.retain(|m| m.0 != r), || Signal::Demonitor { r })
    }

    /// Queues `s` in the inbox of `h`, waking it if the signal does so;
    /// false if the process has ended meanwhile.
    #[inline(always)]
    fn deliver(&self, h: &crate::sched::Task, s: Signal) -> bool {
        let mut inbox = h.lock();
        if inbox.exited {
            return false;
        }
        if queue(&mut inbox, s) {
            drop(inbox);
            self.sched.push_task(h.clone());
        }
        true
    }

    /// `deliver` of a monitor or demonitor: to a process that is not
    /// running and has nothing queued (so no earlier signal to come after)
    /// it is applied at once (`apply`, as `signal::handle_one` would): the
    /// process is not woken for it, nor takes it later. Otherwise the
    /// signal `signal` makes is queued.
    #[inline(always)]
    fn deliver_with(
        &self,
        h: &crate::sched::Task,
        apply: impl FnOnce(&mut Process),
        signal: impl FnOnce() -> Signal,
    ) -> bool {
        let mut inbox = h.lock();
        if inbox.exited {
            return false;
        }
        if inbox.signals.is_empty() {
            if let Some(q) = inbox.parked.as_deref_mut() {
                apply(q);
                return true;
            }
        }
        if queue(&mut inbox, signal()) {
            drop(inbox);
            self.sched.push_task(h.clone());
        }
        true
    }

    /// Sends a copy of `msg` to `pid`.
    pub fn send_message(&self, pid: u64, msg: Term) -> bool {
        self.send_to(pid, None, msg)
    }

    /// Sends `msg` from the running process `p` to `pid`.
    #[inline(always)]
    pub fn send_from(p: &mut Process, pid: u64, msg: Term) -> bool {
        if pid == p.pid {
            return Self::send_self(p, msg);
        }
        p.vm.send_message(pid, msg)
    }

    /// Sends `msg` from the running process `p` to itself. With no signal
    /// queued before it (so none of its own earlier signals to itself,
    /// such as an exit it traps, is to come first), the message goes
    /// straight into the mailbox, uncopied: it is in `p`'s heap already,
    /// and the mailbox is a root of `p`'s collections.
    #[inline(never)]
    fn send_self(p: &mut Process, msg: Term) -> bool {
        if let Some(h) = &p.handle {
            if h.lock().signals.is_empty() {
                p.mailbox.push_back(msg);
                return true;
            }
        }
        p.vm.send_message(p.pid, msg)
    }

    /// Sends a copy of `msg` to alias `r` of process `owner`: it arrives
    /// only if the alias is active when `owner` takes it (`vm::aliases`).
    pub fn send_alias(&self, owner: u64, r: u64, msg: Term) {
        self.send_to(owner, Some(r), msg);
    }

    /// Sends a copy of `msg` to `pid`, through its alias `alias` if given.
    #[inline(always)]
    fn send_to(&self, pid: u64, mut alias: Option<u64>, msg: Term) -> bool {
        let Some(h) = self.procs.get(pid) else { return false };
        if crate::process::table::is_system_pid(pid) {
            return true;
        }
        {
            // A receiver that is not running (it waits in `receive`, as a
            // server or a caller waiting for its reply does) gets the
            // copy made straight in its heap: it then takes the message
            // without copying it a second time. A message in the heap
            // before it is in the mailbox is safe because the receiver
            // takes its queued signals before it runs (and collects).
            // A running receiver gets a small message in a pooled
            // fragment, copied under the same lock.
            let mut guard = h.lock();
            // (A message to a process that has just ended is queued in its
            // dead inbox, and dropped with it.)
            let inbox = &mut *guard;
            let signal = match inbox.parked.as_deref_mut() {
                Some(q) => {
                    // With nothing queued before it (so no earlier signal
                    // to come after), the receiver's state is current: an
                    // alias decides here, and the copy goes straight into
                    // the mailbox, as taking it would put it, so the
                    // receiver finds it there without a signal to take.
                    let direct = inbox.signals.is_empty();
                    if direct {
                        if let Some(r) = alias.take() {
                            if !aliases::take_route(q, r) {
                                return true;
                            }
                        }
                    }
                    match copy::copy_message_into(&mut q.heap, msg) {
                        Some(t) if direct => {
                            q.mailbox.push_back(t);
                            crate::process::prefetch::for_wake(q);
                            let wake = make_runnable(inbox);
                            drop(guard);
                            if wake {
                                self.sched.push_task(h);
                            }
                            return true;
                        }
                        t => t.map(|t| message(alias, t, Heap::empty())),
                    }
                }
                None => copy::copy_small(msg).map(|(t, heap)| message(alias, t, heap)),
            };
            let inbox = &mut *guard;
            if let Some(s) = signal {
                if queue(inbox, s) {
                    drop(guard);
                    self.sched.push_task(h);
                }
                return true;
            }
        }
        // A fragment sized to the message, made without holding the
        // receiver's inbox.
        let (t, heap) = copy::copy_message(msg);
        self.deliver(&h, message(alias, t, heap))
    }

    /// A new process that will call `entry` of `inst` with `args` (copied
    /// into its heap). It is not runnable until `start` is called.
    pub fn new_process(
        self: &Arc<Self>,
        inst: &'static ModuleInstance,
        entry: u32,
        args: &[Term],
    ) -> Option<Box<Process>> {
        let handle = self.procs.create()?;
        let mut p = Box::new(Process::new(handle.pid, self.clone()));
        p.handle = Some(handle);
        let copied: Vec<Term> = args.iter().map(|a| p.heap.copy_term(*a)).collect();
        interp::setup_call(&mut p, inst, entry, &copied);
        Some(p)
    }

    /// Makes a new process runnable.
    pub fn start(&self, p: Box<Process>) {
        self.sched.enqueue(p);
    }

    /// Ends process `p`: removes it from the table, sends exit signals to
    /// its links and `'DOWN'` messages to its monitors, and reports a crash.
    /// Returns its exit reason.
    pub fn exit_process(&self, mut p: Box<Process>, e: &Exit, report: bool) -> Term {
        let reason = crate::sched::exit_reason(&mut p, e);
        self.procs.remove(p.pid);
        crate::bif::ets::owner_exited(self, p.pid);
        // What was queued and never taken ends here; from now on senders
        // see `exited`. A monitor or link request among it is answered as
        // OTP answers one that reaches an exiting process: noproc.
        let untaken = match &p.handle {
            Some(h) => {
                let mut inbox = h.lock();
                inbox.exited = true;
                std::mem::take(&mut inbox.signals)
            }
            None => Default::default(),
        };
        for s in untaken {
            match s {
                Signal::Monitor { from, r, target } => self.send_down(from, r, target, Term::atom(atoms::noproc)),
                Signal::Link(from) => {
                    let heap = Heap::with_capacity(0);
                    let reason = Term::atom(atoms::noproc);
                    self.send_signal(from, Signal::Exit { from: p.pid, reason, heap, link: true });
                }
                _ => {}
            }
        }
        if let Exit::Exception { class, .. } = e {
            if report && *class != crate::exception::Class::Exit {
                crate::report::process_crashed(self, p.pid, reason);
            }
        }
        for &l in &p.links {
            let mut heap = Heap::with_capacity(16);
            let r = heap.copy_term(reason);
            self.send_signal(l, Signal::Exit { from: p.pid, reason: r, heap, link: true });
        }
        for &(r, from, target) in &p.monitored_by {
            self.send_down(from, r, target, reason);
        }
        for m in std::mem::take(&mut p.monitors) {
            self.send_demonitor(m.pid, m.handle, m.r);
        }
        reason
    }

    /// Sends monitor `r`'s `'DOWN'` message to its owner `to`.
    fn send_down(&self, to: u64, r: u64, target: MonitorTarget, reason: Term) {
        let mut heap = Heap::with_capacity(16);
        let item = match target {
            MonitorTarget::Pid(pid) => Term::pid(pid),
            MonitorTarget::Name(n) => heap.tuple(&[Term::atom(n), Term::atom(self.node())]),
        };
        // The monitor's own reference: it routes to `to` if the monitor
        // had an alias that outlives it (`explicit_unalias`).
        let rt = aliases::owned_ref(&mut heap, r, to);
        let why = heap.copy_term(reason);
        let msg = heap.tuple(&[Term::atom(atoms::DOWN), rt, Term::atom(atoms::process), item, why]);
        self.send_signal(to, Signal::Down { r, msg, heap });
    }

    /// The pid a send target names: a pid, or a registered name.
    pub fn resolve(&self, to: Term) -> Option<u64> {
        if let Some(pid) = to.as_pid() {
            return Some(pid);
        }
        to.as_atom().and_then(|a| self.procs.whereis(a))
    }

    /// The atom `name` as a registered name, if registered.
    pub fn whereis(&self, name: Atom) -> Option<u64> {
        self.procs.whereis(name)
    }
}

/// A message signal, to alias `alias` of the receiver if given.
fn message(alias: Option<u64>, msg: Term, heap: Heap) -> Signal {
    match alias {
        Some(r) => Signal::AliasMessage { r, msg, heap },
        None => Signal::Message(msg, heap),
    }
}

/// Queues `s` in `inbox`; true if that makes its waiting process
/// runnable (the caller then schedules it, after letting go of the inbox).
fn queue(inbox: &mut Inbox, s: Signal) -> bool {
    let wakes = s.wakes();
    inbox.signals.push_back(s);
    wakes && inbox.parked.is_some() && make_runnable(inbox)
}

/// Marks the parked process of `inbox` runnable; true if it was not (the
/// caller then schedules it, after letting go of the inbox).
fn make_runnable(inbox: &mut Inbox) -> bool {
    !std::mem::replace(&mut inbox.runnable, true)
}
