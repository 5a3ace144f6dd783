//! Erlang timers: `send_after/3,4`, `start_timer/3,4`, `cancel_timer/1,2`,
//! `read_timer/1,2`. A timer's message waits in the timer queue (with its
//! own heap) until the scheduler delivers it. `send_after/4` and
//! `start_timer/4` take `[{abs, Bool}]`: an absolute time is in
//! `erlang:monotonic_time(millisecond)` units.

use super::Bif;
use crate::exception::{BifResult, Exception};
use crate::heap::Heap;
use crate::process::Process;
use crate::term::{atoms, Term, View};
use crate::timer::{Action, Dest};

pub(crate) const BIFS: &[Bif] = &[
    Bif::new("erlang", "send_after", 3, send_after),
    Bif::new("erlang", "send_after", 4, send_after),
    Bif::new("erlang", "start_timer", 3, start_timer),
    Bif::new("erlang", "start_timer", 4, start_timer),
    Bif::new("erlang", "cancel_timer", 1, cancel_timer),
    Bif::new("erlang", "cancel_timer", 2, cancel_timer),
    Bif::new("erlang", "read_timer", 1, read_timer),
    Bif::new("erlang", "read_timer", 2, read_timer),
];

fn dest(t: Term) -> Result<Dest, Exception> {
    if let Some(pid) = t.as_pid() {
        return Ok(Dest::Pid(pid));
    }
    t.as_atom().map(Dest::Name).ok_or_else(Exception::badarg)
}

fn delay(t: Term) -> Result<u64, Exception> {
    t.as_small().filter(|ms| *ms >= 0).map(|ms| ms as u64).ok_or_else(Exception::badarg)
}

/// Whether the options of `send_after/4` / `start_timer/4` ask for an
/// absolute time (the last `{abs, Bool}` wins); badarg for anything else.
fn is_abs(opts: Option<&Term>) -> Result<bool, Exception> {
    let mut abs = false;
    for o in opts.map_or(Some(Vec::new()), |t| t.list_to_vec()).ok_or_else(Exception::badarg)? {
        match o.as_tuple() {
            Some([k, v]) if k.as_atom().map(|a| a.name()) == Some("abs") => {
                abs = v.as_bool().ok_or_else(Exception::badarg)?
            }
            _ => return Err(Exception::badarg()),
        }
    }
    Ok(abs)
}

/// Milliseconds until the timer of `args` fires: its time, or with
/// `{abs, true}` the time left until that monotonic time (0 if past).
fn timer_delay(p: &Process, args: &[Term]) -> Result<u64, Exception> {
    if !is_abs(args.get(3))? {
        return delay(args[0]);
    }
    let at = args[0].as_small().ok_or_else(Exception::badarg)? as i128;
    let now = super::time::monotonic_ns(p).div_euclid(1_000_000);
    Ok((at - now).max(0) as u64)
}

/// Sets a timer delivering `make(heap, ref)` to `to` after `ms`.
fn set(p: &mut Process, ms: u64, to: Dest, make: impl FnOnce(&mut Heap, Term) -> Term) -> BifResult {
    let r = p.vm.new_ref_id();
    let mut heap = Heap::with_capacity(16);
    let rt = heap.reference(r);
    let msg = make(&mut heap, rt);
    let deadline = p.vm.sched.now_ms() + ms;
    p.vm.sched.add_timer(r, deadline, Action::Send { dest: to, msg, heap });
    Ok(p.heap.reference(r))
}

fn send_after(p: &mut Process, args: &[Term]) -> BifResult {
    let (ms, to) = (timer_delay(p, args)?, dest(args[1])?);
    let msg = args[2];
    set(p, ms, to, |h, _| h.copy_term(msg))
}

fn start_timer(p: &mut Process, args: &[Term]) -> BifResult {
    let (ms, to) = (timer_delay(p, args)?, dest(args[1])?);
    let msg = args[2];
    set(p, ms, to, |h, r| {
        let m = h.copy_term(msg);
        h.tuple(&[Term::atom(atoms::timeout), r, m])
    })
}

fn timer_ref(t: Term) -> Result<u64, Exception> {
    match t.view() {
        View::Ref(r) => Ok(r),
        _ => Err(Exception::badarg()),
    }
}

/// Milliseconds left, or `false` when the timer is gone.
fn remaining(p: &Process, deadline: Option<u64>) -> Term {
    match deadline {
        Some(d) => Term::int(d.saturating_sub(p.vm.sched.now_ms()) as i64),
        None => Term::atom(atoms::false_),
    }
}

/// `cancel_timer(Ref[, Opts])`: `{async, true}` answers with a
/// `{cancel_timer, Ref, Result}` message; `{info, false}` gives no result.
fn cancel_timer(p: &mut Process, args: &[Term]) -> BifResult {
    let r = timer_ref(args[0])?;
    let (mut async_, mut info) = (false, true);
    if let Some(opts) = args.get(1) {
        for o in opts.list_to_vec().ok_or_else(Exception::badarg)? {
            match o.as_tuple() {
                Some([k, v]) if k.as_atom().map(|a| a.name()) == Some("async") => {
                    async_ = v.as_bool().ok_or_else(Exception::badarg)?
                }
                Some([k, v]) if k.as_atom().map(|a| a.name()) == Some("info") => {
                    info = v.as_bool().ok_or_else(Exception::badarg)?
                }
                _ => return Err(Exception::badarg()),
            }
        }
    }
    let d = p.vm.sched.timers().cancel(r);
    let result = remaining(p, d);
    if async_ {
        if info {
            let msg = p.heap.tuple(&[Term::atom(crate::term::Atom::intern("cancel_timer")), args[0], result]);
            p.vm.send_message(p.pid, msg);
        }
        return Ok(Term::atom(atoms::ok));
    }
    Ok(if info { result } else { Term::atom(atoms::ok) })
}

fn read_timer(p: &mut Process, args: &[Term]) -> BifResult {
    let r = timer_ref(args[0])?;
    let d = p.vm.sched.timers().deadline(r);
    Ok(remaining(p, d))
}
