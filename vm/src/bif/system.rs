//! `erlang:system_info/1` and `erlang:statistics/1`: what a program may
//! ask about the VM it runs on.

use super::Bif;
use crate::exception::{BifResult, Exception};
use crate::process::Process;
use crate::term::{atoms, Atom, Term};

pub(crate) const BIFS: &[Bif] =
    &[Bif::new("erlang", "system_info", 1, system_info), Bif::new("erlang", "statistics", 1, statistics)];

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
        "atom_count" => Term::int(0),
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
            let r = p.reductions as i64;
            p.heap.tuple(&[Term::int(r), Term::int(0)])
        }
        "runtime" | "wall_clock" => p.heap.tuple(&[Term::int(ms), Term::int(0)]),
        "context_switches" => p.heap.tuple(&[Term::int(0), Term::int(0)]),
        "garbage_collection" => p.heap.tuple(&[Term::int(0), Term::int(0), Term::int(0)]),
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
