//! y slots shared between values whose lives do not overlap. The lowering
//! gives every variable (and every pattern temporary) a slot of its own,
//! so a function of several clauses got a frame as large as all of them
//! together (gen_server:loop/7 had 28 slots, handle_msg/6 44), and
//! `Allocate` initialises every slot on each call. Here two slots that are
//! never live at once, by the liveness the clean-up already computes, get
//! one number (greedy colouring of the interference graph).
//!
//! In a function with a `try` or `catch`, the handler can be reached from
//! any instruction of its body and read any slot; the liveness used here
//! adds those edges (`handler_edges`; the clean-up's own liveness takes
//! every y slot for live instead).

use super::effects::{for_each_read, for_each_write, Reg};
use super::{Effects, Func, Live};
use crate::bytecode::Op;

/// Functions with more slots than this keep one slot per value (the
/// interference matrix grows with the square).
const MAX_SLOTS: usize = 1024;

/// Handlers times instructions above which a function with handlers keeps
/// one slot per value.
const MAX_REGION_WORK: usize = 1 << 20;

impl Func<'_> {
    /// Renumbers the y slots so that slots never live at the same time
    /// share a number, and sizes the frames to match. False (nothing
    /// changed) when the function has a handler or is too large to
    /// analyse; `renumber_slots` then numbers them densely.
    pub(super) fn share_slots(&mut self) -> bool {
        let (mut e, nx, ny) = self.effects();
        let ny = ny as usize;
        if ny == 0 || ny > MAX_SLOTS {
            return false;
        }
        if self.handlers && !self.handler_edges(&mut e) {
            return false;
        }
        let Some(live) = self.live_from(&e, nx, ny as u32) else {
            return false;
        };
        let words = ny.div_ceil(64);
        // interferes[a * words + b / 64] bit b: slots a and b may not share.
        let mut interferes = vec![0u64; ny * words];
        let mut conflict = |a: usize, b: usize| {
            if a != b {
                interferes[a * words + b / 64] |= 1 << (b % 64);
                interferes[b * words + a / 64] |= 1 << (a % 64);
            }
        };
        // A slot read before anything wrote it in its frame reads the
        // nil `Allocate` put there: it shares with nothing.
        let mut pinned = vec![false; ny];
        let live_y = |k: usize, out: &mut Vec<usize>| live.y_slots(k, ny, out);
        let mut live_out: Vec<usize> = Vec::new();
        let mut scratch: Vec<usize> = Vec::new();
        live_y(0, &mut scratch);
        for &y in &scratch {
            pinned[y] = true;
        }
        for i in self.start..self.end {
            if !self.keep[i] {
                continue;
            }
            let k = i - self.start;
            let mut writes: Vec<usize> = Vec::new();
            for_each_write(&mut self.code[i], &mut |r| {
                if let Reg::Y(n) = r {
                    writes.push(n as usize);
                }
            });
            let allocate = matches!(self.code[i], Op::Allocate { .. });
            if writes.is_empty() && !allocate {
                continue;
            }
            live_out.clear();
            for &s in &e.succ[e.succ_at[k] as usize..e.succ_at[k + 1] as usize] {
                live_y(s as usize, &mut scratch);
                for &y in &scratch {
                    if !live_out.contains(&y) {
                        live_out.push(y);
                    }
                }
            }
            if allocate {
                for &y in &live_out {
                    pinned[y] = true;
                }
            }
            // What this instruction reads may not share with what it
            // writes either: an instruction may write one result before
            // it has read all its operands.
            let mut reads: Vec<usize> = Vec::new();
            for_each_read(&mut self.code[i], self.functions, &mut |r| {
                if let Reg::Y(n) = r {
                    reads.push(n as usize);
                }
            });
            for &w in &writes {
                for &y in live_out.iter().chain(&writes).chain(&reads) {
                    conflict(w, y);
                }
            }
        }
        for (y, _) in pinned.iter().enumerate().filter(|(_, p)| **p) {
            for other in 0..ny {
                conflict(y, other);
            }
        }
        let used = self.used_slots(ny);
        // Greedy colouring in slot order (the lowering numbers slots in
        // the order values appear, so early values keep low numbers).
        let mut color = vec![u16::MAX; ny];
        let mut colors = 0u16;
        let mut taken = vec![false; ny + 1];
        for y in (0..ny).filter(|&y| used[y]) {
            taken[..colors as usize].fill(false);
            for (w, &word) in interferes[y * words..(y + 1) * words].iter().enumerate() {
                let mut bits = word;
                while bits != 0 {
                    let o = w * 64 + bits.trailing_zeros() as usize;
                    bits &= bits - 1;
                    if color[o] != u16::MAX {
                        taken[color[o] as usize] = true;
                    }
                }
            }
            let c = (0..colors).find(|&c| !taken[c as usize]).unwrap_or(colors);
            color[y] = c;
            colors = colors.max(c + 1);
        }
        let renumber = |n: u16| match color.get(n as usize) {
            Some(&c) if c != u16::MAX => c,
            _ => n,
        };
        super::renumber_y(&mut self.code[self.start..self.end], renumber, colors);
        true
    }
}

impl Live {
    /// The y slots (of `ny`) live before position `k`, into `out`.
    pub(super) fn y_slots(&self, k: usize, ny: usize, out: &mut Vec<usize>) {
        out.clear();
        let row = &self.bits[k * self.words..(k + 1) * self.words];
        let (first, end) = (self.nx as usize, self.nx as usize + ny);
        for (w, &word) in row.iter().enumerate().skip(first / 64) {
            let mut bits = word;
            while bits != 0 {
                let i = w * 64 + bits.trailing_zeros() as usize;
                bits &= bits - 1;
                if (first..end).contains(&i) {
                    out.push(i - first);
                }
            }
        }
    }
}

impl Func<'_> {
    /// Adds to each instruction's successors the handlers of the `try`s
    /// and `catch`es it may run under: every instruction a path from the
    /// `Try`/`Catch` reaches (past its `TryEnd` too, which only makes the
    /// handler's slots live longer than they need be). An exception there
    /// goes to the handler with the y slots as they are, so what the
    /// handler reads is live across all of them. False when the function
    /// has too many handlers for its size to do this cheaply.
    pub(super) fn handler_edges(&mut self, e: &mut Effects) -> bool {
        let n = self.end - self.start;
        let handlers: Vec<(usize, usize)> =
            (self.start..self.end).filter(|&i| self.keep[i]).filter_map(|i| self.handler(i).map(|h| (i, h))).collect();
        if handlers.len().saturating_mul(n) > MAX_REGION_WORK {
            return false;
        }
        let mut extra: Vec<Vec<u32>> = vec![Vec::new(); n];
        let mut seen = vec![false; n];
        for &(at, h) in &handlers {
            seen.fill(false);
            let mut work = vec![at - self.start];
            while let Some(k) = work.pop() {
                if k >= n || seen[k] {
                    continue;
                }
                seen[k] = true;
                if k != at - self.start {
                    extra[k].push((h - self.start) as u32);
                }
                work.extend(e.succ[e.succ_at[k] as usize..e.succ_at[k + 1] as usize].iter().map(|&s| s as usize));
            }
        }
        let mut succ = Vec::with_capacity(e.succ.len() + n);
        let mut succ_at = Vec::with_capacity(n + 1);
        for (k, more) in extra.iter().enumerate() {
            succ_at.push(succ.len() as u32);
            succ.extend_from_slice(&e.succ[e.succ_at[k] as usize..e.succ_at[k + 1] as usize]);
            succ.extend(more.iter().copied());
        }
        succ_at.push(succ.len() as u32);
        e.succ = succ;
        e.succ_at = succ_at;
        true
    }

    /// Which of the `ny` slots a kept instruction names.
    fn used_slots(&mut self, ny: usize) -> Vec<bool> {
        let mut used = vec![false; ny];
        for i in self.start..self.end {
            if !self.keep[i] {
                continue;
            }
            super::for_each_y(&mut self.code[i], &mut |n| {
                if let Some(u) = used.get_mut(*n as usize) {
                    *u = true;
                }
            });
        }
        used
    }
}
