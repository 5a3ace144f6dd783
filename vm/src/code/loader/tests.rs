//! The loader's superinstructions made for tuples and base cases (`fuse`): which
//! sequences become one, and which must not (the interpreter relies on
//! these conditions, e.g. `TestArityAllocateGet2` reads its elements
//! unchecked).

use super::{fuse, leaf_calls};

mod stream;
use ferl_compiler::bytecode::{CmpOp, Dst, Op, Src, WordRange};

fn pair_check(arity: u32, live: u16, i2: u32, d1: Dst) -> Vec<Op> {
    vec![
        Op::TestArity { src: Src::X(0), arity, fail: 9 },
        Op::Allocate { slots: 3, live },
        Op::GetTupleElement { src: Src::X(0), index: 0, dst: d1 },
        Op::GetTupleElement { src: Src::X(0), index: i2, dst: Dst::Y(1) },
        Op::Return,
    ]
}

#[test]
fn a_pair_test_frame_and_reads_fuse_into_one() {
    let code = fuse(pair_check(2, 1, 1, Dst::Y(0)));
    assert!(matches!(
        code[0],
        Op::TestArityAllocateGet2 {
            x: 0,
            arity: 2,
            fail: 9,
            slots: 3,
            live: 1,
            i1: 0,
            d1: Dst::Y(0),
            i2: 1,
            d2: Dst::Y(1)
        }
    ));
    // The instructions it stands for stay, so every offset keeps its meaning.
    assert_eq!(code[1..], pair_check(2, 1, 1, Dst::Y(0))[1..]);
}

#[test]
fn reads_past_the_arity_a_dead_tuple_or_an_overwritten_register_do_not_fuse_all_four() {
    for code in [pair_check(2, 1, 2, Dst::Y(0)), pair_check(2, 0, 1, Dst::Y(0)), pair_check(2, 1, 1, Dst::X(0))] {
        assert!(!matches!(fuse(code)[0], Op::TestArityAllocateGet2 { .. }));
    }
}

#[test]
fn a_two_register_tuple_returned_from_a_frame_fuses() {
    let code = fuse(vec![
        Op::PutTuple { elems: Box::new([Src::Y(1), Src::X(0)]), dst: Dst::X(0) },
        Op::Deallocate,
        Op::Return,
    ]);
    assert!(matches!(code[0], Op::PutTuple2DeallocateReturn { a: Dst::Y(1), b: Dst::X(0), dst: Dst::X(0) }));
    // Any other tuple takes the general form, with its elements.
    for elems in [vec![Src::X(0), Src::Atom(0)], vec![Src::X(0), Src::X(1), Src::X(2)]] {
        let code = fuse(vec![
            Op::PutTuple { elems: elems.clone().into_boxed_slice(), dst: Dst::X(0) },
            Op::Deallocate,
            Op::Return,
        ]);
        assert!(matches!(&code[0], Op::PutTupleDeallocateReturn { elems: e, dst: Dst::X(0) } if **e == *elems));
        assert!(matches!(code[1], Op::Deallocate));
    }
}

#[test]
fn a_flat_tuple_clause_returning_a_constant_fuses() {
    let code = fuse(vec![
        Op::CmpXFlatTuple { op: CmpOp::EqExact, x: 0, lit: 2, fail: 5 },
        Op::MoveCX { c: Src::Int(1), x: 0 },
        Op::Return,
    ]);
    assert!(matches!(
        code[0],
        Op::CmpXFlatTupleReturn { op: CmpOp::EqExact, x: 0, lit: 2, fail: 5, to: 0, c: Src::Int(1) }
    ));
}

#[test]
fn an_integer_clause_returning_a_constant_fuses() {
    let words = WordRange::default();
    let code = fuse(vec![
        Op::CmpXI { op: CmpOp::EqExact, x: 0, imm: 0, words, fail: 5 },
        Op::MoveCX { c: Src::Lit(2), x: 0 },
        Op::Return,
    ]);
    assert!(matches!(
        code[0],
        Op::CmpXIMoveCXReturn { op: CmpOp::EqExact, x: 0, imm: 0, fail: 5, to: 0, c: Src::Lit(2), .. }
    ));
    // The move and return stay: the compare's fail label may jump past it.
    assert!(matches!(code[1], Op::MoveCX { c: Src::Lit(2), x: 0 }));
    assert!(matches!(code[2], Op::Return));
    // Without the constant move it stays the two-instruction form.
    let code = fuse(vec![Op::CmpXI { op: CmpOp::Lt, x: 0, imm: 2, words, fail: 5 }, Op::Return]);
    assert!(matches!(code[0], Op::CmpXIReturn { .. }));
}

#[test]
fn a_call_into_a_leaf_clause_becomes_a_leaf_call() {
    let leaf = Op::CmpXFlatTupleReturn { op: CmpOp::EqExact, x: 0, lit: 0, fail: 4, to: 0, c: Src::Int(1) };
    let code = leaf_calls(vec![
        Op::MoveYXCall { y: 0, x: 0, arity: 1, function: 1, body: 3 },
        Op::MoveYXCall { y: 1, x: 0, arity: 1, function: 2, body: 2 },
        Op::Return,
        leaf,
        Op::Return,
    ]);
    assert!(matches!(code[0], Op::MoveYXCallLeaf { y: 0, x: 0, arity: 1, function: 1, body: 3 }));
    // A callee that starts with anything else keeps the plain call.
    assert!(matches!(code[1], Op::MoveYXCall { y: 1, body: 2, .. }));
}

#[test]
fn labels_go_forward_but_for_a_receive_loops_way_back() {
    let code = vec![
        Op::FuncInfo { function: 0 },
        // 1: a receive loop, as the compiler writes one.
        Op::LoopRec { wait: 4, dst: Dst::X(0) },
        Op::Test { test: ferl_compiler::bytecode::TypeTest::Atom, src: Src::X(0), fail: 3 },
        Op::LoopRecEnd { to: 1 },
        Op::Wait { to: 1 },
        // 5: jumps back, or to themselves, that would loop without a call.
        Op::Jump { to: 1 },
        Op::Test { test: ferl_compiler::bytecode::TypeTest::Atom, src: Src::X(0), fail: 6 },
        Op::LoopRecEnd { to: 0 },
        Op::Try { handler: 2 },
        // 9: label 0 of a BIF call is none (raise), of a jump a way back.
        Op::Bif { import: 0, args: Box::new([]), dst: Dst::X(0), fail: 0, frame: false },
        Op::Jump { to: 0 },
        Op::Return,
    ];
    let checked = super::operands::checked_labels(code.clone());
    assert_eq!(checked[..5], code[..5]);
    assert!(checked[5..9].iter().all(|op| *op == Op::IfEnd), "{:?}", &checked[5..9]);
    assert_eq!(checked[9], code[9]);
    assert_eq!(checked[10], Op::IfEnd);
}
