//! Sending a message (`!`, `erlang:send/2`): the message is copied into a
//! fragment that joins the receiver's heap when it takes the message.

use crate::exception::{BifResult, Exception};
use crate::process::Process;
use crate::term::Term;

/// Sends `msg` to a pid, registered name or alias; `badarg` for an unknown
/// name or a target that is none of these. A dead pid or inactive alias
/// swallows the message.
pub fn send(p: &mut Process, to: Term, msg: Term) -> BifResult {
    if let Some(pid) = to.as_pid() {
        p.vm.send_message(pid, msg);
        return Ok(msg);
    }
    if let Some(name) = to.as_atom() {
        if let Some(pid) = p.vm.whereis(name) {
            p.vm.send_message(pid, msg);
            return Ok(msg);
        }
    }
    if let Some((r, owner)) = crate::vm::aliases::ref_owner(to) {
        // An alias: delivered while active, else dropped quietly (as is
        // a message to a reference that routes to no process).
        if let Some(owner) = owner {
            p.vm.send_alias(owner, r, msg);
        }
        return Ok(msg);
    }
    if let Some(t) = to.as_tuple() {
        // {Name, Node}: only the local node exists.
        if t.len() == 2 && p.vm.is_local_node(t[1]) {
            // `{Name, Node} ! Msg` to an unregistered name is dropped quietly.
            if let Some(pid) = t[0].as_atom().and_then(|n| p.vm.whereis(n)) {
                p.vm.send_message(pid, msg);
            }
            return Ok(msg);
        }
    }
    Err(Exception::badarg())
}
