//! Clocks: `erlang:monotonic_time/0,1`, `erlang:system_time/0,1`,
//! `erlang:timestamp/0`, the deprecated `erlang:now/0`, `os:timestamp/0`,
//! `os:system_time/0,1`,
//! `erlang:convert_time_unit/3`, and the calendar clocks
//! `erlang:localtime/0`, `universaltime/0`, `date/0`, `time/0` and the
//! conversions between local and universal time (local time is taken to
//! be UTC: ferl has no time zone database). Native time units
//! are nanoseconds.
//!
//! In deterministic mode every clock reads the scheduler's virtual clock
//! (`Scheduler::clock_ns`), and system time starts at a fixed date, so a
//! run replayed with its seed prints the same times.

use super::Bif;
use crate::exception::{BifResult, Exception};
use crate::process::Process;
use crate::term::Term;
use std::sync::OnceLock;
use std::time::{Instant, SystemTime, UNIX_EPOCH};

pub(crate) const BIFS: &[Bif] = &[
    Bif::new("erlang", "monotonic_time", 0, monotonic0),
    Bif::new("erlang", "time_offset", 0, time_offset0),
    Bif::new("erlang", "time_offset", 1, time_offset1),
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
    Bif::new("erlang", "universaltime_to_localtime", 1, universal_to_local),
    Bif::new("erlang", "localtime_to_universaltime", 1, local_to_universal1),
    Bif::new("erlang", "localtime_to_universaltime", 2, local_to_universal2),
    Bif::new("erlang", "time", 0, time),
];

/// System time at the start of a deterministic run: 2026-01-01 00:00:00 UTC.
const DETERMINISTIC_EPOCH_NS: i128 = 1_767_225_600 * 1_000_000_000;

/// An arbitrary negative monotonic time at start, like BEAM's, so nobody
/// takes it for an epoch.
const MONOTONIC_BASE_NS: i128 = -576_460_752_303_423_488;

/// `{{Y, Mo, D}, {H, Mi, S}}` now.
fn localtime(p: &mut Process, _: &[Term]) -> BifResult {
    let secs = system_ns(p).div_euclid(1_000_000_000) as i64;
    Ok(super::file::time_term(p, secs, super::file::TimeFormat::Universal))
}

fn date(p: &mut Process, a: &[Term]) -> BifResult {
    Ok(localtime(p, a)?.as_tuple().map_or(Term::NIL, |t| t[0]))
}

fn time(p: &mut Process, a: &[Term]) -> BifResult {
    Ok(localtime(p, a)?.as_tuple().map_or(Term::NIL, |t| t[1]))
}

/// The seconds since {0,1,1} of a valid `{{Y, Mo, D}, {H, Mi, S}}` (year
/// 1 on), as the conversion BIFs accept it.
fn datetime_secs(t: Term) -> Option<i64> {
    let &[date, time] = t.as_tuple()? else { return None };
    let ints = |t: Term| -> Option<[i64; 3]> {
        let &[a, b, c] = t.as_tuple()? else { return None };
        Some([a.as_small()?, b.as_small()?, c.as_small()?])
    };
    let ([y, mo, d], [h, mi, s]) = (ints(date)?, ints(time)?);
    let leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
    let last = match mo {
        2 if leap => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        1..=12 => 31,
        _ => return None,
    };
    let valid =
        y >= 1 && (1..=last).contains(&d) && (0..24).contains(&h) && (0..60).contains(&mi) && (0..60).contains(&s);
    valid.then(|| {
        let days = days_from_civil(y, mo, d);
        days * 86400 + h * 3600 + mi * 60 + s
    })
}

/// Days since {0,1,1} of a Gregorian date.
fn days_from_civil(y: i64, m: i64, d: i64) -> i64 {
    let y = if m <= 2 { y - 1 } else { y };
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let mp = (m + 9) % 12;
    let doy = (153 * mp + 2) / 5 + d - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    // Days from 0000-03-01 to the date, plus the 60 days of Jan and Feb 0000.
    era * 146_097 + doe + 60
}

/// `universaltime_to_localtime/1`: the same time (local time is UTC).
fn universal_to_local(_p: &mut Process, a: &[Term]) -> BifResult {
    datetime_secs(a[0]).ok_or_else(Exception::badarg)?;
    Ok(a[0])
}

fn local_to_universal1(_p: &mut Process, a: &[Term]) -> BifResult {
    datetime_secs(a[0]).ok_or_else(Exception::badarg)?;
    Ok(a[0])
}

/// `localtime_to_universaltime/2`: with `true` the time is taken as
/// daylight saving time, an hour ahead of the (UTC) standard time.
fn local_to_universal2(p: &mut Process, a: &[Term]) -> BifResult {
    let secs = datetime_secs(a[0]).ok_or_else(Exception::badarg)?;
    match a[1].as_atom().map(|x| x.name()) {
        Some("false" | "undefined") => Ok(a[0]),
        Some("true") => {
            let s = secs - 3600;
            let unix = s - 719_528 * 86_400;
            Ok(super::file::time_term(p, unix, super::file::TimeFormat::Universal))
        }
        _ => Err(Exception::badarg()),
    }
}

/// Units per second of a time unit term, or `None` if it is not one.
pub(super) fn per_second(unit: Term) -> Option<i128> {
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

pub(super) fn convert(ns: i128, per_sec: i128) -> i128 {
    // Floor division, as OTP rounds towards negative infinity.
    (ns * per_sec).div_euclid(1_000_000_000)
}

/// Real time since the first reading or, in deterministic mode, the
/// virtual clock: a program sees its timeouts take as long as they say.
pub(crate) fn monotonic_ns(p: &Process) -> i128 {
    if p.vm.sched.deterministic {
        return p.vm.sched.clock_ns() + MONOTONIC_BASE_NS;
    }
    static START: OnceLock<Instant> = OnceLock::new();
    let start = START.get_or_init(Instant::now);
    start.elapsed().as_nanos() as i128 + MONOTONIC_BASE_NS
}

fn system_ns(p: &Process) -> i128 {
    vm_system_ns(&p.vm)
}

/// Nanoseconds since 1970 on `vm`'s clock (the virtual one from a fixed
/// date in deterministic mode).
pub(crate) fn vm_system_ns(vm: &crate::vm::Vm) -> i128 {
    if vm.sched.deterministic {
        return DETERMINISTIC_EPOCH_NS + vm.sched.clock_ns();
    }
    SystemTime::now().duration_since(UNIX_EPOCH).map_or(0, |d| d.as_nanos() as i128)
}

/// System time minus monotonic time, fixed at its first reading (OTP's
/// default time warp mode keeps it final).
fn offset_ns(p: &Process) -> i128 {
    if p.vm.sched.deterministic {
        return DETERMINISTIC_EPOCH_NS - MONOTONIC_BASE_NS;
    }
    static OFFSET: OnceLock<i128> = OnceLock::new();
    *OFFSET.get_or_init(|| system_ns(p) - monotonic_ns(p))
}

fn time_offset0(p: &mut Process, _: &[Term]) -> BifResult {
    Ok(p.heap.int128(offset_ns(p)))
}

fn time_offset1(p: &mut Process, args: &[Term]) -> BifResult {
    let u = per_second(args[0]).ok_or_else(Exception::badarg)?;
    Ok(p.heap.int128(convert(offset_ns(p), u)))
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
