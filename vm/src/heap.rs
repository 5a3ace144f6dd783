//! A process heap, generational as BEAM's. New objects are bump-allocated
//! in the nursery (one block; `alloc` is a compare and an add); a minor
//! collection (`gc.rs`) copies the nursery's live data, and data that
//! survived one collection already moves to the old generation, which only
//! a major collection copies again. Allocation never moves objects (a full
//! nursery overflows into extra blocks until the next safe point), so terms
//! stay valid until the next collection (`heap/generations.rs` holds the
//! rest of the heap's state). Also the constructors for every boxed type,
//! and deep copying of a term into a heap (messages, literals).
//!
//! Terms are immutable once built, so an old object never points at a
//! young one: nothing in the VM writes a pointer into an existing object
//! (objects are filled only right after `alloc`). Whoever adds such a write
//! must keep that true (or the minor collection would miss roots).

mod block;
mod generations;

pub(crate) use block::Block;
pub use block::{size_at_least, MIN_BLOCK_WORDS};
pub(crate) use generations::More;
pub(crate) use generations::SPARE_MIN_WORDS;

use crate::term::binbuf::BinBuf;
use crate::term::{atoms, Header, Kind, Term, FLOAT_HEADER, TAG_BOXED, TAG_LIST};
use num_bigint::{BigInt, Sign};
use num_traits::ToPrimitive;
use std::sync::Arc;

/// A fresh process's first block. Most processes of a large system sit
/// idle in a receive with little data, so they start small (an idle
/// process then takes under 1,000 bytes, BEAM's 2,640); one that
/// allocates more collects and continues with a MIN_BLOCK_WORDS nursery.
pub const FIRST_BLOCK_WORDS: usize = 32;

pub struct Heap {
    /// The next free word and the end of the nursery, which starts at
    /// `base`: allocation bumps `top`.
    top: *mut Term,
    limit: *mut Term,
    base: *mut Term,
    /// Past this address `top` asks for a collection: the nursery's end
    /// less the words in young blocks outside it (overflow, messages), so
    /// a collection comes when they pass the nursery's free room.
    gc_mark: usize,
    /// One count of every shared binary the young objects point at; the
    /// collector keeps only those still reachable.
    pub(crate) off_heap: Vec<Arc<BinBuf>>,
    /// Everything else, made when first needed: an idle process's heap is
    /// its nursery alone (a process's size is checked in `process.rs`).
    more: Option<Box<More>>,
}

// SAFETY: the raw pointers refer to the nursery, which the heap owns and
// which moves with it; a heap is used by one thread at a time (`&mut`),
// and shared references only read sizes.
unsafe impl Send for Heap {}
// SAFETY: as above.
unsafe impl Sync for Heap {}

impl Drop for Heap {
    fn drop(&mut self) {
        self.free_nursery();
    }
}

impl Default for Heap {
    fn default() -> Self {
        Heap::new()
    }
}

impl Heap {
    pub fn new() -> Heap {
        Heap::with_capacity(MIN_BLOCK_WORDS)
    }

    /// A new process's heap (see FIRST_BLOCK_WORDS).
    pub fn for_process() -> Heap {
        Heap::with_capacity(FIRST_BLOCK_WORDS)
    }

    /// A heap with no block yet (the first allocation makes one).
    #[inline]
    pub fn empty() -> Heap {
        let base = std::ptr::NonNull::<Term>::dangling().as_ptr();
        Heap { top: base, limit: base, base, gc_mark: base as usize, off_heap: Vec::new(), more: None }
    }

    /// A heap whose nursery holds `words` (a message fragment sized
    /// exactly, a literal area).
    pub fn with_capacity(words: usize) -> Heap {
        let (base, words) = Block::new(words).into_raw();
        let limit = base.wrapping_add(words);
        Heap { top: base, limit, base, gc_mark: limit as usize, off_heap: Vec::new(), more: None }
    }

    pub(crate) fn nursery_words(&self) -> usize {
        (self.limit as usize - self.base as usize) / 8
    }

    pub(crate) fn nursery_used(&self) -> usize {
        (self.top as usize - self.base as usize) / 8
    }

    pub(crate) fn nursery_base(&self) -> *mut Term {
        self.base
    }

    /// The nursery's first free word and how many words are free from it
    /// (a message copied straight into a waiting receiver goes there).
    pub(crate) fn nursery_room(&self) -> (*mut Term, usize) {
        (self.top, (self.limit as usize - self.top as usize) / 8)
    }

    /// Empties a message fragment's nursery for reuse (a fragment has no
    /// other blocks, so no term of it remains).
    pub(crate) fn clear_nursery(&mut self) {
        debug_assert!(self.more_ref().is_none());
        self.top = self.base;
    }

    /// Words used in the young generation (nursery and extra blocks).
    pub fn young_words(&self) -> usize {
        let extra = self
            .more
            .as_ref()
            .map_or(0, |m| m.extra.iter().map(|b| b.used).sum::<usize>() + m.overflow.as_ref().map_or(0, |b| b.used));
        self.nursery_used() + extra
    }

    /// Words used in the old generation.
    pub fn old_words(&self) -> usize {
        self.more.as_ref().map_or(0, |m| m.old.iter().map(|b| b.used).sum())
    }

    /// Total words in use.
    pub fn used_words(&self) -> usize {
        self.young_words() + self.old_words()
    }

    /// Total words reserved across blocks (the spare nursery too).
    pub fn capacity_words(&self) -> usize {
        let (old, spare) = self
            .more
            .as_ref()
            .map_or((0, 0), |m| (m.old.iter().map(|b| b.words()).sum(), m.spare.as_ref().map_or(0, |b| b.words())));
        self.nursery_words() + self.extra_words() + old + spare
    }

    /// Whether the next safe point should collect: the nursery overflowed,
    /// or more has been received than it has room left for.
    #[inline]
    pub fn wants_gc(&self) -> bool {
        self.top as usize > self.gc_mark
    }

    /// Reserves `n` contiguous words and returns a pointer to the first.
    #[inline]
    pub fn alloc(&mut self, n: usize) -> *mut Term {
        let p = self.top;
        if (self.limit as usize - p as usize) / 8 >= n {
            // `p + n` is within the nursery.
            self.top = p.wrapping_add(n);
            return p;
        }
        self.alloc_slow(n)
    }

    /// The nursery is full. A heap that never had one makes one; else the
    /// words come from an overflow block (sizes growing geometrically, so
    /// a BIF that builds a large term between safe points needs few), and
    /// the next safe point collects.
    #[cold]
    #[inline(never)]
    fn alloc_slow(&mut self, n: usize) -> *mut Term {
        if self.nursery_words() == 0 && self.more.is_none() {
            self.set_nursery(Block::new(n.max(MIN_BLOCK_WORDS)));
            let p = self.top;
            self.top = p.wrapping_add(n);
            return p;
        }
        let young = self.nursery_words() + self.extra_words();
        let m = self.more();
        if let Some(b) = m.overflow.as_mut() {
            if b.words() - b.used >= n {
                let p = b.base().wrapping_add(b.used);
                b.used += n;
                return p;
            }
        }
        if let Some(full) = m.overflow.take() {
            m.extra.push(full);
        }
        let mut b = Block::new(n.max(young.clamp(MIN_BLOCK_WORDS, 1 << 20)));
        b.used = n;
        let (p, words) = (b.base(), b.words());
        m.overflow = Some(b);
        self.add_extra(words);
        p
    }

    /// Makes `b` the nursery (the old one is freed), with its `used`
    /// words live.
    fn set_nursery(&mut self, b: Block) {
        drop(self.replace_nursery(b));
    }

    /// As `set_nursery`, giving the old nursery back.
    fn replace_nursery(&mut self, b: Block) -> Option<Block> {
        let used = b.used;
        let (base, words) = b.into_raw();
        let old = self.release_nursery();
        self.base = base;
        self.top = base.wrapping_add(used);
        self.limit = base.wrapping_add(words);
        self.set_extra(self.extra_words());
        old
    }

    /// Allocates a boxed object with the given header and payload.
    pub fn boxed(&mut self, kind: Kind, payload: &[Term]) -> Term {
        let p = self.alloc(1 + payload.len());
        // SAFETY: `alloc` returned 1 + len writable words.
        unsafe {
            *p = Header::new(kind, payload.len()).to_term();
            std::ptr::copy_nonoverlapping(payload.as_ptr(), p.add(1), payload.len());
        }
        Term::from_ptr(p, TAG_BOXED)
    }

    pub fn tuple(&mut self, elems: &[Term]) -> Term {
        self.boxed(Kind::Tuple, elems)
    }

    pub fn cons(&mut self, head: Term, tail: Term) -> Term {
        let p = self.alloc(2);
        // SAFETY: two fresh words.
        unsafe {
            *p = head;
            *p.add(1) = tail;
        }
        Term::from_ptr(p, TAG_LIST)
    }

    /// A proper list of `items`.
    pub fn list(&mut self, items: &[Term]) -> Term {
        self.list_with_tail(items, Term::NIL)
    }

    pub fn list_with_tail(&mut self, items: &[Term], tail: Term) -> Term {
        let mut l = tail;
        for &t in items.iter().rev() {
            l = self.cons(t, l);
        }
        l
    }

    /// A copy of the proper list `list` in front of `tail` (`list ++
    /// tail`), its cells allocated at once and filled in order; `None`
    /// when `list` is not a proper list.
    pub fn list_copy(&mut self, list: Term, tail: Term) -> Option<Term> {
        let mut n = 0usize;
        let mut t = list;
        while let Some((_, tl)) = t.as_cons() {
            n += 1;
            t = tl;
        }
        if !t.is_nil() {
            return None;
        }
        if n == 0 {
            return Some(tail);
        }
        let p = self.alloc(2 * n);
        let mut t = list;
        // SAFETY: `alloc` returned 2n writable words; cell i takes words
        // 2i and 2i+1, its tail the next cell (the last one's `tail`). The
        // walk meets the same n cells as the count did (terms are
        // immutable).
        unsafe {
            for i in 0..n {
                let (h, tl) = t.as_cons().unwrap_or((Term::NIL, Term::NIL));
                let cell = p.add(2 * i);
                *cell = h;
                *cell.add(1) = if i + 1 < n { Term::from_ptr(cell.add(2), TAG_LIST) } else { tail };
                t = tl;
            }
        }
        Some(Term::from_ptr(p, TAG_LIST))
    }

    /// A string as a list of code points.
    pub fn string(&mut self, s: &str) -> Term {
        let chars: Vec<Term> = s.chars().map(|c| Term::int(c as i64)).collect();
        self.list(&chars)
    }

    /// A float: two words written straight after one bounds check.
    #[inline]
    pub fn float(&mut self, f: f64) -> Term {
        let p = self.alloc(2);
        // SAFETY: `alloc` returned two writable words.
        unsafe {
            *p = FLOAT_HEADER.to_term();
            *p.add(1) = Term(f.to_bits());
        }
        Term::from_ptr(p, TAG_BOXED)
    }

    /// An integer: small when it fits, else a bignum.
    pub fn int(&mut self, n: i64) -> Term {
        match Term::small(n) {
            Some(t) => t,
            None => self.bigint(&BigInt::from(n)),
        }
    }

    pub fn int128(&mut self, n: i128) -> Term {
        match i64::try_from(n).ok().and_then(Term::small) {
            Some(t) => t,
            None => self.bigint(&BigInt::from(n)),
        }
    }

    /// An integer from a BigInt, normalised to a small integer when it fits.
    pub fn bigint(&mut self, n: &BigInt) -> Term {
        if let Some(t) = n.to_i64().and_then(Term::small) {
            return t;
        }
        let (sign, digits) = n.to_u64_digits();
        let kind = if sign == Sign::Minus { Kind::BigNeg } else { Kind::BigPos };
        let words: Vec<Term> = digits.into_iter().map(Term).collect();
        self.boxed(kind, &words)
    }

    /// A binary of whole bytes.
    pub fn binary(&mut self, bytes: &[u8]) -> Term {
        self.bitstring(bytes, bytes.len() * 8)
    }

    /// A bitstring of `bit_len` bits; `bytes` holds them left-aligned.
    /// Large ones live off the heap, shared by reference count.
    pub fn bitstring(&mut self, bytes: &[u8], bit_len: usize) -> Term {
        let nbytes = bit_len.div_ceil(8);
        if nbytes > REFC_BINARY_MIN {
            let shared = Arc::new(BinBuf::from_bytes(&bytes[..nbytes.min(bytes.len())], bit_len));
            return self.refc_binary(shared, bit_len);
        }
        let words = 1 + nbytes.div_ceil(8);
        let p = self.alloc(1 + words);
        // SAFETY: 1 + words fresh words; bytes copied within them.
        unsafe {
            *p = Header::new(Kind::Binary, words).to_term();
            *p.add(1) = Term(bit_len as u64);
            std::ptr::write_bytes(p.add(2), 0, words - 1);
            std::ptr::copy_nonoverlapping(bytes.as_ptr(), p.add(2) as *mut u8, nbytes.min(bytes.len()));
        }
        Term::from_ptr(p, TAG_BOXED)
    }

    /// A binary object for the first `bit_len` bits of shared bytes; this
    /// heap holds one count.
    pub fn refc_binary(&mut self, buf: Arc<BinBuf>, bit_len: usize) -> Term {
        let bytes = buf.as_ptr();
        let raw = Arc::as_ptr(&buf);
        self.off_heap.push(buf);
        self.boxed(Kind::RefcBinary, &[Term(bit_len as u64), Term(bytes as u64), Term(raw as u64)])
    }

    /// A sub-binary sharing the bytes of `orig` (a `Binary` object).
    pub fn sub_binary(&mut self, orig: Term, bit_offset: usize, bit_len: usize) -> Term {
        self.boxed(Kind::SubBinary, &[orig, Term::int(bit_offset as i64), Term::int(bit_len as i64)])
    }

    /// A map from key/value pairs; later duplicates win. Keys are sorted in
    /// term order.
    pub fn map(&mut self, pairs: &mut Vec<(Term, Term)>) -> Term {
        pairs.sort_by(|a, b| crate::term::order::cmp_exact(a.0, b.0));
        pairs.dedup_by(|later, earlier| {
            if crate::term::order::exact_eq(later.0, earlier.0) {
                earlier.1 = later.1;
                true
            } else {
                false
            }
        });
        self.map_sorted(pairs)
    }

    /// A map from pairs already sorted by key with no duplicates (flat or
    /// tree: `term::map`).
    pub fn map_sorted(&mut self, pairs: &[(Term, Term)]) -> Term {
        crate::term::map::from_sorted(self, pairs)
    }

    pub fn export_fun(&mut self, m: crate::term::Atom, f: crate::term::Atom, arity: u32) -> Term {
        self.boxed(Kind::Export, &[Term::atom(m), Term::atom(f), Term::int(arity as i64)])
    }

    /// A closure over `lambda` capturing `env`.
    pub fn closure(&mut self, lambda: *const crate::code::Lambda, env: &[Term]) -> Term {
        let mut payload = Vec::with_capacity(1 + env.len());
        payload.push(Term(lambda as u64));
        payload.extend_from_slice(env);
        self.boxed(Kind::Fun, &payload)
    }

    pub fn reference(&mut self, id: u64) -> Term {
        self.boxed(Kind::Ref, &[Term(id)])
    }

    /// `{a, b}`, written in place (error tuples, the interpreter's fused `PutTuple`).
    #[inline]
    pub fn tuple2(&mut self, a: Term, b: Term) -> Term {
        let p = self.alloc(3);
        // SAFETY: `alloc` returned three writable words.
        unsafe {
            *p = Header::new(Kind::Tuple, 2).to_term();
            *p.add(1) = a;
            *p.add(2) = b;
        }
        Term::from_ptr(p, TAG_BOXED)
    }

    /// `{error, Reason}`.
    pub fn error_tuple(&mut self, reason: Term) -> Term {
        self.tuple(&[Term::atom(atoms::error), reason])
    }

    /// Copies `t` and everything it refers to into this heap. Sharing within
    /// `t` is not preserved (as when OTP copies a message). Iterative: deep
    /// terms do not grow the Rust stack.
    pub fn copy_term(&mut self, t: Term) -> Term {
        if !needs_copy(t) {
            return t;
        }
        let mut root = t;
        let mut work: Vec<*mut Term> = vec![&mut root as *mut Term];
        while let Some(slot) = work.pop() {
            // SAFETY: every slot is either `root` or a word of an object this
            // loop allocated in this heap; allocation never moves objects.
            let src = unsafe { *slot };
            let new = self.shallow_copy(src, &mut work);
            unsafe { *slot = new };
        }
        root
    }

    /// Copies one object; pushes its term-holding words onto `work`.
    fn shallow_copy(&mut self, src: Term, work: &mut Vec<*mut Term>) -> Term {
        if !needs_copy(src) {
            return src;
        }
        if src.is_cons() {
            let (h, t) = src.as_cons().unwrap_or((Term::NIL, Term::NIL));
            let new = self.cons(h, t);
            let p = new.ptr() as *mut Term;
            work.push(p);
            work.push(unsafe { p.add(1) });
            return new;
        }
        let h = match src.header() {
            Some(h) => h,
            None => return src,
        };
        let payload = src.payload(h);
        if h.kind() == Kind::RefcBinary {
            // Share the bytes: one more count, held by this heap.
            let shared = shared_bytes(src);
            self.off_heap.push(shared);
        }
        let new = self.boxed(h.kind(), payload);
        let p = new.ptr() as *mut Term;
        for i in term_words(h) {
            work.push(unsafe { p.add(1 + i) });
        }
        new
    }
}

/// Words `copy_term` will allocate for `t` (sharing not preserved), so a
/// message fragment can be sized exactly. Iterative: a list's tail is
/// followed in a loop, so only nested terms take room on the work stack,
/// which stays on the Rust stack for all but deeply nested terms.
pub fn copy_size(t: Term) -> usize {
    let mut total = 0;
    let mut stack: smallvec::SmallVec<[Term; 32]> = smallvec::SmallVec::new();
    let mut next = Some(t);
    while let Some(t) = next.take().or_else(|| stack.pop()) {
        if !needs_copy(t) {
            continue;
        }
        if let Some((h, tl)) = t.as_cons() {
            total += 2;
            if needs_copy(h) {
                stack.push(h);
            }
            next = Some(tl);
            continue;
        }
        if let Some(h) = t.header() {
            total += 1 + h.arity();
            let payload = t.payload(h);
            for i in term_words(h) {
                if needs_copy(payload[i]) {
                    stack.push(payload[i]);
                }
            }
        }
    }
    total
}

/// Binaries larger than this many bytes are shared, not copied.
pub const REFC_BINARY_MIN: usize = 64;

/// A new count of the shared bytes of a `RefcBinary` object.
pub(crate) fn shared_bytes(t: Term) -> Arc<BinBuf> {
    let raw = crate::term::binbuf::buf_of(t);
    // SAFETY: `raw` came from `Arc::as_ptr` of a live Arc<BinBuf> (kept
    // alive by the heap that owns `t`); adding a count and taking it as a
    // new Arc is balanced by that Arc's drop.
    unsafe {
        Arc::increment_strong_count(raw);
        Arc::from_raw(raw)
    }
}

/// Whether a term lives in a heap block (as opposed to an immediate).
#[inline]
pub(crate) fn needs_copy(t: Term) -> bool {
    (t.is_cons() || t.is_boxed()) && !t.is_non_value()
}

/// The payload word indices of a boxed object that hold terms (the others
/// are raw data: float bits, limbs, bytes, pointers).
pub(crate) fn term_words(h: Header) -> std::ops::Range<usize> {
    match h.kind() {
        Kind::Tuple | Kind::Map | Kind::Export => 0..h.arity(),
        Kind::SubBinary => 0..1,
        Kind::Fun => 1..h.arity(),
        Kind::Float | Kind::BigPos | Kind::BigNeg | Kind::Binary | Kind::Ref | Kind::RefcBinary => 0..0,
    }
}
