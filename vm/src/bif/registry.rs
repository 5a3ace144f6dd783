//! Registered names and `process_info`.

use super::Bif;
use crate::exception::{BifResult, Exception};
use crate::heap::Heap;
use crate::process::signal::{MonitorTarget, Signal};
use crate::process::Process;
use crate::term::{atoms, Atom, Term};

pub(crate) const BIFS: &[Bif] = &[
    Bif::new("erlang", "register", 2, register),
    Bif::new("erlang", "unregister", 1, unregister),
    Bif::new("erlang", "whereis", 1, whereis),
    Bif::new("erlang", "registered", 0, registered),
    Bif::new("erlang", "process_info", 1, process_info1),
    Bif::new("erlang", "process_info", 2, process_info2),
];

fn register(p: &mut Process, args: &[Term]) -> BifResult {
    let name = args[0].as_atom().filter(|a| *a != atoms::undefined).ok_or_else(Exception::badarg)?;
    let pid = args[1].as_pid().ok_or_else(Exception::badarg)?;
    if p.vm.procs.register(name, pid) {
        Ok(Term::atom(atoms::true_))
    } else {
        Err(Exception::badarg())
    }
}

fn unregister(p: &mut Process, args: &[Term]) -> BifResult {
    let name = args[0].as_atom().ok_or_else(Exception::badarg)?;
    if p.vm.procs.unregister(name) {
        Ok(Term::atom(atoms::true_))
    } else {
        Err(Exception::badarg())
    }
}

fn whereis(p: &mut Process, args: &[Term]) -> BifResult {
    let name = args[0].as_atom().ok_or_else(Exception::badarg)?;
    Ok(p.vm.whereis(name).map_or(Term::atom(atoms::undefined), Term::pid))
}

fn registered(p: &mut Process, _: &[Term]) -> BifResult {
    let names: Vec<Term> = p.vm.procs.registered().into_iter().map(Term::atom).collect();
    Ok(p.heap.list(&names))
}

/// The items `process_info/1` lists, in OTP's order.
const ALL_ITEMS: &[&str] = &[
    "current_function",
    "initial_call",
    "status",
    "message_queue_len",
    "links",
    "dictionary",
    "trap_exit",
    "error_handler",
    "priority",
    "group_leader",
    "total_heap_size",
    "heap_size",
    "stack_size",
    "reductions",
    "garbage_collection",
    "suspending",
];

/// One item about process `t` (the caller itself, or a process parked in
/// its inbox), built on `heap`. `Err(())` for an unknown item.
fn item(heap: &mut Heap, t: &Process, status: &str, queued: usize, name: &str, single: bool) -> Result<Term, ()> {
    let a = Term::named;
    let value = match name {
        "status" => a(status),
        "message_queue_len" => Term::int((t.mailbox.len() + queued) as i64),
        "messages" => {
            let ms: Vec<Term> = t.mailbox.iter().map(|m| heap.copy_term(*m)).collect();
            heap.list(&ms)
        }
        "links" => {
            let ls: Vec<Term> = t.links.iter().map(|l| Term::pid(*l)).collect();
            heap.list(&ls)
        }
        "monitors" => {
            let mut ms = Vec::new();
            for m in &t.monitors {
                let item = match m.target {
                    MonitorTarget::Pid(_) => Term::pid(m.pid),
                    MonitorTarget::Name(n) => heap.tuple(&[Term::atom(n), Term::atom(t.vm.node())]),
                };
                ms.push(heap.tuple(&[a("process"), item]));
            }
            heap.list(&ms)
        }
        "priority" => Term::atom(t.priority),
        "monitored_by" => {
            let ms: Vec<Term> = t.monitored_by.iter().map(|m| Term::pid(m.1)).collect();
            heap.list(&ms)
        }
        "dictionary" => {
            let mut ds = Vec::new();
            for (k, v) in t.dictionary.iter().filter(|e| !e.0.is_non_value()) {
                let (k, v) = (heap.copy_term(*k), heap.copy_term(*v));
                ds.push(heap.tuple(&[k, v]));
            }
            heap.list(&ds)
        }
        "trap_exit" => Term::boolean(t.trap_exit),
        "error_handler" => a("error_handler"),
        "group_leader" => {
            Term::pid(t.handle.as_ref().map_or(crate::process::table::GROUP_LEADER_PID, |h| h.group_leader()))
        }
        "registered_name" => match t.vm.procs.name_of(t.pid) {
            Some(n) => Term::atom(n),
            // Alone it is `[]`; in a list, `{registered_name, []}`.
            None if single => return Ok(Term::NIL),
            None => Term::NIL,
        },
        "initial_call" => {
            let (m, f, ar) = t.initial_call;
            heap.tuple(&[Term::atom(m), Term::atom(f), Term::int(ar as i64)])
        }
        "current_function" if t.hibernating => {
            heap.tuple(&[Term::atom(atoms::erlang), Term::named("hibernate"), Term::int(3)])
        }
        "current_function" => {
            let here = t.pc.instance().and_then(|i| i.function_at(t.pc.pc).map(|f| (i.name, f.name, f.arity)));
            match here {
                Some((m, f, ar)) => heap.tuple(&[Term::atom(m), Term::atom(f), Term::int(ar as i64)]),
                None => a("undefined"),
            }
        }
        "current_stacktrace" => crate::interp::exception::current_stacktrace(heap, t, status == "running"),
        "heap_size" | "total_heap_size" => Term::int(t.heap.capacity_words() as i64),
        "stack_size" => Term::int(t.stack.len() as i64),
        "memory" => Term::int(memory_bytes(t) as i64),
        "reductions" => Term::int(t.reductions() as i64),
        "garbage_collection" | "suspending" => Term::NIL,
        _ => return Err(()),
    };
    let key = a(name);
    Ok(heap.tuple(&[key, value]))
}

/// Bytes a process takes: its structure, heap blocks and stacks.
pub fn memory_bytes(p: &Process) -> usize {
    std::mem::size_of::<Process>()
        + p.heap.capacity_words() * 8
        + p.stack.capacity() * 8
        + p.mailbox.capacity() * 8
        + p.x.len() * 8
}

/// Runs `f` on the caller's heap with the process `pid` (the caller
/// itself or a parked one). `None` if it is dead; `Some(Err(retry))` if it
/// is running elsewhere: the caller yields and asks again.
fn with_target(
    p: &mut Process,
    pid: u64,
    f: &mut dyn FnMut(&mut Heap, &Process, &str, usize) -> BifResult,
) -> Option<BifResult> {
    if pid == p.pid {
        // Count what has arrived too (an exit signal ends the process as
        // soon as the BIF returns).
        if crate::process::signal::handle_signals(p).is_err() {
            p.yield_now = true;
        }
        // The answer is built on a heap of its own, which then joins the
        // caller's: the caller's own sizes are read as they are.
        let mut heap = Heap::empty();
        let r = f(&mut heap, p, "running", 0);
        p.heap.absorb(heap);
        return Some(r);
    }
    // init and the group leader run no code: nothing to report on them
    // (asking again would wait forever).
    if crate::process::table::is_system_pid(pid) {
        return None;
    }
    let h = p.vm.procs.get(pid)?;
    let mut guard = h.lock();
    let inbox = &mut *guard;
    // A runnable process has signals it has not handled yet (OTP handles
    // them before answering): let it run first, and ask again.
    match inbox.parked.as_deref_mut() {
        Some(target) if !inbox.runnable && !inbox.signals.iter().any(|s| s.wakes()) => {
            // What is queued for a process that waits without being woken
            // are signals that do not wake it (`Signal::wakes`: demonitors,
            // which cannot end it): taken now, as it would take them first.
            for s in inbox.signals.drain(..) {
                let _ = crate::process::signal::handle_one(target, s);
            }
            Some(f(&mut p.heap, target, "waiting", 0))
        }
        // A runnable process between two slices, with nothing but
        // messages pending: answered as it stands, the pending messages
        // counted in `message_queue_len`. A busy loop never waits, so
        // asking it to run first would hold the asker forever.
        Some(target) if inbox.signals.iter().all(|s| matches!(s, Signal::Message(..))) => {
            let queued = inbox.signals.len();
            Some(f(&mut p.heap, target, "runnable", queued))
        }
        _ => Some(Err(Exception::retry())),
    }
}

fn item_names(t: Term) -> Result<Vec<Atom>, Exception> {
    match t.as_atom() {
        Some(a) => Ok(vec![a]),
        None => t
            .list_to_vec()
            .and_then(|l| l.iter().map(|x| x.as_atom()).collect::<Option<Vec<_>>>())
            .ok_or_else(Exception::badarg),
    }
}

fn process_info2(p: &mut Process, args: &[Term]) -> BifResult {
    let pid = args[0].as_pid().ok_or_else(Exception::badarg)?;
    let names = item_names(args[1])?;
    let single = args[1].is_atom();
    let r = with_target(p, pid, &mut |heap, target, status, queued| {
        let mut out = Vec::new();
        for n in &names {
            out.push(item(heap, target, status, queued, n.name(), single).map_err(|_| Exception::badarg())?);
        }
        Ok(if single { out[0] } else { heap.list(&out) })
    });
    r.unwrap_or(Ok(Term::atom(atoms::undefined)))
}

fn process_info1(p: &mut Process, args: &[Term]) -> BifResult {
    let pid = args[0].as_pid().ok_or_else(Exception::badarg)?;
    let r = with_target(p, pid, &mut |heap, target, status, queued| {
        let mut out = Vec::new();
        let named = target.vm.procs.name_of(target.pid).is_some();
        for (i, n) in ALL_ITEMS.iter().enumerate() {
            if i == 1 && named {
                out.push(
                    item(heap, target, status, queued, "registered_name", false).map_err(|_| Exception::badarg())?,
                );
            }
            out.push(item(heap, target, status, queued, n, false).map_err(|_| Exception::badarg())?);
        }
        Ok(heap.list(&out))
    });
    r.unwrap_or(Ok(Term::atom(atoms::undefined)))
}
