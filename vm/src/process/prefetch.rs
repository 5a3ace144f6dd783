//! Prefetching a waiting process that a call is about to wake. With tens
//! of thousands of servers (a release upgrade suspends every one in
//! turn), a server taking a call has been out of the caches since it last
//! ran. The caller's monitor (`gen:call` monitors, then sends) is the first
//! touch: from there the lines the send and the server itself will need
//! (the heap's fields, the free start of its nursery where the request
//! will be copied, the top of its stack, its saved registers) are asked
//! for together, so they arrive in one memory round trip while the caller
//! finishes its own work instead of one after the other.

use super::Process;

const LINE: usize = 64;

/// Asks for the cache lines of `bytes` bytes from `ptr`, for reading or
/// (`write`) for writing. Only a hint: it reads nothing and cannot fault,
/// whatever the address.
#[inline(always)]
fn lines(ptr: *const u8, bytes: usize, write: bool) {
    #[cfg(target_arch = "x86_64")]
    {
        use std::arch::x86_64::{_mm_prefetch, _MM_HINT_ET0, _MM_HINT_T0};
        let mut at = (ptr as usize) & !(LINE - 1);
        let end = (ptr as usize).wrapping_add(bytes);
        while at < end {
            // SAFETY: a prefetch has no effect on memory and does not
            // fault on any address.
            unsafe {
                if write {
                    _mm_prefetch::<_MM_HINT_ET0>(at as *const i8)
                } else {
                    _mm_prefetch::<_MM_HINT_T0>(at as *const i8)
                }
            };
            at += LINE;
        }
    }
    #[cfg(not(target_arch = "x86_64"))]
    let _ = (ptr, bytes, write);
}

/// Nursery words a call's request and what the server builds handling it
/// take (64: measured best at 50,000 servers; 24 left the server's own
/// allocations cold, 128 asked for lines never used).
const NURSERY_WORDS: usize = 64;
/// Top words of the stack a woken server reads first.
const STACK_TOP_WORDS: usize = 16;

/// Starts loading what a call to the waiting process `q` touches next.
#[inline(always)]
pub fn for_call(q: &Process) {
    lines((q as *const Process).cast(), std::mem::size_of::<Process>(), false);
    lines((&q.heap as *const crate::heap::Heap).cast(), std::mem::size_of::<crate::heap::Heap>(), true);
    lines((&q.mailbox as *const std::collections::VecDeque<crate::term::Term>).cast(), 32, true);
    let (free, room) = q.heap.nursery_room();
    lines(free.cast(), room.min(NURSERY_WORDS) * 8, true);
    let stack = q.stack.as_ptr_range();
    let top = (stack.end as usize).saturating_sub(STACK_TOP_WORDS * 8).max(stack.start as usize);
    lines(top as *const u8, stack.end as usize - top, false);
    lines(q.saved_x.as_ptr().cast(), q.saved_x.len() * 8, false);
    // The request is queued here, and catches are set up on the way.
    lines(q.mailbox.as_slices().0.as_ptr().cast(), LINE, true);
    lines(q.catches.as_ptr().wrapping_add(q.catches.len()).cast(), LINE, true);
}

/// Starts loading the data the waiting process `q` will read first when
/// it takes the message just queued: the terms its top stack words and
/// saved registers point at (a server's state, its loop's arguments).
/// Called at the send, when those words, asked for at the monitor, are
/// in the cache.
#[inline(always)]
pub fn for_wake(q: &Process) {
    let from = q.stack.len().saturating_sub(STACK_TOP_WORDS);
    for t in q.stack[from..].iter().chain(q.saved_x.iter()) {
        if t.is_boxed() || t.is_cons() {
            lines(t.ptr().cast(), 1, false);
        }
    }
}
