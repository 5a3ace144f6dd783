//! `ferl_eval`: what `erl_eval` needs to run a `receive` typed at the shell
//! the way compiled code runs one. erl_eval cannot compile the clauses into
//! a receive, so it takes the queue's messages one at a time, from a
//! position on, with a real receive (which blocks, with its timeout, like
//! any other), and gives back each message no clause takes:
//!
//! - `receive_from(N)`: the next receive starts at the N-th message
//!   (0-based) instead of the first, as if the first N had been looked at;
//! - `put_back(N, Msg)`: Msg returns to position N of the queue, where the
//!   receive found it, so the order of the queue never changes.

use super::Bif;
use crate::exception::{BifResult, Exception};
use crate::process::Process;
use crate::term::{atoms, Term};

pub static BIFS: &[Bif] =
    &[Bif::new("ferl_eval", "receive_from", 1, receive_from), Bif::new("ferl_eval", "put_back", 2, put_back)];

fn position(t: Term) -> Result<usize, Exception> {
    t.as_small().filter(|n| *n >= 0).map(|n| n as usize).ok_or_else(Exception::badarg)
}

fn receive_from(p: &mut Process, args: &[Term]) -> BifResult {
    p.recv_cursor = position(args[0])?;
    Ok(Term::atom(atoms::ok))
}

fn put_back(p: &mut Process, args: &[Term]) -> BifResult {
    let n = position(args[0])?.min(p.mailbox.len());
    p.mailbox.insert(n, args[1]);
    Ok(Term::atom(atoms::ok))
}
