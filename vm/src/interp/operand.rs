//! Operands: reading and writing x registers, y slots and constants, and
//! turning code offsets into instruction pointers and back.

use crate::code::ModuleInstance;
use crate::process::{frame_header, Process, Ret, FRAME_HEADER, X_REGS};
use crate::term::{Header, Kind, Term, TAG_BOXED};
use ferl_compiler::bytecode::{Dst, Op, Src};

/// x register numbers are masked to the register file's size, so reading
/// them needs no bounds check (see `x`).
const X_MASK: usize = X_REGS - 1;
const _: () = assert!(X_REGS.is_power_of_two());

/// x register `n`. `run` checks that the process holds a whole register
/// file (X_REGS long) on entry and after every call that runs other code
/// with the process (BIFs), which alone could replace it.
#[inline(always)]
pub(super) fn x(p: &Process, n: u16) -> Term {
    // SAFETY: `p.x.len() == X_REGS` (see above) and the index is masked
    // below X_REGS.
    unsafe { *p.x.get_unchecked(n as usize & X_MASK) }
}

#[inline(always)]
pub(super) fn set_x(p: &mut Process, n: u16, t: Term) {
    // SAFETY: as in `x`.
    unsafe { *p.x.get_unchecked_mut(n as usize & X_MASK) = t }
}

/// y slot `n` of the frame at `ybase`, read by an operand-specialised
/// instruction.
#[inline(always)]
pub(super) fn yslot(p: &Process, ybase: usize, n: u16) -> Term {
    debug_assert!(ybase + (n as usize) < p.stack.len());
    // SAFETY: the loader keeps an operand-specialised instruction naming
    // y slot `n` only where the running function's frame is current with
    // more than `n` slots, and makes every loaded function leave the stack
    // as it found it (`code::frames`); that frame is the top of the stack
    // and starts at `ybase`, so `ybase + n < p.stack.len()`.
    unsafe { *p.stack.get_unchecked(ybase + n as usize) }
}

#[inline(always)]
pub(super) fn set_yslot(p: &mut Process, ybase: usize, n: u16, t: Term) {
    debug_assert!(ybase + (n as usize) < p.stack.len());
    // SAFETY: as in `yslot`.
    unsafe { *p.stack.get_unchecked_mut(ybase + n as usize) = t }
}

/// `reg` for an operand-specialised instruction (see `yslot`).
#[inline(always)]
pub(super) fn sreg(p: &Process, ybase: usize, r: Dst) -> Term {
    match r {
        Dst::X(n) => x(p, n),
        Dst::Y(n) => yslot(p, ybase, n),
    }
}

/// `store` for an operand-specialised instruction (see `yslot`).
#[inline(always)]
pub(super) fn sstore(p: &mut Process, ybase: usize, d: Dst, t: Term) {
    match d {
        Dst::X(n) => set_x(p, n, t),
        Dst::Y(n) => set_yslot(p, ybase, n, t),
    }
}

/// Reads operand `s`: registers inline, constants out of line (fewer
/// branches on the hot path).
#[inline(always)]
pub(super) fn src(p: &Process, inst: &ModuleInstance, ybase: usize, s: &Src) -> Term {
    match *s {
        Src::X(n) => x(p, n),
        Src::Y(n) => p.stack[ybase + n as usize],
        Src::Term(w) => Term(w),
        _ => constant(inst, s),
    }
}

/// Reads register `r` (an x register or a y slot) with the y slot's
/// bounds checked: for generic instructions, whose frames the loader
/// does not prove (`code::frames`).
#[inline(always)]
pub(super) fn reg(p: &Process, ybase: usize, r: Dst) -> Term {
    match r {
        Dst::X(n) => x(p, n),
        Dst::Y(n) => p.stack[ybase + n as usize],
    }
}

#[inline(always)]
pub(super) fn constant(inst: &ModuleInstance, s: &Src) -> Term {
    match *s {
        // What the loader made of most constants (`code::loader`).
        Src::Term(w) => Term(w),
        Src::Atom(i) => Term::atom(inst.atoms[i as usize]),
        Src::Int(n) => Term::int(n),
        Src::Nil => Term::NIL,
        Src::Lit(i) => inst.literals[i as usize],
        Src::X(_) | Src::Y(_) => Term::NIL,
    }
}

/// A boxed term of `kind` whose payload is `first` (if any) followed by
/// the values of `srcs`, written straight into the heap (`PutTuple`,
/// `MakeFun`: no copy through a temporary array).
#[inline(never)]
pub(super) fn put_boxed(
    p: &mut Process,
    inst: &ModuleInstance,
    ybase: usize,
    kind: Kind,
    first: Option<Term>,
    srcs: &[Src],
) -> Term {
    let lead = usize::from(first.is_some());
    let n = lead + srcs.len();
    let words = p.heap.alloc(1 + n);
    // SAFETY: `alloc` returned 1 + n writable words, and they stay the
    // heap's and ours alone: reading operands neither allocates nor
    // collects. Every word is written before the term is made.
    unsafe {
        *words = Header::new(kind, n).to_term();
        if let Some(f) = first {
            *words.add(1) = f;
        }
        for (i, s) in srcs.iter().enumerate() {
            *words.add(1 + lead + i) = src(p, inst, ybase, s);
        }
    }
    Term::from_ptr(words, TAG_BOXED)
}

/// `PutTuple`: the tuple of the values of `elems`, written straight into
/// the heap. Inline in `run`: as a call (`put_boxed`) most of a small
/// tuple's cost was the call's own (saved registers, operand tables
/// loaded up front); a sys round trip builds about six.
#[inline(always)]
pub(super) fn put_tuple(p: &mut Process, inst: &ModuleInstance, ybase: usize, elems: &[Src]) -> Term {
    let n = elems.len();
    let words = p.heap.alloc(1 + n);
    // SAFETY: as in `put_boxed`: 1 + n fresh words, each written before
    // the term is made, and reading operands neither allocates nor
    // collects.
    unsafe {
        *words = Header::new(Kind::Tuple, n).to_term();
        let mut at = words.add(1);
        for s in elems {
            *at = src(p, inst, ybase, s);
            at = at.add(1);
        }
    }
    Term::from_ptr(words, TAG_BOXED)
}

#[inline(always)]
pub(super) fn store(p: &mut Process, ybase: usize, d: Dst, t: Term) {
    match d {
        Dst::X(n) => set_x(p, n, t),
        Dst::Y(n) => p.stack[ybase + n as usize] = t,
    }
}

/// Where instruction `pc` of `inst` is; `None` past the end.
#[inline(always)]
pub(super) fn op_at(inst: &ModuleInstance, pc: usize) -> Option<*const Op> {
    inst.code.get(pc).map(|op| op as *const Op)
}

/// Where label `to` of `inst`'s code (an instruction's jump target) is.
#[inline(always)]
pub(super) fn label(inst: &ModuleInstance, to: u32) -> *const Op {
    debug_assert!((to as usize) < inst.code.len());
    // SAFETY: `to` is a label operand of an instruction of `inst.code`
    // (a fail label, `Jump`'s, a receive's), and the loader made every
    // label of the code lie inside it (`code::loader::checked_labels`);
    // instances never change after loading.
    unsafe { inst.code.as_ptr().add(to as usize) }
}

/// The code offset of instruction pointer `ip` in `inst`.
#[inline(always)]
pub(super) fn offset(inst: &ModuleInstance, ip: *const Op) -> usize {
    (ip as usize).wrapping_sub(inst.code.as_ptr() as usize) / std::mem::size_of::<Op>()
}

/// Where a local call's target starts running: `body`, a code offset the
/// loader looked up (`Op::LocalCall`), as a code pointer into `inst.code`.
#[inline(always)]
pub(super) fn local_body(inst: &ModuleInstance, body: u32) -> *const Op {
    debug_assert!((body as usize) < inst.code.len());
    // SAFETY: `body` comes from a local call of `inst.code` (`LocalCall`,
    // `LocalCallOnly` or a superinstruction made from a call), which only
    // the loader makes, with a `body` inside the code
    // (`code::loader::resolved_local_calls`); instances never change
    // after loading.
    unsafe { inst.code.as_ptr().add(body as usize) }
}

/// Pops the frame at `base` (the running function's): `p.cp` becomes its
/// continuation; returns where the frame below starts.
#[inline(always)]
pub(super) fn pop_frame(p: &mut Process, base: usize) -> usize {
    debug_assert!(base >= FRAME_HEADER && base <= p.stack.len());
    let top = base - FRAME_HEADER;
    // SAFETY: a `Deallocate` (or a superinstruction made from one) runs
    // only where the running function has its frame (the loader turns
    // any other into `IfEnd`: `code::frames`); that frame is the top of
    // the stack and starts at `base`, so its header is the stack's words
    // `top..base`, and `base <= p.stack.len()`.
    let h = unsafe { std::slice::from_raw_parts(p.stack.as_ptr().add(top), FRAME_HEADER) };
    // SAFETY: those words were written by `push_frame` from `p.cp` (a
    // valid `Ret`) and never since: stores to y slots reach the top
    // frame's slots only (`ybase` is the top frame's base; generic stores
    // are bounds-checked against the stack's length, specialised ones
    // proved by the loader, see `yslot`), and the collector leaves
    // small-integer-tagged words alone.
    p.cp = unsafe { Ret::from_header(h[0], h[1]) };
    // The third header word is `frame_header`'s small integer, never
    // negative: a shift takes the tag off.
    let below = (h[2].raw() >> 3) as usize;
    // SAFETY: `top < base <= len`, and terms need no drop.
    unsafe { p.stack.set_len(top) };
    below
}

/// How many y slots `push_frame` writes whatever the frame's size (most
/// frames are this small): stores without a loop.
const SLOTS_AT_ONCE: usize = 4;

/// Pushes a frame of `slots` y slots (all `[]`) returning to `p.cp` above
/// the frame at `below`; returns the new frame's base.
#[inline(always)]
pub(super) fn push_frame(p: &mut Process, below: usize, slots: usize) -> usize {
    let header = frame_header(&p.cp, below);
    push_frame_header(p, slots, header)
}

/// `push_frame` with the frame's header words given (`frame_header`).
#[inline(always)]
pub(super) fn push_frame_header(p: &mut Process, slots: usize, header: [Term; FRAME_HEADER]) -> usize {
    let top = p.stack.len();
    let n = FRAME_HEADER + slots;
    // Room for the frame and SLOTS_AT_ONCE more words (the spare words a
    // frame of fewer slots gets written, never read): no `max` to work out.
    let room = n + SLOTS_AT_ONCE;
    if p.stack.capacity() - top < room {
        grow_stack(p, room);
    }
    // SAFETY: the stack has room for `room` more words, the frame header
    // and `slots + SLOTS_AT_ONCE` y slots (reserved above); the
    // `n` that the length takes in are all written first (the words past
    // them are spare capacity, never read).
    unsafe {
        let at = p.stack.as_mut_ptr().add(top);
        std::ptr::copy_nonoverlapping(header.as_ptr(), at, FRAME_HEADER);
        let y = at.add(FRAME_HEADER);
        for i in 0..SLOTS_AT_ONCE {
            y.add(i).write(Term::NIL);
        }
        for i in SLOTS_AT_ONCE..slots {
            y.add(i).write(Term::NIL);
        }
        p.stack.set_len(top + n);
    }
    top + FRAME_HEADER
}

/// Words a stack that grows past `SMALL_STACK` words has free at least
/// after growing. Below, it grows as a `Vec` does (a process that stays
/// a frame or two deep, as most of a million do, stays small). Past it is
/// a process with deeper calls, as a gen_server is (~50 words in
/// sys:change_code): growing it 10, 20, 40, 80 words as frames came took
/// a fresh allocation each time, and every server of a release upgrade
/// first going one call deeper in change_code faulted in new memory then.
const STACK_ROOM: usize = 64;
const SMALL_STACK: usize = 16;

#[cold]
#[inline(never)]
fn grow_stack(p: &mut Process, n: usize) {
    let room = if p.stack.capacity() < SMALL_STACK { n } else { n.max(STACK_ROOM) };
    p.stack.reserve(room);
    // A recursion that only grows the stack makes no garbage, so no
    // collection would come to check the process's `max_heap_size`
    // (which counts the stack, as OTP's does): past it, the next safe
    // point collects, checks, and ends the process.
    if p.max_heap_words != 0 && p.stack.len() + n + p.heap.used_words() > p.max_heap_words {
        p.heap.request_major();
    }
}
