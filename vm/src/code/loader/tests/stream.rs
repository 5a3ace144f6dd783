//! The superinstructions of a server's message handling (tagged tuples,
//! tuple reads, argument moves), the loader's label check and its
//! resolved constants: what fuses, what must not, and that the
//! instructions a fused one stands for stay in place.

use super::super::{checked_labels, fuse, resolve_constants};
use crate::term::{Atom, Term};
use ferl_compiler::bytecode::{CmpOp, Dst, Op, Src};

fn tag_test(tag_dst: u16, cmp_x: u16, op: CmpOp) -> Vec<Op> {
    vec![
        Op::TestArity { src: Src::X(0), arity: 2, fail: 7 },
        Op::GetTupleElement { src: Src::X(0), index: 0, dst: Dst::X(tag_dst) },
        Op::CmpXC { op, x: cmp_x, c: Src::Atom(0), fail: 8 },
        Op::Return,
    ]
}

#[test]
fn a_tagged_tuple_test_fuses_keeping_both_fail_labels() {
    let code = fuse(tag_test(3, 3, CmpOp::EqExact));
    assert!(matches!(
        code[0],
        Op::TestArityTag { src: Src::X(0), arity: 2, fail: 7, x: 3, c: Src::Atom(0), tag_fail: 8 }
    ));
    assert_eq!(code[1..], tag_test(3, 3, CmpOp::EqExact)[1..]);
    // Another register compared, or an ordering: not a tag test.
    assert!(!matches!(fuse(tag_test(3, 4, CmpOp::EqExact))[0], Op::TestArityTag { .. }));
    assert!(!matches!(fuse(tag_test(3, 3, CmpOp::Lt))[0], Op::TestArityTag { .. }));
}

#[test]
fn a_tagged_tuple_test_with_a_frame_fuses_only_with_the_tuple_live() {
    let code = |live: u16| {
        vec![
            Op::TestArity { src: Src::X(1), arity: 3, fail: 9 },
            Op::Allocate { slots: 2, live },
            Op::GetTupleElement { src: Src::X(1), index: 0, dst: Dst::X(5) },
            Op::CmpXC { op: CmpOp::EqExact, x: 5, c: Src::Nil, fail: 8 },
            Op::Return,
        ]
    };
    let fused = fuse(code(2));
    assert!(matches!(
        fused[0],
        Op::TestArityAllocateTag { x: 1, arity: 3, fail: 9, slots: 2, live: 2, tag: 5, c: Src::Nil, tag_fail: 8 }
    ));
    assert_eq!(fused[1..], code(2)[1..]);
    // x1 not among the collection's roots: it could not be read after.
    assert!(!matches!(fuse(code(1))[0], Op::TestArityAllocateTag { .. }));
}

#[test]
fn two_reads_of_a_tuple_fuse_unless_the_first_overwrites_it() {
    let reads = |d1: Dst| {
        vec![
            Op::GetTupleElement { src: Src::X(0), index: 1, dst: d1 },
            Op::GetTupleElement { src: Src::X(0), index: 2, dst: Dst::Y(1) },
            Op::Return,
        ]
    };
    assert!(matches!(
        fuse(reads(Dst::Y(0)))[0],
        Op::GetTupleElement2 { src: Src::X(0), i1: 1, d1: Dst::Y(0), i2: 2, d2: Dst::Y(1) }
    ));
    assert!(matches!(fuse(reads(Dst::X(0)))[0], Op::GetTupleElement { .. }));
}

#[test]
fn runs_of_moves_fuse_in_order() {
    let xy = |n: u16| (0..n).map(|i| Op::MoveXY { x: i, y: i + 1 }).chain([Op::Return]).collect::<Vec<_>>();
    assert!(matches!(fuse(xy(3))[0], Op::MoveXY3 { x: [0, 1, 2], y: [1, 2, 3] }));
    assert!(matches!(fuse(xy(4))[0], Op::MoveXY4 { x: [0, 1, 2, 3], y: [1, 2, 3, 4] }));
    let yx = |n: u16| (0..n).map(|i| Op::MoveYX { y: i, x: 7 - i }).chain([Op::Return]).collect::<Vec<_>>();
    assert!(matches!(fuse(yx(3))[0], Op::MoveYX3 { y: [0, 1, 2], x: [7, 6, 5] }));
    let five = fuse(yx(5));
    assert!(matches!(five[0], Op::MoveYX4 { .. }));
    assert_eq!(five[1..], yx(5)[1..]);
}

#[test]
fn a_label_outside_the_code_makes_its_instruction_raise() {
    let code = checked_labels(vec![Op::Jump { to: 1 }, Op::Jump { to: 2 }]);
    assert!(matches!(code[0], Op::Jump { to: 1 }));
    assert!(matches!(code[1], Op::IfEnd));
}

#[test]
fn constants_are_resolved_to_their_terms() {
    let ok = Atom::intern("ok");
    let lit = Term::int(5);
    let mut code = vec![
        Op::MoveCX { c: Src::Atom(0), x: 0 },
        Op::CmpXC { op: CmpOp::EqExact, x: 0, c: Src::Nil, fail: 0 },
        Op::PutTuple { elems: Box::new([Src::X(1), Src::Lit(0), Src::Int(3)]), dst: Dst::X(0) },
        // An index outside the tables stays as it was.
        Op::MoveCX { c: Src::Atom(9), x: 0 },
    ];
    resolve_constants(&mut code, &[ok], &[lit]);
    assert!(matches!(code[0], Op::MoveCX { c: Src::Term(w), .. } if w == Term::atom(ok).raw()));
    assert!(matches!(code[1], Op::CmpXC { c: Src::Term(w), .. } if w == Term::NIL.raw()));
    let Op::PutTuple { elems, .. } = &code[2] else { panic!("{:?}", code[2]) };
    assert_eq!(**elems, [Src::X(1), Src::Term(lit.raw()), Src::Term(Term::int(3).raw())]);
    assert!(matches!(code[3], Op::MoveCX { c: Src::Atom(9), .. }));
}
