//! The replay note of a deterministic run that dies by `SIGABRT`: a Rust
//! stack overflow (std reports it, then aborts), an allocation failure, a
//! panic while panicking, `std::process::abort`. None of these returns to
//! `main`, so the note is written from a signal handler: prepared before
//! the run starts, written with `write(2)` alone (async-signal-safe, no
//! allocation, no lock), on the alternate signal stack std gives each of
//! its threads. Then the default action runs, so the status is still
//! "killed by SIGABRT".

use std::sync::atomic::{AtomicBool, AtomicPtr, AtomicUsize, Ordering};

static NOTE: AtomicPtr<u8> = AtomicPtr::new(std::ptr::null_mut());
static NOTE_LEN: AtomicUsize = AtomicUsize::new(0);
/// Set once the note is out (by the handler or by `main`), so that it is
/// never written twice.
pub static WRITTEN: AtomicBool = AtomicBool::new(false);

/// Arms the handler with `note` (a line or two of text, newline added).
pub fn install(note: &str) {
    let text: &'static mut [u8] = Box::leak(format!("{note}\n").into_bytes().into_boxed_slice());
    NOTE_LEN.store(text.len(), Ordering::SeqCst);
    NOTE.store(text.as_mut_ptr(), Ordering::SeqCst);
    // SAFETY: `action` is fully initialised before use (zeroed, then the
    // handler, flags and an empty mask set); `on_abort` only calls
    // async-signal-safe functions and touches only atomics and the leaked,
    // never-freed note.
    unsafe {
        let mut action: libc::sigaction = std::mem::zeroed();
        action.sa_sigaction = on_abort as *const () as usize;
        action.sa_flags = libc::SA_ONSTACK | libc::SA_RESETHAND;
        libc::sigemptyset(&mut action.sa_mask);
        libc::sigaction(libc::SIGABRT, &action, std::ptr::null_mut());
    }
}

extern "C" fn on_abort(_signal: libc::c_int) {
    if !WRITTEN.swap(true, Ordering::SeqCst) {
        let (ptr, len) = (NOTE.load(Ordering::SeqCst), NOTE_LEN.load(Ordering::SeqCst));
        if !ptr.is_null() {
            // SAFETY: `ptr` and `len` describe the leaked note, written
            // once before the handler was armed; write(2) is
            // async-signal-safe. A short or failed write is let go: the
            // process is dying.
            let _ = unsafe { libc::write(libc::STDERR_FILENO, ptr.cast(), len) };
        }
    }
    // SA_RESETHAND put back the default action: raised again, it ends the
    // process once this handler returns, as the abort would have.
    // SAFETY: raise(3) is async-signal-safe.
    unsafe { libc::raise(libc::SIGABRT) };
}
