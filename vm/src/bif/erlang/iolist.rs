//! iolists and binaries ↔ lists: `list_to_binary`, `iolist_to_binary`,
//! `iolist_size`, `list_to_bitstring`, `binary_to_list/1,3`,
//! `bitstring_to_list`. iolists are walked with an explicit stack, so
//! deep nesting cannot overflow the Rust stack.

use super::{badarg, usize_arg};
use crate::bif::Bif;
use crate::exception::{BifResult, Exception};
use crate::process::Process;
use crate::term::bits::Bits;
use crate::term::Term;

/// Bits appended one view at a time.
#[derive(Default)]
pub(crate) struct BitWriter {
    pub bytes: Vec<u8>,
    pub bit_len: usize,
}

impl BitWriter {
    pub fn push_byte(&mut self, b: u8) {
        if self.bit_len.is_multiple_of(8) {
            self.bytes.push(b);
            self.bit_len += 8;
        } else {
            self.push_bits(Bits { bytes: &[b], bit_offset: 0, bit_len: 8 });
        }
    }

    pub fn push_bits(&mut self, b: Bits) {
        if self.bit_len.is_multiple_of(8) {
            if let Some(x) = b.as_aligned() {
                self.bytes.extend_from_slice(x);
                self.bit_len += x.len() * 8;
                return;
            }
        }
        for i in 0..b.bit_len {
            if self.bit_len.is_multiple_of(8) {
                self.bytes.push(0);
            }
            if b.bit(i) {
                let last = self.bytes.len() - 1;
                self.bytes[last] |= 0x80 >> (self.bit_len % 8);
            }
            self.bit_len += 1;
        }
    }
}

/// Flattens an iolist (or, with `allow_bits`, a bitstring list) into
/// `out`; `Err(badarg)` on anything else.
pub(crate) fn flatten(t: Term, allow_bits: bool, out: &mut BitWriter) -> Result<(), Exception> {
    let mut stack = vec![t];
    while let Some(x) = stack.pop() {
        if let Some((h, tl)) = x.as_cons() {
            stack.push(tl);
            if let Some(n) = h.as_small() {
                match u8::try_from(n) {
                    Ok(b) => out.push_byte(b),
                    Err(_) => return badarg(),
                }
            } else if h.is_list() {
                stack.push(h);
            } else {
                push_bin(h, allow_bits, out)?;
            }
        } else if !x.is_nil() {
            push_bin(x, allow_bits, out)?;
        }
    }
    Ok(())
}

fn push_bin(t: Term, allow_bits: bool, out: &mut BitWriter) -> Result<(), Exception> {
    match t.as_bits() {
        Some(b) if allow_bits || b.is_binary() => {
            out.push_bits(b);
            Ok(())
        }
        _ => badarg(),
    }
}

/// The bytes of an iolist or binary.
pub fn iolist_bytes(t: Term) -> Result<Vec<u8>, Exception> {
    let mut w = BitWriter::default();
    flatten(t, false, &mut w)?;
    Ok(w.bytes)
}

fn list_to_binary(p: &mut Process, a: &[Term]) -> BifResult {
    if !a[0].is_list() {
        return badarg();
    }
    let bytes = iolist_bytes(a[0])?;
    Ok(p.heap.binary(&bytes))
}

fn iolist_to_binary(p: &mut Process, a: &[Term]) -> BifResult {
    if a[0].as_bits().is_some_and(|b| b.is_binary()) {
        return Ok(a[0]);
    }
    list_to_binary(p, a)
}

fn list_to_bitstring(p: &mut Process, a: &[Term]) -> BifResult {
    if !a[0].is_list() {
        return badarg();
    }
    let mut w = BitWriter::default();
    flatten(a[0], true, &mut w)?;
    Ok(p.heap.bitstring(&w.bytes, w.bit_len))
}

fn iolist_size(_: &mut Process, a: &[Term]) -> BifResult {
    // Counted without building the bytes.
    let mut n: usize = 0;
    let mut stack = vec![a[0]];
    while let Some(x) = stack.pop() {
        if let Some((h, tl)) = x.as_cons() {
            stack.push(tl);
            if let Some(c) = h.as_small() {
                if !(0..=255).contains(&c) {
                    return badarg();
                }
                n += 1;
            } else if h.is_list() {
                stack.push(h);
            } else {
                match h.as_bits() {
                    Some(b) if b.is_binary() => n += b.byte_len(),
                    _ => return badarg(),
                }
            }
        } else if !x.is_nil() {
            match x.as_bits() {
                Some(b) if b.is_binary() => n += b.byte_len(),
                _ => return badarg(),
            }
        }
    }
    Ok(Term::int(n as i64))
}

fn bytes_to_list(p: &mut Process, bytes: &[u8], tail: Term) -> Term {
    let mut l = tail;
    for &b in bytes.iter().rev() {
        l = p.heap.cons(Term::int(b as i64), l);
    }
    l
}

fn binary_to_list(p: &mut Process, a: &[Term]) -> BifResult {
    let bytes = super::binary_arg(a[0])?;
    Ok(bytes_to_list(p, &bytes, Term::NIL))
}

/// `binary_to_list(Bin, Start, Stop)`: 1-based, inclusive.
fn binary_to_list3(p: &mut Process, a: &[Term]) -> BifResult {
    let bytes = super::binary_arg(a[0])?;
    let (s, e) = (usize_arg(a[1])?, usize_arg(a[2])?);
    if s < 1 || s > e || e > bytes.len() {
        return badarg();
    }
    Ok(bytes_to_list(p, &bytes[s - 1..e], Term::NIL))
}

/// Whole bytes as integers; trailing bits as a final bitstring element.
fn bitstring_to_list(p: &mut Process, a: &[Term]) -> BifResult {
    let b = a[0].as_bits().ok_or_else(Exception::badarg)?;
    let whole = b.bit_len / 8;
    let rest = b.bit_len % 8;
    let tail = if rest > 0 {
        let last = b.slice(whole * 8, rest).to_bytes();
        let bin = p.heap.bitstring(&last, rest);
        p.heap.cons(bin, Term::NIL)
    } else {
        Term::NIL
    };
    let bytes = b.slice(0, whole * 8).to_bytes();
    Ok(bytes_to_list(p, &bytes, tail))
}

pub(crate) const BIFS: &[Bif] = &[
    Bif::new("erlang", "list_to_binary", 1, list_to_binary),
    Bif::new("erlang", "iolist_to_binary", 1, iolist_to_binary),
    Bif::new("erlang", "list_to_bitstring", 1, list_to_bitstring),
    Bif::new("erlang", "iolist_size", 1, iolist_size),
    Bif::new("erlang", "binary_to_list", 1, binary_to_list),
    Bif::new("erlang", "binary_to_list", 3, binary_to_list3),
    Bif::new("erlang", "bitstring_to_list", 1, bitstring_to_list),
];
