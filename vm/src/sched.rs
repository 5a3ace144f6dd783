//! Running processes. For now one process at a time runs to completion on
//! the calling thread; the multi-core scheduler replaces this.

use crate::interp::{self, Exit, RunResult};
use crate::process::Process;

/// How a process ended.
pub enum Outcome {
    Exit(Exit),
    Halt(i32),
    /// Waiting for a message that no one can send.
    Deadlock,
}

/// Runs `p` until it exits or halts. A `receive ... after T` waits T
/// milliseconds of real time (none when `FERL_DETERMINISTIC` is set: with
/// no other process, nothing can arrive meanwhile).
pub fn run_to_completion(p: &mut Process) -> Outcome {
    let deterministic = std::env::var_os("FERL_DETERMINISTIC").is_some();
    loop {
        match interp::run(p, 4000) {
            RunResult::Yield => {}
            RunResult::Wait(Some(ms)) => {
                if !deterministic {
                    std::thread::sleep(std::time::Duration::from_millis(ms));
                }
                // Resumes at the `Timeout` instruction.
            }
            RunResult::Wait(None) => return Outcome::Deadlock,
            RunResult::Exit(e) => return Outcome::Exit(e),
            RunResult::Halt(code) => return Outcome::Halt(code),
        }
    }
}
