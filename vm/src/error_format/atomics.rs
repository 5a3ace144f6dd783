//! erl_erts_errors' explanations of failed `atomics`, `counters` and
//! `persistent_term` calls, with OTP 25's texts. Whether a reference
//! names an array is looked up now, as OTP's formatter does.

use super::error_info::{arg, atom_name, must_be_list, Entry};
use crate::bif::atomics::array_of;
use crate::term::{Term, View};

const NOT_INTEGER: &str = "not an integer";
const RANGE: &str = "out of range";
const BAD_REF: &str = "invalid atomics reference";

fn texts(v: &[&str]) -> Vec<Entry> {
    v.iter().map(|t| arg(t)).collect()
}

fn integer(t: Term) -> Option<i128> {
    match t.view() {
        View::Small(n) => Some(n as i128),
        // Beyond i128 is out of any range checked here.
        View::Big(neg, _) => Some(if neg { i128::MIN } else { i128::MAX }),
        _ => None,
    }
}

/// `must_be_int/3`: "" when `t` is an integer in `min..=max`.
fn must_be_int(t: Term, min: i128, max: i128) -> &'static str {
    match integer(t) {
        None => NOT_INTEGER,
        Some(n) if n < min || n > max => RANGE,
        Some(_) => "",
    }
}

fn must_be_pos_int(t: Term) -> &'static str {
    must_be_int(t, 1, i128::MAX)
}

fn must_be_any_int(t: Term) -> &'static str {
    if integer(t).is_some() {
        ""
    } else {
        NOT_INTEGER
    }
}

fn new_error(what: &str, a: &[Term], reason: Term, cause: &str) -> Vec<Entry> {
    if atom_name(reason) == Some("system_limit") {
        let limit = format!("{what} array size reached a system limit");
        return texts(&[&limit, must_be_list(a[1], "")]);
    }
    if cause == "badopt" {
        return texts(&[must_be_pos_int(a[0]), must_be_list(a[1], "invalid option in list")]);
    }
    texts(&[must_be_pos_int(a[0])])
}

/// `do_atomics_operation/1` over the reference, the index and the values.
fn atomics_op(r: Term, ix: Term, values: &[Term]) -> Vec<Entry> {
    match array_of(r, false) {
        Some(arr) => {
            let (min, max) = arr.range();
            let mut v = vec![arg(""), arg(must_be_int(ix, 1, arr.len() as i128))];
            v.extend(values.iter().map(|x| arg(must_be_int(*x, min, max))));
            v
        }
        None => {
            let mut v = vec![arg(BAD_REF), arg(must_be_pos_int(ix))];
            v.extend(values.iter().map(|x| arg(must_be_any_int(*x))));
            v
        }
    }
}

fn counters_op(r: Term, ix: Term, value: Term) -> Vec<Entry> {
    match array_of(r, true) {
        Some(arr) => match must_be_int(ix, 1, arr.len() as i128) {
            "" if integer(value).is_some() => texts(&["", "", RANGE]),
            "" => texts(&["", "", NOT_INTEGER]),
            e => texts(&["", e]),
        },
        None => texts(&[BAD_REF, must_be_pos_int(ix), must_be_any_int(value)]),
    }
}

pub fn format_error(m: &str, f: &str, a: &[Term], reason: Term, cause: &str) -> Vec<Entry> {
    match (m, f, a) {
        ("atomics", "new", [_, _]) => new_error("atomics", a, reason, cause),
        ("counters", "new", [_, _]) => new_error("counters", a, reason, cause),
        ("atomics", "get", [r, ix]) => atomics_op(*r, *ix, &[Term::int(0)]),
        ("atomics", "info", [_]) | ("counters", "info", [_]) => texts(&[BAD_REF]),
        ("atomics", "compare_exchange", [r, ix, e, d]) => atomics_op(*r, *ix, &[*e, *d]),
        ("atomics", _, [r, ix, v]) => atomics_op(*r, *ix, &[*v]),
        ("counters", "get", [r, ix]) => counters_op(*r, *ix, Term::int(0)),
        ("counters", _, [r, ix, v]) => counters_op(*r, *ix, *v),
        ("persistent_term", "get", [_]) => texts(&["no persistent term stored with this key"]),
        _ => Vec::new(),
    }
}
