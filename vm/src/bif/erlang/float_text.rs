//! Floats as text: `float_to_list/1,2`, `float_to_binary/1,2` (OTP's
//! `{decimals, N}`, `{scientific, N}`, `compact` and `short` formats, to
//! the character) and the strict parsers `list_to_float`,
//! `binary_to_float`.

use super::{badarg, binary_arg, char_list};
use crate::bif::Bif;
use crate::exception::{BifResult, Exception};
use crate::process::Process;
use crate::term::{Term, View};

/// OTP formats into a 256-byte buffer; longer results are `badarg`.
const BUF: usize = 256;

enum Format {
    Scientific(usize),
    Decimals(usize, bool),
    Short,
}

/// Parses float_to_list's options; later options override earlier ones.
fn options(opts: Term) -> Result<Format, Exception> {
    let mut fmt = Format::Scientific(20);
    let mut compact = false;
    let mut rest = opts;
    while let Some((o, tl)) = rest.as_cons() {
        rest = tl;
        if let Some(a) = o.as_atom() {
            match a.name() {
                "compact" => compact = true,
                "short" => fmt = Format::Short,
                _ => return badarg(),
            }
            continue;
        }
        let (tag, n) = match o.as_tuple() {
            Some(&[tag, n]) => (tag.as_atom().map(|a| a.name()), n.as_small()),
            _ => return badarg(),
        };
        fmt = match (tag, n) {
            (Some("decimals"), Some(n)) if (0..=253).contains(&n) => Format::Decimals(n as usize, false),
            (Some("scientific"), Some(n)) if (0..=249).contains(&n) => Format::Scientific(n as usize),
            _ => return badarg(),
        };
    }
    if !rest.is_nil() {
        return badarg();
    }
    if let Format::Decimals(n, _) = fmt {
        fmt = Format::Decimals(n, compact);
    }
    Ok(fmt)
}

/// `F` formatted as OTP's `float_to_list(F, Options)`; `None` when it
/// does not fit OTP's buffer.
pub fn format_float(f: f64, opts: Term) -> Result<String, Exception> {
    let s = match options(opts)? {
        Format::Scientific(n) => scientific(f, n),
        Format::Short => short(f),
        Format::Decimals(n, compact) => fixed(f, n, compact).ok_or_else(Exception::badarg)?,
    };
    Ok(s)
}

/// C's `%.Ne`: the exponent has a sign and at least two digits.
pub fn scientific(f: f64, decimals: usize) -> String {
    let s = format!("{:.*e}", decimals, f);
    let (mant, exp) = s.split_once('e').unwrap_or((&s, "0"));
    let (sign, digits) = match exp.strip_prefix('-') {
        Some(d) => ('-', d),
        None => ('+', exp),
    };
    format!("{mant}e{sign}{digits:0>2}")
}

/// The shortest text that reads back as `f`, choosing between plain and
/// exponent notation as OTP 25's `short` option does (its Ryu `to_chars`).
pub fn short(f: f64) -> String {
    let e = format!("{:e}", f.abs());
    let (mant, exp) = e.split_once('e').unwrap_or((&e, "0"));
    let digits: String = mant.chars().filter(|c| *c != '.').collect();
    let sci_exp: i32 = exp.parse().unwrap_or(0);
    let olength = digits.len() as i32;
    let output: u64 = digits.parse().unwrap_or(0);
    let ryu_exp = sci_exp - (olength - 1);
    let (lower, upper) = if olength == 1 {
        (-4, 2)
    } else if sci_exp >= 10 {
        (-(olength + 2), 2)
    } else {
        (-(olength + 2), 1)
    };
    let mut fixed = lower <= ryu_exp && ryu_exp <= upper;
    // Integers beyond 2^53 are shown in exponent form.
    if fixed
        && ((output >= 1 << 53 && ryu_exp == 0)
            || (output > (1 << 52) / 5 && ryu_exp == 1)
            || (output > (1 << 51) / 25 && ryu_exp == 2))
    {
        fixed = false;
    }
    let mut s = String::new();
    if f.is_sign_negative() {
        s.push('-');
    }
    if fixed {
        let whole = olength + ryu_exp;
        if ryu_exp >= 0 {
            s.push_str(&digits);
            s.extend(std::iter::repeat_n('0', ryu_exp as usize));
            s.push_str(".0");
        } else if whole > 0 {
            s.push_str(&digits[..whole as usize]);
            s.push('.');
            s.push_str(&digits[whole as usize..]);
        } else {
            s.push_str("0.");
            s.extend(std::iter::repeat_n('0', (-whole) as usize));
            s.push_str(&digits);
        }
    } else {
        s.push_str(&digits[..1]);
        s.push('.');
        s.push_str(if olength > 1 { &digits[1..] } else { "0" });
        s.push('e');
        s.push_str(&sci_exp.to_string());
    }
    s
}

/// `{decimals, N}`: OTP's `sys_double_to_chars_fast`, which rounds by
/// adding 0.555.../10^N and then truncates; `None` past the buffer size.
pub fn fixed(f: f64, decimals: usize, compact: bool) -> Option<String> {
    // OTP's 0.55555555555555555, as the double it rounds to.
    const RND: f64 = 0.555_555_555_555_555_6;
    const POW10: [f64; 19] =
        [1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18];
    let neg = f.is_sign_negative();
    let fr = match POW10.get(decimals) {
        Some(p) if neg => f - RND / p,
        Some(p) => f + RND / p,
        None => f,
    };
    let x = fr.abs();
    if x > (1u64 << 53) as f64 || decimals >= POW10.len() {
        let mut s = format!("{:.*}", decimals, f);
        if s.len() >= BUF {
            return None;
        }
        if compact {
            strip_zeros(&mut s);
        }
        return Some(s);
    }
    let bits = x.to_bits();
    let exp = ((bits >> 52) & 0x7ff) as i64 - 1023;
    let mantissa = (bits & ((1 << 52) - 1)) | (1 << 52);
    const MASK2: u64 = (1 << 53) - 1;
    let (int_part, mut frac) = if exp >= 52 {
        (mantissa << (exp - 52), 0)
    } else if exp >= 0 {
        (mantissa >> (52 - exp), (mantissa << (exp + 1)) & MASK2)
    } else if exp >= -53 {
        (0, (mantissa & MASK2) >> -(exp + 1))
    } else {
        (0, 0)
    };
    let mut s = String::new();
    if neg {
        s.push('-');
    }
    s.push_str(&int_part.to_string());
    if decimals > 0 {
        s.push('.');
        if s.len() + decimals >= BUF {
            return None;
        }
        for _ in 0..decimals {
            frac *= 10;
            s.push((b'0' + (frac >> 53) as u8) as char);
            frac &= MASK2;
        }
        if compact {
            strip_zeros(&mut s);
        }
    }
    Some(s)
}

/// Drops trailing zeros, keeping one digit after a decimal point.
fn strip_zeros(s: &mut String) {
    while s.ends_with('0') {
        s.pop();
    }
    if s.ends_with('.') {
        s.push('0');
    }
}

fn float_arg(t: Term) -> Result<f64, Exception> {
    match t.view() {
        View::Float(f) => Ok(f),
        _ => badarg(),
    }
}

fn float_to_list1(p: &mut Process, a: &[Term]) -> BifResult {
    let s = scientific(float_arg(a[0])?, 20);
    Ok(p.heap.string(&s))
}
fn float_to_list2(p: &mut Process, a: &[Term]) -> BifResult {
    let s = format_float(float_arg(a[0])?, a[1])?;
    Ok(p.heap.string(&s))
}
fn float_to_binary1(p: &mut Process, a: &[Term]) -> BifResult {
    let s = scientific(float_arg(a[0])?, 20);
    Ok(p.heap.binary(s.as_bytes()))
}
fn float_to_binary2(p: &mut Process, a: &[Term]) -> BifResult {
    let s = format_float(float_arg(a[0])?, a[1])?;
    Ok(p.heap.binary(s.as_bytes()))
}

/// OTP's float syntax: `[+-]digits.digits([eE][+-]digits)?`, finite.
pub fn parse_float(text: &[u8]) -> Option<f64> {
    let mut i = 0;
    let digits = |i: &mut usize| {
        let start = *i;
        while *i < text.len() && text[*i].is_ascii_digit() {
            *i += 1;
        }
        *i > start
    };
    if matches!(text.first(), Some(b'+') | Some(b'-')) {
        i += 1;
    }
    if !digits(&mut i) || text.get(i) != Some(&b'.') {
        return None;
    }
    i += 1;
    if !digits(&mut i) {
        return None;
    }
    if matches!(text.get(i), Some(b'e') | Some(b'E')) {
        i += 1;
        if matches!(text.get(i), Some(b'+') | Some(b'-')) {
            i += 1;
        }
        if !digits(&mut i) {
            return None;
        }
    }
    if i != text.len() {
        return None;
    }
    let f: f64 = std::str::from_utf8(text).ok()?.parse().ok()?;
    f.is_finite().then_some(f)
}

fn list_to_float(p: &mut Process, a: &[Term]) -> BifResult {
    let s = char_list(a[0])?;
    match parse_float(s.as_bytes()) {
        Some(f) => Ok(p.heap.float(f)),
        None => badarg(),
    }
}
fn binary_to_float(p: &mut Process, a: &[Term]) -> BifResult {
    let b = binary_arg(a[0])?;
    match parse_float(&b) {
        Some(f) => Ok(p.heap.float(f)),
        None => badarg(),
    }
}

pub(crate) const BIFS: &[Bif] = &[
    Bif::new("erlang", "float_to_list", 1, float_to_list1),
    Bif::new("erlang", "float_to_list", 2, float_to_list2),
    Bif::new("erlang", "float_to_binary", 1, float_to_binary1),
    Bif::new("erlang", "float_to_binary", 2, float_to_binary2),
    Bif::new("erlang", "list_to_float", 1, list_to_float),
    Bif::new("erlang", "binary_to_float", 1, binary_to_float),
];
