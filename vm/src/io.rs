//! The only place that writes bytes out. Standard output is buffered (and
//! flushed before anything goes to standard error, so the two interleave
//! as written, when a scheduler finds nothing to run, so a long-running
//! system's output reaches a file or pipe as it goes, and by `flush_all`
//! before the VM exits); standard error is unbuffered. Also the device encoding: OTP's standard_io under escript
//! and `erl -noshell` is latin1, so characters above 255 go out as
//! `\x{HEX}`.

use std::io::{BufWriter, Stdout, Write};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Mutex, OnceLock};

/// Whether standard output holds bytes not yet flushed: an idle scheduler
/// reads it on every look for work, so it is a flag, not the buffer's lock.
static PENDING: AtomicBool = AtomicBool::new(false);

fn stdout() -> &'static Mutex<BufWriter<Stdout>> {
    static OUT: OnceLock<Mutex<BufWriter<Stdout>>> = OnceLock::new();
    OUT.get_or_init(|| Mutex::new(BufWriter::with_capacity(1 << 16, std::io::stdout())))
}

/// Writes to standard output (buffered). Write errors (a closed pipe) are
/// ignored, as OTP's port driver does.
pub fn write_stdout(bytes: &[u8]) {
    let mut out = stdout().lock().unwrap_or_else(|e| e.into_inner());
    let _ = out.write_all(bytes);
    PENDING.store(true, Ordering::Release);
}

/// Writes to standard error after flushing standard output.
pub fn write_stderr(bytes: &[u8]) {
    flush_stdout();
    let mut err = std::io::stderr().lock();
    let _ = err.write_all(bytes);
    let _ = err.flush();
}

pub fn flush_stdout() {
    let mut out = stdout().lock().unwrap_or_else(|e| e.into_inner());
    PENDING.store(false, Ordering::Release);
    let _ = out.flush();
}

/// Flushes standard output if anything was written since the last flush
/// (a scheduler with nothing to run calls this before it waits).
pub fn flush_if_pending() {
    if PENDING.load(Ordering::Acquire) {
        flush_stdout();
    }
}

/// Flushes everything buffered; call before the process exits.
pub fn flush_all() {
    flush_stdout();
    let _ = std::io::stderr().flush();
}

/// Characters as a latin1 device receives them: one byte each, or
/// `\x{HEX}` for characters above 255.
pub fn latin1_bytes(s: &str) -> Vec<u8> {
    let mut out = Vec::with_capacity(s.len());
    for c in s.chars() {
        let n = c as u32;
        if n <= 255 {
            out.push(n as u8);
        } else {
            out.extend_from_slice(format!("\\x{{{n:X}}}").as_bytes());
        }
    }
    out
}
