//! Sending a message (`!`, `erlang:send/2`): the message is copied into the
//! receiver's heap, or into a fragment that joins it when the receiver
//! takes the message; a message to oneself is not copied
//! (`Vm::send_from`).

use crate::exception::{BifResult, Exception};
use crate::process::Process;
use crate::term::Term;
use crate::vm::Vm;

/// Sends `msg` to a pid, registered name or alias; `badarg` for an unknown
/// name or a target that is none of these. A dead pid or inactive alias
/// swallows the message.
pub fn send(p: &mut Process, to: Term, msg: Term) -> BifResult {
    if let Some(pid) = to.as_pid() {
        Vm::send_from(p, pid, msg);
        return Ok(msg);
    }
    if let Some(name) = to.as_atom() {
        if let Some(pid) = p.vm.whereis(name) {
            Vm::send_from(p, pid, msg);
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
                Vm::send_from(p, pid, msg);
            }
            return Ok(msg);
        }
    }
    Err(Exception::badarg())
}
