//! EEP 54 extended error information: `erl_error:get_extended_error/2`
//! dispatching to ferl's versions of `erl_erts_errors` and
//! `erl_stdlib_errors`, plus the term tests both share.

use super::{Args, Frame};
use crate::heap::Heap;
use crate::term::{Atom, Term, View};
use std::collections::BTreeMap;

/// What a `format_error/2` callback returns: texts by argument number,
/// an optional `general` text and an optional replacement `reason`.
#[derive(Default, Debug)]
pub struct ErrorMap {
    pub args: BTreeMap<usize, String>,
    pub general: Option<String>,
    pub reason: Option<String>,
}

/// One element of the lists `format_*_error` build before
/// `format_error_map/3` numbers them: `[]` (no complaint about this
/// argument), a complaint, or `{general, Text}` (takes no number).
pub enum Entry {
    Ok,
    Arg(String),
    General(String),
}

/// `format_error_map/3`.
pub fn number(entries: Vec<Entry>) -> ErrorMap {
    let mut map = ErrorMap::default();
    let mut n = 1;
    for e in entries {
        match e {
            Entry::Ok => n += 1,
            Entry::Arg(text) => {
                map.args.insert(n, text);
                n += 1;
            }
            Entry::General(text) => map.general = Some(text),
        }
    }
    map
}

/// An entry from a complaint that may be empty (`[]` in OTP's code).
pub fn arg(text: &str) -> Entry {
    if text.is_empty() {
        Entry::Ok
    } else {
        Entry::Arg(text.to_string())
    }
}

/// `erl_error:get_extended_error/2` for the first frame that is listed.
/// Frames without an `error_info` entry but with an empty location and a
/// BIF-implementing module are treated as OTP's BIFs mark them
/// (`#{module => erl_erts_errors}` for `erlang`, `erl_stdlib_errors`
/// otherwise), since ferl's BIF frames may not carry the entry.
pub fn extended_error(reason: Term, first: Option<&Frame>, heap: &mut Heap) -> ErrorMap {
    let Some(fr) = first else {
        return ErrorMap::default();
    };
    // A failed binary construction explains itself from its cause,
    // whatever the frame's arguments.
    if let Some(map) = error_info_map(fr.loc) {
        let is = |k: &str, v: &str| map_get(map, k).and_then(|t| t.as_atom()).is_some_and(|a| a.name() == v);
        if is("function", "format_bs_fail") && is("module", "erl_erts_errors") {
            return map_get(map, "cause").and_then(|c| super::bs_fail::explain(reason, c)).unwrap_or_default();
        }
    }
    let Args::List(args) = &fr.args else {
        // Callbacks get the frame as is; ours only explain argument lists.
        return ErrorMap::default();
    };
    let (module, function, cause) = match error_info_map(fr.loc) {
        Some(map) => (
            map_get(map, "module").and_then(|m| m.as_atom()).unwrap_or(fr.m),
            map_get(map, "function").and_then(|f| f.as_atom()).map_or("format_error", |f| f.name()),
            map_get(map, "cause"),
        ),
        None if fr.loc.is_nil() => match inferred_module(fr.m) {
            Some(m) => (Atom::intern(m), "format_error", None),
            None => return ErrorMap::default(),
        },
        None => return ErrorMap::default(),
    };
    // OTP's `io` always names a cause; the one its device reports for a
    // failed request stands in when ferl's frame gives none.
    let cause = cause.or_else(|| {
        (fr.m.name() == "io")
            .then(|| heap.tuple(&[Term::atom(Atom::intern("device")), Term::atom(Atom::intern("put_chars"))]))
    });
    if function != "format_error" {
        return ErrorMap::default();
    }
    let entries = match module.name() {
        "erl_erts_errors" => super::erts::format_error(fr.m, fr.f, args, reason, cause),
        "erl_stdlib_errors" => super::stdlib::format_error(fr.m, fr.f, args, cause),
        "erl_kernel_errors" => super::kernel::format_error(fr.m, fr.f, args, cause),
        _ => None,
    };
    entries.map(number).unwrap_or_default()
}

thread_local! {
    /// The `cause` a native function that just failed gives its frame's
    /// error_info (ETS's `id`, `access`, ...): set by the function as it
    /// fails, taken as the stack trace is built on the same thread.
    static BIF_CAUSE: std::cell::Cell<Option<&'static str>> = const { std::cell::Cell::new(None) };
}

/// Records `cause` for the error_info of the native function failing now.
pub fn set_bif_cause(cause: &'static str) {
    BIF_CAUSE.with(|c| c.set(Some(cause)));
}

/// The cause recorded by `set_bif_cause`, cleared.
pub fn take_bif_cause() -> Option<&'static str> {
    BIF_CAUSE.with(|c| c.take())
}

/// Where OTP's explanations for a native function of module `m` live,
/// named in its frame's `error_info`.
pub fn errors_module(m: Atom) -> &'static str {
    inferred_module(m).unwrap_or("erl_stdlib_errors")
}

/// Native functions that are Erlang code in OTP: the file and line their
/// frame shows there (perf_counter/1's is the one OTP's shows).
pub fn otp_location(m: Atom, f: Atom, arity: usize) -> Option<(&'static str, i64)> {
    match (m.name(), f.name(), arity) {
        ("os", "cmd", 1) | ("os", "perf_counter", 1) => Some(("os.erl", 446)),
        ("os", "cmd", 2) => Some(("os.erl", 443)),
        _ => None,
    }
}

fn inferred_module(m: Atom) -> Option<&'static str> {
    match m.name() {
        "erlang" | "atomics" | "counters" | "persistent_term" => Some("erl_erts_errors"),
        "lists" | "maps" | "binary" | "math" | "unicode" | "io" | "ets" => Some("erl_stdlib_errors"),
        "os" => Some("erl_kernel_errors"),
        _ => None,
    }
}

/// The map of the first `{error_info, Map}` in a location list.
fn error_info_map(loc: Term) -> Option<Term> {
    for item in loc.iter_list() {
        if let Some([k, v]) = item.as_tuple() {
            if k.as_atom().map(|a| a.name()) == Some("error_info") {
                return matches!(v.view(), View::Map(..)).then_some(*v);
            }
        }
    }
    None
}

fn map_get(map: Term, key: &str) -> Option<Term> {
    let View::Map(m) = map.view() else {
        return None;
    };
    m.get(Term::atom(Atom::intern(key)))
}

// ---- term tests shared by the two explainers ------------------------------

pub fn atom_name(t: Term) -> Option<&'static str> {
    t.as_atom().map(|a| a.name())
}

pub fn is_map(t: Term) -> bool {
    matches!(t.view(), View::Map(..))
}

pub fn is_tuple(t: Term) -> bool {
    t.as_tuple().is_some()
}

pub fn is_float(t: Term) -> bool {
    t.as_float().is_some()
}

pub fn is_binary(t: Term) -> bool {
    t.as_bits().is_some_and(|b| b.is_binary())
}

pub fn is_function(t: Term, arity: Option<u32>) -> bool {
    match t.view() {
        View::Fun(l, _) => arity.is_none_or(|a| l.arity == a),
        View::Export(_, _, a) => arity.is_none_or(|n| n == a),
        _ => false,
    }
}

/// The value of an integer that fits in an i128 (every integer a BIF
/// check below compares does); bigger ones saturate.
pub fn int(t: Term) -> Option<i128> {
    if let Some(n) = t.as_small() {
        return Some(n as i128);
    }
    let b = t.as_bigint()?;
    Some(i128::try_from(&b).unwrap_or(if b.sign() == num_bigint::Sign::Minus { i128::MIN } else { i128::MAX }))
}

/// `must_be_list(L, Error)`: `Error` for a proper list.
pub fn must_be_list(t: Term, err: &'static str) -> &'static str {
    if !t.is_list() {
        "not a list"
    } else if t.list_len().is_none() {
        "not a proper list"
    } else {
        err
    }
}

/// `must_be_int(N, Min, Max, Default)`; `None` bounds are unbounded.
pub fn must_be_int(t: Term, min: Option<i128>, max: Option<i128>) -> &'static str {
    match int(t) {
        None => "not an integer",
        Some(n) if min.is_some_and(|m| n < m) || max.is_some_and(|m| n > m) => "out of range",
        Some(_) => "",
    }
}

/// `iolist_size/1` succeeds: bytes 0..=255, binaries, nested lists, with
/// a binary or `[]` as the tail.
pub fn is_iodata(t: Term) -> bool {
    if is_binary(t) {
        return true;
    }
    is_iolist(t)
}

pub fn is_iolist(t: Term) -> bool {
    let mut rest = t;
    while let Some((h, tl)) = rest.as_cons() {
        let ok = match h.as_small() {
            Some(b) => (0..=255).contains(&b),
            None => is_binary(h) || (h.is_list() && is_iolist(h)),
        };
        if !ok {
            return false;
        }
        rest = tl;
    }
    rest.is_nil() || is_binary(rest)
}

/// `unicode:characters_to_binary/1` returns rather than raising: nested
/// lists of integers and binaries, properly terminated.
pub fn is_chardata_shape(t: Term) -> bool {
    if t.as_bits().is_some() {
        return is_binary(t);
    }
    let mut rest = t;
    while let Some((h, tl)) = rest.as_cons() {
        let ok = h.is_integer() || is_binary(h) || (h.is_list() && is_chardata_shape(h));
        if !ok {
            return false;
        }
        rest = tl;
    }
    rest.is_nil()
}

/// `unicode:characters_to_binary/1` succeeds: the shape above with every
/// integer a Unicode scalar value and every binary valid UTF-8.
pub fn is_valid_chardata(t: Term) -> bool {
    if let Some(b) = t.as_bits() {
        return b.is_binary() && std::str::from_utf8(&b.to_bytes()).is_ok();
    }
    let mut rest = t;
    while let Some((h, tl)) = rest.as_cons() {
        let ok = match h.as_small() {
            Some(c) => crate::format::write::is_unicode_char(c),
            None => is_binary(h) && is_valid_chardata(h) || h.is_list() && is_valid_chardata(h),
        };
        if !ok {
            return false;
        }
        rest = tl;
    }
    rest.is_nil()
}
