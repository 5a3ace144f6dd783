//! The per-process generational copying collector (Cheney, as BEAM's). It
//! runs only at the interpreter's safe points, with the process's
//! registers, stack, dictionary and mailbox as roots.
//!
//! A minor collection copies only the young generation (the nursery and
//! the blocks that overflowed it or arrived as messages): data that
//! survived the previous collection (the nursery's first `survivors`
//! words) is promoted to the old generation, the rest stays young at the
//! start of a new nursery (a small heap with no old generation yet keeps
//! a few dozen such words young instead: `KEEP_YOUNG_WORDS`). A small
//! nursery copies into a block of its own size, and what does not fit
//! there spills into another block. Old data is not looked at: terms are
//! immutable, so no old object points at a young one (see `heap.rs`). A
//! major collection copies everything live into one old block; it runs
//! when promotion would take the old generation past its limit, which is
//! twice what the last major collection kept (at least the nursery
//! floor, so small processes do not run majors often). Pointers outside
//! the heap (module literals) are left alone. Nothing here recurses.
//!
//! The nursery's floor adapts (`Heat`): a process starts with BEAM's
//! 233-word minimum, and only one that collects again and again in quick
//! succession climbs the size sequence to about 4,000 words, where the
//! fixed cost of a collection stops mattering; a collection after a pause
//! drops it back, so 100,000s of mostly idle processes stay small.

mod heat;
mod roots;
mod space;

pub(crate) use heat::Heat;

use crate::heap::{size_at_least, Block, Heap, MIN_BLOCK_WORDS, SPARE_MIN_WORDS};
use crate::process::Process;
use crate::term::{Term, TAG_BOXED, TAG_LIST, TAG_MASK};
use roots::{ProcessRoots, RootList, Roots};
use smallvec::SmallVec;
use space::{relocate, relocate_two, scan_object, Space};
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::Instant;

/// Collections made, and the words they freed, since the program started
/// (`statistics(garbage_collection)`).
static COLLECTIONS: AtomicU64 = AtomicU64::new(0);
static RECLAIMED: AtomicU64 = AtomicU64::new(0);

/// The number of collections and the words they freed so far.
pub fn totals() -> (u64, u64) {
    (COLLECTIONS.load(Ordering::Relaxed), RECLAIMED.load(Ordering::Relaxed))
}

/// Counts a collection that took the heap from `before` used words to `after`.
fn count(before: usize, after: usize) {
    COLLECTIONS.fetch_add(1, Ordering::Relaxed);
    RECLAIMED.fetch_add(before.saturating_sub(after) as u64, Ordering::Relaxed);
}

/// Collects `p`'s heap; `live` x registers are roots.
pub fn collect_process(p: &mut Process, live: usize) {
    let mut roots = process_roots(p.x.as_mut(), live, &mut p.stack, &mut p.dictionary, &mut p.mailbox);
    // SAFETY: these are all of `p`'s slots that may refer to its heap.
    unsafe { collect_from(&mut p.heap, &mut roots) };
    clear_dead_registers(p, live);
}

/// The x registers past the `live` ones as `[]`: they may point into the
/// space just collected. Compiled code never reads them before writing
/// them; code from a damaged object file may, and then reads `[]`, not
/// freed memory.
fn clear_dead_registers(p: &mut Process, live: usize) {
    if let Some(dead) = p.x.get_mut(live..) {
        dead.fill(Term::NIL);
    }
}

/// A major collection of `p`'s heap, as `erlang:garbage_collect/0` asks:
/// everything live is moved to one old block sized to it, and the nursery
/// drops to its floor. `live` x registers are roots.
pub fn collect_process_major(p: &mut Process, live: usize) {
    let mut roots = process_roots(p.x.as_mut(), live, &mut p.stack, &mut p.dictionary, &mut p.mailbox);
    let before = p.heap.used_words();
    // SAFETY: as in `collect_process`.
    unsafe { collect_major_sized(&mut p.heap, &mut roots, true) };
    count(before, p.heap.used_words());
    clear_dead_registers(p, live);
}

/// The slots of a process that may refer to its heap (its fields, so
/// that the heap can be borrowed beside them).
#[inline(always)]
fn process_roots<'a>(
    x: &'a mut [Term],
    live: usize,
    stack: &'a mut [Term],
    dictionary: &'a mut [(Term, Term)],
    mailbox: &'a mut std::collections::VecDeque<Term>,
) -> ProcessRoots<'a> {
    ProcessRoots { x: &mut x[..live], stack, dictionary, mailbox }
}

/// Collects `heap`: a minor collection, or a major one when the old
/// generation is full.
///
/// # Safety
/// Each root pointer must be valid for reads and writes for the duration,
/// and the roots with the heap's own objects must be all that refers to
/// the heap's young objects.
pub unsafe fn collect(heap: &mut Heap, roots: &[*mut Term]) {
    // SAFETY: as the caller guarantees.
    unsafe { collect_from(heap, &mut RootList(roots)) }
}

/// As `collect`, from the roots `roots` walks.
///
/// # Safety
/// The roots with the heap's own objects are all that refers to the
/// heap's young objects.
unsafe fn collect_from(heap: &mut Heap, roots: &mut impl Roots) {
    heap.sync();
    let before = heap.used_words();
    let start = Instant::now();
    heap.more().heat.started(start);
    let old_limit = heap.more_ref().map_or(MIN_BLOCK_WORDS, |m| m.old_limit);
    if heap.take_major_request() {
        // `garbage_collect/1` from another process: as the process's own
        // call would, fitted to the live data.
        // SAFETY: as the caller guarantees.
        unsafe { collect_major_sized(heap, roots, true) }
    } else if heap.old_words() + heap.survivors() > old_limit {
        // SAFETY: as the caller guarantees.
        unsafe { collect_major_sized(heap, roots, false) }
    } else {
        // SAFETY: as the caller guarantees.
        unsafe { collect_minor(heap, roots) }
    }
    // A small heap's collection takes microseconds: its start is its end
    // as far as the heat's 100 ms gaps can tell (one clock read less).
    let end = if before < SPARE_MIN_WORDS { start } else { Instant::now() };
    heap.more().heat.finished(end);
    count(before, heap.used_words());
}

/// The address ranges of `blocks`' used words, sorted.
/// (Inline for the few a small heap has: a server's collection made and
/// freed a vector for its message fragments' ranges.)
fn ranges<'a>(blocks: impl Iterator<Item = &'a Block>) -> SmallVec<[(usize, usize); 8]> {
    let mut r: SmallVec<[(usize, usize); 8]> =
        blocks.filter(|b| b.used > 0).map(|b| (b.base() as usize, b.base() as usize + b.used * 8)).collect();
    r.sort_unstable();
    r
}

#[inline]
fn in_ranges(addr: usize, ranges: &[(usize, usize)]) -> bool {
    let i = ranges.partition_point(|r| r.0 <= addr);
    i > 0 && addr < ranges[i - 1].1
}

/// A heap pointer's address and tag, or `None` for an immediate.
/// One test: the two pointer tags (000 boxed, 001 list) are the only
/// ones with the middle and high tag bits clear (the non-value is a
/// special, 101).
#[inline(always)]
fn pointer(t: Term) -> Option<(usize, u64)> {
    const _: () = assert!(TAG_BOXED & !1 == 0 && TAG_LIST & !1 == 0);
    if t.0 & (TAG_MASK & !1) != 0 {
        return None;
    }
    Some(((t.0 & !TAG_MASK) as usize, t.0 & TAG_MASK))
}

/// Survivors a minor collection of a heap with no old generation keeps
/// young (a quarter of the smallest nursery): copying them again each
/// time costs less than a block they would leave mostly empty.
const KEEP_YOUNG_WORDS: usize = MIN_BLOCK_WORDS / 4;

/// The nursery size after a collection that left `kept` young words: room
/// to double them, and at least half the long-lived data's size, so a
/// process holding a large structure does not collect (and promote) too
/// often (half: a nursery that large keeps its emptied predecessor as a
/// spare, `heap::SPARE_MIN_WORDS`, and the two together take what one
/// did); and at least `floor` (`Heat::floor`).
fn nursery_size(kept: usize, old_live: usize, floor: usize) -> usize {
    size_at_least((2 * kept).max(old_live / 2).max(floor))
}

/// Where a minor collection copies an object, by its address.
struct Minor<'r> {
    /// The nursery's used words and, below `hwm`, its survivors.
    lo: usize,
    hi: usize,
    hwm: usize,
    /// The other young blocks (a plain slice: read per pointer).
    extra: &'r [(usize, usize)],
    old: Space,
    young: Space,
    /// The end of `young`'s block; what does not fit goes to `spill`, a
    /// block of `spill_words` made when first needed.
    young_end: usize,
    spill: Option<(Block, Space)>,
    spill_words: usize,
}

impl Minor<'_> {
    #[inline(always)]
    fn evacuate(&mut self, t: Term) -> Term {
        let Some((a, tag)) = pointer(t) else { return t };
        let young = if a.wrapping_sub(self.lo) < self.hi - self.lo {
            a >= self.hwm
        } else if !self.extra.is_empty() && in_ranges(a, self.extra) {
            true
        } else {
            return t;
        };
        let p = a as *mut Term;
        // SAFETY: `a` is in the young generation, at an object; the old
        // space was given room for all it can receive, and the young one
        // is checked (the spill block holds everything young).
        unsafe {
            if !young {
                self.old.copy(p, tag)
            } else {
                match self.young.copy_within(p, tag, self.young_end) {
                    Some(moved) => moved,
                    None => self.spill(p, tag),
                }
            }
        }
    }

    /// Evacuates the pointer in root slot `r`; only a moved one is
    /// written (most pointer roots are to old data or literals).
    #[inline(never)]
    fn root(&mut self, r: &mut Term) {
        let t = *r;
        let moved = self.evacuate(t);
        if moved != t {
            *r = moved;
        }
    }

    /// Copies the object `p` points at (tagged `tag`) to the spill block.
    ///
    /// # Safety
    /// As `Space::copy`; the spill block has room for everything young.
    #[cold]
    #[inline(never)]
    unsafe fn spill(&mut self, p: *mut Term, tag: u64) -> Term {
        let words = self.spill_words;
        let (_, space) = self.spill.get_or_insert_with(|| {
            let b = Block::new(words);
            let at = Space::at(b.base());
            (b, at)
        });
        // SAFETY: as the caller guarantees.
        unsafe { space.copy(p, tag) }
    }
}

/// # Safety
/// As `collect`.
unsafe fn collect_minor(heap: &mut Heap, roots: &mut impl Roots) {
    let survivors = heap.survivors();
    let young = heap.young_words();
    let lo = heap.nursery_base() as usize;
    let (nursery_used, nursery_words) = (heap.nursery_used(), heap.nursery_words());
    let old_words = heap.old_words();
    let m = heap.more();
    // A small heap with no old generation keeps its few survivors young
    // (copied again each time) rather than starting one: an old block
    // would be mostly empty memory held for good, faulted in fresh, for
    // a server's state of a few dozen words.
    let promote = if m.old.is_empty() && survivors <= KEEP_YOUNG_WORDS { 0 } else { survivors };
    // The old generation's last block takes the promoted words.
    let old_room = m.old.last().is_some_and(|b| b.words() - b.used >= promote);
    if promote > 0 && !old_room {
        m.old.push(Block::new(size_at_least(promote.max(old_words / 2))));
    }
    let old_start = m.old.last().map_or(std::ptr::null_mut(), |b| b.base().wrapping_add(b.used));
    // Everything else live is kept young: at most `young - promote` words;
    // and the nursery grows to its floor here, with no copy.
    let floor = m.heat.floor();
    let need = (young - promote).max(nursery_words).max(floor);
    let to = match m.spare.take() {
        // (Up to four times: see the spare kept below.)
        Some(b) if b.words() >= need && b.words() <= 4 * need => b,
        // A large young generation gets room to double what may survive:
        // a nursery that then needs to grow keeps its block, instead of
        // copying its survivors again into a larger one (whose pages then
        // fault in: binarytrees' trees, built across collections). Words
        // never written cost no memory.
        _ if need >= SPARE_MIN_WORDS => Block::new(size_at_least(2 * need)),
        // A small one copies into a block of the nursery's size (one
        // kept for reuse, in the cache) when only a little more waits
        // outside the nursery (a server's messages): the survivors nearly
        // always fit, and the few that do not spill into another block.
        _ if need <= nursery_words + nursery_words / 4 => Block::new(nursery_words.max(floor)),
        _ => Block::new(need),
    };
    let extra = ranges(m.extra.iter());
    let mut c = Minor {
        lo,
        hi: lo + nursery_used * 8,
        hwm: lo + promote * 8,
        extra: &extra,
        old: Space::at(old_start),
        young: Space::at(to.base()),
        young_end: to.base() as usize + to.words() * 8,
        spill: None,
        spill_words: young - promote,
    };
    // Most roots are immediates (stack words): tested here, inline in the
    // walk of each kind of root; a pointer is evacuated out of line.
    roots.each(|r| {
        if pointer(*r).is_some() {
            c.root(r);
        }
    });
    let mut off_heap = Vec::new();
    // Where an object goes depends on its own address alone (what a
    // promoted object refers to is older still, so promoted too), so the
    // spaces may be scanned in any order: the young one, which takes
    // nearly everything, in a loop of its own.
    loop {
        while c.young.pending() {
            // SAFETY: each space's scan..top holds whole copied objects.
            c.young.scan = unsafe { scan_object(c.young.scan, &mut off_heap, |t| c.evacuate(t)) };
        }
        if c.old.pending() {
            // SAFETY: as above.
            c.old.scan = unsafe { scan_object(c.old.scan, &mut m.off_heap_old, |t| c.evacuate(t)) };
        } else if let Some(scan) = c.spill.as_ref().filter(|(_, s)| s.pending()).map(|(_, s)| s.scan) {
            // SAFETY: as above.
            let next = unsafe { scan_object(scan, &mut off_heap, |t| c.evacuate(t)) };
            if let Some((_, s)) = c.spill.as_mut() {
                s.scan = next;
            }
        } else {
            break;
        }
    }
    if let Some(b) = m.old.last_mut() {
        b.used += (c.old.top as usize - old_start as usize) / 8;
    }
    let in_to = (c.young.top as usize - to.base() as usize) / 8;
    let spilled = c.spill.take().map(|(b, s)| {
        let n = (s.top as usize - b.base() as usize) / 8;
        (b, n)
    });
    let kept = in_to + spilled.as_ref().map_or(0, |s| s.1);
    let want = nursery_size(kept, m.old_live, floor);
    // Everything live has left the old nursery: its block, faulted in
    // already, takes few survivors back when it is the size wanted (a new
    // block's pages would fault in as the process fills it). Not many:
    // while a large structure is being built, the nursery it would keep
    // from turning into the next spare left binarytrees 18 half as large
    // again.
    let emptied = heap.take_emptied_nursery();
    let emptied_fits = kept * 8 <= want && emptied.as_ref().is_some_and(|e| e.words() == want);
    let promoted = [(old_start, c.old.top)];
    let (nursery, spare) = if spilled.is_none() && to.words() >= 2 * kept && to.words() <= 2 * want {
        (to, emptied)
    } else {
        // (`want` is at least twice `kept`.)
        let (target, emptied) = match emptied {
            Some(e) if emptied_fits => (e, None),
            e => (Block::new(want), e),
        };
        // SAFETY: the roots are valid; the kept words and the promoted
        // ones are whole objects; `target` is another block than those
        // moved from, and nothing refers to the emptied nursery any more.
        let nursery = unsafe {
            match spilled.as_ref() {
                None => relocate(&to, in_to, target, roots, &promoted),
                Some((b, n)) => relocate_two([(&to, in_to), (b, *n)], target, roots, &promoted),
            }
        };
        // When the emptied nursery took the few survivors, `to` (few words
        // touched) is the next collection's copy target.
        (nursery, if emptied_fits { Some(to) } else { emptied })
    };
    // Dropping the old list releases the binaries no young object reaches.
    heap.off_heap = off_heap;
    heap.reset_young(nursery, kept, spare);
}

/// Copies everything live into one block, which becomes the old
/// generation; the nursery starts empty.
///
/// # Safety
/// As `collect`.
pub unsafe fn collect_major(heap: &mut Heap, roots: &[*mut Term]) {
    // SAFETY: as the caller guarantees.
    unsafe { collect_major_sized(heap, &mut RootList(roots), false) }
}

/// A major collection; `compact` (asked for by the program) fits the old
/// block to the live data and the nursery to its floor, as BEAM shrinks
/// the heap, instead of leaving room to grow.
///
/// # Safety
/// As `collect`.
unsafe fn collect_major_sized(heap: &mut Heap, roots: &mut impl Roots, compact: bool) {
    heap.sync();
    heap.take_major_request();
    // The spare nursery goes first: the copy of everything live is the
    // peak of the heap's memory, and the allocator can reuse its room.
    heap.more().spare = None;
    let used = heap.used_words();
    let nursery_used = heap.nursery_used();
    let mut nursery = heap.take_nursery();
    nursery.used = nursery_used;
    let m = heap.more();
    let from = ranges(m.extra.iter().chain(m.old.iter()).chain(std::iter::once(&nursery)));
    let from: &[(usize, usize)] = &from;
    let to = Block::new(used);
    let mut space = Space::at(to.base());
    let evacuate = |s: &mut Space, t: Term| -> Term {
        let Some((a, tag)) = pointer(t) else { return t };
        if !in_ranges(a, from) {
            return t;
        }
        // SAFETY: `a` is in this heap, at an object; `to` holds all words.
        unsafe { s.copy(a as *mut Term, tag) }
    };
    roots.each(|r| *r = evacuate(&mut space, *r));
    let mut off_heap = Vec::new();
    while space.pending() {
        // SAFETY: scan..top holds whole copied objects.
        space.scan = unsafe { scan_object(space.scan, &mut off_heap, |t| evacuate(&mut space, t)) };
    }
    let live = (space.top as usize - to.base() as usize) / 8;
    // Room for as much again to be promoted before the next major.
    let want = if compact { size_at_least(live) } else { size_at_least((live + live / 2).max(MIN_BLOCK_WORDS)) };
    let slack = if compact { 1 } else { 2 };
    let old = if to.words() > slack * want {
        // SAFETY: the roots are valid; the live words are whole objects.
        unsafe { relocate(&to, live, Block::new(want.max(live)), roots, &[]) }
    } else {
        let mut to = to;
        to.used = live;
        to
    };
    let m = heap.more();
    m.old = vec![old];
    m.old_live = live;
    let floor = m.heat.floor();
    m.old_limit = size_at_least((2 * live).max(floor));
    m.off_heap_old = off_heap;
    heap.off_heap.clear();
    let want = if compact { floor } else { nursery_size(0, live, floor) };
    let nursery = if nursery.words() == want { nursery } else { Block::new(want) };
    heap.reset_young(nursery, 0, None);
}

#[cfg(test)]
mod tests;
