//! The bit syntax at run time: building a bitstring from segments, and
//! reading one segment from a match context (the unmatched remainder,
//! kept as a sub-binary). Appending to a binary (`<<Acc/binary, ...>>`)
//! is in `bits/append.rs`.

mod append;
mod cause;
mod fast;

use super::src;
use crate::code::ModuleInstance;
use crate::exception::Exception;
use crate::process::Process;
use crate::term::bits::Bits;
use crate::term::{Kind, Term, View};
use ferl_compiler::bytecode::{BinSeg, BinSegKind, Dst, Src};
use num_bigint::{BigInt, Sign};
use num_traits::ToPrimitive;

/// Appends bits to a growing bitstring. Most constructions are short, so
/// the bytes start inline (no allocation).
#[derive(Default)]
pub(super) struct BitWriter {
    bytes: smallvec::SmallVec<[u8; 32]>,
    bit_len: usize,
}

impl BitWriter {
    /// Appends the low `bits` bits (at most 64) of `v`, most significant first.
    #[inline]
    fn push_uint(&mut self, v: u64, bits: usize) {
        if self.bit_len.is_multiple_of(8) && bits == 8 {
            self.bytes.push(v as u8);
            self.bit_len += 8;
            return;
        }
        if self.bit_len.is_multiple_of(8) && bits.is_multiple_of(8) {
            let be = v.to_be_bytes();
            self.bytes.extend_from_slice(&be[8 - bits / 8..]);
            self.bit_len += bits;
            return;
        }
        for i in (0..bits).rev() {
            self.push_bit((v >> i) & 1 == 1);
        }
    }
    fn push_bit(&mut self, b: bool) {
        if self.bit_len.is_multiple_of(8) {
            self.bytes.push(0);
        }
        if b {
            let last = self.bytes.len() - 1;
            self.bytes[last] |= 0x80 >> (self.bit_len % 8);
        }
        self.bit_len += 1;
    }
    fn push_bits(&mut self, b: &Bits) {
        if self.bit_len.is_multiple_of(8) {
            if let Some(aligned) = b.as_aligned() {
                self.bytes.extend_from_slice(aligned);
                self.bit_len += aligned.len() * 8;
                return;
            }
        }
        for i in 0..b.bit_len {
            self.push_bit(b.bit(i));
        }
    }
    fn push_bytes(&mut self, bytes: &[u8]) {
        self.push_bits(&Bits { bytes, bit_offset: 0, bit_len: bytes.len() * 8 });
    }
}

/// The big-endian bytes of the low `bits` bits of `n` (two's complement).
fn int_bits(n: &BigInt, bits: usize) -> Vec<u8> {
    let nbytes = bits.div_ceil(8);
    let mut out = vec![0u8; nbytes];
    let mut le = n.to_signed_bytes_le();
    let fill = if n.sign() == Sign::Minus { 0xff } else { 0 };
    le.resize(nbytes.max(le.len()), fill);
    for i in 0..nbytes {
        out[nbytes - 1 - i] = le[i];
    }
    // Left-align the `bits` low bits in the output bytes.
    let shift = nbytes * 8 - bits;
    if shift > 0 {
        let mut carry = 0u8;
        for b in out.iter_mut().rev() {
            let nb = (*b << shift) | carry;
            carry = *b >> (8 - shift);
            *b = nb;
        }
    }
    out
}

fn badarg() -> Exception {
    Exception::badarg()
}

/// The most bits one segment may take (as BEAM's binaries, under 2^32
/// bytes): a larger size fails with `system_limit` instead of wrapping
/// or trying to allocate it.
const MAX_SEG_BITS: u64 = 1 << 35;

fn seg_size(p: &Process, inst: &ModuleInstance, ybase: usize, seg: &BinSeg) -> Result<Option<usize>, Exception> {
    let bits = |n: i64| -> Result<Option<usize>, Exception> {
        match (n as u64).checked_mul(u64::from(seg.unit)) {
            Some(b) if b <= MAX_SEG_BITS => Ok(Some(b as usize)),
            _ => Err(Exception::error_atom(crate::term::atoms::system_limit)),
        }
    };
    match seg.size {
        None => Ok(None),
        Some(Src::Int(n)) if n >= 0 => bits(n),
        Some(s) => {
            let v = src(p, inst, ybase, &s);
            if v.is_atom_of(crate::term::atoms::all) {
                return Ok(None);
            }
            match v.view() {
                View::Small(n) if n >= 0 => bits(n),
                // A size too large for a small integer is past any limit.
                View::Big(false, _) => Err(Exception::error_atom(crate::term::atoms::system_limit)),
                _ => Err(badarg()),
            }
        }
    }
}

/// `BsCreate`: the bitstring of `segs`. On `badarg`, `p.bs_cause` says
/// which segment failed and why, as OTP's `error_info` does.
#[inline(never)]
pub(super) fn create(p: &mut Process, inst: &ModuleInstance, ybase: usize, segs: &[BinSeg]) -> Result<Term, Exception> {
    let r = match fast::append_bytes(p, inst, ybase, segs) {
        Some(answer) => answer,
        None => create_generic(p, inst, ybase, segs),
    };
    if r.is_err() {
        if let Some((seg, error, value)) = cause::first_bad(p, inst, ybase, segs) {
            let ty = Term::named(cause::type_name(seg.kind));
            p.bs_cause = p.heap.tuple(&[Term::int(seg.index.into()), ty, Term::named(error), value]);
        }
    }
    r
}

#[inline(never)]
fn create_generic(p: &mut Process, inst: &ModuleInstance, ybase: usize, segs: &[BinSeg]) -> Result<Term, Exception> {
    // `<<Bin/binary, ...>>` (the whole of Bin first) may extend Bin's bytes
    // in place rather than copy them.
    if let Some((first, rest)) = segs.split_first() {
        if first.kind == BinSegKind::Binary && seg_size(p, inst, ybase, first)?.is_none() {
            let head = src(p, inst, ybase, &first.value);
            let mut tail = BitWriter::default();
            write_segs(p, inst, ybase, rest, &mut tail)?;
            return append::append(p, head, first.unit, &tail.bytes, tail.bit_len);
        }
    }
    let mut w = BitWriter::default();
    write_segs(p, inst, ybase, segs, &mut w)?;
    Ok(p.heap.bitstring(&w.bytes, w.bit_len))
}

/// Writes each segment's bits to `w`.
fn write_segs(
    p: &mut Process,
    inst: &ModuleInstance,
    ybase: usize,
    segs: &[BinSeg],
    w: &mut BitWriter,
) -> Result<(), Exception> {
    for seg in segs {
        let v = src(p, inst, ybase, &seg.value);
        let size = seg_size(p, inst, ybase, seg)?;
        match seg.kind {
            BinSegKind::Integer => {
                let bits = size.unwrap_or(8);
                if let Some(n) = v.as_small() {
                    // Two's complement truncation of a small is its low bits.
                    if bits <= 64 && !seg.little {
                        w.push_uint(n as u64, bits);
                        continue;
                    }
                    if bits <= 64 && bits.is_multiple_of(8) {
                        let le = (n as u64).to_le_bytes();
                        w.push_bytes(&le[..bits / 8]);
                        continue;
                    }
                }
                let n = v.to_bigint().ok_or_else(badarg)?;
                if seg.little && bits % 8 != 0 {
                    // Little-endian: the whole low bytes first, then the top
                    // `bits % 8` bits as a partial byte.
                    let low = int_bits(&n, bits - bits % 8);
                    let mut low = low;
                    low.reverse();
                    w.push_bytes(&low);
                    let top = int_bits(&(n >> (bits - bits % 8)), bits % 8);
                    w.push_bits(&Bits { bytes: &top, bit_offset: 0, bit_len: bits % 8 });
                } else {
                    let mut bytes = int_bits(&n, bits);
                    if seg.little {
                        bytes.reverse();
                    }
                    w.push_bits(&Bits { bytes: &bytes, bit_offset: 0, bit_len: bits });
                }
            }
            BinSegKind::Float => {
                let f = match v.view() {
                    View::Float(f) => f,
                    // An integer too large for a double has no float form.
                    _ => v.to_bigint().and_then(|b| b.to_f64()).filter(|f| f.is_finite()).ok_or_else(badarg)?,
                };
                let mut bytes = match size.unwrap_or(64) {
                    64 => f.to_be_bytes().to_vec(),
                    32 => (f as f32).to_be_bytes().to_vec(),
                    16 => f16_bits(f).to_be_bytes().to_vec(),
                    _ => return Err(badarg()),
                };
                if seg.little {
                    bytes.reverse();
                }
                w.push_bytes(&bytes);
            }
            BinSegKind::Binary => {
                let b = v.as_bits().ok_or_else(badarg)?;
                match size {
                    None => {
                        if !fits_unit(b.bit_len, seg.unit) {
                            return Err(badarg());
                        }
                        w.push_bits(&b)
                    }
                    Some(n) if n <= b.bit_len => w.push_bits(&b.slice(0, n)),
                    Some(_) => return Err(badarg()),
                }
            }
            BinSegKind::Utf8 | BinSegKind::Utf16 | BinSegKind::Utf32 => {
                let c = v.as_small().and_then(|c| u32::try_from(c).ok()).and_then(char::from_u32).ok_or_else(badarg)?;
                let bytes: Vec<u8> = match seg.kind {
                    BinSegKind::Utf8 => c.to_string().into_bytes(),
                    BinSegKind::Utf16 => {
                        let mut buf = [0u16; 2];
                        c.encode_utf16(&mut buf)
                            .iter()
                            .flat_map(|u| if seg.little { u.to_le_bytes() } else { u.to_be_bytes() })
                            .collect()
                    }
                    _ => {
                        let u = c as u32;
                        (if seg.little { u.to_le_bytes() } else { u.to_be_bytes() }).to_vec()
                    }
                };
                w.push_bytes(&bytes);
            }
        }
    }
    Ok(())
}

fn read_int(b: &Bits, at: usize, bits: usize, signed: bool, little: bool) -> BigInt {
    if little && !bits.is_multiple_of(8) {
        // Whole low bytes first, the top bits last (see `create`).
        let whole = bits - bits % 8;
        let low = read_int(b, at, whole, false, true);
        let top = read_int(b, at + whole, bits % 8, false, false);
        let n = (top << whole) + low;
        return if signed && n.bit(bits as u64 - 1) { n - (BigInt::from(1) << bits) } else { n };
    }
    let mut bytes = b.slice(at, bits).to_bytes();
    // Right-align the value: to_bytes left-aligns a partial last byte.
    let pad = bytes.len() * 8 - bits;
    if pad > 0 {
        let mut carry = 0u8;
        for byte in bytes.iter_mut() {
            let nb = (*byte >> pad) | carry;
            carry = *byte << (8 - pad);
            *byte = nb;
        }
    }
    if little && bits.is_multiple_of(8) {
        bytes.reverse();
    }
    let n = BigInt::from_bytes_be(Sign::Plus, &bytes);
    if signed && bits > 0 && n.bit(bits as u64 - 1) {
        n - (BigInt::from(1) << bits)
    } else {
        n
    }
}

/// Reads one segment from the context in `ctx`; updates the context.
/// `None` when the segment does not match.
#[inline(never)]
pub(super) fn get(
    p: &mut Process,
    inst: &ModuleInstance,
    ybase: usize,
    ctx: Dst,
    seg: &BinSeg,
    want: bool,
) -> Option<Term> {
    let c = super::reg(p, ybase, ctx);
    match fast::get(p, ybase, ctx, c, seg, want) {
        Some(answer) => answer,
        None => get_generic(p, inst, ybase, ctx, seg, want),
    }
}

/// `get` for every shape `fast::get` leaves.
#[inline(never)]
fn get_generic(
    p: &mut Process,
    inst: &ModuleInstance,
    ybase: usize,
    ctx: Dst,
    seg: &BinSeg,
    want: bool,
) -> Option<Term> {
    let c = super::reg(p, ybase, ctx);
    // One look at the header gives the bits and the object sub-binaries of
    // them share (sub-binaries never nest).
    let h = c.header()?;
    let (b, orig) = match h.kind() {
        Kind::SubBinary => (Bits::of(c, h), c.payload(h)[0]),
        Kind::Binary | Kind::RefcBinary => (Bits::of(c, h), c),
        _ => return None,
    };
    let size = seg_size(p, inst, ybase, seg).ok()?;
    let (value, used) = match seg.kind {
        BinSegKind::Integer => {
            let bits = size.unwrap_or(8);
            if bits > b.bit_len {
                return None;
            }
            let v = if want {
                if bits <= 56 && !seg.little {
                    let raw = b.read_uint(0, bits) as i64;
                    let v =
                        if seg.signed && bits > 0 && raw >> (bits - 1) & 1 == 1 { raw - (1i64 << bits) } else { raw };
                    Term::int(v)
                } else {
                    let n = read_int(&b, 0, bits, seg.signed, seg.little);
                    p.heap.bigint(&n)
                }
            } else {
                Term::NIL
            };
            (v, bits)
        }
        BinSegKind::Float => {
            let bits = size.unwrap_or(64);
            if bits > b.bit_len || !matches!(bits, 16 | 32 | 64) {
                return None;
            }
            let mut bytes = b.slice(0, bits).to_bytes();
            if seg.little {
                bytes.reverse();
            }
            let f = match bits {
                64 => f64::from_be_bytes(bytes.try_into().ok()?),
                32 => f32::from_be_bytes(bytes.try_into().ok()?) as f64,
                _ => f16_value(u16::from_be_bytes(bytes.try_into().ok()?)),
            };
            if !f.is_finite() {
                return None;
            }
            (if want { p.heap.float(f) } else { Term::NIL }, bits)
        }
        BinSegKind::Binary => {
            let bits = match size {
                Some(n) => n,
                None => {
                    if seg.unit > 1 && b.bit_len % seg.unit as usize != 0 {
                        return None;
                    }
                    b.bit_len
                }
            };
            if bits > b.bit_len {
                return None;
            }
            if bits == b.bit_len {
                // The whole remainder: the context itself is that value
                // (contexts are never changed in place), and what is left
                // is the shared empty binary. Nothing to allocate, which
                // makes `f(<<B, Rest/binary>>) -> f(Rest)` cost one
                // sub-binary per step.
                super::store(p, ybase, ctx, crate::term::bits::empty());
                return Some(if want { c } else { Term::NIL });
            }
            (if want { sub(p, orig, &b, 0, bits) } else { Term::NIL }, bits)
        }
        BinSegKind::Utf8 => {
            let avail = b.byte_len().min(4);
            let bytes = b.slice(0, avail * 8).to_bytes();
            let len = match bytes.first()? {
                0..=0x7f => 1,
                0xc0..=0xdf => 2,
                0xe0..=0xef => 3,
                0xf0..=0xf7 => 4,
                _ => return None,
            };
            let s = std::str::from_utf8(bytes.get(..len)?).ok()?;
            let ch = s.chars().next()?;
            (Term::int(ch as i64), len * 8)
        }
        BinSegKind::Utf16 => {
            if b.bit_len < 16 {
                return None;
            }
            let u = read_int(&b, 0, 16, false, seg.little).to_u32()?;
            if (0xd800..0xdc00).contains(&u) {
                if b.bit_len < 32 {
                    return None;
                }
                let lo = read_int(&b, 16, 16, false, seg.little).to_u32()?;
                let c = 0x10000 + ((u - 0xd800) << 10) + (lo.checked_sub(0xdc00)?);
                (Term::int(c as i64), 32)
            } else {
                (Term::int(u as i64), 16)
            }
        }
        BinSegKind::Utf32 => {
            if b.bit_len < 32 {
                return None;
            }
            let u = read_int(&b, 0, 32, false, seg.little);
            let c = char::from_u32(u.to_u32()?)?;
            (Term::int(c as i64), 32)
        }
    };
    let rest = sub(p, orig, &b, used, b.bit_len - used);
    super::store(p, ybase, ctx, rest);
    Some(value)
}

/// A sub-binary of the bits `b` (whose bytes are `orig`'s, a Binary or
/// RefcBinary object) from bit `at`, `len` bits long.
fn sub(p: &mut Process, orig: Term, b: &Bits, at: usize, len: usize) -> Term {
    if len == 0 {
        return crate::term::bits::empty();
    }
    p.heap.sub_binary(orig, b.bit_offset + at, len)
}

/// IEEE 754 half precision: the bits of `f` rounded to nearest-even.
fn f16_bits(f: f64) -> u16 {
    let x = f as f32;
    let b = x.to_bits();
    let sign = ((b >> 16) & 0x8000) as u16;
    let exp = ((b >> 23) & 0xff) as i32;
    let mant = b & 0x7f_ffff;
    if exp == 0xff {
        return sign | 0x7c00 | if mant != 0 { 0x200 } else { 0 };
    }
    let e = exp - 127 + 15;
    if e >= 0x1f {
        return sign | 0x7c00;
    }
    if e <= 0 {
        if e < -10 {
            return sign;
        }
        let m = mant | 0x80_0000;
        let shift = (14 - e) as u32;
        let half = 1u32 << (shift - 1);
        let rest = m & ((1 << shift) - 1);
        let mut v = m >> shift;
        if rest > half || (rest == half && v & 1 == 1) {
            v += 1;
        }
        return sign | v as u16;
    }
    let mut v = ((e as u32) << 10) | (mant >> 13);
    let rest = mant & 0x1fff;
    if rest > 0x1000 || (rest == 0x1000 && v & 1 == 1) {
        v += 1;
    }
    sign | v as u16
}

/// The value of IEEE 754 half-precision bits.
fn f16_value(h: u16) -> f64 {
    let sign = if h & 0x8000 != 0 { -1.0 } else { 1.0 };
    let exp = ((h >> 10) & 0x1f) as i32;
    let mant = (h & 0x3ff) as f64;
    sign * match exp {
        0 => mant * 2f64.powi(-24),
        0x1f => {
            if mant == 0.0 {
                f64::INFINITY
            } else {
                f64::NAN
            }
        }
        _ => (1.0 + mant / 1024.0) * 2f64.powi(exp - 15),
    }
}

/// Whether `bit_len` bits are a whole number of `unit`s: what a size-less
/// `/binary-unit:N` segment asks of its value (`unit` 0 never comes from
/// the compiler; it asks nothing).
pub(super) fn fits_unit(bit_len: usize, unit: u32) -> bool {
    match unit {
        0 | 1 => true,
        u => bit_len.is_multiple_of(u as usize),
    }
}
