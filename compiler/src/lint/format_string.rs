//! erl_lint's check of `io:format/1,2,3`, `io:fwrite/1,2,3` and
//! `io_lib:format/2`, `io_lib:fwrite/2` calls (`check_format_*` in OTP 25):
//! a literal format string is scanned for its control sequences and the
//! number of arguments they need is compared with a literal argument list.
//! Level 1 warnings are on by default; level 2 ones (non-literal format or
//! argument list) need `{warn_format, 2}`.

use super::Linter;
use crate::ast::{Expr, ExprKind, Pos};

/// A warning: its level, where, and the text.
type Warn = (u32, Pos, String);

/// Whether `m:f` is one of the calls erl_lint checks.
fn is_format_function(m: &str, f: &str) -> bool {
    matches!((m, f), ("io", "fwrite" | "format") | ("io_lib", "fwrite" | "format"))
}

impl Linter<'_> {
    /// `format_function/5`: the warning for a call `m:f(args)` at `pos`, if
    /// any and if its level is enabled.
    pub(crate) fn format_call(&mut self, pos: Pos, m: &str, f: &str, args: &[Expr]) {
        if !is_format_function(m, f) || self.warn_format == 0 {
            return;
        }
        if let Some((level, at, text)) = check_call(pos, args) {
            if level <= self.warn_format {
                self.warning(at, text);
            }
        }
    }
}

/// `check_format_1/1`.
fn check_call(pos: Pos, args: &[Expr]) -> Option<Warn> {
    match args {
        [fmt] => check_format(fmt, None),
        [fmt, as_] => check_format(fmt, Some(as_)),
        [_, fmt, as_] => check_format(fmt, Some(as_)),
        _ => Some((1, pos, "format call with wrong number of arguments".to_string())),
    }
}

/// How an argument expression reads as a list (`args_list/1`).
enum ArgList {
    Yes(usize),
    No,
    Maybe,
}

fn args_list(e: &Expr) -> ArgList {
    let mut n = 0;
    let mut e = e;
    loop {
        match &e.kind {
            ExprKind::Cons(_, t) => {
                n += 1;
                e = t;
            }
            ExprKind::Nil => return ArgList::Yes(n),
            // A string at the top is a list of characters; in a tail
            // erl_lint does not look inside it.
            ExprKind::String(cs) if n == 0 => return ArgList::Yes(cs.len()),
            ExprKind::Atom(_) | ExprKind::Integer(_) | ExprKind::Float(_) => return ArgList::No,
            _ => return ArgList::Maybe,
        }
    }
}

/// `check_format_2/2` to `check_format_4/3`.
fn check_format(fmt: &Expr, args: Option<&Expr>) -> Option<Warn> {
    let chars: Vec<u32> = match &fmt.kind {
        ExprKind::String(cs) => cs.clone(),
        ExprKind::Atom(a) => a.chars().map(|c| c as u32).collect(),
        _ => return Some((2, first_pos(fmt), "format string not a textual constant".to_string())),
    };
    let actual = match args {
        None => None,
        Some(a) => match args_list(a) {
            ArgList::Yes(n) => Some((n, a.pos)),
            ArgList::No => return Some((1, a.pos, "format arguments not a list".to_string())),
            ArgList::Maybe => return Some((2, first_pos(a), "format arguments perhaps not a list".to_string())),
        },
    };
    let need = match check_format_string(&chars) {
        Ok(n) => n,
        Err(e) => return Some((1, fmt.pos, format!("format string invalid ({e})"))),
    };
    let prefix = "the format string requires an argument list with";
    match actual {
        None if need == 0 => None,
        None => Some((1, fmt.pos, format!("{prefix} {}, but no argument list is given", arguments(need)))),
        Some((n, _)) if n == need => None,
        Some((n, at)) if need == 0 => Some((
            1,
            at,
            format!(
                "the format string requires an empty argument list, but the argument list contains {}",
                arguments(n)
            ),
        )),
        Some((0, at)) => Some((1, at, format!("{prefix} {}, but the argument list is empty", arguments(need)))),
        Some((n, at)) if n < need => {
            Some((1, at, format!("{prefix} {}, but the argument list contains only {}", arguments(need), arguments(n))))
        }
        Some((n, at)) => {
            Some((1, at, format!("{prefix} {}, but the argument list contains {}", arguments(need), arguments(n))))
        }
    }
}

/// `erl_parse:first_anno/1`: the leftmost position in an expression.
fn first_pos(e: &Expr) -> Pos {
    match &e.kind {
        ExprKind::Cons(h, _) => first_pos(h).min(e.pos),
        ExprKind::BinOp(_, l, _) => first_pos(l).min(e.pos),
        _ => e.pos,
    }
}

fn arguments(n: usize) -> String {
    if n == 1 {
        "1 argument".to_string()
    } else {
        format!("{n} arguments")
    }
}

fn is_digit(c: Option<&u32>) -> bool {
    c.is_some_and(|&c| (0x30..=0x39).contains(&c))
}

fn text(cs: &[u32]) -> String {
    cs.iter().map(|&c| char::from_u32(c).unwrap_or('\u{FFFD}')).collect()
}

/// `check_format_string/1`: how many arguments the control sequences of
/// `f` take, or the reason it is invalid (`invalid control ~a`,
/// `truncated`).
pub(crate) fn check_format_string(f: &[u32]) -> Result<usize, String> {
    let mut need = 0;
    let mut i = 0;
    let at = |i: usize, c: char| f.get(i) == Some(&(c as u32));
    while i < f.len() {
        if !at(i, '~') {
            i += 1;
            continue;
        }
        i += 1;
        // Field width.
        if at(i, '-') && is_digit(f.get(i + 1)) {
            i += 1;
        }
        if is_digit(f.get(i)) {
            while is_digit(f.get(i)) {
                i += 1;
            }
        } else if at(i, '-') && at(i + 1, '*') {
            i += 2;
            need += 1;
        } else if at(i, '*') {
            i += 1;
            need += 1;
        }
        // Precision, then pad character.
        let mut pad_next = false;
        if at(i, '.') && is_digit(f.get(i + 1)) {
            i += 1;
            while is_digit(f.get(i)) {
                i += 1;
            }
            pad_next = true;
        } else if at(i, '.') && at(i + 1, '*') {
            i += 2;
            need += 1;
            pad_next = true;
        } else if at(i, '.') {
            i += 1;
            pad_next = true;
        }
        if pad_next {
            if at(i, '.') && at(i + 1, '*') {
                i += 2;
                need += 1;
            } else if at(i, '.') && i + 1 < f.len() {
                i += 2;
            }
        }
        // Modifiers.
        let mut c = match f.get(i) {
            Some(&c) => c,
            None => return Err("truncated".into()),
        };
        let is = |c: u32, ch: char| c == ch as u32;
        let invalid = |m: &str, c: Option<&u32>| -> String {
            format!("invalid control {m}{}", c.map_or(String::new(), |&c| text(&[c])))
        };
        // `~tl` is read as `~lt`; a lone `~t` or `~l` is an invalid control.
        let lt = |j: usize| -> Result<(usize, u32), String> {
            match f.get(j) {
                Some(&cc) if is(cc, 'p') || is(cc, 'P') => Ok((j, cc)),
                other => Err(invalid("~lt", other)),
            }
        };
        if is(c, 't') {
            match f.get(i + 1) {
                Some(&n) if is(n, 'l') => (i, c) = lt(i + 2)?,
                Some(&n) if "cspPwW".contains(char::from_u32(n).unwrap_or('\0')) => (i, c) = (i + 1, n),
                Some(&n) => return Err(invalid("~t", Some(&n))),
                None => return Err(invalid("~", Some(&c))),
            }
        } else if is(c, 'l') {
            match f.get(i + 1) {
                Some(&n) if is(n, 't') => (i, c) = lt(i + 2)?,
                Some(&n) if is(n, 'p') || is(n, 'P') => (i, c) = (i + 1, n),
                Some(&n) => return Err(invalid("~l", Some(&n))),
                None => return Err(invalid("~", Some(&c))),
            }
        }
        i += 1;
        need += match char::from_u32(c).unwrap_or('\0') {
            '~' | 'n' => 0,
            'c' | 'f' | 'e' | 'g' | 's' | 'w' | 'p' | 'b' | 'B' | '+' | '#' | 'i' => 1,
            'W' | 'P' | 'x' | 'X' => 2,
            _ => return Err(format!("invalid control ~{}", text(&[c]))),
        };
    }
    Ok(need)
}
