//! Reports the VM prints through `logger`'s default handler: the error
//! report of a process that crashed, in OTP 25's text format, on standard
//! output (the default handler's device, as in OTP).

use crate::format::print_term;
use crate::term::Term;
use crate::vm::Vm;

/// Levels at which `logger` prints error reports.
fn errors_enabled(vm: &Vm) -> bool {
    !matches!(vm.logger_level().name(), "none" | "emergency" | "alert" | "critical")
}

/// `=ERROR REPORT==== 22-Nov-2026::02:44:23.123456 ===` and its newline.
fn header(vm: &Vm, kind: &str) -> String {
    format!("{}\n", header_line(vm, &format!("{kind} REPORT")))
}

/// `=<title>==== 22-Nov-2026::02:44:23.123456 ===`, the legacy header of
/// logger's default handler (also used by `logger_formatter` in Erlang).
/// The time is `vm`'s (virtual in deterministic mode, so replays match).
pub fn header_line(vm: &Vm, title: &str) -> String {
    let now = crate::bif::time::vm_system_ns(vm).max(0);
    let secs = (now / 1_000_000_000) as i64;
    let micros = now % 1_000_000_000 / 1000;
    let (days, rem) = (secs.div_euclid(86_400), secs.rem_euclid(86_400));
    let (y, m, d) = crate::bif::file::civil_from_days(days);
    const MONTHS: [&str; 12] = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
    format!(
        "={title}==== {d}-{}-{y}::{:02}:{:02}:{:02}.{:06} ===",
        MONTHS[(m - 1) as usize],
        rem / 3600,
        rem / 60 % 60,
        rem % 60,
        micros
    )
}

/// The report for a process that ended with an error or an uncaught throw.
pub fn process_crashed(vm: &Vm, pid: u64, reason: Term) {
    if !errors_enabled(vm) {
        return;
    }
    let text =
        format!("{}Error in process <0.{pid}.0> with exit value:\n{}\n\n", header(vm, "ERROR"), print_term(reason, 1));
    crate::io::write_stdout(&crate::io::latin1_bytes(&text));
}

/// The report OTP logs when a spawn fails at the process limit.
pub fn too_many_processes(vm: &Vm) {
    if errors_enabled(vm) {
        let text = format!("{}Too many processes\n\n\n", header(vm, "ERROR"));
        crate::io::write_stdout(text.as_bytes());
    }
}

/// The report of a process killed for passing its heap limit.
pub fn max_heap_reached(vm: &Vm, pid: u64, max: usize, total: usize, kill: bool) {
    if !errors_enabled(vm) {
        return;
    }
    let text = format!(
        "{}     Process:          <0.{pid}.0> on node nonode@nohost\n     Context:          maximum heap size reached\n     Max Heap Size:    {max}\n     Total Heap Size:  {total}\n     Kill:             {kill}\n     Error Logger:     true\n\n",
        header(vm, "ERROR")
    );
    crate::io::write_stdout(&crate::io::latin1_bytes(&text));
}
