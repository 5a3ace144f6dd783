//! Turns a compiled `bytecode::Module` into a module instance: interns its
//! atoms, builds its literals in the instance's own heap, resolves imports
//! to BIFs and export entries, and sets up its lambdas.

use super::frames::FrameMap;
use super::{FunctionInfo, Import, Lambda, ModuleInstance};
use crate::bif;
use crate::heap::Heap;
use crate::term::{Atom, Term};
use crate::vm::Vm;
use ferl_compiler::bytecode::{ArithOp, CmpOp, Dst, Literal, Module, Op, Src, TypeTest, WordRange};
use operands::{checked_labels, resolve_constants};

/// Builds the instance (not yet installed in the code table).
pub fn instantiate(vm: &Vm, m: Module) -> &'static ModuleInstance {
    let file = format!("{}.beam", m.name);
    instantiate_from(vm, m, file)
}

/// Like `instantiate`, naming the object file it came from.
pub fn instantiate_from(vm: &Vm, m: Module, object_file: String) -> &'static ModuleInstance {
    let md5 = ferl_compiler::object::checksum(&m);
    let name = Atom::intern(&m.name);
    let atoms: Box<[Atom]> = m.atoms.iter().map(|a| Atom::intern(a)).collect();
    let mut literal_heap = Heap::new();
    let literals: Box<[Term]> = m.literals.iter().map(|l| literal(&mut literal_heap, l)).collect();
    let imports: Box<[Import]> = m
        .imports
        .iter()
        .map(|i| {
            let (module, function) = (Atom::intern(&i.module), Atom::intern(&i.function));
            Import {
                special: super::Special::of(module, function, i.arity),
                module,
                function,
                arity: i.arity,
                bif: bif::lookup(module, function, i.arity),
                export: vm.code.export(module, function, i.arity),
            }
        })
        .collect();
    let functions: Box<[FunctionInfo]> = m
        .functions
        .iter()
        .map(|f| {
            let skip = matches!(m.code.get(f.entry as usize), Some(Op::FuncInfo { .. }))
                && (f.entry as usize + 1) < m.code.len();
            FunctionInfo { name: Atom::intern(&f.name), arity: f.arity, entry: f.entry, body: f.entry + skip as u32 }
        })
        .collect();
    let mut by_entry: Vec<(u32, u32)> = functions.iter().enumerate().map(|(i, f)| (f.entry, i as u32)).collect();
    by_entry.sort();
    let uniq = checksum(&m.name, m.code.len());
    let lambdas: Box<[Lambda]> = m
        .lambdas
        .iter()
        .enumerate()
        .map(|(i, l)| {
            let f = &functions[l.function as usize];
            Lambda {
                module: name,
                function: f.name,
                arity: l.arity,
                num_free: l.num_free,
                index: i as u32,
                uniq,
                entry: f.entry,
                instance: std::ptr::null(),
            }
        })
        .collect();
    let exports = m.exports.iter().map(|(f, a)| (Atom::intern(f), *a)).collect();
    let mut attrs = Vec::new();
    for (k, v) in &m.attributes {
        let v = literal(&mut literal_heap, v);
        attrs.push(literal_heap.tuple(&[Term::atom(Atom::intern(k)), v]));
    }
    let attributes = literal_heap.list(&attrs);
    let (literal_heap, literals, attributes) = fitted_literals(literal_heap, &literals, attributes);
    let (mut code, frames) = loaded_code(m.code, &functions, &imports, &literals);
    resolve_constants(&mut code, &atoms, &literals);
    let inst = Box::leak(Box::new(ModuleInstance {
        name,
        file: m.file,
        code: super::Code::new(code),
        frames,
        atoms,
        literals,
        literal_heap,
        imports,
        functions,
        by_entry: by_entry.into_boxed_slice(),
        lambdas,
        lines: m.lines.into_boxed_slice(),
        exports,
        attributes,
        purged: std::sync::atomic::AtomicBool::new(false),
        object_file,
        md5,
    }));
    let ptr: *const ModuleInstance = inst;
    for l in inst.lambdas.iter_mut() {
        l.instance = ptr;
    }
    inst
}

/// The literals and attributes moved from the heap they were built in to
/// one of just their size. A heap's first block is at least 233 words,
/// most modules need far fewer, and every instance keeps its literals for
/// good (funs and terms may still point at them after a purge), so a
/// system loading new versions for years would keep that slack for each.
fn fitted_literals(scratch: Heap, literals: &[Term], attributes: Term) -> (Heap, Box<[Term]>, Term) {
    let words = scratch.nursery_used() + scratch.extra_words();
    let mut heap = if words == 0 { Heap::empty() } else { Heap::with_capacity(words) };
    let literals = literals.iter().map(|&t| heap.copy_term(t)).collect();
    let attributes = heap.copy_term(attributes);
    (heap, literals, attributes)
}

/// The code with a last instruction that never continues with a next one
/// (the interpreter steps to the next instruction unchecked, see
/// `interp::run`). The compiler always ends a module so; for any other
/// object file an `IfEnd` (raise `if_clause`) is appended.
fn ending_control(mut code: Vec<Op>) -> Vec<Op> {
    let ends = code.last().is_some_and(|op| !op.falls_through());
    if !ends {
        code.push(Op::IfEnd);
    }
    code
}

/// The code as the interpreter runs it: operand-specialised, ending in an
/// instruction that does not go on, local calls and frames checked.
fn loaded_code(
    code: Vec<Op>,
    functions: &[FunctionInfo],
    imports: &[Import],
    literals: &[Term],
) -> (Box<[Op]>, FrameMap) {
    let code = ending_control(code.into_iter().map(specialise).collect());
    // Fused last: a fused op only forms from instructions the frame check
    // kept in their operand-specialised form (and leaves every offset's
    // instruction doing what it did, so the frame map stays right).
    let (code, frames) = super::frames::check_frames_held(checked_local_calls(code, functions), functions);
    let code = fuse(flat_tuple_compares(specialise_bifs(code, imports), literals));
    (checked_labels(leaf_calls(resolved_local_calls(code, functions))).into_boxed_slice(), frames)
}

/// `X =:= {nil, nil}`-like compares (`Op::CmpXFlatTuple`): `=:=` or
/// `=/=` of an x register with a literal tuple whose elements are all
/// atoms, small integers or `[]`, each of which equals only its own
/// word. After the frame check (no y slots).
fn flat_tuple_compares(mut code: Vec<Op>, literals: &[Term]) -> Vec<Op> {
    let flat = |t: Term| t.as_tuple().is_some_and(|es| es.iter().all(|e| e.is_small() || e.is_atom() || e.is_nil()));
    for op in code.iter_mut() {
        if let Op::Cmp { op: cmp @ (CmpOp::EqExact | CmpOp::NeExact), a: Src::X(x), b: Src::Lit(lit), fail } = *op {
            if literals.get(lit as usize).is_some_and(|&t| flat(t)) {
                *op = Op::CmpXFlatTuple { op: cmp, x, lit, fail };
            }
        }
    }
    code
}

/// Inline BIF calls the interpreter has an instruction of its own for
/// (`Op::Element`, `Op::SelfPid`). After the frame check: their operands are read as a
/// generic instruction's are (y slots checked), and they jump or raise
/// exactly as the `Bif` they stand for, so the frame analysis need not
/// know them.
fn specialise_bifs(mut code: Vec<Op>, imports: &[Import]) -> Vec<Op> {
    let element = Atom::intern("element");
    let self_ = Atom::intern("self");
    for op in code.iter_mut() {
        if let Op::Bif { import, args, dst, fail, frame } = op {
            let Some(imp) = imports.get(*import as usize) else { continue };
            if imp.module == crate::term::atoms::erlang
                && imp.function == self_
                && imp.arity == 0
                && imp.bif.is_some()
                && args.is_empty()
            {
                *op = Op::SelfPid { dst: *dst, fail: *fail, frame: *frame, import: *import };
                continue;
            }
            let is_element = imp.module == crate::term::atoms::erlang
                && imp.function == element
                && imp.arity == 2
                && imp.bif.is_some();
            if let (true, [index, tuple]) = (is_element, &**args) {
                *op = Op::Element {
                    index: *index,
                    tuple: *tuple,
                    dst: *dst,
                    fail: *fail,
                    frame: *frame,
                    import: *import,
                };
            }
        }
    }
    code
}

/// The code with every local call (`Call`, `CallOnly`) naming a function
/// of the module whose body lies inside the code: the interpreter enters
/// local calls without checking either (`interp::operand::local_body`).
/// The object decoder and the compiler already make sure of both; a call
/// that breaks them anyway raises `if_clause` instead.
fn checked_local_calls(mut code: Vec<Op>, functions: &[FunctionInfo]) -> Vec<Op> {
    let len = code.len();
    for op in code.iter_mut() {
        if let Op::Call { function, .. } | Op::CallOnly { function, .. } = *op {
            if functions.get(function as usize).is_none_or(|f| f.body as usize >= len) {
                *op = Op::IfEnd;
            }
        }
    }
    code
}

/// The operand-specialised form of `op` (see `Op::MoveXY`), made one for
/// one so that code offsets (labels, lines, return addresses) stay put.
fn specialise(op: Op) -> Op {
    let small = |n: i64| Term::small(n).is_some();
    let reg = |s: Src| match s {
        Src::X(n) => Some(Dst::X(n)),
        Src::Y(n) => Some(Dst::Y(n)),
        _ => None,
    };
    match op {
        Op::Move { src: Src::X(x), dst: Dst::Y(y) } => Op::MoveXY { x, y },
        Op::Move { src: Src::Y(y), dst: Dst::X(x) } => Op::MoveYX { y, x },
        Op::Move { src: Src::X(from), dst: Dst::X(to) } => Op::MoveXX { from, to },
        Op::Move { src: c @ (Src::Atom(_) | Src::Int(_) | Src::Nil | Src::Lit(_)), dst: Dst::X(x) } => {
            Op::MoveCX { c, x }
        }
        Op::Cmp { op, a: Src::X(x), b: Src::Int(imm), fail } if small(imm) => {
            Op::CmpXI { op, x, imm, words: small_words(op, imm, false), fail }
        }
        Op::Cmp { op, a: Src::Int(imm), b: Src::X(x), fail } if small(imm) => {
            Op::CmpIX { op, imm, words: small_words(op, imm, true), x, fail }
        }
        Op::Cmp { op, a: Src::X(a), b: Src::X(b), fail } => Op::CmpXX { op, a, b, fail },
        // `X =:= []` (and `==`: `[]` equals only itself) is `is_nil`.
        Op::Cmp { op: CmpOp::EqExact | CmpOp::Eq, a: Src::X(x), b: Src::Nil, fail } => Op::IsNilX { x, fail },
        Op::Cmp { op, a: Src::X(x), b: c @ (Src::Atom(_) | Src::Nil), fail } => Op::CmpXC { op, x, c, fail },
        Op::Arith { op, a: Src::X(a), b: Src::Int(imm), dst, fail, frame } if small(imm) => {
            Op::ArithXI { op, a, imm, dst, fail, frame }
        }
        Op::Arith { op, a: Src::Y(a), b: Src::Int(imm), dst, fail, frame } if small(imm) => {
            Op::ArithYI { op, a, imm, dst, fail, frame }
        }
        // `3 * X` runs as `X * 3`, as OTP's compiler writes it: a constant
        // first operand of a commutative operator goes second (the
        // arguments an error's trace shows are in that order; the values
        // are the same: these commute on integers and, IEEE, on floats).
        Op::Arith {
            op: op @ (ArithOp::Add | ArithOp::Mul | ArithOp::Band | ArithOp::Bor | ArithOp::Bxor),
            a: a @ (Src::Int(_) | Src::Atom(_) | Src::Nil | Src::Lit(_)),
            b: b @ (Src::X(_) | Src::Y(_)),
            dst,
            fail,
            frame,
        } => specialise(Op::Arith { op, a: b, b: a, dst, fail, frame }),
        Op::Arith { op, a, b, dst, fail, frame } => match (reg(a), reg(b)) {
            (Some(a), Some(b)) => Op::ArithRR { op, a, b, dst, fail, frame },
            _ => Op::Arith { op, a, b, dst, fail, frame },
        },
        Op::Test { test: TypeTest::NonEmptyList, src: Src::X(x), fail } => Op::IsNonEmptyListX { x, fail },
        Op::Test { test: TypeTest::Nil, src: Src::X(x), fail } => Op::IsNilX { x, fail },
        Op::GetList { src: Src::X(x), head, tail } => Op::GetListX { x, head, tail },
        Op::PutList { head, tail, dst } => match (reg(head), reg(tail)) {
            (Some(head), Some(tail)) => Op::PutListRR { head, tail, dst },
            _ => Op::PutList { head, tail, dst },
        },
        op => op,
    }
}

/// Puts superinstructions (see `Op::IsConsGetListX`) in place of the first
/// of two adjacent instructions that run one after the other often. The
/// others stay, so every offset (a label, a return address, a handler,
/// a line) still lands on an instruction that does what it did: nothing
/// needs to know where jumps go. Fused runs do not overlap.
fn fuse(mut code: Vec<Op>) -> Vec<Op> {
    let mut i = 0;
    while i + 1 < code.len() {
        if let Some(op) = code.get(i..i + 4).and_then(fused4) {
            code[i] = op;
            i += 4;
        } else if let Some(op) = code.get(i + 2).and_then(|c| fused3(&code[i], &code[i + 1], c)) {
            code[i] = op;
            i += 3;
        } else if let Some(op) = fused(&code[i], &code[i + 1]) {
            code[i] = op;
            i += 2;
        } else {
            i += 1;
        }
    }
    code
}

/// The superinstruction that runs the four instructions `ops`, if there is one.
fn fused4(ops: &[Op]) -> Option<Op> {
    Some(match ops {
        [Op::Allocate { slots, live }, Op::MoveXY { x, y }, arith, Op::Call { arity, function }] => {
            let (op, a, imm, dst, frame) = match *arith {
                Op::ArithXI { op, a, imm, dst, fail: 0, frame } => (op, Dst::X(a), imm, dst, frame),
                Op::ArithYI { op, a, imm, dst, fail: 0, frame } => (op, Dst::Y(a), imm, dst, frame),
                _ => return None,
            };
            let (slots, live, x, y, arity, function) = (*slots, *live, *x, *y, *arity, *function);
            let delta = delta(op, imm);
            Op::AllocateMoveXYArithCall { slots, live, x, y, op, a, imm, delta, dst, frame, arity, function, body: 0 }
        }
        [Op::IsNonEmptyListX { x, fail }, Op::Allocate { slots, live }, Op::GetListX { x: from, head, tail }, Op::Call { arity, function }]
            if from == x =>
        {
            let (x, fail, slots, live, head, tail, arity, function) =
                (*x, *fail, *slots, *live, *head, *tail, *arity, *function);
            Op::IsConsAllocateGetListXCall { x, fail, slots, live, head, tail, arity, function, body: 0 }
        }
        [Op::TestArity { src: Src::X(x), arity, fail }, Op::Allocate { slots, live }, Op::GetTupleElement { src: Src::X(from), index: 0, dst: Dst::X(tag) }, Op::CmpXC { op: CmpOp::EqExact | CmpOp::Eq, x: cmp, c, fail: tag_fail }]
            if from == x && cmp == tag && x < live && *arity > 0 =>
        {
            let (x, arity, fail, slots, live, tag, c, tag_fail) =
                (*x, *arity, *fail, *slots, *live, *tag, *c, *tag_fail);
            Op::TestArityAllocateTag { x, arity, fail, slots, live, tag, c, tag_fail }
        }
        [Op::MoveXY { x: x1, y: y1 }, Op::MoveXY { x: x2, y: y2 }, Op::MoveXY { x: x3, y: y3 }, Op::MoveXY { x: x4, y: y4 }] => {
            Op::MoveXY4 { x: [*x1, *x2, *x3, *x4], y: [*y1, *y2, *y3, *y4] }
        }
        [Op::MoveYX { y: y1, x: x1 }, Op::MoveYX { y: y2, x: x2 }, Op::MoveYX { y: y3, x: x3 }, Op::MoveYX { y: y4, x: x4 }] => {
            Op::MoveYX4 { y: [*y1, *y2, *y3, *y4], x: [*x1, *x2, *x3, *x4] }
        }
        _ => return fused_pair_read(ops),
    })
}

/// The superinstruction that runs `a`, `b` then `c`, if there is one.
fn fused3(a: &Op, b: &Op, c: &Op) -> Option<Op> {
    Some(match (a, b, c) {
        (&Op::Allocate { slots, live }, &Op::IsNonEmptyListX { x, fail }, &Op::GetListX { x: from, head, tail })
            if from == x =>
        {
            Op::AllocateIsConsGetListX { slots, live, x, fail, head, tail }
        }
        (&Op::IsNonEmptyListX { x, fail }, &Op::Allocate { slots, live }, &Op::GetListX { x: from, head, tail })
            if from == x =>
        {
            Op::IsConsAllocateGetListX { x, fail, slots, live, head, tail }
        }
        (
            &Op::TestArity { src: Src::X(x), arity, fail },
            &Op::Allocate { slots, live },
            &Op::GetTupleElement { src: Src::X(from), index, dst },
        ) if from == x && x < live => Op::TestArityAllocateGet { x, arity, fail, slots, live, index, dst },
        (
            &Op::TestArity { src, arity, fail },
            &Op::GetTupleElement { src: from, index: 0, dst: Dst::X(elem) },
            &Op::CmpXC { op: CmpOp::EqExact | CmpOp::Eq, x, c, fail: tag_fail },
        ) if from == src && x == elem && arity > 0 => Op::TestArityTag { src, arity, fail, x, c, tag_fail },
        (&Op::MoveXY { x: x1, y: y1 }, &Op::MoveXY { x: x2, y: y2 }, &Op::MoveXY { x: x3, y: y3 }) => {
            Op::MoveXY3 { x: [x1, x2, x3], y: [y1, y2, y3] }
        }
        (&Op::MoveYX { y: y1, x: x1 }, &Op::MoveYX { y: y2, x: x2 }, &Op::MoveYX { y: y3, x: x3 }) => {
            Op::MoveYX3 { y: [y1, y2, y3], x: [x1, x2, x3] }
        }
        (&Op::MoveXY { x: from, y: to }, arith, &Op::Call { arity, function }) => {
            let (op, a, imm, dst, frame) = match *arith {
                Op::ArithXI { op, a, imm, dst, fail: 0, frame } => (op, Dst::X(a), imm, dst, frame),
                Op::ArithYI { op, a, imm, dst, fail: 0, frame } => (op, Dst::Y(a), imm, dst, frame),
                _ => return None,
            };
            Op::MoveXYArithCall { from, to, op, a, imm, delta: delta(op, imm), dst, frame, arity, function, body: 0 }
        }
        (&Op::ArithRR { op, a, b, dst, fail: 0, frame }, Op::Deallocate, Op::Return) => {
            Op::ArithRRDeallocateReturn { op, a, b, dst, frame }
        }
        (&Op::PutListRR { head, tail, dst }, Op::Deallocate, Op::Return) => {
            Op::PutListRRDeallocateReturn { head, tail, dst }
        }
        (&Op::CmpXFlatTuple { op, x, lit, fail }, &Op::MoveCX { c, x: to }, Op::Return) => {
            Op::CmpXFlatTupleReturn { op, x, lit, fail, to, c }
        }
        (&Op::CmpXI { op, x, imm, words, fail }, &Op::MoveCX { c, x: to }, Op::Return) => {
            Op::CmpXIMoveCXReturn { op, x, imm, words, fail, to, c }
        }
        (Op::PutTuple { elems, dst }, Op::Deallocate, Op::Return) => match **elems {
            [Src::X(a), Src::X(b)] => Op::PutTuple2DeallocateReturn { a: Dst::X(a), b: Dst::X(b), dst: *dst },
            [Src::X(a), Src::Y(b)] => Op::PutTuple2DeallocateReturn { a: Dst::X(a), b: Dst::Y(b), dst: *dst },
            [Src::Y(a), Src::X(b)] => Op::PutTuple2DeallocateReturn { a: Dst::Y(a), b: Dst::X(b), dst: *dst },
            [Src::Y(a), Src::Y(b)] => Op::PutTuple2DeallocateReturn { a: Dst::Y(a), b: Dst::Y(b), dst: *dst },
            _ => Op::PutTupleDeallocateReturn { elems: elems.clone(), dst: *dst },
        },
        _ => return None,
    })
}

/// `fused4`'s tuple case: the superinstruction for the four instructions
/// of `ops`, if there is one: a two-element tuple's test, frame and both reads
/// (binarytrees' `check({L, R})`). The first read must not overwrite the
/// tuple's register, which the second reads, and both must be in the
/// tested arity (the interpreter reads them unchecked).
fn fused_pair_read(ops: &[Op]) -> Option<Op> {
    let [Op::TestArity { src: Src::X(x), arity, fail }, Op::Allocate { slots, live }, Op::GetTupleElement { src: Src::X(x1), index: i1, dst: d1 }, Op::GetTupleElement { src: Src::X(x2), index: i2, dst: d2 }] =
        ops
    else {
        return None;
    };
    let reads = *i1 < *arity && *i2 < *arity;
    (x == x1 && x == x2 && x < live && reads && *d1 != Dst::X(*x)).then_some(Op::TestArityAllocateGet2 {
        x: *x,
        arity: *arity,
        fail: *fail,
        slots: *slots,
        live: *live,
        i1: *i1,
        d1: *d1,
        i2: *i2,
        d2: *d2,
    })
}

/// The superinstruction that runs `a` then `b`, if there is one.
fn fused(a: &Op, b: &Op) -> Option<Op> {
    Some(match (a, b) {
        (&Op::IsNonEmptyListX { x, fail }, &Op::GetListX { x: from, head, tail }) if from == x => {
            Op::IsConsGetListX { x, fail, head, tail }
        }
        (&Op::MoveXY { x: x1, y: y1 }, &Op::MoveXY { x: x2, y: y2 }) => Op::MoveXY2 { x1, y1, x2, y2 },
        (&Op::MoveYX { y: y1, x: x1 }, &Op::MoveYX { y: y2, x: x2 }) => Op::MoveYX2 { y1, x1, y2, x2 },
        (&Op::Allocate { slots, live }, &Op::MoveXY { x, y }) => Op::AllocateMoveXY { slots, live, x, y },
        (&Op::MoveCX { c, x }, Op::Return) => Op::MoveCXReturn { c, x },
        (&Op::MoveYX { y, x }, &Op::Call { arity, function }) => Op::MoveYXCall { y, x, arity, function, body: 0 },
        (&Op::ArithXI { op, a, imm, dst, fail: 0, frame }, &Op::Call { arity, function }) => {
            Op::ArithCall { op, a: Dst::X(a), imm, delta: delta(op, imm), dst, frame, arity, function, body: 0 }
        }
        (&Op::ArithYI { op, a, imm, dst, fail: 0, frame }, &Op::Call { arity, function }) => {
            Op::ArithCall { op, a: Dst::Y(a), imm, delta: delta(op, imm), dst, frame, arity, function, body: 0 }
        }
        (&Op::CmpXI { op, x, imm, words, fail }, Op::Return) => Op::CmpXIReturn { op, x, imm, words, fail },
        (&Op::MoveXX { from, to }, Op::Return) => Op::MoveXXReturn { from, to },
        (&Op::PutListRR { head, tail, dst }, &Op::CallOnly { arity, function }) => {
            Op::PutListRRCallOnly { head, tail, dst, arity, function, body: 0 }
        }
        (Op::Deallocate, &Op::CallOnly { arity, function }) => Op::DeallocateCallOnly { arity, function, body: 0 },
        (&Op::MoveXX { from, to }, &Op::Call { arity, function }) => {
            Op::MoveXXCall { from, to, arity, function, body: 0 }
        }
        (&Op::Allocate { slots, live }, &Op::CmpXI { op, x, imm, words, fail }) => {
            Op::AllocateCmpXI { slots, live, op, x, imm, words, fail }
        }
        (&Op::TestArity { src, arity, fail }, &Op::GetTupleElement { src: from, index, dst }) if from == src => {
            Op::TestArityGet { src, arity, fail, index, dst }
        }
        (&Op::GetTupleElement { src, index: i1, dst: d1 }, &Op::GetTupleElement { src: from, index: i2, dst: d2 })
            if from == src && Src::from(d1) != src =>
        {
            Op::GetTupleElement2 { src, i1, d1, i2, d2 }
        }
        _ => return None,
    })
}

/// The words of the small integers `x` for which `x op imm` holds (`imm
/// op x` if `imm_first`), `imm` a small integer: two small integers
/// compare (`==` as `=:=`) as their tagged words, as signed numbers.
pub(crate) fn small_words(op: CmpOp, imm: i64, imm_first: bool) -> WordRange {
    let i = Term::int(imm).raw() as i64;
    // The words `lo..=hi`, as signed numbers.
    let range = |lo: i64, hi: i64| WordRange { lo: lo as u64, span: (hi as u64).wrapping_sub(lo as u64) };
    match (op, imm_first) {
        (CmpOp::EqExact | CmpOp::Eq, _) => range(i, i),
        // Every word but `i`: from the next one round to the one before.
        (CmpOp::NeExact | CmpOp::Ne, _) => range(i.wrapping_add(1), i.wrapping_sub(1)),
        (CmpOp::Lt, false) => range(i64::MIN, i - 1),
        (CmpOp::Ge, false) => range(i, i64::MAX),
        // `imm < x` and `imm >= x`.
        (CmpOp::Lt, true) => range(i + 1, i64::MAX),
        (CmpOp::Ge, true) => range(i64::MIN, i),
    }
}

/// `ArithCall`'s `delta`: `+ imm` or `- imm` on a small integer as one
/// addition to its tagged word (`imm` is a small integer, the loader's
/// `specialise` made sure, so its negation and shift cannot overflow);
/// 0 (none) for every other operator.
fn delta(op: ArithOp, imm: i64) -> i64 {
    match op {
        ArithOp::Add => imm << 3,
        ArithOp::Sub => -(imm << 3),
        _ => 0,
    }
}

/// Local calls with their target's body looked up (`Op::LocalCall`, and
/// the `body` of the superinstructions that call): the interpreter enters
/// it without looking at the function table. After `checked_local_calls`
/// (every `Call`/`CallOnly` names a function whose body is inside the
/// code) and `fuse` (which copies their `function`): each `body` set here
/// is a code offset inside the code, as `interp::operand::local_body`
/// needs. A call naming no function (none get here) becomes `IfEnd`.
fn resolved_local_calls(mut code: Vec<Op>, functions: &[FunctionInfo]) -> Vec<Op> {
    let len = code.len();
    let body_of = |f: u32| functions.get(f as usize).map(|f| f.body).filter(|&b| (b as usize) < len);
    for op in code.iter_mut() {
        let resolved = match op {
            Op::Call { arity, function } => {
                body_of(*function).map(|body| Op::LocalCall { arity: *arity, function: *function, body })
            }
            Op::CallOnly { arity, function } => {
                body_of(*function).map(|body| Op::LocalCallOnly { arity: *arity, function: *function, body })
            }
            Op::MoveYXCall { function, body, .. }
            | Op::MoveYXCallLeaf { function, body, .. }
            | Op::ArithCall { function, body, .. }
            | Op::PutListRRCallOnly { function, body, .. }
            | Op::DeallocateCallOnly { function, body, .. }
            | Op::MoveXXCall { function, body, .. }
            | Op::MoveXYArithCall { function, body, .. }
            | Op::AllocateMoveXYArithCall { function, body, .. }
            | Op::IsConsAllocateGetListXCall { function, body, .. }
            // (Never in a module given to the loader; set again all the
            // same, so that no `body` is one the loader did not check.)
            | Op::LocalCall { function, body, .. }
            | Op::LocalCallOnly { function, body, .. } => match body_of(*function) {
                Some(b) => {
                    *body = b;
                    continue;
                }
                None => None,
            },
            _ => continue,
        };
        *op = resolved.unwrap_or(Op::IfEnd);
    }
    code
}

/// `MoveYXCall`s into a function that starts with `CmpXFlatTupleReturn`
/// become `MoveYXCallLeaf` (after `resolved_local_calls`: `body` is an
/// offset inside the code).
fn leaf_calls(mut code: Vec<Op>) -> Vec<Op> {
    for i in 0..code.len() {
        if let Op::MoveYXCall { y, x, arity, function, body } = code[i] {
            if matches!(code.get(body as usize), Some(Op::CmpXFlatTupleReturn { .. })) {
                code[i] = Op::MoveYXCallLeaf { y, x, arity, function, body };
            }
        }
    }
    code
}

fn checksum(name: &str, len: usize) -> u32 {
    let mut h: u32 = 2166136261;
    for b in name.bytes().chain(len.to_le_bytes()) {
        h = (h ^ b as u32).wrapping_mul(16777619);
    }
    h % 100_000_000
}

/// Builds a literal term. Lists are built iteratively along their spine.
pub(crate) fn literal(heap: &mut Heap, l: &Literal) -> Term {
    match l {
        Literal::Atom(a) => Term::atom(Atom::intern(a)),
        Literal::Int(n) => heap.bigint(n),
        Literal::Float(f) => heap.float(*f),
        Literal::Nil => Term::NIL,
        Literal::Cons(..) => {
            let mut items = Vec::new();
            let mut cur = l;
            while let Literal::Cons(h, t) = cur {
                items.push(literal(heap, h));
                cur = t;
            }
            let tail = literal(heap, cur);
            heap.list_with_tail(&items, tail)
        }
        Literal::Tuple(es) => {
            let ts: Vec<Term> = es.iter().map(|e| literal(heap, e)).collect();
            heap.tuple(&ts)
        }
        Literal::Map(pairs) => {
            let mut ps: Vec<(Term, Term)> = pairs.iter().map(|(k, v)| (literal(heap, k), literal(heap, v))).collect();
            heap.map(&mut ps)
        }
        Literal::Binary(bytes, bits) => heap.bitstring(bytes, *bits),
    }
}

mod operands;
#[cfg(test)]
mod tests;
