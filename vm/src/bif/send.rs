//! Sending a message (`!`, `erlang:send/2`). A message is copied into the
//! receiver's heap. Until the scheduler exists only the running process can
//! be reached, which is all a sequential program has.

use crate::exception::{BifResult, Exception};
use crate::process::Process;
use crate::term::Term;

pub fn send(p: &mut Process, to: Term, msg: Term) -> BifResult {
    match to.as_pid() {
        Some(pid) if pid == p.pid => {
            p.mailbox.push_back(msg);
            Ok(msg)
        }
        Some(_) => Ok(msg),
        None => Err(Exception::badarg()),
    }
}
