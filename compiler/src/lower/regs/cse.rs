//! Common arithmetic within a straight-line stretch: a second `Arith`
//! with the same operator on the same values as an earlier one (Erlang
//! variables never change, so `(I + J) * (I + J + 1)` computes `I + J`
//! twice) reads the earlier result instead, while some register still
//! holds it. The earlier one ran first and succeeded (no jump target lies
//! between them and a failing `Arith` raises), so the later one could not
//! fail either and would compute the same value.

use super::effects::{dst_reg, for_each_write, is_call, plain, src_reg, Reg};
use super::{Func, Targets};
use crate::bytecode::{ArithOp, Op, Src};

/// A value as this pass tells values apart: a number given to what some
/// register was found holding, or a small integer constant.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Val {
    Id(u32),
    Int(i64),
}

impl Func<'_> {
    pub(super) fn common_arith(&mut self, targets: &Targets) {
        // Register -> the value it holds; (operator, operands, value) of
        // each arithmetic done in the stretch.
        let mut holds: Vec<(Reg, Val)> = Vec::new();
        let mut done: Vec<(ArithOp, Val, Val, Val)> = Vec::new();
        let mut next_id = 0u32;
        for i in self.start..self.end {
            if targets.contains(&i) {
                holds.clear();
                done.clear();
            }
            if !self.keep[i] {
                continue;
            }
            let mut val = |s: Src, holds: &mut Vec<(Reg, Val)>| -> Option<Val> {
                match s {
                    Src::Int(n) => Some(Val::Int(n)),
                    _ => {
                        let r = src_reg(s)?;
                        if let Some(&(_, v)) = holds.iter().find(|(k, _)| *k == r) {
                            return Some(v);
                        }
                        next_id += 1;
                        holds.push((r, Val::Id(next_id)));
                        Some(Val::Id(next_id))
                    }
                }
            };
            let op = &mut self.code[i];
            match *op {
                Op::Move { src, dst } => {
                    let v = val(src, &mut holds);
                    let d = dst_reg(dst);
                    holds.retain(|(k, _)| *k != d);
                    if let Some(v) = v {
                        holds.push((d, v));
                    }
                    continue;
                }
                Op::Arith { op: aop, a, b, dst, fail: 0, .. } => {
                    let (va, vb) = (val(a, &mut holds), val(b, &mut holds));
                    let d = dst_reg(dst);
                    if let (Some(va), Some(vb)) = (va, vb) {
                        let earlier = done.iter().find(|e| (e.0, e.1, e.2) == (aop, va, vb)).map(|e| e.3);
                        let held = earlier.and_then(|v| holds.iter().find(|(_, h)| *h == v).map(|&(r, _)| (r, v)));
                        holds.retain(|(k, _)| *k != d);
                        if let Some((r, v)) = held {
                            let src = match r {
                                Reg::X(n) => Src::X(n),
                                Reg::Y(n) => Src::Y(n),
                            };
                            *op = Op::Move { src, dst };
                            holds.push((d, v));
                        } else {
                            next_id += 1;
                            let v = Val::Id(next_id);
                            done.push((aop, va, vb, v));
                            holds.push((d, v));
                        }
                        continue;
                    }
                }
                _ => {}
            }
            if is_call(op) {
                // y slots keep their values across a call.
                holds.retain(|(k, _)| matches!(k, Reg::Y(_)));
            } else if !plain(op) {
                holds.clear();
                done.clear();
            }
            for_each_write(op, &mut |w| holds.retain(|(k, _)| *k != w));
        }
    }
}
