//! Clocks: `erlang:monotonic_time/0,1`, `erlang:system_time/0,1`,
//! `erlang:timestamp/0`, the deprecated `erlang:now/0`, `os:timestamp/0`,
//! `os:system_time/0,1`,
//! `erlang:convert_time_unit/3`, and the calendar clocks
//! `erlang:localtime/0`, `universaltime/0`, `date/0`, `time/0` (local time
//! is taken to be UTC: ferl has no time zone database). Native time units
//! are nanoseconds.

use super::Bif;
use crate::exception::{BifResult, Exception};
use crate::process::Process;
use crate::term::Term;
use std::sync::OnceLock;
use std::time::{Instant, SystemTime, UNIX_EPOCH};

pub(crate) const BIFS: &[Bif] = &[
    Bif::new("erlang", "monotonic_time", 0, monotonic0),
    Bif::new("erlang", "monotonic_time", 1, monotonic1),
    Bif::new("erlang", "system_time", 0, system0),
    Bif::new("erlang", "system_time", 1, system1),
    Bif::new("os", "system_time", 0, system0),
    Bif::new("os", "system_time", 1, system1),
    Bif::new("erlang", "timestamp", 0, timestamp),
    Bif::new("erlang", "now", 0, now),
    Bif::new("os", "timestamp", 0, timestamp),
    Bif::new("erlang", "convert_time_unit", 3, convert_time_unit),
    Bif::new("erlang", "localtime", 0, localtime),
    Bif::new("erlang", "universaltime", 0, localtime),
    Bif::new("erlang", "date", 0, date),
    Bif::new("erlang", "time", 0, time),
];

fn now_secs() -> i64 {
    SystemTime::now().duration_since(UNIX_EPOCH).map_or(0, |d| d.as_secs() as i64)
}

/// `{{Y, Mo, D}, {H, Mi, S}}` now.
fn localtime(p: &mut Process, _: &[Term]) -> BifResult {
    Ok(super::file::time_term(p, now_secs(), super::file::TimeFormat::Universal))
}

fn date(p: &mut Process, a: &[Term]) -> BifResult {
    Ok(localtime(p, a)?.as_tuple().map_or(Term::NIL, |t| t[0]))
}

fn time(p: &mut Process, a: &[Term]) -> BifResult {
    Ok(localtime(p, a)?.as_tuple().map_or(Term::NIL, |t| t[1]))
}

/// Units per second of a time unit term, or `None` if it is not one.
fn per_second(unit: Term) -> Option<i128> {
    if let Some(n) = unit.as_small() {
        return (n > 0).then_some(n as i128);
    }
    match unit.as_atom()?.name() {
        "second" | "seconds" => Some(1),
        "millisecond" | "milli_seconds" => Some(1_000),
        "microsecond" | "micro_seconds" => Some(1_000_000),
        "nanosecond" | "nano_seconds" | "native" | "perf_counter" => Some(1_000_000_000),
        _ => None,
    }
}

fn convert(ns: i128, per_sec: i128) -> i128 {
    // Floor division, as OTP rounds towards negative infinity.
    (ns * per_sec).div_euclid(1_000_000_000)
}

/// Real time plus, in deterministic mode, the virtual time the scheduler
/// skipped: a program sees its timeouts take as long as they say.
pub(crate) fn monotonic_ns(p: &Process) -> i128 {
    static START: OnceLock<Instant> = OnceLock::new();
    let start = START.get_or_init(Instant::now);
    // An arbitrary negative offset, like BEAM's, so nobody takes it for an epoch.
    start.elapsed().as_nanos() as i128 + skipped_ns(p) - 576_460_752_303_423_488
}

fn skipped_ns(p: &Process) -> i128 {
    if p.vm.sched.deterministic {
        p.vm.sched.now_ms() as i128 * 1_000_000
    } else {
        0
    }
}

fn system_ns(p: &Process) -> i128 {
    SystemTime::now().duration_since(UNIX_EPOCH).map_or(0, |d| d.as_nanos() as i128) + skipped_ns(p)
}

fn monotonic0(p: &mut Process, _: &[Term]) -> BifResult {
    Ok(p.heap.int128(monotonic_ns(p)))
}

fn monotonic1(p: &mut Process, args: &[Term]) -> BifResult {
    let u = per_second(args[0]).ok_or_else(Exception::badarg)?;
    Ok(p.heap.int128(convert(monotonic_ns(p), u)))
}

fn system0(p: &mut Process, _: &[Term]) -> BifResult {
    Ok(p.heap.int128(system_ns(p)))
}

fn system1(p: &mut Process, args: &[Term]) -> BifResult {
    let u = per_second(args[0]).ok_or_else(Exception::badarg)?;
    Ok(p.heap.int128(convert(system_ns(p), u)))
}

fn timestamp(p: &mut Process, _: &[Term]) -> BifResult {
    let us = system_ns(p) / 1000;
    let (mega, rest) = (us / 1_000_000_000_000, us % 1_000_000_000_000);
    let (secs, micros) = (rest / 1_000_000, rest % 1_000_000);
    Ok(p.heap.tuple(&[Term::int(mega as i64), Term::int(secs as i64), Term::int(micros as i64)]))
}

/// `erlang:now/0` (deprecated in OTP, still there): the time as
/// `timestamp/0` gives it, but each call's strictly later than any other
/// call's, in every process.
fn now(p: &mut Process, _: &[Term]) -> BifResult {
    static LAST: std::sync::atomic::AtomicI64 = std::sync::atomic::AtomicI64::new(0);
    let wall = (system_ns(p) / 1000) as i64;
    let prev = LAST.fetch_max(wall, std::sync::atomic::Ordering::Relaxed);
    // Taken after fetch_max, so two callers never get the same value.
    let us = if prev >= wall { LAST.fetch_add(1, std::sync::atomic::Ordering::Relaxed) + 1 } else { wall };
    let (mega, rest) = (us / 1_000_000_000_000, us % 1_000_000_000_000);
    let (secs, micros) = (rest / 1_000_000, rest % 1_000_000);
    Ok(p.heap.tuple(&[Term::int(mega), Term::int(secs), Term::int(micros)]))
}

fn convert_time_unit(p: &mut Process, args: &[Term]) -> BifResult {
    let t = args[0].to_bigint().ok_or_else(Exception::badarg)?;
    let from = per_second(args[1]).ok_or_else(Exception::badarg)?;
    let to = per_second(args[2]).ok_or_else(Exception::badarg)?;
    let n = t * to;
    let d = num_bigint::BigInt::from(from);
    let q = num_integer::Integer::div_floor(&n, &d);
    Ok(p.heap.bigint(&q))
}
