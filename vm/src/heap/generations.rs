//! The heap's generations: the state a heap makes when it first needs
//! more than its nursery (overflow blocks, received messages, the old
//! generation, what the collector learnt), and the moves between them.

use super::{Block, Heap, MIN_BLOCK_WORDS};
use crate::term::binbuf::BinBuf;
use std::sync::Arc;

#[derive(Default)]
pub(crate) struct More {
    /// The nursery's first `survivors` words survived the last minor
    /// collection: the next one promotes them to `old`.
    pub(crate) survivors: usize,
    /// The total size of `extra` and `overflow`.
    pub(crate) extra_words: usize,
    /// Young blocks outside the nursery: absorbed message fragments and
    /// the full overflow blocks; `overflow` is the one being filled once
    /// the nursery is full (until the next safe point collects).
    pub(crate) extra: Vec<Block>,
    pub(crate) overflow: Option<Block>,
    /// The old generation; promotion fills the last block.
    pub(crate) old: Vec<Block>,
    /// A major collection runs when promotion would take the old
    /// generation past this many words.
    pub(crate) old_limit: usize,
    /// Words the last major collection kept (the long-lived data), which
    /// sizes the nursery.
    pub(crate) old_live: usize,
    /// How often the process collects, which sets the nursery's floor.
    pub(crate) heat: crate::gc::Heat,
    /// `erlang:garbage_collect/1` from another process asked for a major
    /// collection at this process's next safe point.
    pub(crate) major_requested: bool,
    /// Shared-binary counts held by old objects (renewed by majors).
    pub(crate) off_heap_old: Vec<Arc<BinBuf>>,
    /// A large nursery a minor collection emptied, for the next minor
    /// collection to copy into (see SPARE_MIN_WORDS).
    pub(crate) spare: Option<Block>,
}

/// An emptied nursery of at least this many words (256 KB) is kept for
/// the next minor collection instead of freed: a block this large goes
/// back to the OS when freed, and its fresh replacement faulted in page by
/// page as it filled (binarytrees 18: 211,000 page faults, a tenth of its
/// time in the kernel). Smaller blocks the allocator reuses itself. Such a
/// nursery is sized to half the long-lived data (`gc::nursery_size`), so
/// the two take the room one took before; a major collection, which
/// copies everything live, lets the spare go first.
pub(crate) const SPARE_MIN_WORDS: usize = 1 << 15;

impl Heap {
    /// The collector's and the overflow's state.
    pub(crate) fn more(&mut self) -> &mut More {
        self.more.get_or_insert_with(|| Box::new(More { old_limit: MIN_BLOCK_WORDS, ..More::default() }))
    }

    pub(crate) fn more_ref(&self) -> Option<&More> {
        self.more.as_deref()
    }

    /// Words the nursery's start holds that survived a collection.
    pub(crate) fn survivors(&self) -> usize {
        self.more.as_ref().map_or(0, |m| m.survivors)
    }

    /// Words in young blocks outside the nursery.
    pub(crate) fn extra_words(&self) -> usize {
        self.more.as_ref().map_or(0, |m| m.extra_words)
    }

    pub(super) fn add_extra(&mut self, words: usize) {
        let total = self.extra_words() + words;
        self.set_extra(total);
    }

    /// Records the words outside the nursery and where `top` then asks
    /// for a collection.
    pub(super) fn set_extra(&mut self, words: usize) {
        self.gc_mark = (self.limit as usize).saturating_sub(words.saturating_mul(8));
        if let Some(m) = self.more.as_mut() {
            m.extra_words = words;
            if m.major_requested {
                // Still asked for: the next safe point collects.
                self.gc_mark = 0;
            }
        } else if words > 0 {
            self.more().extra_words = words;
        }
    }

    /// Makes the next safe point run a major collection (another process
    /// asked, and only the owner knows its roots).
    pub fn request_major(&mut self) {
        self.more().major_requested = true;
        self.gc_mark = 0;
    }

    /// Whether a major collection was asked for; the request is then done.
    pub(crate) fn take_major_request(&mut self) -> bool {
        self.more.as_mut().is_some_and(|m| std::mem::take(&mut m.major_requested))
    }

    /// Moves the overflow block being filled to the other extra blocks
    /// (before a collection reads them).
    pub(crate) fn sync(&mut self) {
        if let Some(m) = self.more.as_mut() {
            if let Some(b) = m.overflow.take() {
                m.extra.push(b);
            }
        }
    }

    /// After a collection: `nursery` (with `survivors` words live at its
    /// start) is where allocation continues; the extra blocks are gone.
    /// `spare` (a block the collection no longer needs) is kept for the
    /// next minor collection to copy into when large (SPARE_MIN_WORDS);
    /// the nursery given up, if the collection did not take it out
    /// already, is the spare's candidate when `spare` is none.
    pub(crate) fn reset_young(&mut self, mut nursery: Block, survivors: usize, spare: Option<Block>) {
        nursery.used = survivors;
        let emptied = self.replace_nursery(nursery);
        let m = self.more();
        m.spare = spare.or(emptied).filter(|b| b.words() >= SPARE_MIN_WORDS);
        m.survivors = survivors;
        m.extra.clear();
        m.overflow = None;
        self.set_extra(0);
    }

    /// Takes the nursery's block out once a minor collection has copied
    /// everything live out of it (its memory is reused, still in cache).
    pub(crate) fn take_emptied_nursery(&mut self) -> Option<Block> {
        self.release_nursery()
    }

    /// Takes the nursery out (a major collection reuses it), leaving none.
    pub(crate) fn take_nursery(&mut self) -> Block {
        let words = self.nursery_words();
        let base = std::mem::replace(&mut self.base, std::ptr::NonNull::dangling().as_ptr());
        (self.top, self.limit) = (self.base, self.base);
        self.set_extra(self.extra_words());
        if words == 0 {
            return Block::new(0);
        }
        // SAFETY: a nursery with words was given up by `into_raw`; `self`
        // no longer refers to it.
        unsafe { Block::from_raw(base, words, 0) }
    }

    /// Frees the nursery (then refers to it no more).
    pub(super) fn free_nursery(&mut self) {
        drop(self.release_nursery());
    }

    /// Gives the nursery's block back (none when it has no words); the
    /// heap then refers to it no more.
    pub(super) fn release_nursery(&mut self) -> Option<Block> {
        let words = self.nursery_words();
        self.limit = self.base;
        self.top = self.base;
        if words == 0 {
            return None;
        }
        // SAFETY: a nursery with words was given up by `into_raw`
        // (`with_capacity`, `set_nursery`), and is taken back only here.
        Some(unsafe { Block::from_raw(self.base, words, 0) })
    }

    /// Moves all blocks of `other` into this heap's young generation (a
    /// message fragment joins its receiver's heap; its terms stay valid).
    #[inline]
    pub fn absorb(&mut self, other: Heap) {
        // An immediate message brings nothing.
        if other.nursery_used() > 0 || other.more.is_some() || !other.off_heap.is_empty() {
            self.absorb_blocks(other);
        }
    }

    fn absorb_blocks(&mut self, mut other: Heap) {
        let used = other.nursery_used();
        other.sync();
        self.off_heap.append(&mut other.off_heap);
        let mut added = 0;
        if used > 0 {
            let mut b = other.take_nursery();
            b.used = used;
            added += b.words();
            self.more().extra.push(b);
        }
        if let Some(mut om) = other.more.take() {
            self.off_heap.append(&mut om.off_heap_old);
            for b in om.extra.drain(..).chain(om.old.drain(..)).filter(|b| b.used > 0) {
                added += b.words();
                self.more().extra.push(b);
            }
        }
        // Received data counts towards the next collection, so a process
        // that only receives still reclaims old messages.
        self.add_extra(added);
    }
}
