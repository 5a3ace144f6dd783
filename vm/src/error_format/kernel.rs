//! ferl's `erl_kernel_errors:format_error/2` for `os`, with OTP 25's texts:
//! what is wrong with a command, an environment variable name or value,
//! or a time unit.

use super::error_info::{arg, Entry};
use crate::bif::os::deep_chars;
use crate::term::{Atom, Term};

/// The `cause` OTP's os functions put in their frame's error_info:
/// `badopt` for os:cmd/2 options that are not a map.
pub fn cause(m: Atom, f: Atom, a: &[Term]) -> Option<&'static str> {
    (m.name() == "os" && f.name() == "cmd" && a.get(1).is_some_and(|o| o.as_map().is_none())).then_some("badopt")
}

pub fn format_error(m: Atom, f: Atom, a: &[Term], cause: Option<Term>) -> Option<Vec<Entry>> {
    if m.name() != "os" {
        return Some(Vec::new());
    }
    let badopt = cause.and_then(|c| c.as_atom()).is_some_and(|c| c.name() == "badopt");
    Some(match (f.name(), a) {
        ("cmd", [_]) => vec![arg("not a list of characters")],
        ("cmd", [_, _]) if badopt => vec![arg(""), arg("not a map")],
        ("cmd", [_, _]) => vec![arg("not a list of characters")],
        ("getenv" | "unsetenv", [name, ..]) => vec![arg(env_name(*name))],
        ("putenv", [name, value]) => vec![arg(env_name(*name)), arg(env_value(*value))],
        ("perf_counter" | "system_time", [_]) => vec![arg("invalid time unit")],
        _ => Vec::new(),
    })
}

fn env_value(t: Term) -> &'static str {
    match deep_chars(t) {
        Ok(cs) if cs.contains('\0') => ZERO,
        Ok(_) => "",
        Err(e) => e,
    }
}

fn env_name(t: Term) -> &'static str {
    match deep_chars(t) {
        Ok(cs) if cs.contains('\0') => ZERO,
        Ok(cs) if cs.contains('=') => "\"=\" characters is not allowed in environment variable names",
        Ok(_) => "",
        Err(e) => e,
    }
}

const ZERO: &str = "\"\\0\" characters is not allowed in environment variable names or values";
