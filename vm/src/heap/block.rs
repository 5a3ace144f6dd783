//! Heap blocks (word storage that never moves while it lives) and the
//! sizes heaps grow and shrink through.

use crate::term::Term;
use std::mem::MaybeUninit;
use std::ptr::NonNull;

/// A run of words. Only the first `used` are initialised; the rest are
/// left untouched, so a large block costs resident memory only as far as
/// it is filled.
pub(crate) struct Block {
    mem: NonNull<[MaybeUninit<Term>]>,
    pub(crate) used: usize,
}

// SAFETY: a block owns its memory alone (like the Box it came from).
unsafe impl Send for Block {}
// SAFETY: shared access only reads sizes and addresses.
unsafe impl Sync for Block {}

impl Block {
    pub(crate) fn new(words: usize) -> Block {
        if let Some(mem) = reuse(words) {
            return Block { mem, used: 0 };
        }
        let mem = Box::<[Term]>::new_uninit_slice(words);
        Block { mem: NonNull::from(Box::leak(mem)), used: 0 }
    }

    /// Gives up ownership: the first word and the size, for `from_raw`.
    pub(crate) fn into_raw(self) -> (*mut Term, usize) {
        let r = (self.base(), self.words());
        std::mem::forget(self);
        r
    }

    /// Takes back a block given up by `into_raw` (once).
    ///
    /// # Safety
    /// `base` and `words` come from `into_raw`, and no other block owns them.
    pub(crate) unsafe fn from_raw(base: *mut Term, words: usize, used: usize) -> Block {
        let slice = std::ptr::slice_from_raw_parts_mut(base as *mut MaybeUninit<Term>, words);
        // SAFETY: `into_raw` took the pointer from a live NonNull.
        Block { mem: unsafe { NonNull::new_unchecked(slice) }, used }
    }

    pub(crate) fn words(&self) -> usize {
        self.mem.len()
    }

    /// The first word. Writes through it are the heap's own (see `Heap`).
    #[inline]
    pub(crate) fn base(&self) -> *mut Term {
        self.mem.as_ptr() as *mut Term
    }
}

impl Drop for Block {
    fn drop(&mut self) {
        if keep(self.mem) {
            return;
        }
        // SAFETY: `mem` came from `Box::leak` in `new` and is dropped once.
        drop(unsafe { Box::from_raw(self.mem.as_ptr()) });
    }
}

// Every minor collection of a small process takes a new nursery and gives
// its old one back. With many processes each collection is of a process
// whose memory went cold long ago: a block freed by the last collection on
// this thread is still in the cache, where the allocator's would be a
// fresh (often just purged, so page-faulting) one. So the small blocks of
// the first sizes of the sequence are kept per thread for reuse.

/// The sizes kept (the first steps of `size_at_least`'s sequence).
const KEPT_SIZES: [usize; 4] = [233, 377, 610, 987];
/// Blocks kept per size and thread.
const KEPT_PER_SIZE: usize = 16;

/// Freed blocks of each of `KEPT_SIZES`, most recently freed last.
struct Kept([Vec<NonNull<[MaybeUninit<Term>]>>; KEPT_SIZES.len()]);

impl Drop for Kept {
    fn drop(&mut self) {
        for mem in self.0.iter_mut().flat_map(|v| v.drain(..)) {
            // SAFETY: a kept block's memory came from `Box::leak` and is
            // owned by this list alone.
            drop(unsafe { Box::from_raw(mem.as_ptr()) });
        }
    }
}

thread_local! {
    static KEPT: std::cell::RefCell<Kept> = const { std::cell::RefCell::new(Kept([const { Vec::new() }; KEPT_SIZES.len()])) };
}

fn size_class(words: usize) -> Option<usize> {
    KEPT_SIZES.iter().position(|&w| w == words)
}

/// A kept block of exactly `words`, if any.
fn reuse(words: usize) -> Option<NonNull<[MaybeUninit<Term>]>> {
    let class = size_class(words)?;
    KEPT.try_with(|k| k.borrow_mut().0[class].pop()).ok().flatten()
}

/// Keeps a block being freed for reuse; false if it is not kept (another
/// size, the list is full, or the thread is ending).
fn keep(mem: NonNull<[MaybeUninit<Term>]>) -> bool {
    let Some(class) = size_class(mem.len()) else { return false };
    KEPT.try_with(|k| {
        let Ok(mut k) = k.try_borrow_mut() else { return false };
        let list = &mut k.0[class];
        if list.len() >= KEPT_PER_SIZE {
            return false;
        }
        list.push(mem);
        true
    })
    .unwrap_or(false)
}

/// The smallest heap size in words (BEAM's minimum heap size).
pub const MIN_BLOCK_WORDS: usize = 233;

/// The smallest size of BEAM's heap-size sequence that holds `words`:
/// Fibonacci-like up to about a million words, then 20% steps, so a
/// growing process resizes (and collects) rarely, in proportion to its size.
pub fn size_at_least(words: usize) -> usize {
    let (mut a, mut b) = (MIN_BLOCK_WORDS, 377usize);
    while a < words && a < 1_346_269 {
        (a, b) = (b, a + b);
    }
    while a < words {
        a += a / 5;
    }
    a
}
