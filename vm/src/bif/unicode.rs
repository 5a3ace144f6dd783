//! `unicode:characters_to_list/1,2` and `characters_to_binary/1,2,3` for
//! the `latin1`, `unicode`/`utf8`, `utf16` and `utf32` encodings (the last
//! two big-endian unless `{utf16, little}` etc.). Chardata (nested lists of
//! characters and binaries) is walked with an explicit stack. Bad input
//! gives `{error, Converted, Rest}`; a binary ending inside a UTF-8
//! sequence gives `{incomplete, Converted, Rest}`; non-chardata is badarg.

use crate::bif::Bif;
use crate::exception::{BifResult, Exception};
use crate::process::Process;
use crate::term::{atoms, Atom, Term};

#[derive(Clone, Copy, PartialEq)]
enum Enc {
    Latin1,
    Utf8,
    /// Code unit size in bytes (2 or 4), and whether little-endian.
    Wide(usize, bool),
}

fn encoding(t: Term) -> Result<Enc, Exception> {
    let name = |t: Term| t.as_atom().map(|a| a.name());
    if let Some(&[w, e]) = t.as_tuple() {
        let little = match name(e) {
            Some("big") => false,
            Some("little") => true,
            _ => return Err(Exception::badarg()),
        };
        return match name(w) {
            Some("utf16") => Ok(Enc::Wide(2, little)),
            Some("utf32") => Ok(Enc::Wide(4, little)),
            _ => Err(Exception::badarg()),
        };
    }
    match name(t) {
        Some("latin1") => Ok(Enc::Latin1),
        Some("unicode") | Some("utf8") => Ok(Enc::Utf8),
        Some("utf16") => Ok(Enc::Wide(2, false)),
        Some("utf32") => Ok(Enc::Wide(4, false)),
        _ => Err(Exception::badarg()),
    }
}

/// Decodes UTF-16/32 bytes: the characters, and where decoding stopped
/// (`Some((at, incomplete))`) if it did.
fn decode_wide(b: &[u8], unit: usize, little: bool) -> (Vec<char>, Option<(usize, bool)>) {
    let word = |i: usize| -> Option<u32> {
        let s = b.get(i..i + unit)?;
        let mut v: u32 = 0;
        for k in 0..unit {
            let byte = if little { s[unit - 1 - k] } else { s[k] };
            v = (v << 8) | byte as u32;
        }
        Some(v)
    };
    let mut out = Vec::new();
    let mut i = 0;
    while i < b.len() {
        let Some(w) = word(i) else {
            return (out, Some((i, true)));
        };
        let (c, len) = if unit == 2 && (0xD800..0xDC00).contains(&w) {
            match word(i + 2) {
                None => return (out, Some((i, true))),
                Some(lo) if (0xDC00..0xE000).contains(&lo) => (0x10000 + ((w - 0xD800) << 10) + (lo - 0xDC00), 4),
                Some(_) => return (out, Some((i, false))),
            }
        } else {
            (w, unit)
        };
        match char::from_u32(c) {
            Some(ch) => out.push(ch),
            None => return (out, Some((i, false))),
        }
        i += len;
    }
    (out, None)
}

/// Why decoding stopped early, and the unconverted rest.
enum Stop {
    Error(Term),
    Incomplete(Term),
}

/// Decodes chardata into characters. `Err` is badarg (not chardata).
fn decode(p: &mut Process, data: Term, enc: Enc) -> Result<(Vec<char>, Option<Stop>), Exception> {
    let mut out = Vec::new();
    // The pending tails, innermost last: the rest of the data is
    // `stack[last] ++ ... ++ stack[0]` (as nested lists).
    let mut stack = vec![data];
    while let Some(x) = stack.pop() {
        if let Some((h, t)) = x.as_cons() {
            if let Some(c) = h.as_small() {
                match u32::try_from(c).ok().and_then(char::from_u32) {
                    Some(ch) => out.push(ch),
                    None => {
                        let rest = rebuild(p, x, &stack);
                        return Ok((out, Some(Stop::Error(rest))));
                    }
                }
                stack.push(t);
            } else if h.is_list() || h.as_bits().is_some() {
                stack.push(t);
                stack.push(h);
            } else {
                return Err(Exception::badarg());
            }
        } else if x.is_nil() {
            continue;
        } else if let Some(b) = x.as_bits() {
            if !b.is_binary() {
                return Err(Exception::badarg());
            }
            let bytes = b.to_bytes();
            match enc {
                Enc::Latin1 => out.extend(bytes.iter().map(|&c| c as char)),
                Enc::Wide(unit, little) => {
                    let (chars, stop) = decode_wide(&bytes, unit, little);
                    out.extend(chars);
                    if let Some((at, incomplete)) = stop {
                        let tail = p.heap.binary(&bytes[at..]);
                        let rest = rebuild(p, tail, &stack);
                        let stop = if incomplete && stack.iter().all(|t| t.is_nil()) {
                            Stop::Incomplete(rest)
                        } else {
                            Stop::Error(rest)
                        };
                        return Ok((out, Some(stop)));
                    }
                }
                Enc::Utf8 => match std::str::from_utf8(&bytes) {
                    Ok(s) => out.extend(s.chars()),
                    Err(e) => {
                        let good = e.valid_up_to();
                        out.extend(std::str::from_utf8(&bytes[..good]).unwrap_or("").chars());
                        let tail = p.heap.binary(&bytes[good..]);
                        let rest = rebuild(p, tail, &stack);
                        let stop = if e.error_len().is_none() && stack.iter().all(|t| t.is_nil()) {
                            Stop::Incomplete(rest)
                        } else {
                            Stop::Error(rest)
                        };
                        return Ok((out, Some(stop)));
                    }
                },
            }
        } else {
            return Err(Exception::badarg());
        }
    }
    Ok((out, None))
}

/// The unconverted rest: `at` followed by the pending tails.
fn rebuild(p: &mut Process, at: Term, stack: &[Term]) -> Term {
    let pending: Vec<Term> = stack.iter().rev().copied().filter(|t| !t.is_nil()).collect();
    if pending.is_empty() {
        return at;
    }
    let mut items = vec![at];
    items.extend(pending);
    p.heap.list(&items)
}

fn chars_list(p: &mut Process, chars: &[char]) -> Term {
    let items: Vec<Term> = chars.iter().map(|&c| Term::int(c as i64)).collect();
    p.heap.list(&items)
}

fn encode(chars: &[char], enc: Enc) -> Result<Vec<u8>, usize> {
    match enc {
        Enc::Utf8 => Ok(chars.iter().collect::<String>().into_bytes()),
        Enc::Wide(unit, little) => {
            let mut out = Vec::with_capacity(chars.len() * unit);
            let mut put = |w: u32| {
                let be = w.to_be_bytes();
                let bytes = &be[4 - unit..];
                if little {
                    out.extend(bytes.iter().rev());
                } else {
                    out.extend_from_slice(bytes);
                }
            };
            for &c in chars {
                if unit == 2 {
                    let mut buf = [0u16; 2];
                    for &u in c.encode_utf16(&mut buf).iter() {
                        put(u as u32);
                    }
                } else {
                    put(c as u32);
                }
            }
            Ok(out)
        }
        Enc::Latin1 => chars.iter().enumerate().map(|(i, &c)| u8::try_from(c as u32).map_err(|_| i)).collect(),
    }
}

fn stop_tuple(p: &mut Process, converted: Term, stop: Stop) -> Term {
    let (tag, rest) = match stop {
        Stop::Error(r) => (atoms::error, r),
        Stop::Incomplete(r) => (Atom::intern("incomplete"), r),
    };
    p.heap.tuple(&[Term::atom(tag), converted, rest])
}

fn to_list(p: &mut Process, data: Term, enc: Enc) -> BifResult {
    let (chars, stop) = decode(p, data, enc)?;
    let l = chars_list(p, &chars);
    Ok(match stop {
        None => l,
        Some(s) => stop_tuple(p, l, s),
    })
}

fn to_binary(p: &mut Process, data: Term, inenc: Enc, outenc: Enc) -> BifResult {
    let (chars, stop) = decode(p, data, inenc)?;
    match encode(&chars, outenc) {
        Ok(bytes) => {
            let b = p.heap.binary(&bytes);
            Ok(match stop {
                None => b,
                Some(s) => stop_tuple(p, b, s),
            })
        }
        Err(i) => {
            // A character latin1 cannot hold: error at that character.
            let done = encode(&chars[..i], outenc).unwrap_or_default();
            let b = p.heap.binary(&done);
            let rest = chars_list(p, &chars[i..]);
            Ok(p.heap.tuple(&[Term::atom(atoms::error), b, rest]))
        }
    }
}

fn characters_to_list1(p: &mut Process, a: &[Term]) -> BifResult {
    to_list(p, a[0], Enc::Utf8)
}
fn characters_to_list2(p: &mut Process, a: &[Term]) -> BifResult {
    to_list(p, a[0], encoding(a[1])?)
}
fn characters_to_binary1(p: &mut Process, a: &[Term]) -> BifResult {
    to_binary(p, a[0], Enc::Utf8, Enc::Utf8)
}
fn characters_to_binary2(p: &mut Process, a: &[Term]) -> BifResult {
    to_binary(p, a[0], encoding(a[1])?, Enc::Utf8)
}
fn characters_to_binary3(p: &mut Process, a: &[Term]) -> BifResult {
    to_binary(p, a[0], encoding(a[1])?, encoding(a[2])?)
}

/// `bom_to_encoding(Bin)`: the encoding a byte-order mark names, and its
/// length; `{latin1, 0}` without one.
fn bom_to_encoding(p: &mut Process, a: &[Term]) -> BifResult {
    let b = crate::bif::erlang::binary_arg(a[0])?;
    let wide =
        |p: &mut Process, w: &str, e: &str| p.heap.tuple(&[Term::atom(Atom::intern(w)), Term::atom(Atom::intern(e))]);
    let (enc, n) = if b.starts_with(&[0xEF, 0xBB, 0xBF]) {
        (Term::atom(Atom::intern("utf8")), 3)
    } else if b.starts_with(&[0, 0, 0xFE, 0xFF]) {
        (wide(p, "utf32", "big"), 4)
    } else if b.starts_with(&[0xFF, 0xFE, 0, 0]) {
        (wide(p, "utf32", "little"), 4)
    } else if b.starts_with(&[0xFE, 0xFF]) {
        (wide(p, "utf16", "big"), 2)
    } else if b.starts_with(&[0xFF, 0xFE]) {
        (wide(p, "utf16", "little"), 2)
    } else {
        (Term::atom(Atom::intern("latin1")), 0)
    };
    Ok(p.heap.tuple(&[enc, Term::int(n)]))
}

/// `encoding_to_bom(Encoding)`.
fn encoding_to_bom(p: &mut Process, a: &[Term]) -> BifResult {
    let bom: &[u8] = match encoding(a[0])? {
        Enc::Latin1 => &[],
        Enc::Utf8 => &[0xEF, 0xBB, 0xBF],
        Enc::Wide(2, false) => &[0xFE, 0xFF],
        Enc::Wide(2, true) => &[0xFF, 0xFE],
        Enc::Wide(_, false) => &[0, 0, 0xFE, 0xFF],
        Enc::Wide(_, true) => &[0xFF, 0xFE, 0, 0],
    };
    Ok(p.heap.binary(bom))
}

pub(crate) const BIFS: &[Bif] = &[
    Bif::new("unicode", "bom_to_encoding", 1, bom_to_encoding),
    Bif::new("unicode", "encoding_to_bom", 1, encoding_to_bom),
    Bif::new("unicode", "characters_to_list", 1, characters_to_list1),
    Bif::new("unicode", "characters_to_list", 2, characters_to_list2),
    Bif::new("unicode", "characters_to_binary", 1, characters_to_binary1),
    Bif::new("unicode", "characters_to_binary", 2, characters_to_binary2),
    Bif::new("unicode", "characters_to_binary", 3, characters_to_binary3),
];
