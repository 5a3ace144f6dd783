//! A process heap: a list of blocks with bump allocation. Allocation never
//! moves existing objects (a full block is followed by a new one), so terms
//! stay valid until the next garbage collection (`gc.rs`), which copies the
//! live data into one fresh block. Also the constructors for every boxed
//! type, and deep copying of a term into a heap (messages, literals).

use crate::term::binbuf::BinBuf;
use crate::term::{atoms, Header, Kind, Term, TAG_BOXED, TAG_LIST};
use num_bigint::{BigInt, Sign};
use num_traits::ToPrimitive;
use std::sync::Arc;

pub(crate) struct Block {
    pub(crate) mem: Box<[Term]>,
    pub(crate) used: usize,
}

impl Block {
    pub(crate) fn new_raw(words: usize) -> Block {
        Block::new(words)
    }
    fn new(words: usize) -> Block {
        Block { mem: vec![Term::NIL; words].into_boxed_slice(), used: 0 }
    }
    pub(crate) fn range(&self) -> (usize, usize) {
        let start = self.mem.as_ptr() as usize;
        (start, start + self.mem.len() * 8)
    }
}

/// The smallest block made when a heap grows (BEAM's minimum heap size).
pub const MIN_BLOCK_WORDS: usize = 233;

/// A fresh process's first block. Most processes of a large system sit
/// idle in a receive with little data, so they start small (an idle
/// process then takes under 1,000 bytes, BEAM's 2,640); one that
/// allocates more gets a MIN_BLOCK_WORDS block next, and collects no
/// sooner than one that started with it.
pub const FIRST_BLOCK_WORDS: usize = 32;

pub struct Heap {
    pub(crate) blocks: Vec<Block>,
    /// One count of every shared binary this heap's objects point at; the
    /// collector keeps only those still reachable.
    pub(crate) off_heap: Vec<Arc<BinBuf>>,
    /// Words allocated since the last collection; the interpreter collects
    /// when this passes `gc_threshold`.
    pub(crate) allocated: usize,
    pub(crate) gc_threshold: usize,
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
        Heap {
            blocks: vec![Block::new(FIRST_BLOCK_WORDS)],
            off_heap: Vec::new(),
            allocated: 0,
            gc_threshold: MIN_BLOCK_WORDS,
        }
    }

    /// A heap with no block yet (the first allocation makes one).
    pub fn empty() -> Heap {
        Heap { blocks: Vec::new(), off_heap: Vec::new(), allocated: 0, gc_threshold: MIN_BLOCK_WORDS }
    }

    pub fn with_capacity(words: usize) -> Heap {
        Heap {
            blocks: vec![Block::new(words.max(1))],
            off_heap: Vec::new(),
            allocated: 0,
            gc_threshold: words.max(MIN_BLOCK_WORDS),
        }
    }

    /// Total words in use across blocks.
    pub fn used_words(&self) -> usize {
        self.blocks.iter().map(|b| b.used).sum()
    }

    /// Total words reserved across blocks.
    pub fn capacity_words(&self) -> usize {
        self.blocks.iter().map(|b| b.mem.len()).sum()
    }

    pub fn wants_gc(&self) -> bool {
        self.allocated > self.gc_threshold
    }

    /// Reserves `n` contiguous words and returns a pointer to the first.
    #[inline]
    pub fn alloc(&mut self, n: usize) -> *mut Term {
        self.allocated += n;
        if let Some(b) = self.blocks.last_mut() {
            if b.mem.len() - b.used >= n {
                // SAFETY: `used + n <= len`, so the range is inside the block.
                let p = unsafe { b.mem.as_mut_ptr().add(b.used) };
                b.used += n;
                return p;
            }
        }
        self.alloc_block(n)
    }

    /// Starts a new block. Sizes grow geometrically so a growing process
    /// needs few blocks.
    #[cold]
    fn alloc_block(&mut self, n: usize) -> *mut Term {
        let size = n.max(self.capacity_words().clamp(MIN_BLOCK_WORDS, 1 << 20));
        let mut nb = Block::new(size);
        nb.used = n;
        let p = nb.mem.as_mut_ptr();
        self.blocks.push(nb);
        p
    }

    /// Moves all blocks of `other` into this heap (a message fragment joins
    /// its receiver's heap; its terms stay valid).
    pub fn absorb(&mut self, mut other: Heap) {
        if other.blocks.is_empty() && other.off_heap.is_empty() {
            return;
        }
        self.off_heap.append(&mut other.off_heap);
        // Received data counts towards the next collection, so a process
        // that only receives still reclaims old messages.
        self.allocated += other.blocks.iter().map(|b| b.mem.len()).sum::<usize>();
        let cur = self.blocks.pop();
        self.blocks.append(&mut other.blocks);
        // Keep the block with free room last so allocation continues there.
        if let Some(c) = cur {
            self.blocks.push(c);
        }
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

    /// A string as a list of code points.
    pub fn string(&mut self, s: &str) -> Term {
        let chars: Vec<Term> = s.chars().map(|c| Term::int(c as i64)).collect();
        self.list(&chars)
    }

    pub fn float(&mut self, f: f64) -> Term {
        self.boxed(Kind::Float, &[Term(f.to_bits())])
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

    /// `{A, B}` with atoms/terms: a small convenience for error tuples.
    pub fn tuple2(&mut self, a: Term, b: Term) -> Term {
        self.tuple(&[a, b])
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
/// message fragment can be sized exactly. Iterative.
pub fn copy_size(t: Term) -> usize {
    let mut total = 0;
    let mut stack = vec![t];
    while let Some(t) = stack.pop() {
        if !needs_copy(t) {
            continue;
        }
        if let Some((h, tl)) = t.as_cons() {
            total += 2;
            stack.push(h);
            stack.push(tl);
            continue;
        }
        if let Some(h) = t.header() {
            total += 1 + h.arity();
            let payload = t.payload(h);
            for i in term_words(h) {
                stack.push(payload[i]);
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
