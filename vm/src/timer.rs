//! Timers: `receive ... after` deadlines and `erlang:send_after`-style
//! timers, in one queue ordered by deadline. Time is milliseconds since the
//! VM started: real time normally, virtual time in deterministic mode
//! (where the clock jumps to the next deadline whenever every process
//! waits, so tests never sleep).

use crate::heap::Heap;
use crate::term::{Atom, Term};
use std::cmp::Reverse;
use std::collections::BinaryHeap;
// Every `receive ... after` that waits sets a timer and cancels it when a
// message comes (each gen_server:call does): hashbrown's hasher makes that
// several times cheaper than std's SipHash.
use hashbrown::HashMap;

/// Where a timer's message goes.
#[derive(Clone, Copy, Debug)]
pub enum Dest {
    Pid(u64),
    Name(Atom),
}

pub enum Action {
    /// Ends wait number `seq` of process `pid`.
    Timeout { pid: u64, seq: u64 },
    /// Sends `msg` (kept in `heap`) to `dest`.
    Send { dest: Dest, msg: Term, heap: Heap },
}

#[derive(Default)]
pub struct Timers {
    queue: BinaryHeap<Reverse<(u64, u64)>>,
    entries: HashMap<u64, (u64, Action)>,
}

// SAFETY: a timer's message term lives in the timer's own heap, which moves
// with it; nothing else points into that heap.
unsafe impl Send for Timers {}

impl Timers {
    /// Adds a timer with id `id` (a reference number for Erlang timers).
    pub fn add(&mut self, id: u64, deadline: u64, action: Action) {
        self.queue.push(Reverse((deadline, id)));
        self.entries.insert(id, (deadline, action));
    }

    /// Removes timer `id`; returns its deadline if it was pending.
    pub fn cancel(&mut self, id: u64) -> Option<u64> {
        let d = self.entries.remove(&id).map(|(d, _)| d);
        // A cancelled timer's queue entry stays until its deadline: many
        // calls with a long timeout would pile them up (a million a few
        // seconds). Rebuilt from the live timers once stale entries are
        // most of the queue, which costs O(1) per cancel on average.
        if self.queue.len() > 64 + 2 * self.entries.len() {
            let live = self.entries.iter().map(|(id, (d, _))| Reverse((*d, *id)));
            self.queue = live.collect();
        }
        d
    }

    /// The deadline of timer `id`, if pending.
    pub fn deadline(&self, id: u64) -> Option<u64> {
        self.entries.get(&id).map(|(d, _)| *d)
    }

    /// The earliest pending deadline.
    pub fn next_deadline(&mut self) -> Option<u64> {
        while let Some(Reverse((d, id))) = self.queue.peek().copied() {
            if self.entries.get(&id).is_some_and(|e| e.0 == d) {
                return Some(d);
            }
            self.queue.pop();
        }
        None
    }

    /// Removes and returns the timers due at `now`, earliest first (ties in
    /// the order they were set).
    pub fn pop_due(&mut self, now: u64) -> Vec<Action> {
        let mut out = Vec::new();
        while let Some(d) = self.next_deadline() {
            if d > now {
                break;
            }
            if let Some(Reverse((_, id))) = self.queue.pop() {
                if let Some((_, a)) = self.entries.remove(&id) {
                    out.push(a);
                }
            }
        }
        out
    }

    pub fn is_empty(&mut self) -> bool {
        self.next_deadline().is_none()
    }
}
