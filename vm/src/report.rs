//! Reports the VM prints through `logger`'s default handler: the error
//! report of a process that crashed, in OTP 25's text format, on standard
//! output (the default handler's device, as in OTP).

use crate::format::print_term;
use crate::term::{atoms, Term};
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

/// What a process looked like when it passed its heap limit: the values
/// of OTP's `maximum heap size reached` report.
pub struct HeapLimitReport {
    pub pid: u64,
    pub max: usize,
    /// Heap and stack words in use after the collection.
    pub total: usize,
    pub kill: bool,
    pub message_queue_len: usize,
    pub gc_info: [(&'static str, usize); 11],
}

/// OTP's default virtual binary heap size (words): ferl has no virtual
/// binary heap, so its two block sizes report OTP's starting value.
const BIN_VHEAP_BLOCK_WORDS: usize = 46422;

impl HeapLimitReport {
    /// The report of `p` (just collected), with OTP's `GC Info` keys in
    /// OTP's order, filled from ferl's generational heap: the nursery and
    /// young blocks are the heap, the old generation the old heap, and the
    /// words that survived the last minor collection `recent_size`.
    pub fn of(p: &crate::process::Process, total: usize) -> HeapLimitReport {
        let heap = &p.heap;
        let more = heap.more_ref();
        let old_blocks = more.map_or(0, |m| m.old.iter().map(|b| b.words()).sum());
        let binaries: usize = heap.off_heap.iter().map(|b| b.used().div_ceil(8)).sum();
        HeapLimitReport {
            pid: p.pid,
            max: p.max_heap_words,
            total,
            kill: p.max_heap_kill,
            message_queue_len: p.mailbox.len(),
            gc_info: [
                ("old_heap_block_size", old_blocks),
                ("heap_block_size", heap.nursery_words() + heap.extra_words()),
                ("mbuf_size", 0),
                ("recent_size", more.map_or(0, |m| m.survivors)),
                ("stack_size", p.stack.len()),
                ("old_heap_size", heap.old_words()),
                ("heap_size", heap.young_words()),
                ("bin_vheap_size", binaries),
                ("bin_vheap_block_size", BIN_VHEAP_BLOCK_WORDS),
                ("bin_old_vheap_size", 0),
                ("bin_old_vheap_block_size", BIN_VHEAP_BLOCK_WORDS),
            ],
        }
    }
}

/// The report of a process that passed its heap limit, in OTP 25's text
/// (erts' `maximum heap size reached` message: the labels padded to
/// column 26, `GC Info` a proplist printed like `~p` from there). OTP
/// adds `on node N` after the pid only on a distributed node.
pub fn max_heap_reached(vm: &Vm, r: &HeapLimitReport) {
    if !errors_enabled(vm) {
        return;
    }
    const INDENT: &str = "                          ";
    let gc: Vec<String> = r.gc_info.iter().map(|(k, v)| format!("{{{k},{v}}}")).collect();
    let gc_info = format!("[{}]", gc.join(&format!(",\n{INDENT}")));
    let node = match vm.node() {
        atoms::nonode_nohost => String::new(),
        n => format!("on node {}", crate::format::write_term(Term::atom(n))),
    };
    let text = format!(
        "{}     Process:            <0.{}.0> {node}\n     Context:            maximum heap size reached\n     Max Heap Size:      {}\n     Total Heap Size:    {}\n     Kill:               {}\n     Error Logger:       true\n     Message Queue Len:  {}\n     GC Info:            {gc_info}\n\n",
        header(vm, "ERROR"),
        r.pid,
        r.max,
        r.total,
        r.kill,
        r.message_queue_len,
    );
    crate::io::write_stdout(&crate::io::latin1_bytes(&text));
}
