//! ferl's `erl_stdlib_errors:format_error/2` for `lists`, `maps`, `math`,
//! `unicode`, `binary`, `io` and `ets` (`ets.rs`), with OTP 25's texts. `None` stands for
//! OTP's function having no matching clause (no explanation is shown).

use super::error_info::{
    atom_name, int, is_binary, is_chardata_shape, is_function, is_iodata, is_map, is_valid_chardata, must_be_int,
    must_be_list, Entry,
};
use super::io_format;
use crate::term::{Atom, Term};

const NOT_MAP: &str = "not a map";

fn arg(text: &str) -> Entry {
    super::error_info::arg(text)
}

fn args(texts: &[&str]) -> Vec<Entry> {
    texts.iter().map(|t| arg(t)).collect()
}

pub fn format_error(m: Atom, f: Atom, a: &[Term], cause: Option<Term>) -> Option<Vec<Entry>> {
    let f = f.name();
    match m.name() {
        "lists" => lists(f, a),
        "maps" => maps(f, a),
        "math" => math(f, a),
        "unicode" => unicode(f, a),
        "binary" => binary(f, a),
        "io" => io_format::format_io_error(f, a, cause),
        "ets" => {
            let cause = cause.and_then(|c| c.as_atom()).map_or("none", |c| c.name());
            Some(super::ets::format_error(f, a, cause))
        }
        _ => Some(Vec::new()),
    }
}

fn must_be_map(t: Term) -> &'static str {
    if is_map(t) {
        ""
    } else {
        NOT_MAP
    }
}

fn must_be_fun(t: Term, arity: u32) -> &'static str {
    if is_function(t, Some(arity)) {
        ""
    } else {
        match arity {
            1 => "not a fun that takes one argument",
            2 => "not a fun that takes two arguments",
            _ => "not a fun that takes three arguments",
        }
    }
}

/// `must_be_map_or_iter/1`: a map, or a term `maps:next/1` accepts.
fn must_be_map_or_iter(t: Term) -> &'static str {
    let iter_like = match t.as_tuple() {
        Some([_, _, _]) => true,
        _ => atom_name(t) == Some("none") || t.as_cons().is_some(),
    };
    if is_map(t) || iter_like {
        ""
    } else {
        "not a map or an iterator"
    }
}

fn must_be_binary(t: Term) -> &'static str {
    if is_binary(t) {
        ""
    } else if t.as_bits().is_some() {
        "is a bitstring (expected a binary)"
    } else {
        "not a binary"
    }
}

fn lists(f: &str, a: &[Term]) -> Option<Vec<Entry>> {
    Some(match (f, a) {
        ("keyfind" | "keymember" | "keysearch", [_, pos, list]) => {
            let pos_err = match int(*pos) {
                None => "not an integer",
                Some(p) if p < 1 => "out of range",
                Some(_) => "",
            };
            args(&["", pos_err, must_be_list(*list, "")])
        }
        ("member", [_, list]) => args(&["", must_be_list(*list, "")]),
        ("reverse", [list, _]) => args(&[must_be_list(*list, "")]),
        ("seq", [first, last, inc]) => {
            let errs = [must_be_int(*first, None, None), must_be_int(*last, None, None), must_be_int(*inc, None, None)];
            if errs != ["", "", ""] {
                return Some(args(&errs));
            }
            let (first, last, inc) = (int(*first)?, int(*last)?, int(*inc)?);
            let inc_err = if inc <= 0 && first - inc <= last {
                "not a positive increment"
            } else if inc >= 0 && first - inc >= last {
                "not a negative increment"
            } else {
                return None;
            };
            args(&["", "", inc_err])
        }
        _ => return None,
    })
}

fn maps(f: &str, a: &[Term]) -> Option<Vec<Entry>> {
    Some(match (f, a) {
        ("filter" | "filtermap" | "foreach" | "map", [pred, map]) => {
            args(&[must_be_fun(*pred, 2), must_be_map_or_iter(*map)])
        }
        ("find" | "is_key" | "remove" | "take", _) => args(&["", NOT_MAP]),
        ("fold", [pred, _, map]) => args(&[must_be_fun(*pred, 3), "", must_be_map_or_iter(*map)]),
        ("from_keys", [list, _]) | ("from_list", [list]) => args(&[must_be_list(*list, "")]),
        ("get", [_, map]) => {
            if is_map(*map) {
                args(&["not present in map"])
            } else {
                args(&["", NOT_MAP])
            }
        }
        ("get", [_, _, _]) => args(&["", NOT_MAP]),
        ("groups_from_list", [fun, list]) => args(&[must_be_fun(*fun, 1), must_be_list(*list, "")]),
        ("groups_from_list", [f1, f2, list]) => {
            args(&[must_be_fun(*f1, 1), must_be_fun(*f2, 1), must_be_list(*list, "")])
        }
        ("intersect" | "merge", [m1, m2]) => args(&[must_be_map(*m1), must_be_map(*m2)]),
        ("intersect_with" | "merge_with", [comb, m1, m2]) => {
            args(&[must_be_fun(*comb, 3), must_be_map(*m1), must_be_map(*m2)])
        }
        ("iterator" | "keys" | "size" | "to_list" | "values", _) => args(&[NOT_MAP]),
        ("put" | "update", _) => args(&["", "", NOT_MAP]),
        ("next", _) => args(&["not a valid iterator"]),
        ("update_with", [_, fun, map]) => args(&["", must_be_fun(*fun, 1), must_be_map(*map)]),
        ("update_with", [_, fun, _, map]) => args(&["", must_be_fun(*fun, 1), "", must_be_map(*map)]),
        ("with" | "without", [list, map]) => args(&[must_be_list(*list, ""), must_be_map(*map)]),
        _ => return None,
    })
}

fn must_be_number(t: Term) -> &'static str {
    if t.is_number() {
        ""
    } else {
        "not a number"
    }
}

fn math(f: &str, a: &[Term]) -> Option<Vec<Entry>> {
    const DOMAIN: &str = "is outside the domain for this function";
    Some(match (f, a) {
        ("acos" | "acosh" | "asin" | "atanh" | "log" | "log2" | "log10" | "sqrt", [x]) => match must_be_number(*x) {
            "" => args(&[DOMAIN]),
            e => args(&[e]),
        },
        ("fmod", [x, y]) => match (must_be_number(*x), must_be_number(*y)) {
            ("", "") => {
                let zero = y.as_small() == Some(0) || y.as_float() == Some(0.0);
                if zero {
                    args(&["", DOMAIN])
                } else {
                    Vec::new()
                }
            }
            (e1, e2) => args(&[e1, e2]),
        },
        (_, [x]) => args(&[must_be_number(*x)]),
        (_, [x, y]) => args(&[must_be_number(*x), must_be_number(*y)]),
        _ => return None,
    })
}

/// `unicode_char_data/1`.
pub fn unicode_char_data(t: Term) -> &'static str {
    if is_chardata_shape(t) && is_valid_chardata(t) {
        ""
    } else {
        "not valid character data (an iodata term)"
    }
}

fn unicode_encoding(t: Term) -> &'static str {
    let ok = match atom_name(t) {
        Some("latin1" | "unicode" | "utf8" | "utf16" | "utf32") => true,
        _ => match t.as_tuple() {
            Some([enc, endian]) => {
                matches!(atom_name(*enc), Some("utf16" | "utf32"))
                    && matches!(atom_name(*endian), Some("big" | "little"))
            }
            _ => false,
        },
    };
    if ok {
        ""
    } else {
        "not a valid encoding"
    }
}

fn unicode(f: &str, a: &[Term]) -> Option<Vec<Entry>> {
    const BAD: &str = "not valid character data (an iodata term)";
    let f = match f {
        "characters_to_list" => "characters_to_binary",
        f => f,
    };
    Some(match (f, a) {
        ("characters_to_binary", [_]) => args(&[BAD]),
        ("characters_to_binary", [cs, enc]) => args(&[unicode_char_data(*cs), unicode_encoding(*enc)]),
        ("characters_to_binary", [cs, e1, e2]) => {
            args(&[unicode_char_data(*cs), unicode_encoding(*e1), unicode_encoding(*e2)])
        }
        (f, [_]) if f.starts_with("characters_to_nf") => args(&[BAD]),
        _ => return None,
    })
}

fn binary(f: &str, a: &[Term]) -> Option<Vec<Entry>> {
    Some(match (f, a) {
        ("at", [subject, pos]) => args(&[must_be_binary(*subject), must_be_int(*pos, Some(0), None)]),
        ("bin_to_list" | "copy" | "decode_unsigned" | "referenced_byte_size", [subject]) => {
            args(&[must_be_binary(*subject)])
        }
        ("copy", [subject, n]) => args(&[must_be_binary(*subject), must_be_int(*n, Some(0), None)]),
        ("first" | "last", [subject]) => {
            let empty = subject.as_bits().is_some_and(|b| b.bit_len == 0);
            args(&[if empty { "a zero-sized binary is not allowed" } else { must_be_binary(*subject) }])
        }
        ("list_to_bin", [l]) => args(&[if is_iodata(*l) { "" } else { "not an iodata term" }]),
        ("part", [subject, pos, len]) => {
            let errs = [must_be_binary(*subject), must_be_int(*pos, Some(0), None), must_be_int(*len, None, None)];
            if errs != ["", "", ""] {
                return Some(args(&errs));
            }
            let size = subject.as_bits().map_or(0, |b| b.byte_len()) as i128;
            if int(*pos).is_some_and(|p| p > size) {
                args(&["", "out of range"])
            } else {
                args(&["", "", "out of range"])
            }
        }
        _ => return None,
    })
}
