//! A peephole pass over a module's code before labels are resolved. The
//! lowering keeps every value in a y slot; most temporaries are written
//! once and read once by the very next instruction, usually to be copied
//! to or from an x register. Two rules remove those copies:
//!
//! - `Move Xa -> Yt; I(.., Yt, ..)` becomes `I(.., Xa, ..)`;
//! - `I(..) -> Yt; Move Yt -> Xk` becomes `I(..) -> Xk`,
//!
//! when `Yt` is written once and read once in its function, and no jump
//! lands between the two instructions. Micro-benchmarks (nrev, fib) spend
//! most of their time in such moves.

use super::asm::Asm;
use crate::bytecode::{Dst, Function, Op, Src};
use std::collections::{HashMap, HashSet};

/// Applies `f` to every source operand of `op`.
pub(super) fn for_each_src(op: &mut Op, f: &mut impl FnMut(&mut Src)) {
    match op {
        Op::Move { src, .. }
        | Op::TestArityGet { src, .. }
        | Op::GetTupleElement2 { src, .. }
        | Op::TestArityAllocateTag { c: src, .. }
        | Op::Test { src, .. }
        | Op::TestArity { src, .. }
        | Op::GetList { src, .. }
        | Op::GetTupleElement { src, .. }
        | Op::BsStartMatch { src, .. }
        | Op::Badmatch { src }
        | Op::CaseEnd { src }
        | Op::TryCaseEnd { src }
        | Op::RaiseError { reason: src } => f(src),
        Op::TestFunArity { src, arity, .. } | Op::TestArityTag { src, c: arity, .. } => {
            f(src);
            f(arity);
        }
        Op::Bif { args, .. } => args.iter_mut().for_each(f),
        Op::Arith { a, b, .. } | Op::Cmp { a, b, .. } => {
            f(a);
            f(b);
        }
        Op::PutList { head, tail, .. } => {
            f(head);
            f(tail);
        }
        Op::PutTuple { elems, .. } | Op::PutTupleDeallocateReturn { elems, .. } => elems.iter_mut().for_each(f),
        Op::PutMap { base, pairs, .. } => {
            if let Some(b) = base {
                f(b);
            }
            for (k, v, _) in pairs.iter_mut() {
                f(k);
                f(v);
            }
        }
        Op::GetMapElement { src, key, .. } => {
            f(src);
            f(key);
        }
        Op::MakeFun { free, .. } => free.iter_mut().for_each(f),
        Op::BsCreate { segs, .. } => {
            for s in segs.iter_mut() {
                f(&mut s.value);
                if let Some(sz) = &mut s.size {
                    f(sz);
                }
            }
        }
        Op::BsGet { seg, .. } | Op::BsSkip { seg, .. } => {
            if let Some(sz) = &mut seg.size {
                f(sz);
            }
        }
        Op::BsTestTail { ctx, .. } | Op::BsTestUnit { ctx, .. } => f(ctx),
        Op::Raise { class, reason, trace } => {
            f(class);
            f(reason);
            f(trace);
        }
        Op::WaitTimeout { timeout, .. } => f(timeout),
        Op::MoveCX { c, .. } | Op::MoveCXReturn { c, .. } | Op::CmpXC { c, .. } => f(c),
        Op::Element { index, tuple, .. } => {
            f(index);
            f(tuple);
        }
        // The loader's operand-specialised forms name their registers by
        // number; the compiler never sees them (`effects` reads them
        // through `Op::generic`).
        Op::SelfPid { .. }
        | Op::MoveXY { .. }
        | Op::MoveYX { .. }
        | Op::MoveXX { .. }
        | Op::CmpXI { .. }
        | Op::CmpIX { .. }
        | Op::CmpXX { .. }
        | Op::ArithXI { .. }
        | Op::ArithYI { .. }
        | Op::ArithRR { .. }
        | Op::IsNonEmptyListX { .. }
        | Op::IsNilX { .. }
        | Op::GetListX { .. }
        | Op::PutListRR { .. }
        | Op::IsConsGetListX { .. }
        | Op::MoveXY2 { .. }
        | Op::MoveYX2 { .. }
        | Op::MoveXY3 { .. }
        | Op::MoveXY4 { .. }
        | Op::MoveYX3 { .. }
        | Op::MoveYX4 { .. }
        | Op::AllocateMoveXY { .. }
        | Op::MoveYXCall { .. }
        | Op::MoveYXCallLeaf { .. }
        | Op::ArithCall { .. }
        | Op::CmpXIReturn { .. }
        | Op::MoveXXReturn { .. }
        | Op::PutListRRCallOnly { .. }
        | Op::AllocateIsConsGetListX { .. }
        | Op::IsConsAllocateGetListX { .. }
        | Op::TestArityAllocateGet { .. }
        | Op::DeallocateCallOnly { .. }
        | Op::MoveXXCall { .. }
        | Op::AllocateCmpXI { .. }
        | Op::MoveXYArithCall { .. }
        | Op::PutListRRDeallocateReturn { .. }
        | Op::PutTuple2DeallocateReturn { .. }
        | Op::TestArityAllocateGet2 { .. }
        | Op::CmpXFlatTupleReturn { .. }
        | Op::CmpXIMoveCXReturn { .. }
        | Op::LocalCall { .. }
        | Op::ArithRRDeallocateReturn { .. }
        | Op::AllocateMoveXYArithCall { .. }
        | Op::IsConsAllocateGetListXCall { .. }
        | Op::LocalCallOnly { .. }
        | Op::CmpXFlatTuple { .. } => {}
        Op::FuncInfo { .. }
        | Op::Allocate { .. }
        | Op::Deallocate
        | Op::Return
        | Op::Call { .. }
        | Op::CallOnly { .. }
        | Op::CallExt { .. }
        | Op::CallExtOnly { .. }
        | Op::CallFun { .. }
        | Op::CallFunOnly { .. }
        | Op::Apply { .. }
        | Op::ApplyOnly { .. }
        | Op::Jump { .. }
        | Op::IfEnd
        | Op::FunctionClause { .. }
        | Op::Try { .. }
        | Op::TryEnd
        | Op::TryCase
        | Op::Catch { .. }
        | Op::CatchEnd
        | Op::Send
        | Op::RemoveMessage
        | Op::LoopRec { .. }
        | Op::LoopRecEnd { .. }
        | Op::Wait { .. }
        | Op::Timeout => {}
    }
}

/// Applies `f` to every destination operand of `op` (as `dsts`, without
/// allocating).
pub(super) fn for_each_dst<'a>(op: &'a mut Op, f: &mut impl FnMut(&'a mut Dst)) {
    match op {
        Op::Move { dst, .. }
        | Op::Bif { dst, .. }
        | Op::Arith { dst, .. }
        | Op::GetTupleElement { dst, .. }
        | Op::PutList { dst, .. }
        | Op::PutTuple { dst, .. }
        | Op::PutMap { dst, .. }
        | Op::MakeFun { dst, .. }
        | Op::BsCreate { dst, .. }
        | Op::GetMapElement { dst, .. }
        | Op::LoopRec { dst, .. }
        // A match context is read and written in place.
        | Op::BsStartMatch { ctx: dst, .. }
        | Op::BsSkip { ctx: dst, .. } => f(dst),
        Op::GetList { head, tail, .. } => {
            f(head);
            f(tail);
        }
        Op::BsGet { ctx, dst, .. } => {
            f(ctx);
            f(dst);
        }
        _ => {}
    }
}

/// Every destination of `op`, with whether the rules may retarget it (ops
/// with one plain result register).
pub(super) fn dsts(op: &mut Op) -> (Vec<&mut Dst>, bool) {
    let retargetable = matches!(
        op,
        Op::Move { .. }
            | Op::Bif { .. }
            | Op::Arith { .. }
            | Op::GetTupleElement { .. }
            | Op::PutList { .. }
            | Op::PutTuple { .. }
            | Op::PutMap { .. }
            | Op::MakeFun { .. }
            | Op::BsCreate { .. }
    );
    let mut all = Vec::with_capacity(2);
    for_each_dst(op, &mut |d| all.push(d));
    (all, retargetable)
}

/// Reads and writes of each y slot within `code`.
fn slot_uses(code: &mut [Op]) -> (HashMap<u16, u32>, HashMap<u16, u32>) {
    let (mut reads, mut writes) = (HashMap::new(), HashMap::new());
    for op in code.iter_mut() {
        for_each_src(op, &mut |s| {
            if let Src::Y(n) = s {
                *reads.entry(*n).or_insert(0) += 1;
            }
        });
        let in_place = matches!(op, Op::BsGet { .. } | Op::BsSkip { .. });
        for d in dsts(op).0 {
            if let Dst::Y(n) = d {
                *writes.entry(*n).or_insert(0) += 1;
                if in_place {
                    // Also read: never a single-use temporary.
                    *reads.entry(*n).or_insert(0) += 2;
                }
            }
        }
    }
    (reads, writes)
}

/// Runs the rules over every function, then renumbers code offsets in the
/// label table, the function table and the line table.
pub fn optimize(asm: &mut Asm, functions: &mut [Function]) {
    let targets: HashSet<u32> = asm.label_positions().into_iter().collect();
    let mut starts: Vec<usize> =
        asm.code.iter().enumerate().filter(|(_, op)| matches!(op, Op::FuncInfo { .. })).map(|(i, _)| i).collect();
    starts.push(asm.code.len());
    let mut keep = vec![true; asm.code.len()];
    // Instructions the lowering dropped (frame set-up of frameless clauses).
    for &i in &asm.dead {
        keep[i] = false;
    }
    for w in starts.windows(2) {
        optimize_function(&mut asm.code, w[0], w[1], &targets, &mut keep);
    }
    let table = asm.label_table();
    let labels = |l: u32| table.get(l as usize).copied().flatten();
    for w in starts.windows(2) {
        super::regs::optimize_function(&mut asm.code, w[0], w[1], &labels, &mut keep, functions);
    }
    // new_pos[i]: where old offset i lands (offsets of deleted
    // instructions move to the next kept one).
    let mut new_pos = Vec::with_capacity(keep.len() + 1);
    let mut n = 0u32;
    for &k in &keep {
        new_pos.push(n);
        n += k as u32;
    }
    new_pos.push(n);
    let remap = |p: u32| new_pos.get(p as usize).copied().unwrap_or(n);
    asm.remap_positions(&remap);
    for f in functions.iter_mut() {
        f.entry = remap(f.entry);
    }
    let mut i = 0;
    asm.code.retain(|_| {
        i += 1;
        keep[i - 1]
    });
}

fn optimize_function(code: &mut [Op], start: usize, end: usize, targets: &HashSet<u32>, keep: &mut [bool]) {
    let (reads, writes) = slot_uses(&mut code[start..end]);
    let single = |n: u16| reads.get(&n) == Some(&1) && writes.get(&n) == Some(&1);
    let mut i = start;
    while i + 1 < end {
        let next_is_target = targets.contains(&((i + 1) as u32));
        if next_is_target {
            i += 1;
            continue;
        }
        // Rule A: Move Xa -> Yt; I reads Yt.
        if let Op::Move { src: Src::X(a), dst: Dst::Y(t) } = code[i] {
            // A receive timeout is read again after the process waits, when
            // x registers no longer hold anything.
            if single(t) && !matches!(code[i + 1], Op::WaitTimeout { .. }) {
                let mut found = false;
                for_each_src(&mut code[i + 1], &mut |s| {
                    if *s == Src::Y(t) {
                        *s = Src::X(a);
                        found = true;
                    }
                });
                if found {
                    keep[i] = false;
                    i += 1;
                    continue;
                }
            }
        }
        // Rule B: I -> Yt; Move Yt -> Xk.
        if let Op::Move { src: Src::Y(t), dst: Dst::X(k) } = code[i + 1] {
            if single(t) {
                let (mut ds, retargetable) = dsts(&mut code[i]);
                if retargetable && ds.len() == 1 && *ds[0] == Dst::Y(t) {
                    *ds[0] = Dst::X(k);
                    keep[i + 1] = false;
                    i += 2;
                    continue;
                }
            }
        }
        i += 1;
    }
}
