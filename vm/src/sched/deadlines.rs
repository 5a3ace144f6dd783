//! Receive deadlines kept by the worker that parked the process, before
//! (and usually instead of) the timer queue: most waits with a long
//! timeout (each gen:call's 5 s) end within microseconds, and their
//! deadline is then dropped here without ever taking the timer lock. The
//! handle's `armed` word names the wait a kept deadline belongs to.

use super::{Scheduler, Task};
use crate::process::Process;
use crate::timer::Action;
use std::collections::VecDeque;
use std::sync::atomic::Ordering;
use std::time::{Duration, Instant};

/// The `receive ... after` deadlines a worker parked processes with that
/// are not in the timer queue yet, oldest first (see `park`). Each worker
/// owns one and passes it down to `park` (no thread-local to look up).
#[derive(Default)]
pub(super) struct Deferred(VecDeque<Pending>);

/// A deadline kept by the worker that parked the process: most waits
/// with a long timeout (each gen:call's 5 s) end within microseconds,
/// and then the deadline is dropped here without ever taking the timer
/// lock. One still armed after `DEFER_MS` joins the timer queue.
struct Pending {
    /// The clock when the process parked: turned into milliseconds only
    /// for a deadline that stays (most are dropped first).
    parked_at: Instant,
    /// The receive's timeout (ms).
    ms: u64,
    seq: u64,
    handle: Task,
}

/// Timeouts at least this long (ms) may wait in `Deferred`; shorter ones
/// go straight to the timer queue.
const DEFER_MIN_MS: u64 = 100;
/// How long a deadline stays in `Deferred` at most while its worker runs
/// (an idle worker moves them all at once): far below `DEFER_MIN_MS`, so
/// a timer is never late for it.
const DEFER: Duration = Duration::from_millis(10);
/// Deadlines kept in `Deferred` at most: past this the oldest move on.
const PENDING_MAX: usize = 4096;
/// A worker with pending deadlines reads the clock every this many
/// scheduling rounds.
pub(super) const SWEEP_EVERY: u32 = 32;

/// Keeps the deadline of `p`'s wait (`ms` from now) in this worker's
/// `deferred` instead of the timer queue; false if it is not kept there
/// (deterministic mode, a short timeout).
pub(super) fn defer_deadline(s: &Scheduler, deferred: &mut Deferred, p: &Process, ms: u64) -> bool {
    if s.deterministic || ms < DEFER_MIN_MS {
        return false;
    }
    let Some(handle) = p.handle.clone() else { return false };
    handle.armed.store(p.wait_seq, Ordering::Release);
    let q = &mut deferred.0;
    q.push_back(Pending { parked_at: Instant::now(), ms, seq: p.wait_seq, handle });
    if q.len() > PENDING_MAX {
        sweep_pending(s, deferred, false);
    }
    true
}

/// Forgets the deadline of `p`'s receive, which ended: a pending one is
/// dropped by the next sweep, one in the timer queue is removed there.
pub(crate) fn cancel_wait(p: &Process) {
    if let Some(h) = &p.handle {
        if h.armed.swap(0, Ordering::AcqRel) == p.wait_seq {
            return;
        }
    }
    p.vm.sched.timers().cancel(p.wait_seq);
}

/// Drops the pending deadlines whose wait ended and moves to the timer
/// queue those still armed that are old enough (or all, `all`: the worker
/// is about to sleep), oldest first, stopping at the first that stays.
pub(super) fn sweep_pending(s: &Scheduler, deferred: &mut Deferred, all: bool) {
    let q = &mut deferred.0;
    if q.is_empty() {
        return;
    }
    let now = Instant::now();
    let mut earliest = u64::MAX;
    let mut timers = None;
    while let Some(e) = q.front() {
        let armed = e.handle.armed.load(Ordering::Acquire);
        if armed == e.seq {
            if !all && now < e.parked_at + DEFER && q.len() <= PENDING_MAX {
                break;
            }
            // Under the timer lock, so that a `cancel_wait` that sees
            // the mark finds the timer in the queue.
            let t = timers.get_or_insert_with(|| s.timers());
            let marked = e.handle.armed.compare_exchange(
                e.seq,
                e.seq | crate::process::table::ARMED_GLOBAL,
                Ordering::AcqRel,
                Ordering::Acquire,
            );
            if marked.is_ok() {
                // As `sched::park` counts: the park's millisecond
                // (truncated) plus one.
                let deadline = s.ms_at(e.parked_at) + e.ms + 1;
                t.add(e.seq, deadline, Action::Timeout { pid: e.handle.pid, seq: e.seq });
                earliest = earliest.min(deadline);
            }
        }
        q.pop_front();
    }
    drop(timers);
    if earliest != u64::MAX {
        s.timer_added(earliest);
    }
}
