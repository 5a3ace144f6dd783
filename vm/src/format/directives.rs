//! `io_lib:format/2`'s control sequences (`io_lib_format` in OTP 25):
//! `~[-][Width][.Precision][.Pad][t|l]C`. Every misuse — an unknown
//! control, an argument of the wrong type, too few or too many arguments
//! — fails with `badarg`, as in OTP.

use super::deep::{Deep, Flat, Sink};
use super::write::{self, StrMode};
use super::{char_of, float, pretty, Encoding};
use crate::exception::Exception;
use crate::term::{Term, View};

pub(super) type R<T> = Result<T, Exception>;

pub(super) fn bad<T>() -> R<T> {
    Err(Exception::badarg())
}

/// One parsed control sequence.
pub(super) struct Spec {
    pub width: Option<i64>,
    pub left: bool,
    pub prec: Option<i64>,
    pub pad: char,
    pub enc: Encoding,
    pub strings: bool,
    pub control: char,
}

/// The characters of a format: a string (deep lists allowed, their
/// elements taken literally), an atom or a binary.
pub(super) fn format_chars(fmt: Term) -> R<Vec<i64>> {
    match fmt.view() {
        View::Atom(a) => Ok(a.name().chars().map(|c| c as i64).collect()),
        View::Binary(b) if b.is_binary() => Ok(b.to_bytes().iter().map(|&c| c as i64).collect()),
        View::Nil | View::Cons(..) => {
            let mut out = Vec::new();
            flatten_chars(fmt, &mut out)?;
            Ok(out)
        }
        _ => bad(),
    }
}

fn flatten_chars(t: Term, out: &mut Vec<i64>) -> R<()> {
    let mut stack = vec![t];
    while let Some(t) = stack.pop() {
        match t.view() {
            View::Nil => {}
            View::Cons(h, tl) => {
                stack.push(tl);
                stack.push(h);
            }
            View::Small(c) if c >= 0 => out.push(c),
            _ => return bad(),
        }
    }
    Ok(())
}

/// `io_lib:format(Fmt, Args)` as a Rust string.
pub fn format_to_string(fmt: Term, args: Term) -> R<String> {
    let mut out = String::new();
    format_into(&mut out, fmt, args)?;
    Ok(out)
}

/// `io_lib:format(Fmt, Args)` as the deep list OTP returns.
pub fn format_deep(fmt: Term, args: Term) -> R<Deep> {
    let mut out = Deep::new();
    out.open();
    format_into(&mut out, fmt, args)?;
    out.close();
    Ok(out)
}

/// A sink that knows the column its last line has reached (0-based, tabs
/// to multiples of 8): `io_lib_format:indentation/2`, which `~p` starts
/// from.
pub(super) struct Column<'a, S: Sink> {
    pub out: &'a mut S,
    pub col: i64,
}

impl<S: Sink> Sink for Column<'_, S> {
    fn ch(&mut self, c: i64) {
        self.col = match c {
            0x0a => 0,
            0x09 => (self.col + 8) / 8 * 8,
            _ => self.col + 1,
        };
        self.out.ch(c);
    }
    fn open(&mut self) {
        self.out.open();
    }
    fn close(&mut self) {
        self.out.close();
    }
}

/// The elements of `io_lib:format(Fmt, Args)`'s list into `out`: the
/// format's characters and the text of the small control sequences one
/// character each, the results of `~w`, `~p` and `~s` one list each.
pub fn format_into(out: &mut impl Sink, fmt: Term, args: Term) -> R<()> {
    let f = format_chars(fmt)?;
    let args = args.list_to_vec().ok_or_else(Exception::badarg)?;
    let mut args = args.into_iter();
    let mut out = Column { out, col: 0 };
    let mut i = 0;
    while i < f.len() {
        let c = f[i];
        i += 1;
        if c != '~' as i64 {
            out.ch(c);
            continue;
        }
        let spec = parse_spec(&f, &mut i, &mut args)?;
        control(&mut out, &spec, &mut args)?;
    }
    if args.next().is_some() {
        return bad();
    }
    Ok(())
}

fn next_arg(args: &mut impl Iterator<Item = Term>) -> R<Term> {
    args.next().ok_or_else(Exception::badarg)
}

/// `field_value/2`: digits, or `*` taking an integer argument.
fn field_value(f: &[i64], i: &mut usize, args: &mut impl Iterator<Item = Term>) -> R<Option<i64>> {
    match f.get(*i) {
        Some(&c) if c == '*' as i64 => {
            *i += 1;
            match next_arg(args)?.as_small() {
                Some(n) => Ok(Some(n)),
                None => bad(),
            }
        }
        Some(&c) if (0x30..=0x39).contains(&c) => {
            let mut n: i64 = 0;
            while let Some(&c) = f.get(*i) {
                if !(0x30..=0x39).contains(&c) {
                    break;
                }
                n = n.saturating_mul(10).saturating_add(c - 0x30);
                *i += 1;
            }
            Ok(Some(n))
        }
        _ => Ok(None),
    }
}

pub(super) fn parse_spec(f: &[i64], i: &mut usize, args: &mut impl Iterator<Item = Term>) -> R<Spec> {
    let is = |i: usize, c: char| f.get(i) == Some(&(c as i64));
    let minus = is(*i, '-');
    if minus {
        *i += 1;
    }
    let (width, left) = match field_value(f, i, args)? {
        Some(w) => {
            let w = if minus { -w } else { w };
            (Some(w.abs()), w < 0)
        }
        None => (None, false),
    };
    let mut prec = None;
    if is(*i, '.') {
        *i += 1;
        prec = field_value(f, i, args)?;
        if prec.is_some_and(|p| p < 0) {
            return bad();
        }
    }
    let mut pad = ' ';
    if is(*i, '.') {
        match f.get(*i + 1) {
            Some(&c) if c == '*' as i64 => {
                *i += 2;
                pad = char_of(next_arg(args)?.as_small().ok_or_else(Exception::badarg)?);
            }
            Some(&c) => {
                *i += 2;
                pad = char_of(c);
            }
            None => {}
        }
    }
    let mut enc = Encoding::Latin1;
    let mut strings = true;
    loop {
        if is(*i, 't') {
            enc = Encoding::Unicode;
        } else if is(*i, 'l') {
            strings = false;
        } else {
            break;
        }
        *i += 1;
    }
    let control = match f.get(*i) {
        Some(&c) => char_of(c),
        None => return bad(),
    };
    *i += 1;
    Ok(Spec { width, left, prec, pad, enc, strings, control })
}

pub(super) fn control<S: Sink>(out: &mut Column<S>, s: &Spec, args: &mut impl Iterator<Item = Term>) -> R<()> {
    match s.control {
        'w' | 'W' => {
            let t = next_arg(args)?;
            let depth = if s.control == 'W' { next_arg(args)?.as_small().ok_or_else(Exception::badarg)? } else { -1 };
            let mut text = Deep::new();
            write::write_into(&mut text, t, depth, s.enc);
            term_field(out, &text, s.width, s.left, s.prec, s.pad);
        }
        'p' | 'P' => {
            let t = next_arg(args)?;
            let depth = if s.control == 'P' { next_arg(args)?.as_small().ok_or_else(Exception::badarg)? } else { -1 };
            if s.left {
                return bad();
            }
            let ll = s.width.unwrap_or(80);
            let col = s.prec.unwrap_or(out.col + 1);
            pretty::print_into(out, t, col, ll, depth, s.enc, s.strings);
        }
        's' => {
            let t = next_arg(args)?;
            if let View::Atom(a) = t.view() {
                // A small control sequence: its text is flattened.
                let cs: Vec<i64> = a.name().chars().map(|c| c as i64).collect();
                if s.enc == Encoding::Latin1 && cs.iter().any(|&c| c > 255) {
                    return bad();
                }
                let mut d = Deep::new();
                d.open();
                cs.iter().for_each(|&c| d.ch(c));
                d.close();
                string_field(&mut Flat(out), &d, s.width, s.left, s.prec, s.pad)?;
            } else {
                let d = string_chars(t, s.enc == Encoding::Unicode)?;
                string_field(out, &d, s.width, s.left, s.prec, s.pad)?;
            }
        }
        'e' | 'f' | 'g' => {
            let Some(x) = next_arg(args)?.as_float() else {
                return bad();
            };
            let p = s.prec.unwrap_or(6);
            let text = match s.control {
                'e' if p >= 2 => float::format_e(x, p as usize),
                'f' if p >= 1 => float::format_f(x, p as usize),
                'g' if p >= 1 => float::format_g(x, p as usize),
                _ => return bad(),
            };
            match s.width {
                None => out.str(&text),
                Some(w) => out.str(&term(&text, Some(w), s.left, Some(w), s.pad)),
            }
        }
        'b' | 'B' | 'x' | 'X' | '+' | '#' => {
            let n = next_arg(args)?.to_bigint().ok_or_else(Exception::badarg)?;
            let base = s.prec.unwrap_or(10);
            if !(2..=36).contains(&base) {
                return bad();
            }
            let prefix: String = match s.control {
                'x' | 'X' => {
                    let p = next_arg(args)?;
                    match p.view() {
                        View::Atom(a) => a.name().to_string(),
                        _ => {
                            let mut cs = Vec::new();
                            flatten_chars(p, &mut cs)?;
                            cs.into_iter().map(char_of).collect()
                        }
                    }
                }
                '+' | '#' => format!("{base}#"),
                _ => String::new(),
            };
            let mut digits = n.magnitude().to_str_radix(base as u32).to_uppercase();
            if matches!(s.control, 'b' | 'x' | '+') {
                digits = digits.to_lowercase();
            }
            let sign = if n.sign() == num_bigint::Sign::Minus { "-" } else { "" };
            let text = format!("{sign}{prefix}{digits}");
            out.str(&term(&text, s.width, s.left, None, s.pad));
        }
        'c' => {
            let Some(c) = next_arg(args)?.as_small() else {
                return bad();
            };
            let c = if s.enc == Encoding::Unicode { c } else { c & 255 };
            out.str(&char_field(char_of(c), s)?);
        }
        '~' => out.str(&char_field('~', s)?),
        'n' => match s.width {
            None => out.ch(0x0a),
            Some(_) if s.left => return bad(),
            Some(w) => (0..w).for_each(|_| out.ch(0x0a)),
        },
        'i' => {
            next_arg(args)?;
        }
        _ => return bad(),
    }
    Ok(())
}

fn repeat(c: char, n: i64) -> String {
    std::iter::repeat_n(c, n.max(0) as usize).collect()
}

fn adjust(data: &str, pad: &str, left: bool) -> String {
    if left {
        format!("{data}{pad}")
    } else {
        format!("{pad}{data}")
    }
}

/// `term/5`: a term's text in a field, `*`s when it does not fit.
fn term(t: &str, width: Option<i64>, left: bool, prec: Option<i64>, pad: char) -> String {
    let f = match (width, prec) {
        (None, None) => return t.to_string(),
        (None, Some(p)) => p,
        (Some(f), _) => f,
    };
    let l = t.chars().count() as i64;
    let p = l.min(prec.map_or(f, |p| p.min(f)));
    if l > p {
        adjust(&repeat('*', p), &repeat(pad, f - p), left)
    } else {
        adjust(t, &repeat(pad, f - l), left)
    }
}

/// `char/5`.
fn char_field(c: char, s: &Spec) -> R<String> {
    Ok(match (s.width, s.prec) {
        (None, None) => c.to_string(),
        (Some(f), None) => repeat(c, f),
        (None, Some(p)) => repeat(c, p),
        (Some(f), Some(p)) if f >= p => adjust(&repeat(c, p), &repeat(s.pad, f - p), s.left),
        _ => return bad(),
    })
}

/// The elements of `io_lib_format:chars(C, N)`: `[C, S | S]` halving.
fn fill(out: &mut impl Sink, c: char, n: i64) {
    let c = c as i64;
    match n {
        n if n <= 0 => {}
        1 => out.ch(c),
        2 | 3 => (0..n).for_each(|_| out.ch(c)),
        _ => {
            if n % 2 == 1 {
                out.ch(c);
            }
            let mut half = Deep::new();
            half.open();
            fill(&mut half, char_of(c), n / 2);
            half.close();
            half.replay(out);
            half.splice(out);
        }
    }
}

fn filled(c: char, n: i64) -> Deep {
    let mut d = Deep::new();
    d.open();
    fill(&mut d, c, n);
    d.close();
    d
}

/// `adjust/3` on lists: `Data` alone without padding, else `[Data | Pad]` (left)
/// or `[Pad | Data]` (right), as one element.
fn pad_field(out: &mut impl Sink, data: &Deep, pad: char, n: i64, left: bool) {
    if n <= 0 {
        data.replay(out);
        return;
    }
    out.open();
    if left {
        data.replay(out);
        fill(out, pad, n);
    } else {
        filled(pad, n).replay(out);
        data.splice(out);
    }
    out.close();
}

/// `term/5` for `~w`: a term's text in a field, `*`s when it does not fit.
pub(super) fn term_field(out: &mut impl Sink, t: &Deep, width: Option<i64>, left: bool, prec: Option<i64>, pad: char) {
    let f = match (width, prec) {
        (None, None) => return t.replay(out),
        (None, Some(p)) => p,
        (Some(f), _) => f,
    };
    let l = t.chars_len();
    let p = l.min(prec.map_or(f, |p| p.min(f)));
    if l > p {
        pad_field(out, &filled('*', p), pad, f - p, left);
    } else {
        pad_field(out, t, pad, f - l, left);
    }
}

/// `flat_trunc/3`: the first `n` characters as a flat list.
fn flat_trunc(s: &Deep, n: i64) -> Deep {
    let mut text = String::new();
    s.replay(&mut text);
    let mut d = Deep::new();
    d.open();
    text.chars().take(n.max(0) as usize).for_each(|c| d.ch(c as i64));
    d.close();
    d
}

/// `string_field/6`.
fn string_field_of(out: &mut impl Sink, s: &Deep, f: i64, left: bool, n: i64, pad: char) {
    if n > f {
        flat_trunc(s, f).replay(out);
    } else {
        pad_field(out, s, pad, f - n, left);
    }
}

/// `string/6`: a string in a field of `width`, cut to `prec` characters.
pub(super) fn string_field(
    out: &mut impl Sink,
    s: &Deep,
    width: Option<i64>,
    left: bool,
    prec: Option<i64>,
    pad: char,
) -> R<()> {
    let n = s.chars_len();
    match (width, prec) {
        (None, None) => s.replay(out),
        (Some(f), None) => string_field_of(out, s, f, left, n, pad),
        (None, Some(p)) => string_field_of(out, s, p, true, n, pad),
        (Some(f), Some(p)) if f > p => {
            if n > p {
                pad_field(out, &flat_trunc(s, p), pad, f - p, left);
            } else if n < p {
                let mut body = Deep::new();
                body.open();
                s.replay(&mut body);
                fill(&mut body, pad, p - n);
                body.close();
                pad_field(out, &body, pad, f - p, left);
            } else {
                pad_field(out, s, pad, f - p, left);
            }
        }
        (Some(f), Some(p)) if f == p => string_field_of(out, s, f, left, n, pad),
        _ => return bad(),
    }
    Ok(())
}

/// `~s`'s argument as `iolist_to_chars/1` (latin1) or `cdata_to_chars/1`
/// (`~ts`) gives it: nested lists kept, binaries turned into lists.
pub(super) fn string_chars(t: Term, unicode: bool) -> R<Deep> {
    if !t.is_list() && !t.as_bits().is_some_and(|b| b.is_binary()) {
        return bad();
    }
    let mut d = Deep::new();
    let bin = |d: &mut Deep, bytes: &[u8]| match std::str::from_utf8(bytes) {
        Ok(s) if unicode => s.chars().for_each(|c| d.ch(c as i64)),
        _ => bytes.iter().for_each(|&c| d.ch(c as i64)),
    };
    // Each entry: the rest of a list whose `open` has been written.
    let mut stack: Vec<Term> = Vec::new();
    d.open();
    match t.view() {
        View::Binary(b) => {
            bin(&mut d, &b.to_bytes());
            d.close();
            return Ok(d);
        }
        _ => stack.push(t),
    }
    while let Some(t) = stack.pop() {
        match t.view() {
            View::Nil => d.close(),
            View::Cons(h, tl) => match h.view() {
                View::Small(c) if c >= 0 && (unicode || c <= 255) => {
                    d.ch(c);
                    stack.push(tl);
                }
                View::Nil | View::Cons(..) => {
                    stack.push(tl);
                    d.open();
                    stack.push(h);
                }
                View::Binary(b) if b.is_binary() => {
                    d.open();
                    bin(&mut d, &b.to_bytes());
                    d.close();
                    stack.push(tl);
                }
                _ => return bad(),
            },
            // A binary tail is spliced in.
            View::Binary(b) if b.is_binary() => {
                bin(&mut d, &b.to_bytes());
                d.close();
            }
            _ => return bad(),
        }
    }
    Ok(d)
}

/// `io_lib:write_string/1` on a character list (for `io_lib:write_string`).
pub fn quote_string(cs: &[i64]) -> String {
    write::write_string(cs, '"', StrMode::Unicode)
}
