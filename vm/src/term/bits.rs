//! Views of binaries and bitstrings: a byte slice plus a bit offset and a
//! bit length, so sub-binaries made by matching share their bytes.

use super::{Header, Kind, Term, TAG_BOXED};

/// An empty binary outside every heap (the collector leaves it alone, as
/// it does module literals): the remainder of a match that took all bits,
/// made without allocating.
static EMPTY: [Term; 2] = [Header::new(Kind::Binary, 1).to_term(), Term(0)];

/// The empty binary `<<>>`, shared.
#[inline]
pub fn empty() -> Term {
    Term::from_ptr(EMPTY.as_ptr(), TAG_BOXED)
}

/// Where the bits of bitstring `t` are, read from its header alone: the
/// object holding the bytes (a Binary or RefcBinary: `t` itself, or a
/// sub-binary's original), the bit offset into them and the bit length.
/// `None` when `t` is not a bitstring.
#[inline(always)]
pub(crate) fn place(t: Term) -> Option<(Term, usize, usize)> {
    let h = t.header()?;
    let p = t.payload(h);
    match h.kind() {
        Kind::SubBinary => Some((p[0], p[1].small_unchecked() as usize, p[2].small_unchecked() as usize)),
        Kind::Binary | Kind::RefcBinary => Some((t, 0, p[0].0 as usize)),
        _ => None,
    }
}

/// The size in bits of bitstring `t`, without looking at its bytes.
#[inline]
pub fn bit_len(t: Term) -> Option<usize> {
    place(t).map(|(_, _, len)| len)
}

/// All the bytes of `orig`, a Binary or RefcBinary object (what `place`
/// gives); `None` for any other term.
#[inline(always)]
pub(crate) fn whole_bytes<'a>(orig: Term) -> Option<&'a [u8]> {
    let h = orig.header()?;
    match h.kind() {
        Kind::Binary => Some(Bits::whole(orig.payload(h), false).0),
        Kind::RefcBinary => Some(Bits::whole(orig.payload(h), true).0),
        _ => None,
    }
}

#[derive(Clone, Copy, Debug)]
pub struct Bits<'a> {
    /// The underlying bytes, starting at the original binary's first byte.
    pub bytes: &'a [u8],
    pub bit_offset: usize,
    pub bit_len: usize,
}

impl<'a> Bits<'a> {
    #[inline]
    pub(crate) fn of(t: Term, h: Header) -> Bits<'a> {
        Bits::of_kind(t, h, h.kind())
    }

    /// As `of`, with `h.kind()` already decoded (a binary kind).
    #[inline(always)]
    pub(crate) fn of_kind(t: Term, h: Header, kind: Kind) -> Bits<'a> {
        let p = t.payload(h);
        if kind != Kind::SubBinary {
            let (bytes, bit_len) = Bits::whole(p, kind == Kind::RefcBinary);
            return Bits { bytes, bit_offset: 0, bit_len };
        }
        // A sub-binary's word 0 is a Binary or RefcBinary object (sub-binaries
        // never nest: every constructor passes the original).
        let orig = p[0];
        let bytes = match orig.header().map(|oh| (oh, oh.kind())) {
            Some((oh, Kind::RefcBinary)) => Bits::whole(orig.payload(oh), true).0,
            Some((oh, Kind::Binary)) => Bits::whole(orig.payload(oh), false).0,
            _ => orig.as_bits().map_or(&[][..], |b| b.bytes),
        };
        Bits { bytes, bit_offset: p[1].small_unchecked() as usize, bit_len: p[2].small_unchecked() as usize }
    }

    /// The bytes and bit length of a `Binary` (`refc` false) or
    /// `RefcBinary` object's payload `p`.
    #[inline(always)]
    fn whole(p: &[Term], refc: bool) -> (&'a [u8], usize) {
        let bit_len = p[0].0 as usize;
        let ptr = if refc { p[1].0 as *const u8 } else { p[1..].as_ptr() as *const u8 };
        // SAFETY: a RefcBinary's word 1 points at the bytes of a BinBuf that
        // a heap (or module literal area) keeps alive while this object is
        // reachable; its first `bit_len` bits are filled and never written
        // again (binbuf.rs). A Binary's bytes are packed into the words
        // after word 0.
        (unsafe { std::slice::from_raw_parts(ptr, bit_len.div_ceil(8)) }, bit_len)
    }

    /// Whether this is a binary (a whole number of bytes).
    pub fn is_binary(&self) -> bool {
        self.bit_len.is_multiple_of(8)
    }

    pub fn byte_len(&self) -> usize {
        self.bit_len / 8
    }

    /// The bytes when byte-aligned and whole, without copying.
    pub fn as_aligned(&self) -> Option<&'a [u8]> {
        if self.bit_offset.is_multiple_of(8) && self.bit_len.is_multiple_of(8) {
            let start = self.bit_offset / 8;
            Some(&self.bytes[start..start + self.bit_len / 8])
        } else {
            None
        }
    }

    /// Reads bit `i` (0 = most significant bit of the first byte).
    #[inline]
    pub fn bit(&self, i: usize) -> bool {
        let b = self.bit_offset + i;
        (self.bytes[b / 8] >> (7 - (b % 8))) & 1 == 1
    }

    /// The whole bytes (and, when the length is not a multiple of 8, the
    /// trailing bits left-aligned in one final byte).
    pub fn to_bytes(&self) -> Vec<u8> {
        if let Some(b) = self.as_aligned() {
            return b.to_vec();
        }
        let mut out = vec![0u8; self.bit_len.div_ceil(8)];
        for i in 0..self.bit_len {
            if self.bit(i) {
                out[i / 8] |= 0x80 >> (i % 8);
            }
        }
        out
    }

    /// Reads `n` bits (n <= 64) starting at bit `at` as an unsigned big-endian number.
    #[inline]
    pub fn read_uint(&self, at: usize, n: usize) -> u64 {
        let start = self.bit_offset + at;
        if start.is_multiple_of(8) && n.is_multiple_of(8) {
            // Whole bytes: no bit shuffling.
            let i = start / 8;
            return self.bytes[i..i + n / 8].iter().fold(0u64, |v, &b| (v << 8) | b as u64);
        }
        let mut v: u64 = 0;
        for i in 0..n {
            v = (v << 1) | self.bit(at + i) as u64;
        }
        v
    }

    /// A sub-view of `len` bits starting `at` bits in.
    pub fn slice(&self, at: usize, len: usize) -> Bits<'a> {
        Bits { bytes: self.bytes, bit_offset: self.bit_offset + at, bit_len: len }
    }
}
