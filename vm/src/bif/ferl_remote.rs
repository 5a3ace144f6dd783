//! `ferl_remote:reply(Conn, Binary)`: the answer to a request that came in
//! on connection Conn of this node's socket (see `crate::remote`);
//! `ferl_remote:ready()`: the server is registered, connections may come.

use super::Bif;
use crate::exception::{BifResult, Exception};
use crate::process::Process;
use crate::term::{Term, View};

pub static BIFS: &[Bif] = &[Bif::new("ferl_remote", "reply", 2, reply), Bif::new("ferl_remote", "ready", 0, ready)];

fn ready(_p: &mut Process, _args: &[Term]) -> BifResult {
    crate::remote::server_ready();
    Ok(Term::atom(crate::term::atoms::ok))
}

/// True when the answer was written, false when the asker has gone.
fn reply(_p: &mut Process, args: &[Term]) -> BifResult {
    let conn = args[0].as_small().filter(|c| *c > 0).ok_or_else(Exception::badarg)? as u64;
    let View::Binary(b) = args[1].view() else { return Err(Exception::badarg()) };
    if !b.is_binary() {
        return Err(Exception::badarg());
    }
    Ok(Term::boolean(crate::remote::reply(conn, &b.to_bytes())))
}
