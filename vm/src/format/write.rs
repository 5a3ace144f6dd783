//! `~w` (`io_lib:write/1,2`): a term on one line with an optional depth
//! limit, plus the pieces other printers share — atom quoting, string
//! escapes, binaries, funs, pids and refs. Iterative: an explicit work
//! stack, so deeply nested terms cannot overflow the Rust stack.

use super::deep::Sink;
use super::{float, Encoding};
use crate::term::bits::Bits;
use crate::term::{Atom, Term, View};

/// The text of `t` as `io_lib:write(T, Depth)` gives it; `depth` -1 means
/// unlimited.
pub fn write(t: Term, depth: i64, enc: Encoding) -> String {
    let mut out = String::new();
    write_into(&mut out, t, depth, enc);
    out
}

enum Work<'a> {
    Term(Term, i64),
    Str(&'static str),
    Open,
    Close,
    /// The rest of a list after its first element.
    Tail(Term, i64),
    /// Tuple elements from index `.1` on.
    TupleRest(&'a [Term], usize, i64),
    /// The map pairs not written yet; `.1` counts down, `.2` is the depth
    /// every key and value gets.
    MapRest(crate::term::map::Iter<'a>, i64, i64),
    /// One `K => V` association (`write_map_assoc/4`).
    Assoc(Term, Term, i64),
}

/// `io_lib:write/2`'s list into `out` as one element, with OTP's nesting:
/// `[$[, [Head | Tail], $]]` for lists, `[${, [E1 | Rest], $}]` for tuples,
/// the text of atomic terms as flat lists.
pub fn write_into(out: &mut impl Sink, t: Term, depth: i64, enc: Encoding) {
    let mut stack = vec![Work::Term(t, depth)];
    while let Some(w) = stack.pop() {
        match w {
            Work::Str(s) => out.str(s),
            Work::Open => out.open(),
            Work::Close => out.close(),
            Work::Term(t, d) => {
                if d == 0 {
                    out.flat("...");
                    continue;
                }
                match t.view() {
                    View::Cons(h, tl) => {
                        if d == 1 {
                            out.flat("[...]");
                        } else {
                            out.open();
                            out.ch('[' as i64);
                            out.open();
                            stack.push(Work::Close);
                            stack.push(Work::Str("]"));
                            stack.push(Work::Close);
                            stack.push(Work::Tail(tl, d - 1));
                            stack.push(Work::Term(h, d - 1));
                        }
                    }
                    View::Tuple([]) => out.flat("{}"),
                    View::Tuple(es) => {
                        if d == 1 {
                            out.flat("{...}");
                        } else {
                            out.open();
                            out.ch('{' as i64);
                            out.open();
                            stack.push(Work::Close);
                            stack.push(Work::Str("}"));
                            stack.push(Work::Close);
                            stack.push(Work::TupleRest(es, 1, d - 1));
                            stack.push(Work::Term(es[0], d - 1));
                        }
                    }
                    // OTP 25 writes the first pair, then counts the
                    // depth down from D - 1, showing `,...` when it runs
                    // out even if no pairs are left.
                    View::Map(m) => {
                        let mut pairs = m.iter();
                        if let (false, Some((k0, v0))) = (d == 1, pairs.next()) {
                            out.open();
                            out.str("#{");
                            out.open();
                            stack.push(Work::Close);
                            stack.push(Work::Str("}"));
                            stack.push(Work::Close);
                            stack.push(Work::MapRest(pairs, d - 1, d - 1));
                            stack.push(Work::Assoc(k0, v0, d - 1));
                        } else {
                            out.flat("#{}");
                        }
                    }
                    _ => {
                        out.open();
                        write_atomic(out, t, d, enc);
                        out.close();
                    }
                }
            }
            Work::Assoc(k, v, d) => {
                out.open();
                stack.push(Work::Close);
                stack.push(Work::Term(v, d));
                stack.push(Work::Close);
                stack.push(Work::Str(" => "));
                stack.push(Work::Open);
                stack.push(Work::Term(k, d));
            }
            Work::Tail(t, d) => match t.view() {
                View::Nil => {}
                _ if d == 1 => out.str("|..."),
                View::Cons(h, tl) => {
                    out.ch(',' as i64);
                    stack.push(Work::Tail(tl, d - 1));
                    stack.push(Work::Term(h, d - 1));
                }
                _ => {
                    out.ch('|' as i64);
                    stack.push(Work::Term(t, d - 1));
                }
            },
            Work::TupleRest(es, i, d) => {
                if i >= es.len() {
                } else if d == 1 {
                    out.str(",...");
                } else {
                    out.ch(',' as i64);
                    stack.push(Work::TupleRest(es, i + 1, d - 1));
                    stack.push(Work::Term(es[i], d - 1));
                }
            }
            Work::MapRest(mut pairs, d, d0) => {
                if d == 1 {
                    out.str(",...");
                } else if let Some((k, v)) = pairs.next() {
                    out.ch(',' as i64);
                    stack.push(Work::MapRest(pairs, d - 1, d0));
                    stack.push(Work::Assoc(k, v, d0));
                }
            }
        }
    }
}

/// Terms without elements to recurse into: their text, spliced into `out`
/// (binaries bring their own nesting).
fn write_atomic(out: &mut impl Sink, t: Term, d: i64, enc: Encoding) {
    match t.view() {
        View::Small(n) => out.str(&n.to_string()),
        View::Big(..) => out.str(&t.to_bigint().map(|b| b.to_string()).unwrap_or_default()),
        View::Float(f) => out.str(&float::shortest(f)),
        View::Atom(a) => out.str(&write_atom(a, enc)),
        View::Nil => out.str("[]"),
        View::Binary(b) => BinParts::of(b, d).body(out),
        View::Fun(l, _) => out.str(&format!("#Fun<{}.{}.{}>", write_atom(l.module, enc), l.index, l.uniq)),
        View::Export(m, f, a) => out.str(&format!("fun {}:{}/{}", write_atom(m, enc), write_atom(f, enc), a)),
        View::Pid(n) => out.str(&format!("<0.{n}.0>")),
        View::Ref(n) => out.str(&format!("#Ref<0.0.0.{n}>")),
        // Compound terms are handled by the caller.
        View::Cons(..) | View::Tuple(_) | View::Map(..) => {}
    }
}

/// The pieces of a binary's `~w` text: each byte in decimal (or `...`
/// where the depth or the character budget runs out) and the trailing
/// bits as (value, size).
#[derive(Clone)]
pub struct BinParts {
    pub items: Vec<String>,
    pub bits: Option<(String, String)>,
    /// Whether `...` stands for bytes not written.
    pub cut: bool,
}

impl BinParts {
    pub fn of(b: Bits, d: i64) -> BinParts {
        BinParts::limited(b, d, -1)
    }

    /// `io_lib:write_binary/3`: to depth `d` within about `t` characters
    /// (-1: no limit).
    pub fn limited(b: Bits, mut d: i64, t: i64) -> BinParts {
        let tsub = |t: i64, e: i64| if t < 0 { t } else { (t - e).max(0) };
        let mut t = tsub(t, 4);
        let mut items = Vec::new();
        let nbytes = b.bit_len / 8;
        let mut i = 0;
        let mut bits = None;
        let mut cut = false;
        loop {
            let rest = b.bit_len - i * 8;
            if rest == 0 {
                break;
            }
            if d == 1 || t == 0 {
                items.push("...".to_string());
                cut = true;
                break;
            }
            if i < nbytes {
                let s = b.read_uint(i * 8, 8).to_string();
                t = tsub(t, s.len() as i64 + 1);
                items.push(s);
                i += 1;
                d -= 1;
            } else {
                bits = Some((b.read_uint(i * 8, rest).to_string(), rest.to_string()));
                break;
            }
        }
        BinParts { items, bits, cut }
    }

    /// The elements of `io_lib:write_binary/2`'s list, `[$<, $<, Body,
    /// $>, $>]`, spliced into `out`: each byte's digits a list, commas
    /// characters.
    pub fn body(&self, out: &mut impl Sink) {
        out.str("<<");
        out.open();
        for (i, item) in self.items.iter().enumerate() {
            if i > 0 {
                out.ch(',' as i64);
            }
            out.flat(item);
        }
        if let Some((x, l)) = &self.bits {
            if !self.items.is_empty() {
                out.ch(',' as i64);
            }
            out.flat(x);
            out.ch(':' as i64);
            out.flat(l);
        }
        out.close();
        out.str(">>");
    }

    pub fn text(&self) -> String {
        let mut s = String::from("<<");
        s.push_str(&self.items.join(","));
        if let Some((x, l)) = &self.bits {
            if !self.items.is_empty() {
                s.push(',');
            }
            s.push_str(x);
            s.push(':');
            s.push_str(l);
        }
        s.push_str(">>");
        s
    }
}

/// `erl_scan:reserved_word/1` in OTP 25 (without the experimental
/// `maybe` feature, so `maybe` and `else` are plain atoms).
fn is_reserved(name: &str) -> bool {
    matches!(
        name,
        "after"
            | "begin"
            | "case"
            | "try"
            | "cond"
            | "catch"
            | "andalso"
            | "orelse"
            | "end"
            | "fun"
            | "if"
            | "let"
            | "of"
            | "receive"
            | "when"
            | "bnot"
            | "not"
            | "div"
            | "rem"
            | "band"
            | "and"
            | "bor"
            | "bxor"
            | "bsl"
            | "bsr"
            | "or"
            | "xor"
    )
}

fn is_lower_start(c: char) -> bool {
    c.is_ascii_lowercase() || (('ß'..='ÿ').contains(&c) && c != '÷')
}

fn is_name_char(c: char) -> bool {
    is_lower_start(c)
        || c.is_ascii_uppercase()
        || (('À'..='Þ').contains(&c) && c != '×')
        || c.is_ascii_digit()
        || c == '_'
        || c == '@'
}

/// Whether an atom must be written in quotes.
pub fn atom_needs_quotes(name: &str) -> bool {
    if is_reserved(name) {
        return true;
    }
    let mut cs = name.chars();
    match cs.next() {
        Some(c) if is_lower_start(c) => !cs.all(is_name_char),
        _ => true,
    }
}

/// `io_lib:write_atom/1` (unicode) or `write_atom_as_latin1/1`.
pub fn write_atom(a: Atom, enc: Encoding) -> String {
    write_atom_name(a.name(), enc)
}

pub fn write_atom_name(name: &str, enc: Encoding) -> String {
    if atom_needs_quotes(name) {
        let mode = match enc {
            Encoding::Latin1 => StrMode::UnicodeAsLatin1,
            Encoding::Unicode => StrMode::Unicode,
        };
        let cs: Vec<i64> = name.chars().map(|c| c as i64).collect();
        write_string(&cs, '\'', mode)
    } else {
        name.to_string()
    }
}

/// How `io_lib`'s string writers treat characters of 160 and above.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum StrMode {
    /// `write_latin1_string`: the input holds only latin1 characters.
    Latin1,
    /// `write_string`: never escapes characters of 160 and above.
    Unicode,
    /// `write_string_as_latin1`: escapes characters above 255 as `\x{..}`.
    UnicodeAsLatin1,
}

/// A quoted string with OTP's escapes (`io_lib:write_string/2`).
pub fn write_string(cs: &[i64], q: char, mode: StrMode) -> String {
    let mut out = String::with_capacity(cs.len() + 2);
    out.push(q);
    for &c in cs {
        push_string_char(&mut out, c, q, mode);
    }
    out.push(q);
    out
}

pub fn push_string_char(out: &mut String, c: i64, q: char, mode: StrMode) {
    if c == q as i64 {
        out.push('\\');
        out.push(q);
        return;
    }
    match c {
        0x5c => out.push_str("\\\\"),
        0x20..=0x7e => out.push(c as u8 as char),
        0xa0..=0xff => out.push(super::char_of(c)),
        _ if c > 0xff && mode == StrMode::Unicode => out.push(super::char_of(c)),
        _ if c > 0xff => out.push_str(&format!("\\x{{{c:X}}}")),
        0x0a => out.push_str("\\n"),
        0x0d => out.push_str("\\r"),
        0x09 => out.push_str("\\t"),
        0x0b => out.push_str("\\v"),
        0x08 => out.push_str("\\b"),
        0x0c => out.push_str("\\f"),
        0x1b => out.push_str("\\e"),
        0x7f => out.push_str("\\d"),
        _ => {
            let c = c.max(0);
            out.push('\\');
            out.push((b'0' + ((c >> 6) & 7) as u8) as char);
            out.push((b'0' + ((c >> 3) & 7) as u8) as char);
            out.push((b'0' + (c & 7) as u8) as char);
        }
    }
}

/// `io_lib:printable_latin1_list/1` on a term: a proper list of printable
/// latin1 characters (the empty list included).
pub fn printable_latin1_list(t: Term) -> bool {
    let mut t = t;
    loop {
        match t.view() {
            View::Nil => return true,
            View::Cons(h, tl) => match h.as_small() {
                Some(c) if is_printable_latin1(c) => t = tl,
                _ => return false,
            },
            _ => return false,
        }
    }
}

pub fn is_printable_latin1(c: i64) -> bool {
    matches!(c, 0x20..=0x7e | 0xa0..=0xff | 0x08..=0x0d | 0x1b)
}

/// `io_lib:printable_unicode_list/1`.
pub fn printable_unicode_list(t: Term) -> bool {
    let mut t = t;
    loop {
        match t.view() {
            View::Nil => return true,
            View::Cons(h, tl) => match h.as_small() {
                Some(c) if is_printable_unicode(c) => t = tl,
                _ => return false,
            },
            _ => return false,
        }
    }
}

pub fn is_printable_unicode(c: i64) -> bool {
    matches!(c, 0x20..=0x7e | 0xa0..=0xd7ff | 0xe000..=0xfffd | 0x10000..=0x10ffff | 0x08..=0x0d | 0x1b)
}

/// Whether `c` is a Unicode scalar value Erlang accepts in a char list.
pub fn is_unicode_char(c: i64) -> bool {
    matches!(c, 0..=0xd7ff | 0xe000..=0xfffd | 0x10000..=0x10ffff)
}

/// The characters of a proper list of integers, or `None`.
pub fn list_chars(t: Term) -> Option<Vec<i64>> {
    let mut out = Vec::new();
    let mut t = t;
    loop {
        match t.view() {
            View::Nil => return Some(out),
            View::Cons(h, tl) => {
                out.push(h.as_small()?);
                t = tl;
            }
            _ => return None,
        }
    }
}
