//! `io_lib:format/2`'s control sequences (`io_lib_format` in OTP 25):
//! `~[-][Width][.Precision][.Pad][t|l]C`. Every misuse — an unknown
//! control, an argument of the wrong type, too few or too many arguments
//! — fails with `badarg`, as in OTP.

use super::write::{self, StrMode};
use super::{char_of, float, pretty, Encoding};
use crate::exception::Exception;
use crate::term::{Term, View};

type R<T> = Result<T, Exception>;

fn bad<T>() -> R<T> {
    Err(Exception::badarg())
}

/// One parsed control sequence.
struct Spec {
    width: Option<i64>,
    left: bool,
    prec: Option<i64>,
    pad: char,
    enc: Encoding,
    strings: bool,
    control: char,
}

/// The characters of a format: a string (deep lists allowed, their
/// elements taken literally), an atom or a binary.
fn format_chars(fmt: Term) -> R<Vec<i64>> {
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
    let f = format_chars(fmt)?;
    let args = args.list_to_vec().ok_or_else(Exception::badarg)?;
    let mut args = args.into_iter();
    let mut out = String::new();
    let mut i = 0;
    while i < f.len() {
        let c = f[i];
        i += 1;
        if c != '~' as i64 {
            out.push(char_of(c));
            continue;
        }
        let spec = parse_spec(&f, &mut i, &mut args)?;
        control(&mut out, &spec, &mut args)?;
    }
    if args.next().is_some() {
        return bad();
    }
    Ok(out)
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

fn parse_spec(f: &[i64], i: &mut usize, args: &mut impl Iterator<Item = Term>) -> R<Spec> {
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

/// The current column (0-based, tabs to multiples of 8) at the end of
/// `out`: `io_lib_format:indentation/2`.
fn indentation(out: &str) -> i64 {
    let line = out.rsplit('\n').next().unwrap_or("");
    let mut n = 0;
    for c in line.chars() {
        n = if c == '\t' { (n + 8) / 8 * 8 } else { n + 1 };
    }
    n
}

fn control(out: &mut String, s: &Spec, args: &mut impl Iterator<Item = Term>) -> R<()> {
    match s.control {
        'w' | 'W' => {
            let t = next_arg(args)?;
            let depth = if s.control == 'W' { next_arg(args)?.as_small().ok_or_else(Exception::badarg)? } else { -1 };
            let text = write::write(t, depth, s.enc);
            out.push_str(&term(&text, s.width, s.left, s.prec, s.pad));
        }
        'p' | 'P' => {
            let t = next_arg(args)?;
            let depth = if s.control == 'P' { next_arg(args)?.as_small().ok_or_else(Exception::badarg)? } else { -1 };
            if s.left {
                return bad();
            }
            let ll = s.width.unwrap_or(80);
            let col = s.prec.unwrap_or_else(|| indentation(out) + 1);
            let text = if s.strings {
                pretty::print(t, col, ll, depth, s.enc)
            } else {
                pretty::print_no_strings(t, col, ll, depth, s.enc)
            };
            out.push_str(&text);
        }
        's' => {
            let t = next_arg(args)?;
            let chars = match (t.view(), s.enc) {
                (View::Atom(a), enc) => {
                    let cs: Vec<i64> = a.name().chars().map(|c| c as i64).collect();
                    if enc == Encoding::Latin1 && cs.iter().any(|&c| c > 255) {
                        return bad();
                    }
                    cs
                }
                (_, Encoding::Latin1) => iolist_chars(t)?,
                (_, Encoding::Unicode) => chardata_chars(t)?,
            };
            out.push_str(&string(&chars, s.width, s.left, s.prec, s.pad)?);
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
                None => out.push_str(&text),
                Some(w) => out.push_str(&term(&text, Some(w), s.left, Some(w), s.pad)),
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
            out.push_str(&term(&text, s.width, s.left, None, s.pad));
        }
        'c' => {
            let Some(c) = next_arg(args)?.as_small() else {
                return bad();
            };
            let c = if s.enc == Encoding::Unicode { c } else { c & 255 };
            out.push_str(&char_field(char_of(c), s)?);
        }
        '~' => out.push_str(&char_field('~', s)?),
        'n' => match s.width {
            None => out.push('\n'),
            Some(_) if s.left => return bad(),
            Some(w) => out.extend(std::iter::repeat_n('\n', w as usize)),
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

/// `string/6`: a string in a field of `width`, cut to `prec` characters.
fn string(cs: &[i64], width: Option<i64>, left: bool, prec: Option<i64>, pad: char) -> R<String> {
    let text: String = cs.iter().map(|&c| char_of(c)).collect();
    let n = cs.len() as i64;
    let trunc = |k: i64| -> String { text.chars().take(k.max(0) as usize).collect() };
    let field = |f: i64, left: bool| -> String {
        if n > f {
            trunc(f)
        } else {
            adjust(&text, &repeat(pad, f - n), left)
        }
    };
    Ok(match (width, prec) {
        (None, None) => text.clone(),
        (Some(f), None) => field(f, left),
        (None, Some(p)) => field(p, true),
        (Some(f), Some(p)) if f > p => {
            let body = if n > p { trunc(p) } else { format!("{text}{}", repeat(pad, p - n)) };
            adjust(&body, &repeat(pad, f - p), left)
        }
        (Some(f), Some(p)) if f == p => field(f, left),
        _ => return bad(),
    })
}

/// `~s` without `t`: an iolist of latin1 characters, binaries as bytes.
fn iolist_chars(t: Term) -> R<Vec<i64>> {
    if !t.is_list() && t.as_bits().is_none() {
        return bad();
    }
    let mut out = Vec::new();
    let mut stack = vec![t];
    while let Some(t) = stack.pop() {
        match t.view() {
            View::Nil => {}
            View::Cons(h, tl) => {
                stack.push(tl);
                stack.push(h);
            }
            View::Small(c) if (0..=255).contains(&c) => out.push(c),
            View::Binary(b) if b.is_binary() => out.extend(b.to_bytes().iter().map(|&c| c as i64)),
            _ => return bad(),
        }
    }
    Ok(out)
}

/// `~ts`: chardata; binaries are UTF-8 (or, failing that, latin1).
fn chardata_chars(t: Term) -> R<Vec<i64>> {
    if !t.is_list() && t.as_bits().is_none() {
        return bad();
    }
    let mut out = Vec::new();
    let mut stack = vec![t];
    while let Some(t) = stack.pop() {
        match t.view() {
            View::Nil => {}
            View::Cons(h, tl) => {
                stack.push(tl);
                stack.push(h);
            }
            View::Small(c) if c >= 0 => out.push(c),
            View::Binary(b) if b.is_binary() => {
                let bytes = b.to_bytes();
                match std::str::from_utf8(&bytes) {
                    Ok(s) => out.extend(s.chars().map(|c| c as i64)),
                    Err(_) => out.extend(bytes.iter().map(|&c| c as i64)),
                }
            }
            _ => return bad(),
        }
    }
    Ok(out)
}

/// `io_lib:write_string/1` on a character list (for `io_lib:write_string`).
pub fn quote_string(cs: &[i64]) -> String {
    write::write_string(cs, '"', StrMode::Unicode)
}
