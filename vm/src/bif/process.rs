//! BIFs about processes: spawning, identity, exit signals, links,
//! monitors, trapping exits, yielding.

use super::Bif;
use crate::exception::{BifResult, Exception};
use crate::process::signal::{HeldMonitor, MonitorTarget, Signal};
use crate::process::Process;
use crate::term::{atoms, Atom, Term, View};
use crate::vm::aliases::{self, AliasMode};
use flags::{process_flag, spawn_options, SpawnOpts};

mod flags;

pub(crate) const BIFS: &[Bif] = &[
    Bif::new("erlang", "self", 0, self_),
    Bif::new("erlang", "spawn", 1, spawn1),
    Bif::new("erlang", "spawn", 3, spawn3),
    Bif::new("erlang", "spawn_link", 1, spawn_link1),
    Bif::new("erlang", "spawn_link", 3, spawn_link3),
    Bif::new("erlang", "spawn_monitor", 1, spawn_monitor1),
    Bif::new("erlang", "spawn_monitor", 3, spawn_monitor3),
    Bif::new("erlang", "spawn_opt", 2, spawn_opt2),
    Bif::new("erlang", "spawn_opt", 4, spawn_opt4),
    Bif::new("erlang", "exit", 2, exit2),
    Bif::new("erlang", "link", 1, link),
    Bif::new("erlang", "unlink", 1, unlink),
    Bif::new("erlang", "monitor", 2, monitor),
    Bif::new("erlang", "monitor", 3, monitor3),
    Bif::new("erlang", "demonitor", 1, demonitor1),
    Bif::new("erlang", "alias", 0, alias0),
    Bif::new("erlang", "alias", 1, alias1),
    Bif::new("erlang", "unalias", 1, unalias),
    Bif::new("erlang", "demonitor", 2, demonitor2),
    Bif::new("erlang", "process_flag", 2, process_flag),
    Bif::new("erlang", "is_process_alive", 1, is_process_alive),
    Bif::new("erlang", "processes", 0, processes),
    Bif::new("erlang", "yield", 0, yield_),
    Bif::new("erlang", "group_leader", 0, group_leader),
    Bif::new("erlang", "group_leader", 2, group_leader2),
    Bif::new("erlang", "send", 2, send2),
    Bif::new("erlang", "send", 3, send3),
    Bif::new("erlang", "pid_to_list", 1, pid_to_list),
    Bif::new("erlang", "spawn", 2, spawn_on_node2),
    Bif::new("erlang", "spawn", 4, spawn_on_node4),
    Bif::new("erlang", "spawn_link", 2, spawn_link_on_node2),
    Bif::new("erlang", "spawn_link", 4, spawn_link_on_node4),
    Bif::new("erlang", "node", 1, node1),
    Bif::new("erlang", "external_size", 1, external_size),
    Bif::new("erlang", "list_to_pid", 1, list_to_pid),
];

fn pid_to_list(p: &mut Process, args: &[Term]) -> BifResult {
    let pid = args[0].as_pid().ok_or_else(Exception::badarg)?;
    Ok(p.heap.string(&format!("<0.{pid}.0>")))
}

/// `"<0.N.0>"` back to a pid (only the local node exists).
fn list_to_pid(_p: &mut Process, args: &[Term]) -> BifResult {
    let chars = args[0].list_to_vec().ok_or_else(Exception::badarg)?;
    let text: String = chars
        .iter()
        .map(|c| c.as_small().and_then(|c| char::from_u32(c as u32)))
        .collect::<Option<_>>()
        .ok_or_else(Exception::badarg)?;
    let inner = text.strip_prefix('<').and_then(|t| t.strip_suffix('>')).ok_or_else(Exception::badarg)?;
    let parts: Vec<&str> = inner.split('.').collect();
    match parts.as_slice() {
        ["0", n, "0"] => n.parse::<u64>().map(Term::pid).map_err(|_| Exception::badarg()),
        _ => Err(Exception::badarg()),
    }
}

/// OTP's group leader for escripts is a process of its own; ferl writes
/// output directly, so this pid only has to look like one.
const GROUP_LEADER: u64 = crate::process::table::GROUP_LEADER_PID;

fn self_(p: &mut Process, _: &[Term]) -> BifResult {
    Ok(Term::pid(p.pid))
}

/// Creates a process running `fun` (a fun of arity 0) or `M:F(Args)`.
fn spawn_with(p: &mut Process, what: Spawn, opts: SpawnOpts) -> Result<(u64, Option<u64>), Exception> {
    let SpawnOpts { link, monitor, max_heap, off_heap_queue } = opts;
    let boot = p.vm.ensure_loaded(Atom::intern("ferl_spawn")).ok_or_else(Exception::badarg)?;
    let (entry_name, args, initial) = match what {
        Spawn::Fun(f) => {
            let initial = match f.view() {
                View::Fun(l, _) => (l.module, l.function, l.arity),
                _ => (atoms::erlang, atoms::apply, 2),
            };
            ("apply_fun", vec![f, Term::NIL], initial)
        }
        Spawn::Mfa(m, f, a) => {
            let arity = a.list_len().unwrap_or(0) as u32;
            let initial = (m.as_atom().unwrap_or(atoms::undefined), f.as_atom().unwrap_or(atoms::undefined), arity);
            ("apply_mfa", vec![m, f, a], initial)
        }
    };
    let entry = boot.function_entry(Atom::intern(entry_name), args.len() as u32).ok_or_else(Exception::badarg)?;
    let Some(mut child) = p.vm.new_process(boot, entry, &args) else {
        // The process table is full (`+P`): only this spawn fails.
        crate::report::too_many_processes(&p.vm);
        return Err(Exception::error_atom(atoms::system_limit));
    };
    child.initial_call = initial;
    if let Some((words, kill, log)) = max_heap {
        (child.max_heap_words, child.max_heap_kill, child.max_heap_log) = (words, kill, log);
    }
    child.off_heap_queue = off_heap_queue;
    if let (Some(mine), Some(its)) = (&p.handle, &child.handle) {
        its.set_group_leader(mine.group_leader());
    }
    let pid = child.pid;
    if link {
        child.links.push(p.pid);
        p.links.push(pid);
    }
    let mref = if monitor {
        let r = p.vm.new_ref_id();
        child.monitored_by.push((r, p.pid, MonitorTarget::Pid(pid)));
        p.monitors.push(HeldMonitor { r, pid, target: MonitorTarget::Pid(pid), handle: None });
        Some(r)
    } else {
        None
    };
    p.vm.start(child);
    Ok((pid, mref))
}

enum Spawn {
    Fun(Term),
    Mfa(Term, Term, Term),
}

fn fun_arg(t: Term) -> Result<Spawn, Exception> {
    match t.view() {
        View::Fun(..) | View::Export(..) => Ok(Spawn::Fun(t)),
        _ => Err(Exception::badarg()),
    }
}

fn mfa_args(args: &[Term]) -> Result<Spawn, Exception> {
    if args[0].is_atom() && args[1].is_atom() && args[2].list_len().is_some() {
        Ok(Spawn::Mfa(args[0], args[1], args[2]))
    } else {
        Err(Exception::badarg())
    }
}

fn spawn1(p: &mut Process, args: &[Term]) -> BifResult {
    let (pid, _) = spawn_with(p, fun_arg(args[0])?, SpawnOpts::default())?;
    Ok(Term::pid(pid))
}

fn spawn3(p: &mut Process, args: &[Term]) -> BifResult {
    let (pid, _) = spawn_with(p, mfa_args(args)?, SpawnOpts::default())?;
    Ok(Term::pid(pid))
}

fn spawn_link1(p: &mut Process, args: &[Term]) -> BifResult {
    let (pid, _) = spawn_with(p, fun_arg(args[0])?, SpawnOpts { link: true, ..SpawnOpts::default() })?;
    Ok(Term::pid(pid))
}

fn spawn_link3(p: &mut Process, args: &[Term]) -> BifResult {
    let (pid, _) = spawn_with(p, mfa_args(args)?, SpawnOpts { link: true, ..SpawnOpts::default() })?;
    Ok(Term::pid(pid))
}

fn pid_and_ref(p: &mut Process, pid: u64, r: Option<u64>) -> Term {
    let rt = p.heap.reference(r.unwrap_or(0));
    p.heap.tuple(&[Term::pid(pid), rt])
}

/// `spawn_monitor/1` and `spawn_opt/2` insist on a fun of arity 0 (unlike
/// `spawn/1`, whose process fails with `badarity` instead).
fn nullary_fun_arg(t: Term) -> Result<Spawn, Exception> {
    let arity = match t.view() {
        View::Fun(l, _) => l.arity,
        View::Export(_, _, a) => a,
        _ => return Err(Exception::badarg()),
    };
    if arity == 0 {
        Ok(Spawn::Fun(t))
    } else {
        Err(Exception::badarg())
    }
}

fn spawn_monitor1(p: &mut Process, args: &[Term]) -> BifResult {
    let (pid, r) = spawn_with(p, nullary_fun_arg(args[0])?, SpawnOpts { monitor: true, ..SpawnOpts::default() })?;
    Ok(pid_and_ref(p, pid, r))
}

fn spawn_monitor3(p: &mut Process, args: &[Term]) -> BifResult {
    let (pid, r) = spawn_with(p, mfa_args(args)?, SpawnOpts { monitor: true, ..SpawnOpts::default() })?;
    Ok(pid_and_ref(p, pid, r))
}

fn spawn_opt_result(p: &mut Process, pid: u64, r: Option<u64>) -> Term {
    match r {
        Some(_) => pid_and_ref(p, pid, r),
        None => Term::pid(pid),
    }
}

fn spawn_opt2(p: &mut Process, args: &[Term]) -> BifResult {
    let opts = spawn_options(args[1])?;
    let (pid, r) = spawn_with(p, nullary_fun_arg(args[0])?, opts)?;
    Ok(spawn_opt_result(p, pid, r))
}

fn spawn_opt4(p: &mut Process, args: &[Term]) -> BifResult {
    let opts = spawn_options(args[3])?;
    let (pid, r) = spawn_with(p, mfa_args(&args[..3])?, opts)?;
    Ok(spawn_opt_result(p, pid, r))
}

/// `exit(Pid, Reason)`: sends an exit signal. To itself it takes effect
/// before the caller goes on, as in OTP.
fn exit2(p: &mut Process, args: &[Term]) -> BifResult {
    let target = p.vm.resolve(args[0]).filter(|_| !args[0].is_atom()).ok_or_else(Exception::badarg)?;
    let mut heap = crate::heap::Heap::with_capacity(16);
    let reason = heap.copy_term(args[1]);
    p.vm.send_signal(target, Signal::Exit { from: p.pid, reason, heap, link: false });
    if target == p.pid {
        p.yield_now = true;
    }
    Ok(Term::atom(atoms::true_))
}

fn link(p: &mut Process, args: &[Term]) -> BifResult {
    let pid = args[0].as_pid().ok_or_else(Exception::badarg)?;
    if pid == p.pid || p.links.contains(&pid) {
        return Ok(Term::atom(atoms::true_));
    }
    if p.vm.send_signal(pid, Signal::Link(p.pid)) {
        p.links.push(pid);
    } else if p.trap_exit {
        let msg = p.heap.tuple(&[Term::atom(atoms::EXIT), args[0], Term::atom(atoms::noproc)]);
        p.vm.send_message(p.pid, msg);
    } else {
        return Err(Exception::error_atom(atoms::noproc));
    }
    Ok(Term::atom(atoms::true_))
}

fn unlink(p: &mut Process, args: &[Term]) -> BifResult {
    let pid = args[0].as_pid().ok_or_else(Exception::badarg)?;
    if p.links.contains(&pid) {
        p.links.retain(|l| *l != pid);
        p.vm.send_signal(pid, Signal::Unlink(p.pid));
    }
    Ok(Term::atom(atoms::true_))
}

/// What `monitor(process, X)` names, and the item its `'DOWN'` reports.
fn monitor_target(p: &Process, t: Term) -> Result<(Option<u64>, MonitorTarget, Term), Exception> {
    if let Some(pid) = t.as_pid() {
        // Whether it is alive shows when the monitor signal is sent.
        return Ok((Some(pid), MonitorTarget::Pid(pid), t));
    }
    let name = match (t.as_atom(), t.as_tuple()) {
        (Some(a), _) => a,
        (None, Some([n, node])) if p.vm.is_local_node(*node) => n.as_atom().ok_or_else(Exception::badarg)?,
        _ => return Err(Exception::badarg()),
    };
    Ok((p.vm.whereis(name), MonitorTarget::Name(name), Term::NIL))
}

fn monitor(p: &mut Process, args: &[Term]) -> BifResult {
    monitor_with(p, args, None)
}

/// `monitor/2`, and `monitor/3` with an alias mode when one was asked for.
fn monitor_with(p: &mut Process, args: &[Term], alias: Option<AliasMode>) -> BifResult {
    if !args[0].is_atom_of(atoms::process) {
        return Err(Exception::badarg());
    }
    let (pid, target, _) = monitor_target(p, args[1])?;
    let r = p.vm.new_ref_id();
    // Owned by this process, so that a send to it finds it as an alias.
    let rt = aliases::owned_ref(&mut p.heap, r, p.pid);
    if let Some(mode) = alias {
        aliases::add(p, r, mode);
    }
    let held = pid.and_then(|pid| Some((pid, p.vm.send_monitor(pid, p.pid, r, target)?)));
    match held {
        Some((pid, handle)) => p.monitors.push(HeldMonitor { r, pid, target, handle: Some(handle) }),
        None => {
            let item = match target {
                MonitorTarget::Pid(pid) => Term::pid(pid),
                MonitorTarget::Name(n) => {
                    let node = Term::atom(p.vm.node());
                    p.heap.tuple(&[Term::atom(n), node])
                }
            };
            let msg = p.heap.tuple(&[
                Term::atom(atoms::DOWN),
                rt,
                Term::atom(atoms::process),
                item,
                Term::atom(atoms::noproc),
            ]);
            p.vm.send_message(p.pid, msg);
        }
    }
    Ok(rt)
}

/// `monitor/3`: the options are `{alias, Mode}` (and `{tag, T}`, which
/// ferl does not support and rejects with `badarg`).
fn monitor3(p: &mut Process, args: &[Term]) -> BifResult {
    let mut alias = None;
    // Walked in place: gen:call passes options on every call.
    let mut opts = args[2].iter_list();
    for o in &mut opts {
        match o.as_tuple() {
            Some([k, v]) if k.is_atom_of(atoms::alias) => alias = Some(alias_mode(*v)?),
            _ => return Err(Exception::badarg()),
        }
    }
    if !opts.rest.is_nil() {
        return Err(Exception::badarg());
    }
    monitor_with(p, &args[..2], alias)
}

fn alias_mode(t: Term) -> Result<AliasMode, Exception> {
    match t.as_atom() {
        Some(atoms::explicit_unalias) => Ok(AliasMode::ExplicitUnalias),
        Some(atoms::demonitor) => Ok(AliasMode::Demonitor),
        Some(atoms::reply_demonitor) => Ok(AliasMode::ReplyDemonitor),
        _ => Err(Exception::badarg()),
    }
}

/// `erlang:alias/0`.
fn alias0(p: &mut Process, _: &[Term]) -> BifResult {
    new_alias(p, AliasMode::ExplicitUnalias)
}

/// `erlang:alias/1`: `[explicit_unalias]` or `[reply]` (used up by one
/// message).
fn alias1(p: &mut Process, args: &[Term]) -> BifResult {
    let mut mode = AliasMode::ExplicitUnalias;
    for o in args[0].list_to_vec().ok_or_else(Exception::badarg)? {
        match o.as_atom().map(|a| a.name()) {
            Some("explicit_unalias") => mode = AliasMode::ExplicitUnalias,
            Some("reply") => mode = AliasMode::ReplyDemonitor,
            _ => return Err(Exception::badarg()),
        }
    }
    new_alias(p, mode)
}

fn new_alias(p: &mut Process, mode: AliasMode) -> BifResult {
    let r = p.vm.new_ref_id();
    aliases::add(p, r, mode);
    Ok(aliases::owned_ref(&mut p.heap, r, p.pid))
}

/// `erlang:unalias/1`: whether the alias was active.
fn unalias(p: &mut Process, args: &[Term]) -> BifResult {
    let r = ref_id(args[0])?;
    let was = aliases::remove(p, r);
    Ok(Term::atom(if was { atoms::true_ } else { atoms::false_ }))
}

/// Removes monitor `r`; whether it was active.
fn remove_monitor(p: &mut Process, r: u64) -> bool {
    if !p.aliases.is_empty() {
        aliases::monitor_ended(p, r);
    }
    match p.monitors.iter().position(|m| m.r == r) {
        Some(i) => {
            let m = p.monitors.remove(i);
            p.vm.send_demonitor(m.pid, m.handle, r);
            true
        }
        None => false,
    }
}

fn ref_id(t: Term) -> Result<u64, Exception> {
    t.as_ref_number().ok_or_else(Exception::badarg)
}

fn demonitor1(p: &mut Process, args: &[Term]) -> BifResult {
    let r = ref_id(args[0])?;
    remove_monitor(p, r);
    Ok(Term::atom(atoms::true_))
}

fn demonitor2(p: &mut Process, args: &[Term]) -> BifResult {
    let r = ref_id(args[0])?;
    let mut opts = args[1].iter_list();
    let mut flush = false;
    let mut info = false;
    for o in &mut opts {
        match o.as_atom() {
            Some(atoms::flush) => flush = true,
            Some(atoms::info) => info = true,
            _ => return Err(Exception::badarg()),
        }
    }
    if !opts.rest.is_nil() {
        return Err(Exception::badarg());
    }
    let was_active = remove_monitor(p, r);
    // A monitor still active had delivered no 'DOWN' (handle_signals puts
    // one in the mailbox only as it ends the monitor, and drops those of
    // monitors already removed), so there is nothing to flush. One that
    // was not active may have: its 'DOWN', or the noproc one monitor/2
    // sent to this process, may still be among the queued signals.
    if flush && !was_active {
        if crate::process::signal::handle_signals(p).is_err() {
            p.yield_now = true;
        }
        p.mailbox.retain(|m| {
            !matches!(m.as_tuple(), Some([tag, mr, ..]) if tag.is_atom_of(atoms::DOWN) && matches!(mr.view(), View::Ref(x) if x == r))
        });
    }
    // With `info`: whether the monitor was still active.
    Ok(Term::boolean(!info || was_active))
}

fn is_process_alive(p: &mut Process, args: &[Term]) -> BifResult {
    let pid = args[0].as_pid().ok_or_else(Exception::badarg)?;
    Ok(Term::boolean(pid == p.pid || p.vm.procs.get(pid).is_some()))
}

fn processes(p: &mut Process, _: &[Term]) -> BifResult {
    let pids: Vec<Term> = p.vm.procs.pids().into_iter().map(Term::pid).collect();
    Ok(p.heap.list(&pids))
}

fn yield_(p: &mut Process, _: &[Term]) -> BifResult {
    p.yield_now = true;
    Ok(Term::atom(atoms::true_))
}

fn group_leader(p: &mut Process, _: &[Term]) -> BifResult {
    Ok(Term::pid(p.handle.as_ref().map_or(GROUP_LEADER, |h| h.group_leader())))
}

/// `group_leader(Leader, Pid)`: any process may change any live
/// process's leader; the leader itself need not be alive.
fn group_leader2(p: &mut Process, args: &[Term]) -> BifResult {
    let (Some(leader), Some(pid)) = (args[0].as_pid(), args[1].as_pid()) else {
        return Err(Exception::badarg());
    };
    let handle = if pid == p.pid { p.handle.clone() } else { p.vm.procs.get(pid) };
    handle.ok_or_else(Exception::badarg)?.set_group_leader(leader);
    Ok(Term::atom(atoms::true_))
}

fn send2(p: &mut Process, args: &[Term]) -> BifResult {
    super::send(p, args[0], args[1])
}

fn send3(p: &mut Process, args: &[Term]) -> BifResult {
    args[2].list_len().ok_or_else(Exception::badarg)?;
    super::send(p, args[0], args[1])?;
    Ok(Term::atom(atoms::ok))
}

/// Only the local node exists: `spawn(node(), ...)` spawns here, any other
/// node is unknown.
fn local_node(p: &Process, t: Term) -> Result<(), Exception> {
    if p.vm.is_local_node(t) {
        Ok(())
    } else {
        Err(Exception::badarg())
    }
}

fn spawn_on_node2(p: &mut Process, args: &[Term]) -> BifResult {
    local_node(p, args[0])?;
    spawn1(p, &args[1..])
}

fn spawn_on_node4(p: &mut Process, args: &[Term]) -> BifResult {
    local_node(p, args[0])?;
    spawn3(p, &args[1..])
}

fn spawn_link_on_node2(p: &mut Process, args: &[Term]) -> BifResult {
    local_node(p, args[0])?;
    spawn_link1(p, &args[1..])
}

fn spawn_link_on_node4(p: &mut Process, args: &[Term]) -> BifResult {
    local_node(p, args[0])?;
    spawn_link3(p, &args[1..])
}

fn node1(p: &mut Process, args: &[Term]) -> BifResult {
    if args[0].as_pid().is_some() || args[0].is_atom() || matches!(args[0].view(), View::Ref(_)) {
        Ok(Term::atom(p.vm.node()))
    } else {
        Err(Exception::badarg())
    }
}

/// The size of the term in the external format (`term_to_binary`).
fn external_size(_p: &mut Process, args: &[Term]) -> BifResult {
    Ok(Term::int(super::erlang::ext::encode(args[0]).len() as i64))
}
