//! Why an `io` call failed: `erl_stdlib_errors:format_io_error/3` and the
//! format-string check it borrows from `erl_lint:check_format_string/1`.

use super::error_info::{atom_name, is_binary, is_chardata_shape, is_float, Entry};
use super::stdlib::unicode_char_data;
use crate::format::pretty;
use crate::format::Encoding;
use crate::term::{Term, View};

/// The argument types a format string asks for, as `erl_lint` names them.
#[derive(Clone, Copy, PartialEq, Debug)]
pub enum ArgType {
    Int,
    Float,
    Str,
    Term,
}

/// What the `cause` of an `io` error says went wrong.
enum Cause {
    /// `{io, Reason}`: the device could not be reached.
    Io(&'static str),
    /// `{device, Reason}`: the device refused the request.
    Device(Term),
}

fn parse_cause(cause: Option<Term>) -> Option<Cause> {
    let [tag, reason] = cause?.as_tuple()? else {
        return None;
    };
    match atom_name(*tag)? {
        "io" => Some(Cause::Io(atom_name(*reason)?)),
        "device" => Some(Cause::Device(*reason)),
        _ => None,
    }
}

/// `format_io_error/3`; `None` where OTP's function has no clause.
pub fn format_io_error(f: &str, args: &[Term], cause: Option<Term>) -> Option<Vec<Entry>> {
    let f = if f == "fwrite" { "format" } else { f };
    let has_device = matches!((f, args.len()), ("format", 3) | ("put_chars", 2 | 3) | ("nl", 1) | ("write", 2));
    let placed = |text: &str| {
        if has_device {
            vec![Entry::Arg(text.to_string())]
        } else {
            vec![Entry::General(text.to_string())]
        }
    };
    match parse_cause(cause)? {
        Cause::Io("arguments") => Some(placed("the device does not exist")),
        Cause::Io("calling_self") => Some(placed("the device is not allowed to be the current process")),
        Cause::Io("terminated") => Some(placed("the device has terminated")),
        Cause::Io(_) => None,
        Cause::Device(reason) => {
            if let Some([tag, from, to]) = reason.as_tuple() {
                if atom_name(*tag) == Some("no_translation") {
                    let p = |t: Term| pretty::print(t, 1, 80, -1, Encoding::Latin1);
                    let text = format!("device failed to transcode string from {} to {}", p(*from), p(*to));
                    return Some(placed(&text));
                }
            }
            let unknown =
                || Entry::General(format!("unknown error: {}", pretty::print(reason, 1, 80, -1, Encoding::Unicode)));
            let rest = if has_device { &args[1..] } else { args };
            let mut out = if has_device { vec![Entry::Ok] } else { Vec::new() };
            match f {
                "format" => out.extend(check_io_format(rest, reason)?),
                "put_chars" => {
                    let data = *rest.first()?;
                    match unicode_char_data(data) {
                        "" => out.push(unknown()),
                        bad => out.push(Entry::Arg(bad.to_string())),
                    }
                }
                "write" | "nl" => return Some(vec![unknown()]),
                _ => return Some(Vec::new()),
            }
            Some(out)
        }
    }
}

/// `is_io_format/1`: a list of integers, an atom or a binary.
fn is_io_format(t: Term) -> bool {
    t.is_atom() || is_binary(t) || t.list_to_vec().is_some_and(|cs| cs.iter().all(|c| c.is_integer()))
}

fn must_be_list(t: Term) -> &'static str {
    super::error_info::must_be_list(t, "")
}

fn entry(text: &str) -> Entry {
    super::error_info::arg(text)
}

/// `check_io_format/2` for `[Fmt]` or `[Fmt, Args]`.
fn check_io_format(fa: &[Term], cause: Term) -> Option<Vec<Entry>> {
    let (fmt, args) = match fa {
        [fmt] => (*fmt, Term::NIL),
        [fmt, args] => (*fmt, *args),
        _ => return None,
    };
    if !is_io_format(fmt) {
        let mut out = vec![entry("not a valid format string"), entry(must_be_list(args))];
        if (fmt.as_pid().is_some() || fmt.is_atom()) && is_io_format(args) {
            out.push(Entry::General("possibly missing argument list".into()));
        }
        return Some(out);
    }
    if !args.is_list() {
        return Some(vec![Entry::Ok, entry(must_be_list(args))]);
    }
    let chars = format_chars(fmt)?;
    let types = match check_format_string(&chars) {
        Err(msg) => return Some(vec![Entry::Arg(format!("format string invalid ({msg})"))]),
        Ok(types) => types,
    };
    let args_v = args.list_to_vec()?;
    if types.len() != args_v.len() {
        let mut out = vec![entry("wrong number of arguments")];
        if fmt.is_atom() {
            out.push(Entry::General("possibly missing argument list".into()));
        }
        return Some(out);
    }
    let errors = check_io_arguments(&types, &args_v);
    if !errors.is_empty() {
        return Some(vec![Entry::Ok, Entry::Arg(errors.join("\n"))]);
    }
    let formats = crate::format::directives::format_to_string(fmt, args).is_ok();
    if atom_name(cause) == Some("format") || !formats {
        Some(vec![entry("failed to format string")])
    } else {
        Some(vec![Entry::General(format!("unknown error: {}", pretty::print(cause, 1, 80, -1, Encoding::Unicode)))])
    }
}

/// The characters of a format that passed `is_io_format/1`.
fn format_chars(fmt: Term) -> Option<Vec<i64>> {
    match fmt.view() {
        View::Atom(a) => Some(a.name().chars().map(|c| c as i64).collect()),
        View::Binary(b) => Some(b.to_bytes().into_iter().map(i64::from).collect()),
        _ => fmt.list_to_vec()?.into_iter().map(|c| c.as_small()).collect(),
    }
}

/// `check_io_arguments/2`: one line per argument of the wrong type.
fn check_io_arguments(types: &[ArgType], args: &[Term]) -> Vec<String> {
    let mut out = Vec::new();
    for (i, (ty, a)) in types.iter().zip(args).enumerate() {
        let wanted = match ty {
            ArgType::Float if !is_float(*a) => "float",
            ArgType::Int if !a.is_integer() => "integer",
            ArgType::Str if !(a.is_atom() || is_binary(*a) || is_chardata_shape(*a)) => "string",
            _ => continue,
        };
        out.push(format!("element {} must be of type {wanted}", i + 1));
    }
    out
}

fn ch(c: i64) -> char {
    crate::format::char_of(c)
}

fn is_digit(c: Option<&i64>) -> bool {
    c.is_some_and(|c| (i64::from(b'0')..=i64::from(b'9')).contains(c))
}

/// `erl_lint:check_format_string/1`: the argument types in order, or the
/// complaint (`invalid control ~a`, `truncated`).
pub fn check_format_string(s: &[i64]) -> Result<Vec<ArgType>, String> {
    let mut need = Vec::new();
    let mut i = 0;
    while i < s.len() {
        if s[i] != '~' as i64 {
            i += 1;
            continue;
        }
        i = extract_sequence(s, i + 1, &mut need)?;
    }
    Ok(need)
}

/// One control sequence starting after its `~`; returns where the rest of
/// the format begins.
fn extract_sequence(s: &[i64], mut i: usize, need: &mut Vec<ArgType>) -> Result<usize, String> {
    let at = |k: usize| s.get(k).copied();
    let is = |k: usize, c: char| at(k) == Some(c as i64);
    let skip_digits = |mut k: usize| {
        while is_digit(s.get(k)) {
            k += 1;
        }
        k
    };
    // Field width.
    if is(i, '-') && is_digit(s.get(i + 1)) {
        i = skip_digits(i + 2);
    } else if is_digit(s.get(i)) {
        i = skip_digits(i + 1);
    } else if is(i, '-') && is(i + 1, '*') {
        need.push(ArgType::Int);
        i += 2;
    } else if is(i, '*') {
        need.push(ArgType::Int);
        i += 1;
    }
    // Precision.
    let mut precision = false;
    if is(i, '.') && is_digit(s.get(i + 1)) {
        i = skip_digits(i + 2);
        precision = true;
    } else if is(i, '.') && is(i + 1, '*') {
        need.push(ArgType::Int);
        i += 2;
        precision = true;
    } else if is(i, '.') {
        i += 1;
        precision = true;
    }
    // Pad character.
    if precision {
        if is(i, '.') && is(i + 1, '*') {
            need.push(ArgType::Int);
            i += 2;
        } else if is(i, '.') && at(i + 1).is_some() {
            i += 2;
        }
    }
    // Modifiers.
    let mods_ok = |c: Option<i64>, set: &str| c.is_some_and(|c| set.contains(ch(c)));
    if is(i, 't') && is(i + 1, 'l') {
        // `~tlp` is read as `~ltp`.
        match at(i + 2) {
            Some(c) if mods_ok(Some(c), "pP") => i += 2,
            Some(c) => return Err(format!("invalid control ~lt{}", ch(c))),
            None => return Err("invalid control ~lt".into()),
        }
    } else if is(i, 't') && at(i + 1).is_some() {
        if !mods_ok(at(i + 1), "cspPwW") {
            return Err(format!("invalid control ~t{}", ch(at(i + 1).unwrap_or(0))));
        }
        i += 1;
    } else if is(i, 'l') && at(i + 1).is_some() {
        if mods_ok(at(i + 1), "pP") {
            i += 1;
        } else if is(i + 1, 't') && at(i + 2).is_some() {
            if !mods_ok(at(i + 2), "pP") {
                return Err(format!("invalid control ~lt{}", ch(at(i + 2).unwrap_or(0))));
            }
            i += 2;
        } else {
            return Err(format!("invalid control ~l{}", ch(at(i + 1).unwrap_or(0))));
        }
    }
    let Some(c) = at(i) else {
        return Err("truncated".into());
    };
    let types: &[ArgType] = match ch(c) {
        '~' | 'n' => &[],
        'c' | 'b' | 'B' => &[ArgType::Int],
        'f' | 'e' | 'g' => &[ArgType::Float],
        's' => &[ArgType::Str],
        'w' | 'p' | '+' | '#' | 'i' => &[ArgType::Term],
        'W' | 'P' => &[ArgType::Term, ArgType::Int],
        'x' | 'X' => &[ArgType::Int, ArgType::Str],
        other => return Err(format!("invalid control ~{other}")),
    };
    need.extend_from_slice(types);
    Ok(i + 1)
}
