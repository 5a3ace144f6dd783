//! Register clean-up of one function after lowering and the peephole
//! rules. The lowering keeps every variable in a y slot of its own and
//! copies values through x registers around calls; this pass removes what
//! those copies cost at run time:
//!
//! - unreachable code (after a jump, a return or a raise) goes;
//! - arithmetic repeated on the same values reads the first result (cse);
//! - copy propagation: after `Move A -> B`, later reads of `B` in the same
//!   straight-line stretch read `A` instead, so `B` often goes dead;
//! - coalescing: `I -> T; ...; Move T -> D` becomes `I -> D` when `T` dies
//!   at the move and nothing in between touches `D`;
//! - dead moves: a move whose destination is never read goes;
//! - y slots never live across a call or a wait become x registers
//!   (`promote`);
//! - y slots whose values are never live at once share a number
//!   (`slots`), else they are renumbered densely: `Allocate` fills every
//!   slot of a frame, so unused ones cost on each call.
//!
//! Liveness is a backward dataflow over the function's jumps. A call
//! leaves only x0 meaningful. An exception inside a `try` or `catch`
//! reaches its handler from any instruction: x registers do not survive
//! that (the handler gets fresh ones), y slots do, so in functions with a
//! handler y slots are never taken for dead.

mod cse;
mod effects;
mod promote;
mod slots;
#[cfg(test)]
mod tests;

use super::asm::for_each_label;
use super::peephole::{for_each_dst, for_each_src};
use crate::bytecode::{Dst, Function, Label, Op, Src};
use effects::{dst_reg, for_each_read, for_each_write, is_call, plain, reg_dst, src_reg, Reg};

/// Functions larger than this (instructions times registers) skip the
/// liveness-based steps, which would cost too much compile time.
const MAX_LIVENESS_WORK: usize = 1 << 22;

/// The code of one function and what the pass knows about it.
struct Func<'a> {
    code: &'a mut [Op],
    start: usize,
    end: usize,
    keep: &'a mut [bool],
    labels: &'a dyn Fn(Label) -> Option<u32>,
    functions: &'a [Function],
    /// Whether the function has a `try` or `catch` handler.
    handlers: bool,
}

/// Runs every step over `code[start..end]` (one function), marking
/// deleted instructions in `keep`.
pub(super) fn optimize_function(
    code: &mut [Op],
    start: usize,
    end: usize,
    labels: &dyn Fn(Label) -> Option<u32>,
    keep: &mut [bool],
    functions: &[Function],
) {
    let handlers = code[start..end].iter().any(|op| matches!(op, Op::Try { .. } | Op::Catch { .. }));
    let mut f = Func { code, start, end, keep, labels, functions, handlers };
    f.drop_unreachable();
    let targets = f.targets();
    f.common_arith(&targets);
    f.propagate_copies(&targets);
    f.drop_moves(&targets);
    // Slots turned into x registers make moves between x registers that
    // copy propagation and coalescing take out.
    if f.promote_slots() {
        f.propagate_copies(&targets);
        f.drop_moves(&targets);
    }
    f.drop_jumps_to_next();
    if !f.share_slots() {
        f.renumber_slots();
    }
}

impl Func<'_> {
    /// Dead moves out, then coalescing, while it changes something (at
    /// most four rounds).
    fn drop_moves(&mut self, targets: &Targets) {
        for round in 0..4 {
            let Some(live) = self.liveness() else {
                break;
            };
            self.drop_dead_moves(&live);
            // Dropping moves only shortens live ranges, so the same
            // liveness stays a safe over-approximation for coalescing.
            if round == 3 || !self.coalesce(&live, targets) {
                break;
            }
        }
    }
}

/// The positions of a function that jumps lead to.
struct Targets {
    start: usize,
    at: Vec<bool>,
}

impl Targets {
    fn contains(&self, i: &usize) -> bool {
        self.at.get(i - self.start).copied().unwrap_or(false)
    }
}

/// Per-instruction effects, flattened: register numbers read and
/// written, successors.
struct Effects {
    reads: Vec<u32>,
    read_at: Vec<u32>,
    writes: Vec<u32>,
    write_at: Vec<u32>,
    succ: Vec<u32>,
    succ_at: Vec<u32>,
    /// The exception handler of a `try`/`catch` (u32::MAX: none).
    handler: Vec<u32>,
    clobbers_x: Vec<bool>,
}

/// Live-in sets of every instruction (relative to the function start).
struct Live {
    words: usize,
    nx: u32,
    bits: Vec<u64>,
    /// y slots are never dead (a handler may read them).
    all_y_live: bool,
}

impl Live {
    fn index(&self, r: Reg) -> usize {
        match r {
            Reg::X(n) => n as usize,
            Reg::Y(n) => (self.nx + n as u32) as usize,
        }
    }

    fn has(&self, k: usize, r: Reg) -> bool {
        if self.all_y_live && matches!(r, Reg::Y(_)) {
            return true;
        }
        let i = self.index(r);
        if i / 64 >= self.words || k * self.words >= self.bits.len() {
            return false;
        }
        self.bits[k * self.words + i / 64] >> (i % 64) & 1 == 1
    }
}

impl Func<'_> {
    fn resolve(&self, l: Label) -> Option<usize> {
        (self.labels)(l).map(|p| p as usize).filter(|p| (self.start..self.end).contains(p))
    }

    fn handler(&self, i: usize) -> Option<usize> {
        match self.code[i] {
            Op::Try { handler } | Op::Catch { handler } => self.resolve(handler),
            _ => None,
        }
    }

    /// Applies `f` to every position `code[i]` may jump to (not an
    /// exception handler).
    fn for_each_jump(&mut self, i: usize, f: &mut impl FnMut(usize)) {
        if matches!(self.code[i], Op::Try { .. } | Op::Catch { .. }) {
            return;
        }
        let mut ls = [0; 2];
        let mut n = 0;
        for_each_label(&mut self.code[i], |l| {
            if n < 2 {
                ls[n] = *l;
                n += 1;
            }
        });
        for &l in &ls[..n] {
            if let Some(p) = self.resolve(l) {
                f(p);
            }
        }
    }

    /// Drops instructions no path from the function's entry reaches.
    fn drop_unreachable(&mut self) {
        let mut seen = vec![false; self.end - self.start];
        let mut work = vec![self.start];
        while let Some(i) = work.pop() {
            if i >= self.end || seen[i - self.start] {
                continue;
            }
            seen[i - self.start] = true;
            if self.code[i].falls_through() {
                work.push(i + 1);
            }
            self.for_each_jump(i, &mut |p| work.push(p));
            work.extend(self.handler(i));
        }
        for (k, s) in seen.iter().enumerate() {
            if !s {
                self.keep[self.start + k] = false;
            }
        }
    }

    /// Positions some kept instruction may jump to.
    fn targets(&mut self) -> Targets {
        let mut t = Targets { start: self.start, at: vec![false; self.end - self.start] };
        for i in self.start..self.end {
            if self.keep[i] {
                let start = self.start;
                self.for_each_jump(i, &mut |p| t.at[p - start] = true);
                if let Some(h) = self.handler(i) {
                    t.at[h - start] = true;
                }
            }
        }
        t
    }

    /// Forward copy propagation within straight-line stretches (a jump
    /// target starts a new one).
    fn propagate_copies(&mut self, targets: &Targets) {
        // A jump target reached from one place only (a forward jump, not
        // falling through, no handler) starts with what held there.
        let n = self.end - self.start;
        let mut preds = vec![0u8; n + 1];
        let mut falls = true;
        for i in self.start..self.end {
            if !self.keep[i] {
                continue;
            }
            if falls {
                preds[i - self.start] = preds[i - self.start].saturating_add(1);
            }
            falls = self.code[i].falls_through();
            let start = self.start;
            self.for_each_jump(i, &mut |p| {
                // A backward jump counts twice: its facts come too late.
                let k = if p <= i { 2 } else { 1 };
                preds[p - start] = preds[p - start].saturating_add(k);
            });
            if let Some(h) = self.handler(i) {
                preds[h - start] = 2;
            }
        }
        let mut at_target: Vec<Option<Vec<(Reg, Src)>>> = vec![None; n];
        // (register, the value it holds: a register or a constant).
        let mut facts: Vec<(Reg, Src)> = Vec::new();
        for i in self.start..self.end {
            if targets.contains(&i) {
                facts = at_target[i - self.start].take().filter(|_| preds[i - self.start] == 1).unwrap_or_default();
            }
            if !self.keep[i] {
                continue;
            }
            let op = &mut self.code[i];
            // A receive timeout is read again after the process waits,
            // when x registers no longer hold anything.
            if !facts.is_empty() && !matches!(op, Op::WaitTimeout { .. }) {
                for_each_src(op, &mut |s| {
                    if let Some(r) = src_reg(*s) {
                        if let Some((_, v)) = facts.iter().find(|(k, _)| *k == r) {
                            *s = *v;
                        }
                    }
                });
            }
            if let Op::Move { src, dst } = *op {
                if src == Src::from(dst) {
                    self.keep[i] = false;
                    continue;
                }
            }
            // Calls clobber x registers, a collection at Allocate moves
            // what they point to, frames change at Allocate/Deallocate,
            // and a wait loses the x registers.
            if !plain(op) {
                facts.clear();
            }
            for_each_write(op, &mut |w| facts.retain(|(k, v)| *k != w && src_reg(*v) != Some(w)));
            if let Op::Move { src, dst } = *op {
                facts.push((dst_reg(dst), src));
            }
            if !facts.is_empty() && !matches!(self.code[i], Op::Try { .. } | Op::Catch { .. }) {
                let start = self.start;
                let mut jumps = Vec::new();
                self.for_each_jump(i, &mut |p| jumps.push(p));
                for p in jumps {
                    if p > i && preds[p - start] == 1 {
                        at_target[p - start] = Some(facts.clone());
                    }
                }
            }
        }
    }

    /// Registers `nx` x registers first, then the y slots.
    fn effects(&mut self) -> (Effects, u32, u32) {
        let n = self.end - self.start;
        let (mut nx, mut ny) = (3u32, 0u32);
        let mut seen = |r: Reg| match r {
            Reg::X(k) => nx = nx.max(k as u32 + 1),
            Reg::Y(k) => ny = ny.max(k as u32 + 1),
        };
        for i in self.start..self.end {
            if self.keep[i] {
                for_each_read(&mut self.code[i], self.functions, &mut seen);
                for_each_write(&mut self.code[i], &mut seen);
            }
        }
        let index = |r: Reg| match r {
            Reg::X(k) => k as u32,
            Reg::Y(k) => nx + k as u32,
        };
        let mut e = Effects {
            reads: Vec::with_capacity(n * 2),
            read_at: Vec::with_capacity(n + 1),
            writes: Vec::with_capacity(n),
            write_at: Vec::with_capacity(n + 1),
            succ: Vec::with_capacity(n + n / 4),
            succ_at: Vec::with_capacity(n + 1),
            handler: Vec::with_capacity(n),
            clobbers_x: Vec::with_capacity(n),
        };
        for i in self.start..self.end {
            e.read_at.push(e.reads.len() as u32);
            e.write_at.push(e.writes.len() as u32);
            e.succ_at.push(e.succ.len() as u32);
            if !self.keep[i] {
                // A deleted instruction does nothing.
                e.succ.push((i + 1 - self.start) as u32);
                e.handler.push(u32::MAX);
                e.clobbers_x.push(false);
                continue;
            }
            for_each_read(&mut self.code[i], self.functions, &mut |r| e.reads.push(index(r)));
            for_each_write(&mut self.code[i], &mut |r| e.writes.push(index(r)));
            if self.code[i].falls_through() {
                e.succ.push((i + 1 - self.start) as u32);
            }
            let start = self.start;
            self.for_each_jump(i, &mut |p| e.succ.push((p - start) as u32));
            e.handler.push(self.handler(i).map_or(u32::MAX, |h| (h - self.start) as u32));
            e.clobbers_x.push(is_call(&self.code[i]));
        }
        e.read_at.push(e.reads.len() as u32);
        e.write_at.push(e.writes.len() as u32);
        e.succ_at.push(e.succ.len() as u32);
        (e, nx, ny)
    }

    /// Live registers before each instruction; `None` for functions too
    /// large to analyse.
    fn liveness(&mut self) -> Option<Live> {
        let (e, nx, ny) = self.effects();
        let live = self.live_from(&e, nx, ny)?;
        Some(Live { all_y_live: self.handlers, ..live })
    }

    /// The dataflow of `liveness` over given effects (y slots taken at
    /// their word: the caller says whether handlers make them all live).
    fn live_from(&self, e: &Effects, nx: u32, ny: u32) -> Option<Live> {
        let words = ((nx + ny) as usize).div_ceil(64).max(1);
        let n = self.end - self.start;
        if n.saturating_mul(words) > MAX_LIVENESS_WORK {
            return None;
        }
        let mut bits = vec![0u64; (n + 1) * words];
        let mut out = vec![0u64; words];
        // The x registers' bits.
        let not_x: Vec<u64> = (0..words)
            .map(|w| match (nx as usize).saturating_sub(w * 64) {
                0 => u64::MAX,
                k if k >= 64 => 0,
                k => !((1u64 << k) - 1),
            })
            .collect();
        // Without backward jumps one sweep from the end settles everything.
        let backward = (0..n).any(|k| {
            e.succ[e.succ_at[k] as usize..e.succ_at[k + 1] as usize].iter().any(|&s| s as usize <= k)
                || (e.handler[k] != u32::MAX && e.handler[k] as usize <= k)
        });
        let mut changed = true;
        while changed {
            changed = false;
            for k in (0..n).rev() {
                out.fill(0);
                for &s in &e.succ[e.succ_at[k] as usize..e.succ_at[k + 1] as usize] {
                    let s = s as usize;
                    for (o, b) in out.iter_mut().zip(&bits[s * words..(s + 1) * words]) {
                        *o |= b;
                    }
                }
                if e.handler[k] != u32::MAX {
                    // x registers do not reach a handler.
                    let h = e.handler[k] as usize;
                    for ((o, b), m) in out.iter_mut().zip(&bits[h * words..(h + 1) * words]).zip(&not_x) {
                        *o |= b & m;
                    }
                }
                if e.clobbers_x[k] {
                    for (o, m) in out.iter_mut().zip(&not_x) {
                        *o &= m;
                    }
                }
                for &w in &e.writes[e.write_at[k] as usize..e.write_at[k + 1] as usize] {
                    out[w as usize / 64] &= !(1 << (w % 64));
                }
                for &r in &e.reads[e.read_at[k] as usize..e.read_at[k + 1] as usize] {
                    out[r as usize / 64] |= 1 << (r % 64);
                }
                let row = &mut bits[k * words..(k + 1) * words];
                if row != out.as_slice() {
                    row.copy_from_slice(&out);
                    changed = backward;
                }
            }
        }
        Some(Live { words, nx, bits, all_y_live: false })
    }

    /// Whether `r` is live after instruction `i`, which falls through
    /// (deleted instructions do nothing, so this is the live-in set of
    /// the next position).
    fn live_after(&self, live: &Live, i: usize, r: Reg) -> bool {
        i + 1 < self.end && live.has(i + 1 - self.start, r)
    }

    /// Drops moves whose destination is dead.
    fn drop_dead_moves(&mut self, live: &Live) {
        for i in self.start..self.end {
            if let (true, Op::Move { dst, .. }) = (self.keep[i], &self.code[i]) {
                if !self.live_after(live, i, dst_reg(*dst)) {
                    self.keep[i] = false;
                }
            }
        }
    }

    /// `I -> T; ...; Move T -> D` => `I -> D`. Returns whether it changed
    /// anything.
    fn coalesce(&mut self, live: &Live, targets: &Targets) -> bool {
        let mut changed = false;
        // Registers a rewrite touched since liveness was computed.
        let mut touched: Vec<Reg> = Vec::new();
        for m in self.start..self.end {
            if targets.contains(&m) {
                touched.clear();
            }
            let (t, d) = match (self.keep[m], &self.code[m]) {
                (true, Op::Move { src, dst }) => match src_reg(*src) {
                    Some(t) => (t, dst_reg(*dst)),
                    None => continue,
                },
                _ => continue,
            };
            if t == d || touched.contains(&t) || touched.contains(&d) || self.live_after(live, m, t) {
                continue;
            }
            // A handler may read a y slot's earlier value.
            if self.handlers && matches!(d, Reg::Y(_)) {
                continue;
            }
            let Some(j) = self.definition(m, t, d, live, targets) else {
                continue;
            };
            if retarget(&mut self.code[j], t, d) {
                self.keep[m] = false;
                touched.extend([t, d]);
                changed = true;
            }
        }
        changed
    }

    /// The instruction before `m` in its straight-line stretch that
    /// writes `t`, when nothing between touches `t` or `d` or leaves to
    /// where either is live.
    fn definition(&mut self, m: usize, t: Reg, d: Reg, live: &Live, targets: &Targets) -> Option<usize> {
        let mut j = m;
        loop {
            if j == self.start || targets.contains(&j) {
                return None;
            }
            j -= 1;
            if !self.keep[j] {
                continue;
            }
            let (mut writes_t, mut writes_d, mut uses) = (0, false, false);
            for_each_write(&mut self.code[j], &mut |r| {
                writes_t += (r == t) as u32;
                writes_d |= r == d;
            });
            if writes_t > 0 {
                return (writes_t == 1 && !writes_d).then_some(j);
            }
            for_each_read(&mut self.code[j], self.functions, &mut |r| uses |= r == t || r == d);
            if writes_d || uses || !plain(&self.code[j]) {
                return None;
            }
            let mut leaks = false;
            let start = self.start;
            self.for_each_jump(j, &mut |p| leaks |= live.has(p - start, t) || live.has(p - start, d));
            if leaks {
                return None;
            }
        }
    }

    /// Drops `Jump`s to the next instruction kept.
    fn drop_jumps_to_next(&mut self) {
        for i in self.start..self.end {
            if let (true, Op::Jump { to }) = (self.keep[i], &self.code[i]) {
                let Some(target) = self.resolve(*to) else {
                    continue;
                };
                let mut k = i + 1;
                while k < self.end && !self.keep[k] {
                    k += 1;
                }
                // Deleted instructions between pass their offsets on to
                // the next kept one, so a jump to any of them lands there.
                if target > i && target <= k {
                    self.keep[i] = false;
                }
            }
        }
    }

    /// Renumbers the y slots still used as 0, 1, ... in order, and sizes
    /// the frames to match.
    fn renumber_slots(&mut self) {
        let mut used: Vec<bool> = Vec::new();
        let mut mark = |n: u16| {
            if used.len() <= n as usize {
                used.resize(n as usize + 1, false);
            }
            used[n as usize] = true;
        };
        for i in self.start..self.end {
            if !self.keep[i] {
                continue;
            }
            for_each_y(&mut self.code[i], &mut |n| mark(*n));
        }
        let mut map = vec![0u16; used.len()];
        let mut next = 0u16;
        for (k, u) in used.iter().enumerate() {
            if *u {
                map[k] = next;
                next += 1;
            }
        }
        let renumber = |n: u16| map.get(n as usize).copied().unwrap_or(n);
        renumber_y(&mut self.code[self.start..self.end], renumber, next);
    }
}

/// Gives every y slot of `code` its new number and its frames `slots`
/// slots (shared by the compaction above and `slots.rs`'s sharing).
pub(super) fn renumber_y(code: &mut [Op], renumber: impl Fn(u16) -> u16, slots: u16) {
    for op in code.iter_mut() {
        for_each_y(op, &mut |n| *n = renumber(*n));
        if let Op::Allocate { slots: s, .. } = op {
            *s = slots;
        }
    }
}

/// Calls `f` on every y slot number `op` reads or writes (`op` as the
/// compiler makes it: the loader's operand-specialised forms name none).
pub fn for_each_y(op: &mut Op, f: &mut impl FnMut(&mut u16)) {
    for_each_src(op, &mut |s| {
        if let Src::Y(n) = s {
            f(n);
        }
    });
    for_each_dst(op, &mut |d| {
        if let Dst::Y(n) = d {
            f(n);
        }
    });
}

/// Makes `op` write `d` where it wrote `t`; false when it cannot (its
/// result is not a plain register write).
fn retarget(op: &mut Op, t: Reg, d: Reg) -> bool {
    let slot = match op {
        Op::Move { dst, .. }
        | Op::Bif { dst, .. }
        | Op::Arith { dst, .. }
        | Op::GetTupleElement { dst, .. }
        | Op::PutList { dst, .. }
        | Op::PutTuple { dst, .. }
        | Op::PutMap { dst, .. }
        | Op::MakeFun { dst, .. }
        | Op::BsCreate { dst, .. }
        | Op::LoopRec { dst, .. } => dst,
        Op::GetList { head, tail, .. } => {
            if dst_reg(*head) == t {
                head
            } else {
                tail
            }
        }
        _ => return false,
    };
    if dst_reg(*slot) != t {
        return false;
    }
    *slot = reg_dst(d);
    true
}
