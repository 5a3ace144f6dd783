//! The scheduler: runs processes on worker threads, one per core, each
//! with a local run queue, stealing from the others and from a global
//! injector when idle (crossbeam's work-stealing deques). A process runs
//! until its reduction budget is spent, it waits in `receive`, or it ends.
//!
//! Deterministic mode runs one worker on the calling thread in FIFO order
//! and uses virtual time: when every process waits, the clock jumps to the
//! next timer, so the same program gives the same output every run and
//! tests never sleep.

mod deadlines;
pub(crate) use deadlines::cancel_wait;

use crate::interp::{self, Exit, RunResult};
use crate::process::signal::{self, Signal};
use crate::process::Process;
use crate::term::Term;
use crate::timer::{Action, Dest, Timers};
use crate::vm::Vm;
use crossbeam::deque::{Injector, Steal, Stealer, Worker};
use std::cell::Cell;
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::sync::{Arc, Condvar, Mutex};
use std::time::{Duration, Instant};

/// Reductions a process may use before it yields.
const BUDGET: usize = 4000;

/// A run-queue entry: the handle of a runnable process, which holds the
/// process itself until a worker takes it. So every process that is not
/// running at this instant can be reached through the process table.
pub type Task = Arc<crate::process::table::Handle>;

/// How processes are scheduled.
#[derive(Clone, Copy, Debug)]
pub struct Config {
    /// Worker threads (ignored in deterministic mode, which uses one).
    pub workers: usize,
    pub deterministic: bool,
    /// In deterministic mode: pick among runnable processes with this
    /// seed instead of first-in first-out. Seed 0, like none, is the
    /// first-in first-out order, so every deterministic run has a seed a
    /// failing run can print (`ferl --deterministic=SEED` replays it).
    pub seed: Option<u64>,
}

impl Default for Config {
    fn default() -> Self {
        Config {
            workers: std::thread::available_parallelism().map_or(1, |n| n.get()),
            deterministic: false,
            seed: None,
        }
    }
}

/// What the worker running on a thread shares with the code it runs
/// (`Scheduler::push_task`): its run queue, and the process to run next.
struct Local<'a> {
    queue: &'a Worker<Task>,
    /// A process made runnable while the run queue was empty (the other
    /// side of a round trip, usually): it is the head of that queue, kept
    /// here rather than in the deque, where each push and pop costs ~40
    /// instructions of atomics and fences. Filled only when the deque is
    /// empty, so everything in the deque was queued after it and the
    /// order stays first-in first-out. Other workers cannot steal it: it
    /// waits at most for the end of the current slice.
    next: Cell<Option<Task>>,
}

thread_local! {
    /// The worker running on this thread, if any.
    static LOCAL: Cell<*const Local<'static>> = const { Cell::new(std::ptr::null()) };
}

/// How the first process (an escript's `main`) ended.
pub enum Outcome {
    /// The process ended; its exit terms live in the heap that comes along.
    Exit(Exit, crate::heap::Heap),
    Halt(i32),
    /// Every process waits and no timer is pending.
    Deadlock,
}

pub struct Scheduler {
    injector: Injector<Task>,
    pub timers: Mutex<Timers>,
    /// No timer is due before this time (ms): workers skip the timer lock
    /// until then. It may be early (a cancelled timer), never late.
    earliest_timer: AtomicU64,
    pub deterministic: bool,
    workers: usize,
    /// State of the seeded choice (xorshift), deterministic mode only.
    seed: Mutex<Option<u64>>,
    start: Instant,
    virtual_now: AtomicU64,
    /// Clock readings so far, deterministic mode only: each one moves the
    /// program's clock a microsecond on (`clock_ns`).
    clock_reads: AtomicU64,
    /// Wakes idle workers when work arrives.
    idle: (Mutex<()>, Condvar),
    /// Wakes the timer thread when a timer earlier than all others is set.
    timer_wake: (Mutex<()>, Condvar),
    stop: AtomicBool,
    outcome: Mutex<Option<Outcome>>,
    main_pid: AtomicU64,
}

impl Scheduler {
    pub fn new(cfg: Config) -> Scheduler {
        Scheduler {
            injector: Injector::new(),
            timers: Mutex::new(Timers::default()),
            earliest_timer: AtomicU64::new(u64::MAX),
            deterministic: cfg.deterministic,
            workers: if cfg.deterministic { 1 } else { cfg.workers.max(1) },
            seed: Mutex::new(cfg.seed.filter(|s| *s != 0)),
            start: Instant::now(),
            virtual_now: AtomicU64::new(0),
            clock_reads: AtomicU64::new(0),
            idle: (Mutex::new(()), Condvar::new()),
            timer_wake: (Mutex::new(()), Condvar::new()),
            stop: AtomicBool::new(false),
            outcome: Mutex::new(None),
            main_pid: AtomicU64::new(u64::MAX),
        }
    }

    /// Milliseconds since start (virtual in deterministic mode).
    pub fn now_ms(&self) -> u64 {
        if self.deterministic {
            self.virtual_now.load(Ordering::Relaxed)
        } else {
            self.ms_at(Instant::now())
        }
    }

    /// Deterministic mode: nanoseconds since start on the clock programs
    /// read. It is the virtual time plus a microsecond per reading, so it
    /// depends only on the order the processes ran in (a replay reads the
    /// same times) and a loop polling it still sees time pass.
    pub fn clock_ns(&self) -> i128 {
        let reads = self.clock_reads.fetch_add(1, Ordering::Relaxed) + 1;
        i128::from(self.virtual_now.load(Ordering::Relaxed)) * 1_000_000 + i128::from(reads) * 1_000
    }

    /// The real time `t` in milliseconds since start.
    fn ms_at(&self, t: Instant) -> u64 {
        // Whole seconds and milliseconds: `as_millis` divides in u128.
        let d = t.saturating_duration_since(self.start);
        d.as_secs() * 1000 + u64::from(d.subsec_millis())
    }

    pub fn worker_count(&self) -> usize {
        self.workers
    }

    /// Makes `p` runnable: it waits in its handle, and the handle joins a
    /// run queue.
    pub fn enqueue(&self, p: Box<Process>) {
        let Some(h) = p.handle.clone() else { return };
        {
            let mut inbox = h.lock();
            inbox.parked = Some(p);
            inbox.runnable = true;
        }
        self.push_task(h);
    }

    /// Queues a runnable process's handle: on the current worker's own
    /// queue when called from a worker (a process woken by a message runs
    /// where its sender runs, keeping the pair on one core), else on the
    /// global queue.
    #[inline]
    pub fn push_task(&self, h: Task) {
        if !self.deterministic {
            let local = LOCAL.with(Cell::get);
            if !local.is_null() {
                // SAFETY: LOCAL points at the `Local` of this thread's
                // `worker_loop` frame, which outlives every call made while
                // it is set (it is cleared before that frame ends).
                let local = unsafe { &*local };
                match local.next.take() {
                    None if local.queue.is_empty() => {
                        // The slot was just emptied: nothing to drop.
                        std::mem::forget(local.next.replace(Some(h)));
                    }
                    next => {
                        local.next.set(next);
                        local.queue.push(h);
                    }
                }
                return;
            }
        }
        self.push_global(h);
    }

    /// `push_task` off a worker thread (or in deterministic mode): the
    /// global queue, and an idle worker told.
    #[cold]
    #[inline(never)]
    fn push_global(&self, h: Task) {
        self.injector.push(h);
        self.idle.1.notify_one();
    }

    pub fn timers(&self) -> std::sync::MutexGuard<'_, Timers> {
        self.timers.lock().unwrap_or_else(|e| e.into_inner())
    }

    /// Sets a timer (use this rather than `timers().add`, so that workers
    /// know to look).
    pub fn add_timer(&self, id: u64, deadline: u64, action: crate::timer::Action) {
        self.timers().add(id, deadline, action);
        self.timer_added(deadline);
    }

    /// A timer with `deadline` was added to the queue: workers and the
    /// timer thread must know if it is the earliest.
    fn timer_added(&self, deadline: u64) {
        let before = self.earliest_timer.fetch_min(deadline, Ordering::AcqRel);
        if deadline < before && !self.deterministic {
            // The timer thread sleeps until the earliest deadline it knew.
            let _guard = self.timer_wake.0.lock().unwrap_or_else(|e| e.into_inner());
            self.timer_wake.1.notify_one();
        }
    }

    /// Wakes the idle workers (something outside the VM has news).
    pub fn wake(&self) {
        self.idle.1.notify_all();
    }

    fn finish(&self, o: Outcome) {
        let mut out = self.outcome.lock().unwrap_or_else(|e| e.into_inner());
        if out.is_none() {
            *out = Some(o);
        }
        self.stop.store(true, Ordering::SeqCst);
        self.idle.1.notify_all();
        let _guard = self.timer_wake.0.lock().unwrap_or_else(|e| e.into_inner());
        self.timer_wake.1.notify_all();
    }
}

/// Runs `main` (already set up to call its function) and every process it
/// spawns, until `main` ends or something halts the VM.
pub fn run(vm: &Arc<Vm>, main: Box<Process>) -> Outcome {
    let s = &vm.sched;
    s.main_pid.store(main.pid, Ordering::SeqCst);
    s.enqueue(main);
    if s.deterministic {
        let local = Worker::new_fifo();
        worker_loop(vm, &local, &[]);
    } else {
        let locals: Vec<Worker<Task>> = (0..s.workers).map(|_| Worker::new_fifo()).collect();
        let stealers: Vec<Stealer<Task>> = locals.iter().map(|w| w.stealer()).collect();
        std::thread::scope(|scope| {
            let timers = std::thread::Builder::new().name("ferl-timers".into());
            let vm_t = vm.clone();
            if timers.spawn_scoped(scope, move || timer_loop(&vm_t)).is_err() {
                s.finish(Outcome::Halt(70));
            }
            for local in locals {
                let stealers = &stealers;
                let vm = vm.clone();
                let builder = std::thread::Builder::new().stack_size(64 << 20);
                let spawned = builder.spawn_scoped(scope, move || worker_loop(&vm, &local, stealers));
                if spawned.is_err() {
                    s.finish(Outcome::Halt(70));
                }
            }
        });
    }
    s.outcome.lock().unwrap_or_else(|e| e.into_inner()).take().unwrap_or(Outcome::Deadlock)
}

/// Deterministic mode with a seed: a reproducible pseudo-random pick among
/// the runnable processes (the others keep their order).
fn seeded_pick(s: &Scheduler) -> Option<Option<Task>> {
    let mut seed = s.seed.lock().unwrap_or_else(|e| e.into_inner());
    let x = seed.as_mut()?;
    let mut ready = Vec::new();
    while let Steal::Success(p) = s.injector.steal() {
        ready.push(p);
    }
    if ready.is_empty() {
        return Some(None);
    }
    *x ^= *x << 13;
    *x ^= *x >> 7;
    *x ^= *x << 17;
    let chosen = ready.remove((*x % ready.len() as u64) as usize);
    for p in ready {
        s.injector.push(p);
    }
    Some(Some(chosen))
}

fn find_task(s: &Scheduler, local: &Local<'_>, stealers: &[Stealer<Task>]) -> Option<Task> {
    if s.deterministic {
        if let Some(pick) = seeded_pick(s) {
            return pick;
        }
    }
    if let Some(p) = local.next.take() {
        return Some(p);
    }
    let local = local.queue;
    if let Some(p) = local.pop() {
        return Some(p);
    }
    loop {
        let mut retry = false;
        match s.injector.steal_batch_and_pop(local) {
            Steal::Success(p) => return Some(p),
            Steal::Retry => retry = true,
            Steal::Empty => {}
        }
        for st in stealers {
            match st.steal() {
                Steal::Success(p) => return Some(p),
                Steal::Retry => retry = true,
                Steal::Empty => {}
            }
        }
        if !retry {
            return None;
        }
    }
}

fn worker_loop(vm: &Arc<Vm>, queue: &Worker<Task>, stealers: &[Stealer<Task>]) {
    /// Clears LOCAL as the frame ends, even by unwinding.
    struct Clear;
    impl Drop for Clear {
        fn drop(&mut self) {
            LOCAL.with(|l| l.set(std::ptr::null()));
        }
    }
    let local = Local { queue, next: Cell::new(None) };
    // The lifetime is erased: LOCAL is cleared (`Clear`, dropped before
    // `local`) before `local` goes.
    LOCAL.with(|l| l.set((&local as *const Local<'_>).cast()));
    let _clear = Clear;
    worker_loop_inner(vm, &local, stealers);
}

fn worker_loop_inner(vm: &Arc<Vm>, local: &Local<'_>, stealers: &[Stealer<Task>]) {
    let s = &vm.sched;
    // One register file per worker, lent to the process it runs.
    let mut regs: Box<[Term]> = vec![Term::NIL; crate::process::X_REGS].into_boxed_slice();
    let mut deferred = deadlines::Deferred::default();
    let mut rounds = 0u32;
    while !s.stop.load(Ordering::SeqCst) {
        rounds = rounds.wrapping_add(1);
        if rounds.is_multiple_of(deadlines::SWEEP_EVERY) {
            deadlines::sweep_pending(s, &mut deferred, false);
        }
        // In deterministic mode timers fire here (on virtual time); else
        // the timer thread fires them, so that a worker never reads the
        // clock between two processes (a gen_server:call's timer is
        // always pending).
        if s.deterministic && s.earliest_timer.load(Ordering::Acquire) != u64::MAX {
            fire_timers(vm, s.now_ms());
        }
        match find_task(s, local, stealers) {
            Some(h) => {
                // Whether signals wait is seen under the same lock: a
                // process woken by a message copied straight into its
                // mailbox (the usual case) has none, and its slice then
                // takes no second lock. (One queued after this is taken
                // by the next `receive` that looks, or the next slice.)
                let p = {
                    let mut inbox = h.lock();
                    if inbox.runnable {
                        inbox.runnable = false;
                        let queued = !inbox.signals.is_empty();
                        inbox.parked.take().map(|p| (p, queued))
                    } else {
                        None
                    }
                };
                if let Some((p, queued)) = p {
                    run_slice(vm, p, queued, &mut regs, &mut deferred);
                }
            }
            None => {
                // Idle: what the program printed goes out now, not at exit.
                crate::io::flush_if_pending();
                if s.deterministic {
                    match s.timers().next_deadline() {
                        // Nothing can run: time jumps to the next timer.
                        Some(d) => s.virtual_now.fetch_max(d, Ordering::SeqCst),
                        // A line from stdin is on its way: wait for it.
                        None if crate::input::outstanding() > 0 => {
                            let guard = s.idle.0.lock().unwrap_or_else(|e| e.into_inner());
                            if s.injector.is_empty() && !s.stop.load(Ordering::SeqCst) {
                                let _ = s.idle.1.wait_timeout(guard, Duration::from_millis(50));
                            }
                            0
                        }
                        None => {
                            s.finish(Outcome::Deadlock);
                            return;
                        }
                    };
                } else {
                    // Other workers' queues are not watched: look again
                    // soon. (Timers wake the process they fire for.)
                    deadlines::sweep_pending(s, &mut deferred, true);
                    let wait = Duration::from_millis(1);
                    let guard = s.idle.0.lock().unwrap_or_else(|e| e.into_inner());
                    if s.injector.is_empty() && !s.stop.load(Ordering::SeqCst) {
                        let _ = s.idle.1.wait_timeout(guard, wait);
                    }
                }
            }
        }
    }
}

/// The timer thread (all but deterministic mode): sleeps until the
/// earliest deadline, delivers the timers due, and again, until the VM
/// stops. A sleep ends early when an earlier timer is set (`add_timer`);
/// a deadline that passed with its timer cancelled only costs a wake-up.
fn timer_loop(vm: &Arc<Vm>) {
    let s = &vm.sched;
    let mut guard = s.timer_wake.0.lock().unwrap_or_else(|e| e.into_inner());
    while !s.stop.load(Ordering::SeqCst) {
        let now = s.now_ms();
        let next = s.earliest_timer.load(Ordering::Acquire);
        if next <= now {
            drop(guard);
            fire_timers(vm, now);
            guard = s.timer_wake.0.lock().unwrap_or_else(|e| e.into_inner());
            continue;
        }
        // Checked again after a while even with no timer: cheap, and it
        // bounds any missed wake-up.
        let wait = Duration::from_millis(next.saturating_sub(now).min(100));
        guard = match s.timer_wake.1.wait_timeout(guard, wait) {
            Ok((g, _)) => g,
            Err(e) => e.into_inner().0,
        };
    }
}

/// Delivers the timers due at `now`.
fn fire_timers(vm: &Arc<Vm>, now: u64) {
    let s = &vm.sched;
    if now < s.earliest_timer.load(Ordering::Acquire) {
        return;
    }
    let due = {
        let mut timers = s.timers();
        let due = timers.pop_due(now);
        // Racing with add_timer is safe: it lowers the value after adding.
        s.earliest_timer.store(timers.next_deadline().unwrap_or(u64::MAX), Ordering::Release);
        due
    };
    for a in due {
        match a {
            Action::Timeout { pid, seq } => {
                vm.send_signal(pid, Signal::Timeout(seq));
            }
            Action::Send { dest, msg, heap } => {
                let pid = match dest {
                    Dest::Pid(p) => Some(p),
                    Dest::Name(n) => vm.procs.whereis(n),
                };
                if let Some(pid) = pid {
                    vm.send_signal(pid, Signal::Message(msg, heap));
                }
            }
        }
    }
}

/// Runs `p` for a slice, after taking its signals if `queued` says some
/// wait. `deferred` keeps this worker's receive deadlines.
fn run_slice(
    vm: &Arc<Vm>,
    mut p: Box<Process>,
    queued: bool,
    regs: &mut Box<[Term]>,
    deferred: &mut deadlines::Deferred,
) {
    let s = &vm.sched;
    p.load_registers(regs);
    let taken = if queued { signal::handle_signals(&mut p) } else { Ok(()) };
    let result = match taken {
        Err(kill) => RunResult::Exit(Exit::Signal(kill.reason)),
        // A bug in the VM while running one process (a Rust panic) ends
        // that process, not the VM.
        Ok(()) => match std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| interp::run(&mut p, BUDGET))) {
            Ok(r) => r,
            Err(_) => {
                p.catches.clear();
                RunResult::Exit(interp::internal_error())
            }
        },
    };
    if !matches!(result, RunResult::Yield | RunResult::Wait(_)) {
        p.live_x = 0;
    }
    p.unload_registers(regs);
    match result {
        // A yielding process goes to the back of the global queue, behind
        // everything made runnable meanwhile (a local push would let it
        // run again before processes that other processes woke).
        RunResult::Yield => s.enqueue(p),
        RunResult::Wait(timeout) => park(vm, p, timeout, deferred),
        RunResult::Exit(e) => {
            let is_main = p.pid == s.main_pid.load(Ordering::SeqCst);
            if is_main {
                // The exit terms outlive the process: copy them out first.
                let mut keep = crate::heap::Heap::new();
                let e = copy_exit(&mut keep, &e);
                vm.exit_process(p, &e, false);
                s.finish(Outcome::Exit(e, keep));
            } else {
                vm.exit_process(p, &e, true);
            }
        }
        RunResult::Halt(code) => s.finish(Outcome::Halt(code)),
    }
}

/// Parks a process waiting in `receive` in its inbox, unless a signal
/// arrived meanwhile; a timeout becomes a timer (or waits in `deferred`).
fn park(vm: &Arc<Vm>, mut p: Box<Process>, timeout: Option<u64>, deferred: &mut deadlines::Deferred) {
    let s = &vm.sched;
    if let Some(ms) = timeout {
        p.wait_seq = vm.new_ref_id();
        if !deadlines::defer_deadline(s, deferred, &p, ms) {
            // `now` is truncated to the millisecond: one more makes the
            // wait at least `ms` long (virtual time has no fractions).
            let deadline = s.now_ms() + ms + u64::from(!s.deterministic);
            s.add_timer(p.wait_seq, deadline, Action::Timeout { pid: p.pid, seq: p.wait_seq });
        }
    }
    let Some(handle) = p.handle.as_ref().map(Arc::as_ptr) else { return };
    // SAFETY: `p` holds an `Arc` of its handle, and `p` stays in that
    // handle's inbox, which this guard locks, until the guard is dropped:
    // nobody can take `p` (and drop the handle with it) before then, and
    // `handle` is not used after. (No reference count is taken for a park.)
    let mut inbox = unsafe { &*handle }.lock();
    let woken = !inbox.signals.is_empty() && inbox.signals.iter().any(Signal::wakes);
    inbox.parked = Some(p);
    inbox.runnable = woken;
    let task = if woken { inbox.parked.as_ref().and_then(|q| q.handle.clone()) } else { None };
    drop(inbox);
    if let Some(task) = task {
        s.push_task(task);
    }
}

fn copy_exit(heap: &mut crate::heap::Heap, e: &Exit) -> Exit {
    match e {
        Exit::Normal => Exit::Normal,
        Exit::Signal(r) => Exit::Signal(heap.copy_term(*r)),
        Exit::Exception { class, reason, trace } => {
            Exit::Exception { class: *class, reason: heap.copy_term(*reason), trace: heap.copy_term(*trace) }
        }
    }
}

/// The term a process's end gives its links and monitors.
pub fn exit_reason(p: &mut Process, e: &Exit) -> Term {
    use crate::exception::Class;
    use crate::term::atoms;
    match e {
        Exit::Normal => Term::atom(atoms::normal),
        Exit::Signal(r) => *r,
        Exit::Exception { class: Class::Exit, reason, .. } => *reason,
        Exit::Exception { class: Class::Error, reason, trace } => p.heap.tuple(&[*reason, *trace]),
        Exit::Exception { class: Class::Throw, reason, trace } => {
            let nocatch = p.heap.tuple(&[Term::atom(atoms::nocatch), *reason]);
            p.heap.tuple(&[nocatch, *trace])
        }
    }
}
