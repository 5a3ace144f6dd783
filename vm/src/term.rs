//! The `Term`: one tagged 64-bit word, as in BEAM. Immediates (small
//! integers, atoms, pids, `[]`) need no allocation; everything else is a
//! pointer into a heap block (a process heap, a message fragment or a
//! module's literal area) whose first word is a header.
//!
//! Layout of the low three bits:
//!
//! | tag | meaning                                              |
//! |-----|------------------------------------------------------|
//! | 000 | boxed: pointer to a header word                      |
//! | 001 | list: pointer to a cons cell (two words: head, tail) |
//! | 010 | small integer, value in the upper 61 bits            |
//! | 011 | atom, index in the upper bits                        |
//! | 100 | pid, process number in the upper bits                |
//! | 101 | special constants: `[]`, the non-value               |
//! | 110 | header word (only inside heap blocks)                |
//! | 111 | catch marker (only on a process stack)               |
//!
//! Validity: a boxed or list `Term` is valid while the block it points into
//! is alive. A process's garbage collector runs only at the interpreter's
//! safe points (function entry and receive), where all live terms are in
//! registers, the stack or the process's other roots; code between safe
//! points — every BIF — may therefore hold terms freely.

pub mod atom;
pub mod binbuf;
pub mod bits;
pub mod header;
pub mod map;
pub(crate) mod map_tree;
pub mod order;

pub use atom::{atoms, Atom};
pub use header::{Header, Kind, FLOAT_HEADER};
pub use map::MapRef;

use num_bigint::{BigInt, Sign};

#[derive(Clone, Copy, PartialEq, Eq, Hash)]
#[repr(transparent)]
pub struct Term(pub(crate) u64);

const _: () = assert!(std::mem::size_of::<Term>() == 8);

pub(crate) const TAG_MASK: u64 = 0b111;
pub(crate) const TAG_BOXED: u64 = 0b000;
pub(crate) const TAG_LIST: u64 = 0b001;
pub(crate) const TAG_SMALL: u64 = 0b010;
pub(crate) const TAG_ATOM: u64 = 0b011;
pub(crate) const TAG_PID: u64 = 0b100;
pub(crate) const TAG_SPECIAL: u64 = 0b101;
pub(crate) const TAG_HEADER: u64 = 0b110;
pub(crate) const TAG_CATCH: u64 = 0b111;

/// Small integers hold 61 bits, signed.
pub const MAX_SMALL: i64 = (1 << 60) - 1;
pub const MIN_SMALL: i64 = -(1 << 60);

/// A decoded view of a term, for code that dispatches on its type
/// (printing, comparison, BIFs). Borrowed slices point into the heap.
#[derive(Clone, Copy, Debug)]
pub enum View<'a> {
    Small(i64),
    /// A bignum; `sign_negative` and its little-endian 64-bit limbs.
    Big(bool, &'a [u64]),
    Float(f64),
    Atom(Atom),
    Nil,
    Cons(Term, Term),
    Tuple(&'a [Term]),
    Binary(bits::Bits<'a>),
    /// A map, flat or tree (`map.rs`): iterate it in key order.
    Map(MapRef<'a>),
    /// A closure: its lambda and captured environment.
    Fun(&'a crate::code::Lambda, &'a [Term]),
    /// `fun M:F/A`.
    Export(Atom, Atom, u32),
    Pid(u64),
    Ref(u64),
}

impl Term {
    pub const NIL: Term = Term(TAG_SPECIAL);
    /// Not a term: marks "no value" (an empty register, a missing key).
    pub const NON_VALUE: Term = Term((1 << 3) | TAG_SPECIAL);

    #[inline]
    pub const fn raw(self) -> u64 {
        self.0
    }
    #[inline]
    pub fn tag(self) -> u64 {
        self.0 & TAG_MASK
    }

    // ---- immediates -------------------------------------------------------

    /// A small integer; `None` if `n` does not fit in 61 bits.
    #[inline]
    pub fn small(n: i64) -> Option<Term> {
        if (MIN_SMALL..=MAX_SMALL).contains(&n) {
            Some(Term(((n as u64) << 3) | TAG_SMALL))
        } else {
            None
        }
    }
    /// A small integer the caller knows fits (e.g. a length or an index).
    #[inline]
    pub fn int(n: i64) -> Term {
        debug_assert!((MIN_SMALL..=MAX_SMALL).contains(&n));
        Term(((n as u64) << 3) | TAG_SMALL)
    }
    #[inline]
    pub fn atom(a: Atom) -> Term {
        Term(((a.0 as u64) << 3) | TAG_ATOM)
    }
    /// The atom named `name` (interned if new).
    pub fn named(name: &str) -> Term {
        Term::atom(Atom::intern(name))
    }

    #[inline]
    pub fn boolean(b: bool) -> Term {
        Term::atom(if b { atoms::true_ } else { atoms::false_ })
    }
    #[inline]
    pub fn pid(n: u64) -> Term {
        Term((n << 3) | TAG_PID)
    }

    #[inline]
    pub fn is_small(self) -> bool {
        self.tag() == TAG_SMALL
    }
    #[inline]
    pub fn as_small(self) -> Option<i64> {
        if self.is_small() {
            Some((self.0 as i64) >> 3)
        } else {
            None
        }
    }
    #[inline]
    pub fn small_unchecked(self) -> i64 {
        (self.0 as i64) >> 3
    }
    #[inline]
    pub fn is_atom(self) -> bool {
        self.tag() == TAG_ATOM
    }
    #[inline]
    pub fn as_atom(self) -> Option<Atom> {
        if self.is_atom() {
            Some(Atom((self.0 >> 3) as u32))
        } else {
            None
        }
    }
    #[inline]
    pub fn is_atom_of(self, a: Atom) -> bool {
        self == Term::atom(a)
    }
    #[inline]
    pub fn is_nil(self) -> bool {
        self == Term::NIL
    }
    #[inline]
    pub fn is_non_value(self) -> bool {
        self == Term::NON_VALUE
    }
    #[inline]
    pub fn is_cons(self) -> bool {
        self.tag() == TAG_LIST
    }
    #[inline]
    pub fn is_list(self) -> bool {
        self.is_cons() || self.is_nil()
    }
    #[inline]
    pub fn is_boxed(self) -> bool {
        self.tag() == TAG_BOXED
    }
    #[inline]
    pub fn as_pid(self) -> Option<u64> {
        if self.tag() == TAG_PID {
            Some(self.0 >> 3)
        } else {
            None
        }
    }
    pub fn as_bool(self) -> Option<bool> {
        if self == Term::atom(atoms::true_) {
            Some(true)
        } else if self == Term::atom(atoms::false_) {
            Some(false)
        } else {
            None
        }
    }

    // ---- pointers -----------------------------------------------------------

    #[inline]
    pub(crate) fn from_ptr(ptr: *const Term, tag: u64) -> Term {
        Term(ptr as u64 | tag)
    }
    #[inline]
    pub(crate) fn ptr(self) -> *const Term {
        (self.0 & !TAG_MASK) as *const Term
    }

    /// Head and tail of a cons cell.
    #[inline]
    pub fn as_cons(self) -> Option<(Term, Term)> {
        if self.is_cons() {
            // SAFETY: a list term points at a live two-word cons cell (module docs).
            unsafe {
                let p = self.ptr();
                Some((*p, *p.add(1)))
            }
        } else {
            None
        }
    }

    /// The header of a boxed term.
    #[inline]
    pub fn header(self) -> Option<Header> {
        if self.is_boxed() && !self.is_non_value() {
            // SAFETY: a boxed term points at a live header word.
            Some(Header::from_word(unsafe { (*self.ptr()).0 }))
        } else {
            None
        }
    }

    /// The words after the header of a boxed term.
    #[inline]
    pub(crate) fn payload<'a>(self, h: Header) -> &'a [Term] {
        // SAFETY: a boxed term's header is followed by `h.arity()` words.
        unsafe { std::slice::from_raw_parts(self.ptr().add(1), h.arity()) }
    }

    #[inline]
    pub fn as_tuple<'a>(self) -> Option<&'a [Term]> {
        match self.header() {
            Some(h) if h.is(Kind::Tuple) => Some(self.payload(h)),
            _ => None,
        }
    }

    /// The map's contents, if this is a map (one header test, without
    /// decoding the other types as `view` does).
    #[inline]
    pub fn as_map<'a>(self) -> Option<MapRef<'a>> {
        match self.header() {
            Some(h) if h.is(Kind::Map) => Some(MapRef::of_payload(self.payload(h))),
            _ => None,
        }
    }

    /// The value of a float: its header word is FLOAT_HEADER (every float
    /// is made by `Heap::float` or copied whole), so one compare decides.
    #[inline]
    pub fn as_float(self) -> Option<f64> {
        if !self.is_boxed() {
            return None;
        }
        // SAFETY: a boxed term points at a live header word; a float's is
        // followed by one word, its bits.
        unsafe {
            let p = self.ptr();
            if (*p).0 == FLOAT_HEADER.to_term().0 {
                return Some(f64::from_bits((*p.add(1)).0));
            }
        }
        None
    }

    /// The number of a reference; straight to the header rather than
    /// through `view` (every gen:call sends to one and demonitors one).
    #[inline]
    pub fn as_ref_number(self) -> Option<u64> {
        match self.header() {
            Some(h) if h.is(Kind::Ref) => self.payload(h).first().map(|w| w.0),
            _ => None,
        }
    }

    pub fn as_bigint(self) -> Option<BigInt> {
        match self.view() {
            View::Big(neg, limbs) => Some(bigint_from_limbs(neg, limbs)),
            _ => None,
        }
    }

    /// Any integer, small or big, as a BigInt.
    pub fn to_bigint(self) -> Option<BigInt> {
        match self.view() {
            View::Small(n) => Some(BigInt::from(n)),
            View::Big(neg, limbs) => Some(bigint_from_limbs(neg, limbs)),
            _ => None,
        }
    }

    pub fn is_integer(self) -> bool {
        matches!(self.view(), View::Small(_) | View::Big(..))
    }
    pub fn is_number(self) -> bool {
        matches!(self.view(), View::Small(_) | View::Big(..) | View::Float(_))
    }

    #[inline]
    pub fn as_bits<'a>(self) -> Option<bits::Bits<'a>> {
        // Straight to the header rather than through `view`: matching
        // loops call this for every segment.
        let h = self.header()?;
        let k = h.kind();
        if matches!(k, Kind::Binary | Kind::SubBinary | Kind::RefcBinary) {
            Some(bits::Bits::of_kind(self, h, k))
        } else {
            None
        }
    }

    /// Decodes the term's type and contents.
    pub fn view<'a>(self) -> View<'a> {
        match self.tag() {
            TAG_SMALL => View::Small(self.small_unchecked()),
            TAG_ATOM => View::Atom(Atom((self.0 >> 3) as u32)),
            TAG_LIST => {
                let (h, t) = self.as_cons().unwrap_or((Term::NIL, Term::NIL));
                View::Cons(h, t)
            }
            TAG_PID => View::Pid(self.0 >> 3),
            TAG_BOXED => {
                let h = match self.header() {
                    Some(h) => h,
                    None => return View::Nil,
                };
                let p = self.payload(h);
                match h.kind() {
                    Kind::Tuple => View::Tuple(p),
                    Kind::Float => View::Float(f64::from_bits(p[0].0)),
                    Kind::BigPos | Kind::BigNeg => {
                        // SAFETY: limbs are plain u64 words, same layout as Term.
                        let limbs = unsafe { std::slice::from_raw_parts(p.as_ptr() as *const u64, p.len()) };
                        View::Big(h.kind() == Kind::BigNeg, limbs)
                    }
                    Kind::Binary | Kind::SubBinary | Kind::RefcBinary => View::Binary(bits::Bits::of(self, h)),
                    Kind::Map => View::Map(MapRef::of_payload(p)),
                    Kind::Fun => {
                        // SAFETY: word 0 of a fun is a pointer to a Lambda kept
                        // alive by its module version (code table never frees it
                        // while a fun may refer to it).
                        let lambda = unsafe { &*(p[0].0 as *const crate::code::Lambda) };
                        View::Fun(lambda, &p[1..])
                    }
                    Kind::Export => View::Export(
                        p[0].as_atom().unwrap_or(atoms::undefined),
                        p[1].as_atom().unwrap_or(atoms::undefined),
                        p[2].small_unchecked() as u32,
                    ),
                    Kind::Ref => View::Ref(p[0].0),
                }
            }
            _ => View::Nil,
        }
    }

    /// Iterates a proper or improper list: yields the elements; the tail is
    /// checked with `list_tail_after`.
    pub fn iter_list(self) -> ListIter {
        ListIter { rest: self }
    }

    /// The elements of a proper list, or `None` if it is not one.
    pub fn list_to_vec(self) -> Option<Vec<Term>> {
        let mut out = Vec::new();
        let mut t = self;
        while let Some((h, tl)) = t.as_cons() {
            out.push(h);
            t = tl;
        }
        if t.is_nil() {
            Some(out)
        } else {
            None
        }
    }

    /// Length of a proper list, or `None`.
    pub fn list_len(self) -> Option<usize> {
        let mut n = 0;
        let mut t = self;
        while let Some((_, tl)) = t.as_cons() {
            n += 1;
            t = tl;
        }
        if t.is_nil() {
            Some(n)
        } else {
            None
        }
    }
}

pub fn bigint_from_limbs(neg: bool, limbs: &[u64]) -> BigInt {
    let mut digits = Vec::with_capacity(limbs.len() * 2);
    for &l in limbs {
        digits.push(l as u32);
        digits.push((l >> 32) as u32);
    }
    BigInt::from_slice(if neg { Sign::Minus } else { Sign::Plus }, &digits)
}

pub struct ListIter {
    pub rest: Term,
}

impl Iterator for ListIter {
    type Item = Term;
    fn next(&mut self) -> Option<Term> {
        let (h, t) = self.rest.as_cons()?;
        self.rest = t;
        Some(h)
    }
}

impl std::fmt::Debug for Term {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "Term({:#x})", self.0)
    }
}
