//! y slots that become x registers. The lowering keeps every variable and
//! pattern temporary of a function with a frame in a y slot, also those
//! whose value never outlives a call: a receive's message and the parts
//! its patterns take apart, a tuple built only to be sent, a result tested
//! and dropped. Such a slot costs an `Allocate` store, a larger frame (a
//! stack the collector scans), and its instructions run in their generic
//! form, as the loader specialises x-register operands (`CmpXC`,
//! `IsConsGetListX`, ...). Here a slot that is never live across an
//! instruction that loses the x registers gets an x register of its own
//! instead, above every x register the function names.
//!
//! What loses the x registers: calls (only x0 comes back), `Allocate`
//! (its collection keeps only the `live` ones), a wait (the process comes
//! back with none), and entering a handler. In a function with a `try`
//! or `catch`, the liveness here has the handler as a successor of every
//! instruction the handler covers (as slot sharing's has), so a slot the
//! handler reads stays one.

use super::effects::{for_each_write, is_call, Reg};
use super::Func;
use crate::bytecode::{Dst, Op, Src};

/// Promoted slots get x registers below this (the register file is 1024
/// words; frameless functions use x registers in the twenties already).
const MAX_X: u32 = 128;

impl Func<'_> {
    /// Turns the y slots never live across an instruction that loses the
    /// x registers into x registers. Returns whether it changed anything.
    pub(super) fn promote_slots(&mut self) -> bool {
        let (mut e, nx, ny) = self.effects();
        if ny == 0 || nx >= MAX_X {
            return false;
        }
        // A handler is a successor of every instruction its `try` or
        // `catch` may run (`handler_edges`): what it reads is live across
        // the `Try`/`Catch`, which loses the x registers on that path.
        if self.handlers && !self.handler_edges(&mut e) {
            return false;
        }
        let Some(live) = self.live_from(&e, nx, ny) else {
            return false;
        };
        let ny = ny as usize;
        let n = self.end - self.start;
        let mut scratch = Vec::new();
        // A slot live where the function starts is read before anything
        // wrote it: it reads the nil `Allocate` put there.
        let mut pinned = vec![false; ny];
        live.y_slots(0, ny, &mut scratch);
        for &y in &scratch {
            pinned[y] = true;
        }
        for k in 0..n {
            let i = self.start + k;
            if !self.keep[i] || !loses_x(&self.code[i]) {
                continue;
            }
            let mut written: Vec<usize> = Vec::new();
            for_each_write(&mut self.code[i], &mut |r| {
                if let Reg::Y(y) = r {
                    written.push(y as usize);
                }
            });
            // What is live after it, unless it wrote it itself (after the
            // registers were lost), must stay in its slot. An `Allocate`
            // also makes a slot live before it (read later before being
            // written) keep its nil.
            // A `Try`/`Catch`'s handler is a successor too: every slot the
            // handler reads is live there, so it stays a slot, whichever
            // instruction of the body raises (a guard BIF, arithmetic, a
            // failed match raise without a call).
            let handler = (e.handler[k] != u32::MAX).then_some(e.handler[k]);
            for &s in e.succ[e.succ_at[k] as usize..e.succ_at[k + 1] as usize].iter().chain(&handler) {
                live.y_slots(s as usize, ny, &mut scratch);
                for &y in &scratch {
                    if !written.contains(&y) {
                        pinned[y] = true;
                    }
                }
            }
            if matches!(self.code[i], Op::Allocate { .. }) {
                live.y_slots(k, ny, &mut scratch);
                for &y in &scratch {
                    pinned[y] = true;
                }
            }
        }
        let mut used = vec![false; ny];
        for i in self.start..self.end {
            if self.keep[i] {
                super::for_each_y(&mut self.code[i], &mut |y| {
                    if let Some(u) = used.get_mut(*y as usize) {
                        *u = true;
                    }
                });
            }
        }
        let mut to_x: Vec<Option<u16>> = vec![None; ny];
        let mut next = nx;
        for y in 0..ny {
            if used[y] && !pinned[y] && next < MAX_X {
                to_x[y] = Some(next as u16);
                next += 1;
            }
        }
        if next == nx {
            return false;
        }
        for i in self.start..self.end {
            if !self.keep[i] {
                continue;
            }
            super::super::peephole::for_each_src(&mut self.code[i], &mut |s| {
                if let Src::Y(y) = *s {
                    if let Some(Some(x)) = to_x.get(y as usize) {
                        *s = Src::X(*x);
                    }
                }
            });
            super::super::peephole::for_each_dst(&mut self.code[i], &mut |d| {
                if let Dst::Y(y) = *d {
                    if let Some(Some(x)) = to_x.get(y as usize) {
                        *d = Dst::X(*x);
                    }
                }
            });
        }
        true
    }
}

/// Whether the x registers hold nothing after `op` (but what it writes).
fn loses_x(op: &Op) -> bool {
    is_call(op)
        || matches!(
            op,
            Op::Allocate { .. }
                | Op::Wait { .. }
                | Op::WaitTimeout { .. }
                | Op::Try { .. }
                | Op::Catch { .. }
                | Op::TryCase
        )
}
