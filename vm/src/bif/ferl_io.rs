//! `ferl_io`: the native half of reading from the standard group leader
//! (the Erlang half is `stdlib/io.erl`). `read_line/2` hands the prompt and
//! the caller's pid to the reader thread of `crate::input` and returns at
//! once; the line arrives later as `{'$ferl_input', Line}`.

use super::Bif;
use crate::exception::{BifResult, Exception};
use crate::input::{self, Kind};
use crate::process::table::GROUP_LEADER_PID;
use crate::process::Process;
use crate::term::{atoms, Term, View};

pub(crate) const BIFS: &[Bif] = &[
    Bif::new("ferl_io", "read_line", 2, read_line),
    Bif::new("ferl_io", "take_pending", 0, take_pending),
    Bif::new("ferl_io", "push_pending", 1, push_pending),
    Bif::new("ferl_io", "is_standard", 1, is_standard),
];

/// `read_line(Prompt, first | more)`: Prompt is chardata already formatted.
fn read_line(p: &mut Process, a: &[Term]) -> BifResult {
    let prompt = super::io::chardata(a[0])?;
    let kind = match a[1].as_atom().map(|k| k.name()) {
        Some("first") => Kind::First,
        Some("more") => Kind::More,
        _ => return Err(Exception::badarg()),
    };
    let vm = p.vm.clone();
    if input::request_line(&vm, p.pid, prompt, kind) {
        Ok(Term::atom(atoms::ok))
    } else {
        Err(Exception::badarg())
    }
}

/// The characters read but not consumed yet, as a list (emptied).
fn take_pending(p: &mut Process, _a: &[Term]) -> BifResult {
    let chars: Vec<Term> = input::take_pending().into_iter().map(|c| Term::int(c as i64)).collect();
    Ok(p.heap.list(&chars))
}

/// Puts a character list back in front of the unconsumed input.
fn push_pending(_p: &mut Process, a: &[Term]) -> BifResult {
    let mut chars = Vec::new();
    let mut rest = a[0];
    while let Some((h, t)) = rest.as_cons() {
        match h.view() {
            View::Small(c) => chars.push(char::from_u32(c as u32).ok_or_else(Exception::badarg)?),
            _ => return Err(Exception::badarg()),
        }
        rest = t;
    }
    if !rest.is_nil() {
        return Err(Exception::badarg());
    }
    input::push_pending(&chars);
    Ok(Term::atom(atoms::ok))
}

/// Whether an io device is the standard group leader (whose input is
/// stdin), rather than an io server process.
fn is_standard(_p: &mut Process, a: &[Term]) -> BifResult {
    let standard = match a[0].as_pid() {
        Some(pid) => pid == GROUP_LEADER_PID,
        None => matches!(a[0].as_atom().map(|d| d.name()), Some("standard_io" | "user")),
    };
    Ok(Term::boolean(standard))
}
