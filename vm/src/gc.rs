//! The per-process copying garbage collector (Cheney). It runs only at the
//! interpreter's safe points, with the process's registers, stack,
//! dictionary and mailbox as roots, and copies everything reachable from
//! them into one fresh block. Pointers outside the process's blocks
//! (module literals) are left alone. Nothing here recurses.

use crate::heap::{term_words, Block, Heap};
use crate::process::Process;
use crate::term::{Header, Term, TAG_BOXED, TAG_CATCH, TAG_LIST, TAG_MASK};

/// Collects `p`'s heap; `live` x registers are roots.
pub fn collect_process(p: &mut Process, live: usize) {
    let mut roots: Vec<*mut Term> = Vec::with_capacity(live + p.stack.len() + 16);
    roots.extend(p.x[..live].iter_mut().map(|t| t as *mut Term));
    // Frame headers on the stack are tagged as small integers: no
    // pointers, left as they are.
    roots.extend(p.stack.iter_mut().map(|t| t as *mut Term));
    for (k, v) in p.dictionary.iter_mut() {
        roots.push(k);
        roots.push(v);
    }
    roots.extend(p.mailbox.iter_mut().map(|t| t as *mut Term));
    // SAFETY: every pointer refers to a distinct live slot of `p`, and the
    // slots are not otherwise accessed while `collect` runs.
    unsafe { collect(&mut p.heap, &roots) };
}

/// Copies everything reachable from `roots` into a new block.
///
/// # Safety
/// Each root pointer must be valid for reads and writes for the duration.
pub unsafe fn collect(heap: &mut Heap, roots: &[*mut Term]) {
    let mut ranges: Vec<(usize, usize)> = heap.blocks.iter().map(|b| b.range()).collect();
    ranges.sort_unstable();
    let need = heap.used_words().max(16);
    let mut to = Block::new_raw(need);
    let mut top = 0usize;
    for &r in roots {
        // SAFETY: the caller guarantees root validity.
        unsafe { *r = evacuate(*r, &ranges, &mut to, &mut top) };
    }
    let mut off_heap = Vec::new();
    let mut scan = 0usize;
    while scan < top {
        let w = to.mem[scan];
        if Header::is_header_word(w) {
            let h = Header::from_word(w.0);
            if h.kind() == crate::term::Kind::RefcBinary {
                // Still reachable: keep a count of its bytes.
                let obj = Term::from_ptr(to.mem.as_ptr().wrapping_add(scan), crate::term::TAG_BOXED);
                off_heap.push(crate::heap::shared_bytes(obj));
            }
            for i in term_words(h) {
                let t = to.mem[scan + 1 + i];
                to.mem[scan + 1 + i] = evacuate(t, &ranges, &mut to, &mut top);
            }
            scan += 1 + h.arity();
        } else {
            to.mem[scan] = evacuate(w, &ranges, &mut to, &mut top);
            scan += 1;
        }
    }
    to.used = top;
    heap.blocks = vec![to];
    // Dropping the old list releases the binaries nothing reaches.
    heap.off_heap = off_heap;
    heap.allocated = 0;
    heap.gc_threshold = (top * 2).max(4096);
}

fn in_from_space(addr: usize, ranges: &[(usize, usize)]) -> bool {
    let i = ranges.partition_point(|r| r.0 <= addr);
    i > 0 && addr < ranges[i - 1].1
}

fn evacuate(t: Term, ranges: &[(usize, usize)], to: &mut Block, top: &mut usize) -> Term {
    let tag = t.tag();
    if (tag != TAG_BOXED && tag != TAG_LIST) || t.is_non_value() {
        return t;
    }
    let p = t.ptr() as *mut Term;
    if !in_from_space(p as usize, ranges) {
        return t;
    }
    // SAFETY: `p` points into a from-space block of this heap, at an object
    // (a cons cell or a header) that is either intact or forwarded.
    unsafe {
        let first = *p;
        if first.0 & TAG_MASK == TAG_CATCH {
            return Term((first.0 & !TAG_MASK) | tag);
        }
        let words = if tag == TAG_LIST { 2 } else { 1 + Header::from_word(first.0).arity() };
        let dst = to.mem.as_mut_ptr().add(*top);
        std::ptr::copy_nonoverlapping(p, dst, words);
        *top += words;
        *p = Term(dst as u64 | TAG_CATCH);
        Term(dst as u64 | tag)
    }
}

#[cfg(test)]
mod tests;
