//! ferl's `erl_kernel_errors:format_error/2` for `os`, with OTP 25's texts:
//! what is wrong with a command, an environment variable name or value,
//! or a time unit.

use super::error_info::{arg, Entry};
use crate::term::{Atom, Term};

pub fn format_error(m: Atom, f: Atom, a: &[Term], cause: Option<Term>) -> Option<Vec<Entry>> {
    if m.name() != "os" {
        return Some(Vec::new());
    }
    // OTP's cause `badopt` (options that are not a map) is not recorded
    // by ferl's BIF; the options' shape tells the same.
    let badopt = cause.and_then(|c| c.as_atom()).is_some_and(|c| c.name() == "badopt")
        || a.get(1).is_some_and(|o| o.as_map().is_none());
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

/// A deep list of integers flattened, or what is wrong with it.
fn env_chars(t: Term) -> Result<Vec<i64>, &'static str> {
    if !t.is_list() {
        return Err("not a list");
    }
    let mut out = Vec::new();
    let mut stack = vec![t];
    while let Some(t) = stack.pop() {
        if t.is_nil() {
            continue;
        }
        let Some((h, tl)) = t.as_cons() else { return Err("not a proper list") };
        stack.push(tl);
        if h.is_list() {
            stack.push(h);
        } else if let Some(c) = h.as_small() {
            out.push(c);
        } else {
            return Err("not a list of characters");
        }
    }
    if out.iter().any(|&c| c < 0 || char::from_u32(c as u32).is_none()) {
        return Err("invalid characters");
    }
    Ok(out)
}

fn env_value(t: Term) -> &'static str {
    match env_chars(t) {
        Ok(cs) if cs.contains(&0) => ZERO,
        Ok(_) => "",
        Err(e) => e,
    }
}

fn env_name(t: Term) -> &'static str {
    match env_chars(t) {
        Ok(cs) if cs.contains(&0) => ZERO,
        Ok(cs) if cs.contains(&('=' as i64)) => "\"=\" characters is not allowed in environment variable names",
        Ok(_) => "",
        Err(e) => e,
    }
}

const ZERO: &str = "\"\\0\" characters is not allowed in environment variable names or values";
