//! Header words: the first word of every boxed object, giving its kind and
//! the number of words that follow.

use super::{Term, TAG_HEADER};

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[repr(u8)]
pub enum Kind {
    /// Elements follow.
    Tuple = 0,
    /// One word: the f64 bits.
    Float = 1,
    /// Little-endian u64 limbs of the magnitude.
    BigPos = 2,
    BigNeg = 3,
    /// Word 0: size in bits (raw); then the bytes, packed.
    Binary = 4,
    /// Word 0: the underlying `Binary` term; word 1: bit offset (small);
    /// word 2: size in bits (small).
    SubBinary = 5,
    /// Word 0: key count n (small); then n sorted keys, then n values.
    Map = 6,
    /// Word 0: raw pointer to the `code::Lambda`; then the captured values.
    Fun = 7,
    /// Module, function, arity (all immediates).
    Export = 8,
    /// Word 0: the reference number (raw).
    Ref = 9,
    /// A large binary kept off the heap and shared by reference count.
    /// Word 0: size in bits (raw); word 1: pointer to its bytes (raw);
    /// word 2: the `Arc<binbuf::BinBuf>` holding them (raw), a count of
    /// which the owning heap's `off_heap` holds (the object's own, or one
    /// it shares with the objects of earlier appends to the same buffer
    /// since the last collection: interp/bits/append.rs). The buffer may
    /// be longer than this binary (appends fill it; see binbuf.rs).
    RefcBinary = 10,
}

impl Kind {
    fn from_u8(k: u8) -> Kind {
        match k {
            0 => Kind::Tuple,
            1 => Kind::Float,
            2 => Kind::BigPos,
            3 => Kind::BigNeg,
            4 => Kind::Binary,
            5 => Kind::SubBinary,
            6 => Kind::Map,
            7 => Kind::Fun,
            8 => Kind::Export,
            10 => Kind::RefcBinary,
            _ => Kind::Ref,
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Header(u64);

/// Every float's header: a float is always this word and its f64 bits,
/// so a float test is one compare of the first word.
pub const FLOAT_HEADER: Header = Header::new(Kind::Float, 1);

impl Header {
    #[inline]
    pub const fn new(kind: Kind, arity: usize) -> Header {
        Header(((arity as u64) << 8) | ((kind as u64) << 3) | TAG_HEADER)
    }
    #[inline]
    pub(crate) fn from_word(w: u64) -> Header {
        Header(w)
    }
    #[inline]
    pub fn kind(self) -> Kind {
        Kind::from_u8(((self.0 >> 3) & 0x1f) as u8)
    }
    /// Number of words after the header.
    #[inline]
    pub fn arity(self) -> usize {
        (self.0 >> 8) as usize
    }
    #[inline]
    pub const fn to_term(self) -> Term {
        Term(self.0)
    }
    /// Whether this header is of `kind` (one compare of the low byte,
    /// which holds the tag and the kind).
    #[inline(always)]
    pub fn is(self, kind: Kind) -> bool {
        self.0 & 0xff == ((kind as u64) << 3) | TAG_HEADER
    }
    pub fn is_header_word(t: Term) -> bool {
        t.0 & super::TAG_MASK == TAG_HEADER
    }
}
