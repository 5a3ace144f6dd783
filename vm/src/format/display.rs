//! `erlang:display/1`'s text: the runtime system's own term printer
//! (erts `erl_printf_term.c`), which differs from `~w` — strings shown as
//! strings, floats as C's `%e`, `=>` without spaces — and writes bytes:
//! string characters as single bytes, atoms in UTF-8.

use super::write::{atom_needs_quotes, write_string, BinParts, StrMode};
use crate::term::{Term, View};

enum Work<'a> {
    Term(Term),
    Str(&'static str),
    Tail(Term),
    Seq(&'a [Term], usize),
    /// The map pairs not printed yet; whether one was.
    Map(crate::term::map::Iter<'a>, bool),
}

/// The bytes `erlang:display(T)` prints, without the line end.
pub fn display(t: Term) -> Vec<u8> {
    let mut out = Vec::new();
    let mut stack = vec![Work::Term(t)];
    while let Some(w) = stack.pop() {
        match w {
            Work::Str(s) => out.extend_from_slice(s.as_bytes()),
            Work::Term(t) => match t.view() {
                View::Cons(h, tl) => {
                    if let Some(cs) = printable(t) {
                        out.push(b'"');
                        for c in cs {
                            match c {
                                b'"' => out.extend_from_slice(b"\\\""),
                                b'\n' => out.extend_from_slice(b"\\n"),
                                _ => out.push(c),
                            }
                        }
                        out.push(b'"');
                    } else {
                        out.push(b'[');
                        stack.push(Work::Str("]"));
                        stack.push(Work::Tail(tl));
                        stack.push(Work::Term(h));
                    }
                }
                View::Tuple(es) => {
                    out.push(b'{');
                    stack.push(Work::Str("}"));
                    stack.push(Work::Seq(es, 0));
                }
                View::Map(m) => {
                    out.extend_from_slice(b"#{");
                    stack.push(Work::Str("}"));
                    stack.push(Work::Map(m.iter(), false));
                }
                View::Float(f) => out.extend_from_slice(c_e_format(f).as_bytes()),
                View::Atom(a) => {
                    let name = a.name();
                    if atom_needs_quotes_erts(name) {
                        let cs: Vec<i64> = name.chars().map(|c| c as i64).collect();
                        out.extend_from_slice(write_string(&cs, '\'', StrMode::Unicode).as_bytes());
                    } else {
                        out.extend_from_slice(name.as_bytes());
                    }
                }
                View::Binary(b) => {
                    let bytes = b.to_bytes();
                    if b.is_binary() && !bytes.is_empty() && bytes.iter().all(|c| (0x20..=0x7e).contains(c)) {
                        out.extend_from_slice(b"<<\"");
                        out.extend_from_slice(&bytes);
                        out.extend_from_slice(b"\">>");
                    } else {
                        out.extend_from_slice(BinParts::of(b, -1).text().as_bytes());
                    }
                }
                _ => out.extend_from_slice(super::write::write(t, -1, super::Encoding::Unicode).as_bytes()),
            },
            Work::Tail(t) => match t.view() {
                View::Nil => {}
                View::Cons(h, tl) => {
                    out.push(b',');
                    stack.push(Work::Tail(tl));
                    stack.push(Work::Term(h));
                }
                _ => {
                    out.push(b'|');
                    stack.push(Work::Term(t));
                }
            },
            Work::Seq(es, i) => {
                if i < es.len() {
                    if i > 0 {
                        out.push(b',');
                    }
                    stack.push(Work::Seq(es, i + 1));
                    stack.push(Work::Term(es[i]));
                }
            }
            Work::Map(mut pairs, started) => {
                if let Some((k, v)) = pairs.next() {
                    if started {
                        out.push(b',');
                    }
                    stack.push(Work::Map(pairs, true));
                    stack.push(Work::Term(v));
                    stack.push(Work::Str("=>"));
                    stack.push(Work::Term(k));
                }
            }
        }
    }
    out
}

/// erts quotes atoms like `io_lib` but does not know reserved words.
fn atom_needs_quotes_erts(name: &str) -> bool {
    match name {
        "case" | "end" | "fun" | "if" | "of" | "receive" | "when" | "after" | "begin" | "try" | "catch" => {
            atom_needs_quotes(&format!("x{name}"))
        }
        _ => atom_needs_quotes(name),
    }
}

/// The list's characters if erts would show it as a string.
fn printable(t: Term) -> Option<Vec<u8>> {
    let mut out = Vec::new();
    for c in t.iter_list() {
        let c = c.as_small()?;
        if !matches!(c, 0x20..=0x7e | 0xa0..=0xff | 0x09..=0x0d) {
            return None;
        }
        out.push(c as u8);
    }
    if t.list_len().is_some() {
        Some(out)
    } else {
        None
    }
}

/// C's `printf("%e")`: six decimals, exponent with sign and two digits.
fn c_e_format(f: f64) -> String {
    let s = format!("{f:.6e}");
    let (m, e) = s.split_once('e').unwrap_or((&s, "0"));
    let e: i32 = e.parse().unwrap_or(0);
    let sign = if e < 0 { '-' } else { '+' };
    format!("{m}e{sign}{:02}", e.abs())
}
