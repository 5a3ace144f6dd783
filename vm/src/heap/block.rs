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
        // SAFETY: `mem` came from `Box::leak` in `new` and is dropped once.
        drop(unsafe { Box::from_raw(self.mem.as_ptr()) });
    }
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
