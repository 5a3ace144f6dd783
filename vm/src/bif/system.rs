//! `erlang:system_info/1`, `erlang:statistics/1` and `erlang:memory/0,1`:
//! what a program may ask about the VM it runs on; and the node restart
//! (`init:restart/0`'s request, and what it clears).

use super::Bif;
use crate::exception::{BifResult, Exception};
use crate::process::Process;
use crate::term::{atoms, Atom, Term};

pub(crate) const BIFS: &[Bif] = &[
    Bif::new("erlang", "system_info", 1, system_info),
    Bif::new("erlang", "statistics", 1, statistics),
    Bif::new("erlang", "memory", 0, memory0),
    Bif::new("erlang", "memory", 1, memory1),
    Bif::new("os", "getpid", 0, os_getpid),
    Bif::new("os", "getenv", 1, os_getenv),
    Bif::new("os", "getenv", 2, os_getenv2),
    Bif::new("escript", "script_name", 0, script_name),
    Bif::new("os", "type", 0, os_type),
    Bif::new("ferl_init", "request_restart", 0, request_restart),
];

/// `init:restart/0`'s last step before it halts: asks whatever runs the
/// VM to boot a new one (see `Vm::restart` and `reset_node_state`).
fn request_restart(p: &mut Process, _: &[Term]) -> BifResult {
    p.vm.restart.store(true, std::sync::atomic::Ordering::Relaxed);
    Ok(Term::atom(atoms::ok))
}

/// What outlives a VM in this OS process and must not outlive a node
/// restart: OTP's init:restart/0 kills every process (their ETS tables
/// and open files go with them) and erases the persistent terms.
pub fn reset_node_state() {
    super::ets::clear_all();
    super::persistent_term::clear_all();
    super::file::handle::close_all();
}

fn os_getpid(p: &mut Process, _: &[Term]) -> BifResult {
    Ok(p.heap.string(&std::process::id().to_string()))
}

/// The escript being run, as its command line named it.
static SCRIPT_NAME: std::sync::OnceLock<String> = std::sync::OnceLock::new();

/// Records the script's name for `escript:script_name/0` (once per run).
pub fn set_script_name(name: &str) {
    let _ = SCRIPT_NAME.set(name.to_string());
}

/// `escript:script_name()`; outside an escript OTP's raises, as here.
fn script_name(p: &mut Process, _: &[Term]) -> BifResult {
    match SCRIPT_NAME.get() {
        Some(n) => Ok(p.heap.string(n)),
        None => Err(Exception::badarg()),
    }
}

/// `os:getenv(Name, Default)`.
fn os_getenv2(p: &mut Process, args: &[Term]) -> BifResult {
    match os_getenv(p, &args[..1])? {
        v if v.is_atom_of(atoms::false_) => Ok(args[1]),
        v => Ok(v),
    }
}

/// `os:getenv(Name)`: the value as a string, or `false`.
fn os_getenv(p: &mut Process, args: &[Term]) -> BifResult {
    let chars = args[0].list_to_vec().ok_or_else(Exception::badarg)?;
    let name: String = chars
        .iter()
        .map(|c| c.as_small().and_then(|c| char::from_u32(c as u32)))
        .collect::<Option<_>>()
        .ok_or_else(Exception::badarg)?;
    match std::env::var(&name) {
        Ok(v) => Ok(p.heap.string(&v)),
        Err(_) => Ok(Term::atom(atoms::false_)),
    }
}

fn os_type(p: &mut Process, _: &[Term]) -> BifResult {
    Ok(p.heap.tuple(&[Term::atom(Atom::intern("unix")), Term::atom(Atom::intern("linux"))]))
}

fn system_info(p: &mut Process, args: &[Term]) -> BifResult {
    let what = args[0].as_atom().ok_or_else(Exception::badarg)?;
    let cores = std::thread::available_parallelism().map_or(1, |n| n.get()) as i64;
    Ok(match what.name() {
        "process_count" => Term::int(p.vm.procs.count() as i64),
        "process_limit" => Term::int(p.vm.procs.limit as i64),
        "schedulers" | "schedulers_online" => Term::int(p.vm.sched.worker_count() as i64),
        "logical_processors" | "logical_processors_available" | "logical_processors_online" => Term::int(cores),
        "otp_release" => p.heap.string("25"),
        "version" => p.heap.string("13.1.5"),
        "machine" => p.heap.string("BEAM"),
        "wordsize" => Term::int(8),
        "thread_pool_size" => Term::int(1),
        "atom_count" => Term::int(Atom::count() as i64),
        "atom_limit" => Term::int(crate::term::atom::ATOM_LIMIT as i64),
        "system_architecture" => p.heap.string(std::env::consts::ARCH),
        _ => return Err(Exception::badarg()),
    })
}

fn statistics(p: &mut Process, args: &[Term]) -> BifResult {
    let what = args[0].as_atom().ok_or_else(Exception::badarg)?;
    let ms = p.vm.sched.now_ms() as i64;
    Ok(match what.name() {
        "run_queue" => Term::int(0),
        "reductions" => {
            let r = p.reductions() as i64;
            p.heap.tuple(&[Term::int(r), Term::int(0)])
        }
        "runtime" | "wall_clock" => p.heap.tuple(&[Term::int(ms), Term::int(0)]),
        "context_switches" => p.heap.tuple(&[Term::int(0), Term::int(0)]),
        "garbage_collection" => {
            let (n, words) = crate::gc::totals();
            let (n, words) = (p.heap.int(n as i64), p.heap.int(words as i64));
            p.heap.tuple(&[n, words, Term::int(0)])
        }
        "io" => {
            let (i, o) = (
                p.heap.tuple(&[Term::atom(Atom::intern("input")), Term::int(0)]),
                p.heap.tuple(&[Term::atom(Atom::intern("output")), Term::int(0)]),
            );
            p.heap.tuple(&[i, o])
        }
        _ => return Err(Exception::error_atom(atoms::badarg)),
    })
}

/// Resident memory of the VM, from /proc/self/statm (0 where unavailable).
fn resident_bytes() -> i64 {
    std::fs::read_to_string("/proc/self/statm")
        .ok()
        .and_then(|s| s.split_whitespace().nth(1).and_then(|p| p.parse::<i64>().ok()))
        .map_or(0, |pages| pages * 4096)
}

/// Bytes held by processes: the caller and every process parked waiting
/// (a process running on another worker at this instant is not counted).
fn process_bytes(p: &Process) -> i64 {
    let mut total = super::registry::memory_bytes(p) as i64;
    for pid in p.vm.procs.pids() {
        if pid == p.pid {
            continue;
        }
        if let Some(h) = p.vm.procs.get(pid) {
            if let Some(q) = h.lock().parked.as_deref() {
                total += super::registry::memory_bytes(q) as i64;
            }
        }
    }
    total
}

fn memory_item(p: &Process, name: &str) -> Option<i64> {
    let total = resident_bytes();
    Some(match name {
        "total" => total,
        "processes" | "processes_used" => process_bytes(p),
        "system" => total - process_bytes(p),
        "atom" | "atom_used" | "binary" | "code" | "ets" => 0,
        _ => return None,
    })
}

const MEMORY_ITEMS: &[&str] =
    &["total", "processes", "processes_used", "system", "atom", "atom_used", "binary", "code", "ets"];

fn memory0(p: &mut Process, _: &[Term]) -> BifResult {
    let mut items = Vec::new();
    for n in MEMORY_ITEMS {
        let v = memory_item(p, n).unwrap_or(0);
        items.push(p.heap.tuple(&[Term::atom(Atom::intern(n)), Term::int(v)]));
    }
    Ok(p.heap.list(&items))
}

fn memory1(p: &mut Process, args: &[Term]) -> BifResult {
    if let Some(a) = args[0].as_atom() {
        return memory_item(p, a.name()).map(Term::int).ok_or_else(Exception::badarg);
    }
    let names = args[0].list_to_vec().ok_or_else(Exception::badarg)?;
    let mut items = Vec::new();
    for n in names {
        let a = n.as_atom().ok_or_else(Exception::badarg)?;
        let v = memory_item(p, a.name()).ok_or_else(Exception::badarg)?;
        items.push(p.heap.tuple(&[n, Term::int(v)]));
    }
    Ok(p.heap.list(&items))
}
