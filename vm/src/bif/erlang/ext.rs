//! OTP's external term format (version 131), as OTP 25 writes it by
//! default: `term_to_binary/1` and `binary_to_term/1`. Both directions
//! are iterative (an explicit work stack), so deep terms are safe. Not
//! supported: compressed input, closures (encoded, but decoding one is
//! badarg), ports.

use super::badarg;
use crate::bif::Bif;
use crate::exception::{BifResult, Exception};
use crate::process::Process;
use crate::term::{atoms, Atom, Term, View};
use num_bigint::{BigInt, Sign};

const VERSION: u8 = 131;
const NEW_FLOAT: u8 = 70;
const BIT_BINARY: u8 = 77;
const NEW_PID: u8 = 88;
const NEWER_REF: u8 = 90;
const SMALL_INT: u8 = 97;
const INT: u8 = 98;
const FLOAT_OLD: u8 = 99;
const ATOM: u8 = 100;
const SMALL_TUPLE: u8 = 104;
const LARGE_TUPLE: u8 = 105;
const NIL: u8 = 106;
const STRING: u8 = 107;
const LIST: u8 = 108;
const BINARY: u8 = 109;
const SMALL_BIG: u8 = 110;
const LARGE_BIG: u8 = 111;
const NEW_FUN: u8 = 112;
const EXPORT: u8 = 113;
const SMALL_ATOM: u8 = 115;
const MAP: u8 = 116;
const ATOM_UTF8: u8 = 118;
const SMALL_ATOM_UTF8: u8 = 119;

const NODE: &str = "nonode@nohost";

fn put_atom(out: &mut Vec<u8>, name: &str) {
    let latin1: Option<Vec<u8>> = name.chars().map(|c| u8::try_from(c as u32).ok()).collect();
    match latin1 {
        Some(b) => {
            out.push(ATOM);
            out.extend_from_slice(&(b.len() as u16).to_be_bytes());
            out.extend_from_slice(&b);
        }
        None if name.len() < 256 => {
            out.push(SMALL_ATOM_UTF8);
            out.push(name.len() as u8);
            out.extend_from_slice(name.as_bytes());
        }
        None => {
            out.push(ATOM_UTF8);
            out.extend_from_slice(&(name.len() as u16).to_be_bytes());
            out.extend_from_slice(name.as_bytes());
        }
    }
}

fn put_int(out: &mut Vec<u8>, t: Term) {
    if let Some(n) = t.as_small() {
        if (0..=255).contains(&n) {
            out.extend_from_slice(&[SMALL_INT, n as u8]);
            return;
        }
        if let Ok(i) = i32::try_from(n) {
            out.push(INT);
            out.extend_from_slice(&i.to_be_bytes());
            return;
        }
    }
    let n = t.to_bigint().unwrap_or_default();
    let (sign, mag) = n.to_bytes_le();
    if mag.len() < 256 {
        out.extend_from_slice(&[SMALL_BIG, mag.len() as u8]);
    } else {
        out.push(LARGE_BIG);
        out.extend_from_slice(&(mag.len() as u32).to_be_bytes());
    }
    out.push((sign == Sign::Minus) as u8);
    out.extend_from_slice(&mag);
}

/// A proper list of bytes shorter than 65536, for STRING_EXT.
fn as_string(t: Term) -> Option<Vec<u8>> {
    let mut out = Vec::new();
    let mut rest = t;
    while let Some((h, tl)) = rest.as_cons() {
        out.push(u8::try_from(h.as_small()?).ok()?);
        if out.len() >= 65536 {
            return None;
        }
        rest = tl;
    }
    rest.is_nil().then_some(out)
}

/// Encodes `t` in the external format, version byte included.
pub fn encode(t: Term) -> Vec<u8> {
    let mut out = vec![VERSION];
    let mut work = vec![t];
    while let Some(t) = work.pop() {
        match t.view() {
            View::Small(_) | View::Big(..) => put_int(&mut out, t),
            View::Float(f) => {
                out.push(NEW_FLOAT);
                out.extend_from_slice(&f.to_bits().to_be_bytes());
            }
            View::Atom(a) => put_atom(&mut out, a.name()),
            View::Nil => out.push(NIL),
            View::Cons(..) => {
                if let Some(s) = as_string(t) {
                    out.push(STRING);
                    out.extend_from_slice(&(s.len() as u16).to_be_bytes());
                    out.extend_from_slice(&s);
                    continue;
                }
                let items: Vec<Term> = t.iter_list().collect();
                let mut tail = t;
                while let Some((_, tl)) = tail.as_cons() {
                    tail = tl;
                }
                out.push(LIST);
                out.extend_from_slice(&(items.len() as u32).to_be_bytes());
                work.push(tail);
                work.extend(items.iter().rev());
            }
            View::Tuple(els) => {
                if els.len() < 256 {
                    out.extend_from_slice(&[SMALL_TUPLE, els.len() as u8]);
                } else {
                    out.push(LARGE_TUPLE);
                    out.extend_from_slice(&(els.len() as u32).to_be_bytes());
                }
                work.extend(els.iter().rev());
            }
            View::Map(m) => {
                out.push(MAP);
                out.extend_from_slice(&(m.len() as u32).to_be_bytes());
                let first = work.len();
                work.extend(m.iter().flat_map(|(k, v)| [k, v]));
                // Reversed, the first key comes off the stack first.
                work[first..].reverse();
            }
            View::Binary(b) => {
                let bytes = b.to_bytes();
                if b.is_binary() {
                    out.push(BINARY);
                    out.extend_from_slice(&(bytes.len() as u32).to_be_bytes());
                } else {
                    out.push(BIT_BINARY);
                    out.extend_from_slice(&(bytes.len() as u32).to_be_bytes());
                    out.push((b.bit_len % 8) as u8);
                }
                out.extend_from_slice(&bytes);
            }
            View::Export(m, f, a) => {
                out.push(EXPORT);
                put_atom(&mut out, m.name());
                put_atom(&mut out, f.name());
                put_int(&mut out, Term::int(a as i64));
            }
            View::Fun(l, env) => {
                // NEW_FUN_EXT with a zero MD5; sizes match OTP's.
                out.push(NEW_FUN);
                out.extend_from_slice(&[0; 4]);
                out.push(l.arity as u8);
                out.extend_from_slice(&[0; 16]);
                out.extend_from_slice(&l.index.to_be_bytes());
                out.extend_from_slice(&(env.len() as u32).to_be_bytes());
                put_atom(&mut out, l.module.name());
                put_int(&mut out, Term::int(l.index as i64));
                put_int(&mut out, Term::int(l.uniq as i64));
                out.extend_from_slice(&[NEW_PID]);
                put_atom(&mut out, NODE);
                out.extend_from_slice(&[0; 12]);
                // The captured values follow (the Size field is left 0).
                work.extend(env.iter().rev());
            }
            View::Pid(n) => {
                out.push(NEW_PID);
                put_atom(&mut out, NODE);
                out.extend_from_slice(&(n as u32).to_be_bytes());
                out.extend_from_slice(&[0; 8]);
            }
            View::Ref(n) => {
                out.push(NEWER_REF);
                out.extend_from_slice(&3u16.to_be_bytes());
                put_atom(&mut out, NODE);
                out.extend_from_slice(&[0; 4]);
                out.extend_from_slice(&(n as u32).to_be_bytes());
                out.extend_from_slice(&((n >> 32) as u32).to_be_bytes());
                // The third word: the pid an alias or monitor reference
                // routes to, plus one (0: none), so that a decoded copy
                // still works as an alias.
                let owner = crate::vm::aliases::ref_owner(t).and_then(|(_, o)| o).map_or(0, |o| o + 1);
                out.extend_from_slice(&(owner as u32).to_be_bytes());
            }
        }
    }
    out
}

/// A decoded item in prefix order; compound items take their children
/// from the items that follow.
enum Node {
    Leaf(Term),
    Tuple(usize),
    /// Elements, then the tail.
    List(usize),
    Map(usize),
}

struct Reader<'a> {
    b: &'a [u8],
    at: usize,
    /// `binary_to_term(B, [safe])`: no new atoms (they are never freed).
    safe: bool,
}

impl<'a> Reader<'a> {
    fn take(&mut self, n: usize) -> Result<&'a [u8], Exception> {
        let end = self.at.checked_add(n).filter(|&e| e <= self.b.len()).ok_or_else(Exception::badarg)?;
        let s = &self.b[self.at..end];
        self.at = end;
        Ok(s)
    }
    fn u8(&mut self) -> Result<u8, Exception> {
        Ok(self.take(1)?[0])
    }
    fn u16(&mut self) -> Result<usize, Exception> {
        let s = self.take(2)?;
        Ok(u16::from_be_bytes([s[0], s[1]]) as usize)
    }
    fn u32(&mut self) -> Result<usize, Exception> {
        let s = self.take(4)?;
        Ok(u32::from_be_bytes([s[0], s[1], s[2], s[3]]) as usize)
    }
    /// An atom in any of the atom encodings.
    fn atom(&mut self) -> Result<Atom, Exception> {
        let tag = self.u8()?;
        self.atom_body(tag)
    }
    fn atom_body(&mut self, tag: u8) -> Result<Atom, Exception> {
        let (len, utf8) = match tag {
            ATOM => (self.u16()?, false),
            SMALL_ATOM => (self.u8()? as usize, false),
            ATOM_UTF8 => (self.u16()?, true),
            SMALL_ATOM_UTF8 => (self.u8()? as usize, true),
            _ => return badarg(),
        };
        let bytes = self.take(len)?;
        let name: String = if utf8 {
            std::str::from_utf8(bytes).map_err(|_| Exception::badarg())?.to_string()
        } else {
            bytes.iter().map(|&c| c as char).collect()
        };
        if name.chars().count() > crate::term::atom::MAX_ATOM_CHARS {
            return badarg();
        }
        if self.safe {
            return Atom::existing(&name).ok_or_else(Exception::badarg);
        }
        // A full atom table: OTP stops the node; ferl fails this call.
        Atom::try_intern(&name).ok_or_else(|| Exception::error_atom(atoms::system_limit))
    }
}

/// Decodes a whole external-format binary; badarg if malformed or if
/// bytes are left over.
pub fn decode(p: &mut Process, bytes: &[u8]) -> BifResult {
    let (t, used) = decode_prefix(p, bytes, false)?;
    if used != bytes.len() {
        return badarg();
    }
    Ok(t)
}

/// Decodes the term at the start of `bytes`, returning it and how many
/// bytes it took (`binary_to_term/2`'s `used`). With `safe`, an atom not
/// already in the atom table is badarg.
pub fn decode_prefix(p: &mut Process, bytes: &[u8], safe: bool) -> Result<(Term, usize), Exception> {
    let mut r = Reader { b: bytes, at: 0, safe };
    if r.u8()? != VERSION {
        return badarg();
    }
    let mut nodes = Vec::new();
    let mut need: usize = 1;
    while need > 0 {
        need -= 1;
        let tag = r.u8()?;
        let node = match tag {
            SMALL_INT => Node::Leaf(Term::int(r.u8()? as i64)),
            INT => {
                let s = r.take(4)?;
                Node::Leaf(Term::int(i32::from_be_bytes([s[0], s[1], s[2], s[3]]) as i64))
            }
            SMALL_BIG | LARGE_BIG => {
                let n = if tag == SMALL_BIG { r.u8()? as usize } else { r.u32()? };
                let sign = r.u8()?;
                let mag = r.take(n)?;
                let v = BigInt::from_bytes_le(if sign == 0 { Sign::Plus } else { Sign::Minus }, mag);
                Node::Leaf(crate::bif::arith::big_result(&mut p.heap, &v)?)
            }
            NEW_FLOAT => {
                let s = r.take(8)?;
                let f = f64::from_be_bytes(s.try_into().map_err(|_| Exception::badarg())?);
                if !f.is_finite() {
                    return badarg();
                }
                Node::Leaf(p.heap.float(f))
            }
            FLOAT_OLD => {
                let s = r.take(31)?;
                let text: String = s.iter().take_while(|&&c| c != 0).map(|&c| c as char).collect();
                let f: f64 = text.trim().parse().map_err(|_| Exception::badarg())?;
                Node::Leaf(p.heap.float(f))
            }
            ATOM | SMALL_ATOM | ATOM_UTF8 | SMALL_ATOM_UTF8 => Node::Leaf(Term::atom(r.atom_body(tag)?)),
            SMALL_TUPLE | LARGE_TUPLE => {
                let n = if tag == SMALL_TUPLE { r.u8()? as usize } else { r.u32()? };
                need = need.checked_add(n).ok_or_else(Exception::badarg)?;
                Node::Tuple(n)
            }
            NIL => Node::Leaf(Term::NIL),
            STRING => {
                let n = r.u16()?;
                let s = r.take(n)?;
                let items: Vec<Term> = s.iter().map(|&c| Term::int(c as i64)).collect();
                Node::Leaf(p.heap.list(&items))
            }
            LIST => {
                let n = r.u32()?;
                need = need.checked_add(n + 1).ok_or_else(Exception::badarg)?;
                Node::List(n)
            }
            MAP => {
                let n = r.u32()?;
                need = need.checked_add(2 * n).ok_or_else(Exception::badarg)?;
                Node::Map(n)
            }
            BINARY => {
                let n = r.u32()?;
                let s = r.take(n)?;
                Node::Leaf(p.heap.binary(s))
            }
            BIT_BINARY => {
                let n = r.u32()?;
                let bits = r.u8()? as usize;
                let s = r.take(n)?;
                if n == 0 || bits == 0 || bits > 8 {
                    return badarg();
                }
                Node::Leaf(p.heap.bitstring(s, (n - 1) * 8 + bits))
            }
            EXPORT => {
                let m = r.atom()?;
                let f = r.atom()?;
                let a = match (r.u8()?, r.u8()?) {
                    (SMALL_INT, a) => a as u32,
                    _ => return badarg(),
                };
                // `safe` makes no new function references: only to a BIF
                // or a function with an export entry already (loaded code
                // exports or imports it, or it was looked up), as OTP. OTP
                // loads its standard library at boot, ferl at first call:
                // a module not loaded yet is loaded to see.
                let known = || {
                    crate::bif::lookup(m, f, a).is_some()
                        || p.vm.code.has_export(m, f, a)
                        || (p.vm.code.current(m).is_none()
                            && p.vm.ensure_loaded(m).is_some()
                            && p.vm.code.has_export(m, f, a))
                };
                if r.safe && !known() {
                    return badarg();
                }
                Node::Leaf(p.heap.export_fun(m, f, a))
            }
            NEW_PID => {
                r.atom()?;
                let id = r.u32()?;
                r.take(8)?;
                Node::Leaf(Term::pid(id as u64))
            }
            NEWER_REF => {
                let n = r.u16()?;
                r.atom()?;
                r.take(4)?;
                let ids = r.take(4 * n)?;
                let word = |i: usize| {
                    ids.get(4 * i..4 * i + 4).map(|s| u32::from_be_bytes([s[0], s[1], s[2], s[3]]) as u64).unwrap_or(0)
                };
                let r = word(0) | (word(1) << 32);
                Node::Leaf(match word(2) {
                    0 => p.heap.reference(r),
                    owner => crate::vm::aliases::owned_ref(&mut p.heap, r, owner - 1),
                })
            }
            _ => return badarg(),
        };
        nodes.push(node);
        // Each node can hold at most the remaining bytes' worth of children.
        if need > bytes.len() {
            return badarg();
        }
    }
    let used = r.at;
    let mut vals: Vec<Term> = Vec::new();
    for node in nodes.into_iter().rev() {
        let v = match node {
            Node::Leaf(t) => t,
            Node::Tuple(n) => {
                let els = pop_n(&mut vals, n)?;
                p.heap.tuple(&els)
            }
            Node::List(n) => {
                let mut els = pop_n(&mut vals, n + 1)?;
                let tail = els.pop().unwrap_or(Term::NIL);
                p.heap.list_with_tail(&els, tail)
            }
            Node::Map(n) => {
                let kvs = pop_n(&mut vals, 2 * n)?;
                let mut pairs: Vec<(Term, Term)> = kvs.chunks(2).map(|c| (c[0], c[1])).collect();
                // OTP rejects a map with a repeated key; `heap.map` would
                // keep the last value.
                pairs.sort_by(|a, b| crate::term::order::cmp_exact(a.0, b.0));
                if pairs.windows(2).any(|w| crate::term::order::exact_eq(w[0].0, w[1].0)) {
                    return badarg();
                }
                p.heap.map(&mut pairs)
            }
        };
        vals.push(v);
    }
    let t = vals.pop().ok_or_else(Exception::badarg)?;
    Ok((t, used))
}

/// The next `n` values in order (the first child is on top).
fn pop_n(vals: &mut Vec<Term>, n: usize) -> Result<Vec<Term>, Exception> {
    if vals.len() < n {
        return badarg();
    }
    let mut out = vals.split_off(vals.len() - n);
    out.reverse();
    Ok(out)
}

fn term_to_binary(p: &mut Process, a: &[Term]) -> BifResult {
    let bytes = encode(a[0]);
    Ok(p.heap.binary(&bytes))
}

fn term_to_binary2(p: &mut Process, a: &[Term]) -> BifResult {
    if !a[1].is_list() {
        return badarg();
    }
    term_to_binary(p, a)
}

/// Like OTP, bytes after the term are ignored.
fn binary_to_term(p: &mut Process, a: &[Term]) -> BifResult {
    let bytes = super::binary_arg(a[0])?;
    Ok(decode_prefix(p, &bytes, false)?.0)
}

/// Options `safe` and `used` (`{Term, BytesUsed}`); anything else in
/// the list is badarg, as in OTP.
fn binary_to_term2(p: &mut Process, a: &[Term]) -> BifResult {
    let (mut safe, mut used) = (false, false);
    let mut opts = a[1];
    loop {
        match opts.view() {
            View::Nil => break,
            View::Cons(h, t) => {
                match h.as_atom().map(|x| x.name()) {
                    Some("safe") => safe = true,
                    Some("used") => used = true,
                    _ => return badarg(),
                }
                opts = t;
            }
            _ => return badarg(),
        }
    }
    let bytes = super::binary_arg(a[0])?;
    let (t, n) = decode_prefix(p, &bytes, safe)?;
    if used {
        let n = Term::int(n as i64);
        return Ok(p.heap.tuple(&[t, n]));
    }
    Ok(t)
}

pub(crate) const BIFS: &[Bif] = &[
    Bif::new("erlang", "term_to_binary", 1, term_to_binary),
    Bif::new("erlang", "term_to_binary", 2, term_to_binary2),
    Bif::new("erlang", "binary_to_term", 1, binary_to_term),
    Bif::new("erlang", "binary_to_term", 2, binary_to_term2),
];
