//! Conversions between atoms, integers, lists and binaries:
//! `atom_to_list`, `list_to_atom`, `atom_to_binary`, `binary_to_atom`
//! (and the `existing` variants), `integer_to_list/binary`,
//! `list/binary_to_integer`.

use super::{badarg, binary_arg, char_list};
use crate::bif::arith::big_result;
use crate::bif::Bif;
use crate::exception::{BifResult, Exception};
use crate::process::Process;
use crate::term::atom::MAX_ATOM_CHARS;
use crate::term::{atoms, Atom, Term, View};
use num_bigint::BigInt;

#[derive(Clone, Copy, PartialEq)]
enum Encoding {
    Latin1,
    Utf8,
}

fn encoding(t: Term) -> Result<Encoding, Exception> {
    match t.as_atom().map(|a| a.name()) {
        Some("latin1") => Ok(Encoding::Latin1),
        Some("utf8") | Some("unicode") => Ok(Encoding::Utf8),
        _ => badarg(),
    }
}

/// Makes or finds the atom `name`: `system_limit` past 255 characters or
/// when the atom table is full (`atom::ATOM_LIMIT`),
/// `badarg` when `existing` and it does not exist (however long: no atom
/// that long exists, and OTP 25 says badarg).
fn make_atom(name: &str, existing: bool) -> BifResult {
    if existing {
        return Atom::existing(name).map(Term::atom).ok_or_else(Exception::badarg);
    }
    if name.chars().count() > MAX_ATOM_CHARS {
        return Err(Exception::error_atom(atoms::system_limit));
    }
    Atom::try_intern(name).map(Term::atom).ok_or_else(|| Exception::error_atom(atoms::system_limit))
}

fn atom_to_list(p: &mut Process, a: &[Term]) -> BifResult {
    let at = a[0].as_atom().ok_or_else(Exception::badarg)?;
    Ok(p.heap.string(at.name()))
}

fn list_to_atom(_: &mut Process, a: &[Term]) -> BifResult {
    make_atom(&char_list(a[0])?, false)
}

fn list_to_existing_atom(_: &mut Process, a: &[Term]) -> BifResult {
    make_atom(&char_list(a[0])?, true)
}

fn atom_to_binary_enc(p: &mut Process, atom: Term, enc: Encoding) -> BifResult {
    let name = atom.as_atom().ok_or_else(Exception::badarg)?.name();
    match enc {
        Encoding::Utf8 => Ok(p.heap.binary(name.as_bytes())),
        Encoding::Latin1 => {
            let bytes: Option<Vec<u8>> = name.chars().map(|c| u8::try_from(c as u32).ok()).collect();
            match bytes {
                Some(b) => Ok(p.heap.binary(&b)),
                None => badarg(),
            }
        }
    }
}

fn atom_to_binary1(p: &mut Process, a: &[Term]) -> BifResult {
    atom_to_binary_enc(p, a[0], Encoding::Utf8)
}

fn atom_to_binary2(p: &mut Process, a: &[Term]) -> BifResult {
    let enc = encoding(a[1])?;
    atom_to_binary_enc(p, a[0], enc)
}

fn binary_to_atom_enc(bin: Term, enc: Encoding, existing: bool) -> BifResult {
    let bytes = binary_arg(bin)?;
    let name = match enc {
        Encoding::Latin1 => bytes.iter().map(|&b| b as char).collect(),
        Encoding::Utf8 => match String::from_utf8(bytes) {
            Ok(s) => s,
            Err(_) => return badarg(),
        },
    };
    make_atom(&name, existing)
}

fn binary_to_atom1(_: &mut Process, a: &[Term]) -> BifResult {
    binary_to_atom_enc(a[0], Encoding::Utf8, false)
}
fn binary_to_atom2(_: &mut Process, a: &[Term]) -> BifResult {
    binary_to_atom_enc(a[0], encoding(a[1])?, false)
}
fn binary_to_existing_atom1(_: &mut Process, a: &[Term]) -> BifResult {
    binary_to_atom_enc(a[0], Encoding::Utf8, true)
}
fn binary_to_existing_atom2(_: &mut Process, a: &[Term]) -> BifResult {
    binary_to_atom_enc(a[0], encoding(a[1])?, true)
}

fn base_arg(t: Term) -> Result<u32, Exception> {
    match t.as_small() {
        Some(b) if (2..=36).contains(&b) => Ok(b as u32),
        _ => badarg(),
    }
}

/// An integer's digits in `base`, uppercase, with a leading `-` if negative.
pub(crate) fn int_text(t: Term, base: u32) -> Result<String, Exception> {
    match t.view() {
        View::Small(n) if base == 10 => Ok(n.to_string()),
        View::Small(_) | View::Big(..) => {
            let n = t.to_bigint().unwrap_or_default();
            Ok(n.to_str_radix(base).to_uppercase())
        }
        _ => badarg(),
    }
}

fn integer_to_list(p: &mut Process, a: &[Term]) -> BifResult {
    let s = int_text(a[0], 10)?;
    Ok(p.heap.string(&s))
}
fn integer_to_list2(p: &mut Process, a: &[Term]) -> BifResult {
    let s = int_text(a[0], base_arg(a[1])?)?;
    Ok(p.heap.string(&s))
}
fn integer_to_binary(p: &mut Process, a: &[Term]) -> BifResult {
    let s = int_text(a[0], 10)?;
    Ok(p.heap.binary(s.as_bytes()))
}
fn integer_to_binary2(p: &mut Process, a: &[Term]) -> BifResult {
    let s = int_text(a[0], base_arg(a[1])?)?;
    Ok(p.heap.binary(s.as_bytes()))
}

/// Parses `[+-]digits` in `base` (OTP's syntax: no spaces, no `_`).
pub(crate) fn parse_int(p: &mut Process, text: &[u8], base: u32) -> BifResult {
    let (neg, digits) = match text.first() {
        Some(b'-') => (true, &text[1..]),
        Some(b'+') => (false, &text[1..]),
        _ => (false, text),
    };
    if digits.is_empty() || !digits.iter().all(|&c| (c as char).is_digit(base)) {
        return badarg();
    }
    if digits.len() <= 15 && base <= 10 || digits.len() <= 11 {
        let mut n: i64 = 0;
        for &c in digits {
            n = n * base as i64 + (c as char).to_digit(base).unwrap_or(0) as i64;
        }
        return Ok(p.heap.int(if neg { -n } else { n }));
    }
    let n = BigInt::parse_bytes(digits, base).ok_or_else(Exception::badarg)?;
    big_result(&mut p.heap, &if neg { -n } else { n })
}

/// The bytes of a list of characters below 256, else badarg.
fn byte_list(t: Term) -> Result<Vec<u8>, Exception> {
    let s = char_list(t)?;
    s.chars().map(|c| u8::try_from(c as u32).map_err(|_| Exception::badarg())).collect()
}

fn list_to_integer(p: &mut Process, a: &[Term]) -> BifResult {
    let text = byte_list(a[0])?;
    parse_int(p, &text, 10)
}
fn list_to_integer2(p: &mut Process, a: &[Term]) -> BifResult {
    let base = base_arg(a[1])?;
    let text = byte_list(a[0])?;
    parse_int(p, &text, base)
}
fn binary_to_integer(p: &mut Process, a: &[Term]) -> BifResult {
    let text = binary_arg(a[0])?;
    parse_int(p, &text, 10)
}
fn binary_to_integer2(p: &mut Process, a: &[Term]) -> BifResult {
    let base = base_arg(a[1])?;
    let text = binary_arg(a[0])?;
    parse_int(p, &text, base)
}

pub(crate) const BIFS: &[Bif] = &[
    Bif::new("erlang", "atom_to_list", 1, atom_to_list),
    Bif::new("erlang", "list_to_atom", 1, list_to_atom),
    Bif::new("erlang", "list_to_existing_atom", 1, list_to_existing_atom),
    Bif::new("erlang", "atom_to_binary", 1, atom_to_binary1),
    Bif::new("erlang", "atom_to_binary", 2, atom_to_binary2),
    Bif::new("erlang", "binary_to_atom", 1, binary_to_atom1),
    Bif::new("erlang", "binary_to_atom", 2, binary_to_atom2),
    Bif::new("erlang", "binary_to_existing_atom", 1, binary_to_existing_atom1),
    Bif::new("erlang", "binary_to_existing_atom", 2, binary_to_existing_atom2),
    Bif::new("erlang", "integer_to_list", 1, integer_to_list),
    Bif::new("erlang", "integer_to_list", 2, integer_to_list2),
    Bif::new("erlang", "integer_to_binary", 1, integer_to_binary),
    Bif::new("erlang", "integer_to_binary", 2, integer_to_binary2),
    Bif::new("erlang", "list_to_integer", 1, list_to_integer),
    Bif::new("erlang", "list_to_integer", 2, list_to_integer2),
    Bif::new("erlang", "binary_to_integer", 1, binary_to_integer),
    Bif::new("erlang", "binary_to_integer", 2, binary_to_integer2),
];
