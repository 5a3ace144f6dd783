//! How a run of the interpreter ends (`RunResult`, `Exit`), where control
//! goes after an instruction that may transfer it (`Flow`), and the
//! out-of-line ends of a run: collection at a safe point past the heap
//! limit, lost code or registers.

use crate::code::ModuleInstance;
use crate::exception::Class;
use crate::process::Process;
use crate::term::{atoms, Atom, Term};

/// Why `run` returned.
#[derive(Debug)]
pub enum RunResult {
    /// The reduction budget ran out; call `run` again.
    Yield,
    /// Waiting in `receive` for a message (or a timeout of `Some(ms)`).
    Wait(Option<u64>),
    /// The process finished: `normal`, or an uncaught exception.
    Exit(Exit),
    /// `erlang:halt/0,1` was called.
    Halt(i32),
}

#[derive(Debug)]
pub enum Exit {
    Normal,
    /// Ended by an exit signal it did not trap.
    Signal(Term),
    Exception {
        class: Class,
        reason: Term,
        trace: Term,
    },
}

/// Where control goes after an instruction that may transfer it.
pub(crate) enum Flow {
    Next,
    /// Yield, then continue after the call (`tail`: at the continuation).
    Yield {
        tail: bool,
    },
    /// Yield, then execute the same call again.
    Retry,
    /// Wait for a message, then execute the same call again.
    WaitRetry,
    Jump(&'static ModuleInstance, u32),
    Return,
    Halt(i32),
}

/// Set once a process has ended with `ferl_internal_error` (a bug in the
/// VM, or a damaged object file): the run counts as failed even if its
/// status is 0, so a deterministic one prints its seed (`src/main.rs`).
static INTERNAL_ERROR: std::sync::atomic::AtomicBool = std::sync::atomic::AtomicBool::new(false);

/// Whether any process has ended with `ferl_internal_error`.
pub fn internal_error_seen() -> bool {
    INTERNAL_ERROR.load(std::sync::atomic::Ordering::SeqCst)
}

/// The exit reason of a process the VM cannot go on running, noted.
pub fn internal_error() -> Exit {
    INTERNAL_ERROR.store(true, std::sync::atomic::Ordering::SeqCst);
    Exit::Signal(Term::atom(Atom::intern("ferl_internal_error")))
}

/// Control went to a code offset outside the module: a bug in the VM or
/// a damaged object file; the process ends (as a Rust panic would).
#[cold]
pub(super) fn lost_code() -> RunResult {
    RunResult::Exit(internal_error())
}

/// A collection at `Allocate`, with `live` x registers as roots. Returns
/// the process's end when the collection finds it past its heap limit.
#[cold]
pub(super) fn collect_at_allocate(p: &mut Process, live: usize) -> Option<RunResult> {
    crate::gc::collect_process(p, live);
    let mut used = p.heap.used_words() + p.stack.len();
    if p.max_heap_words != 0 && used > p.max_heap_words && p.off_heap_queue {
        // An off_heap queue is not part of the heap in OTP: the messages
        // waiting in it are left out (counted only when past the limit).
        let queued: usize = p.mailbox.iter().map(|m| crate::heap::copy_size(*m)).sum();
        used = used.saturating_sub(queued);
    }
    if p.max_heap_words != 0 && used > p.max_heap_words {
        // Past its limit the process dies alone, as with OTP's
        // max_heap_size; with `kill => false` it goes on (and is
        // reported at each collection past the limit, as in OTP).
        if p.max_heap_log {
            crate::report::max_heap_reached(&p.vm, &crate::report::HeapLimitReport::of(p, used));
        }
        if p.max_heap_kill {
            return Some(RunResult::Exit(Exit::Signal(Term::atom(atoms::killed))));
        }
    }
    None
}

/// A BIF replaced the process's register file: a bug in the VM, which
/// ends the process (as a Rust panic would).
#[cold]
pub(super) fn lost_registers() -> RunResult {
    RunResult::Exit(internal_error())
}
