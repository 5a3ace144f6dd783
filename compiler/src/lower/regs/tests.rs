//! The register clean-up on the benchmark programs' hot functions: the
//! code they compile to, instruction by instruction.

use crate::bytecode::{ArithOp, CmpOp, Dst, Op, Src, TypeTest};

/// The instructions of `name/arity` after its `FuncInfo`.
fn body(source: &str, name: &str, arity: u32) -> Vec<Op> {
    let (m, _) = crate::compile::compile_source("t.erl", source, &[]).expect("compiles");
    let f = m.functions.iter().find(|f| f.name == name && f.arity == arity).expect("function");
    let start = f.entry as usize + 1;
    let end =
        m.code[start..].iter().position(|op| matches!(op, Op::FuncInfo { .. })).map_or(m.code.len(), |n| start + n);
    m.code[start..end].to_vec()
}

#[test]
fn fib_keeps_two_slots_and_no_copies() {
    let src = "-module(t).\n-export([fib/1]).\nfib(N) when N < 2 -> N;\nfib(N) -> fib(N - 1) + fib(N - 2).\n";
    let code = body(src, "fib", 1);
    let arith = |op, a, b, frame| Op::Arith { op, a, b, dst: Dst::X(0), fail: 0, frame };
    assert_eq!(
        code,
        vec![
            Op::Cmp { op: CmpOp::Lt, a: Src::X(0), b: Src::Int(2), fail: 3 },
            Op::Return,
            Op::Allocate { slots: 2, live: 1 },
            Op::Move { src: Src::X(0), dst: Dst::Y(0) },
            arith(ArithOp::Sub, Src::X(0), Src::Int(1), false),
            Op::Call { arity: 1, function: 0 },
            Op::Move { src: Src::X(0), dst: Dst::Y(1) },
            arith(ArithOp::Sub, Src::Y(0), Src::Int(2), false),
            Op::Call { arity: 1, function: 0 },
            arith(ArithOp::Add, Src::Y(1), Src::X(0), true),
            Op::Deallocate,
            Op::Return,
        ]
    );
}

#[test]
fn append_builds_in_place() {
    let src = "-module(t).\n-export([app/2]).\napp([], L) -> L;\napp([H | T], L) -> [H | app(T, L)].\n";
    let code = body(src, "app", 2);
    assert_eq!(
        code[..10],
        [
            // The cons clause is tried first (pattern::clause_order), its
            // test before the frame is made.
            Op::Test { test: TypeTest::NonEmptyList, src: Src::X(0), fail: 8 },
            Op::Allocate { slots: 1, live: 2 },
            Op::GetList { src: Src::X(0), head: Dst::Y(0), tail: Dst::X(0) },
            Op::Call { arity: 2, function: 0 },
            Op::PutList { head: Src::Y(0), tail: Src::X(0), dst: Dst::X(0) },
            Op::Deallocate,
            Op::Return,
            Op::Cmp { op: CmpOp::EqExact, a: Src::X(0), b: Src::Nil, fail: 11 },
            Op::Move { src: Src::X(1), dst: Dst::X(0) },
            Op::Return,
        ]
    );
}

/// `I + J` written twice is computed once (regs/cse.rs).
#[test]
fn repeated_arithmetic_once() {
    let src = "-module(t).\n-export([a/2]).\na(I, J) -> (I + J) * (I + J + 1).\n";
    let code = body(src, "a", 2);
    let adds = code.iter().filter(|op| matches!(op, Op::Arith { op: ArithOp::Add, .. })).count();
    assert_eq!(adds, 2, "{code:?}");
}

/// A failed body match reads the value where it still is and raises out of
/// line: the match that succeeds runs on without a jump.
#[test]
fn badmatch_out_of_line() {
    let src = "-module(t).\n-export([f/1]).\nf(X) -> {A, B} = g(X), A + B.\ng(X) -> X.\n";
    let code = body(src, "f", 1);
    assert!(!code.iter().any(|op| matches!(op, Op::Jump { .. })), "{code:?}");
    assert!(
        matches!(
            code.iter().rev().find(|op| !matches!(op, Op::FunctionClause { .. })),
            Some(Op::Badmatch { src: Src::X(0) })
        ),
        "{code:?}"
    );
}

/// A framed clause whose head cannot match is passed over before its frame
/// is made, and a clause whose only reason for a frame would be `!` has none
/// (gen_server's loop, sys's do_cmd, gen:reply).
#[test]
fn head_tests_before_the_frame_and_send_needs_none() {
    let src = "-module(t).\n-export([f/2]).\nf(a, X) -> g(X), ok;\nf({b, _}, X) -> X ! hi, ok.\ng(_) -> ok.\n";
    let code = body(src, "f", 2);
    assert!(matches!(code[0], Op::Cmp { op: CmpOp::EqExact, a: Src::X(0), b: Src::Atom(_), .. }), "{code:?}");
    assert!(matches!(code[1], Op::Allocate { .. }), "{code:?}");
    assert_eq!(code.iter().filter(|op| matches!(op, Op::Allocate { .. })).count(), 1, "{code:?}");
    // The tuple's arity is tested once, on the frameless path.
    assert_eq!(code.iter().filter(|op| matches!(op, Op::TestArity { .. })).count(), 1, "{code:?}");
    assert!(code.iter().any(|op| matches!(op, Op::Send)), "{code:?}");
}

/// Arguments shifted up by one are moved highest first, straight from the
/// registers they arrived in (sys:handle_system_msg/7 calling /8).
#[test]
fn shifted_arguments_take_one_move_each() {
    let src = "-module(t).\n-export([f/2]).\nf(A, B) -> g(x, A, B).\ng(_, _, _) -> ok.\n";
    let code = body(src, "f", 2);
    assert_eq!(
        code[..3],
        [
            Op::Move { src: Src::X(1), dst: Dst::X(2) },
            Op::Move { src: Src::X(0), dst: Dst::X(1) },
            Op::Move { src: Src::Atom(0), dst: Dst::X(0) },
        ],
        "{code:?}"
    );
    assert_eq!(code.iter().filter(|op| matches!(op, Op::Move { .. })).count(), 3, "{code:?}");
}

/// A framed clause whose head only binds variables runs its guard before
/// the frame is made (lists:split/2): a failing guard drops no frame.
#[test]
fn guard_before_the_frame() {
    let src =
        "-module(t).\n-export([f/2]).\nf(N, L) when is_integer(N), N >= 0 -> {g(N), L};\nf(_, L) -> L.\ng(X) -> X.\n";
    let code = body(src, "f", 2);
    assert!(matches!(code[0], Op::Test { test: TypeTest::Integer, src: Src::X(0), .. }), "{code:?}");
    assert!(matches!(code[1], Op::Cmp { op: CmpOp::Ge, a: Src::X(0), b: Src::Int(0), .. }), "{code:?}");
    assert!(matches!(code[2], Op::Allocate { .. }), "{code:?}");
    assert!(!code.iter().any(|op| matches!(op, Op::Jump { .. })), "{code:?}");
}

/// The frame's slot count of `name/arity`.
fn frame_slots(src: &str, name: &str, arity: u32) -> u16 {
    let code = body(src, name, arity);
    code.iter()
        .find_map(|op| match op {
            Op::Allocate { slots, .. } => Some(*slots),
            _ => None,
        })
        .expect("a frame")
}

/// Clauses share the frame's slots (regs/slots.rs): each clause here keeps
/// two values across a call, and the frame has room for two, not six.
#[test]
fn clauses_share_slots() {
    let src = "-module(t).\n-export([f/3]).\n\
               f(a, X, Y) -> g(X), g(Y), {X, Y};\n\
               f(b, X, Y) -> g(Y), g(X), {Y, X};\n\
               f(_, X, Y) -> g(X), g(Y), X + Y.\n\
               g(_) -> ok.\n";
    assert_eq!(frame_slots(src, "f", 3), 2);
}

/// A value a `catch` handler reads keeps its own slot through the whole
/// protected body, while values of the body itself may share: here `A`
/// is read after the catch and `B` dies inside it.
#[test]
fn handler_reads_keep_their_slot() {
    let src = "-module(t).\n-export([f/2]).\n\
               f(A, B) -> R = (catch g(g(B))), {A, R}.\n\
               g(X) -> X.\n";
    let code = body(src, "f", 2);
    let slots = frame_slots(src, "f", 2);
    // `A` and `B` are both live when the frame is made: two slots.
    assert_eq!(slots, 2, "{code:?}");
}

#[test]
fn receive_parts_not_kept_across_calls_go_to_x_registers() {
    // The message and the parts matched only to be tested or passed on
    // live in x registers; `Ref`, read after the wait, and `Y`, read after
    // the call, keep their slots.
    let src = "-module(t).\n-export([r/2]).\n\
               r(Ref, T) -> receive {Ref, X, Y} -> g(X), Y after T -> none end.\n\
               g(_) -> ok.\n";
    let code = body(src, "r", 2);
    assert!(code.iter().any(|op| matches!(op, Op::LoopRec { dst: Dst::X(_), .. })), "{code:?}");
    let slots = code.iter().find_map(|op| match op {
        Op::Allocate { slots, .. } => Some(*slots),
        _ => None,
    });
    // `Ref` and `Y` share one (never live at once), `T` the other.
    assert_eq!(slots, Some(2), "{code:?}");
}

#[test]
fn slots_a_handler_reads_stay_slots() {
    // `B` is read by the handler after arithmetic in the body raised: it
    // must survive in its slot whatever instruction raised.
    let src = "-module(t).\n-export([f/2]).\n\
               f(X, Y) -> B = {b, X}, try X * 2 + Y catch error:badarith -> B end.\n";
    let code = body(src, "f", 2);
    let handler = code.iter().position(|op| matches!(op, Op::TryCase)).expect("handler");
    let reads_y = code[handler..].iter().any(|op| {
        let mut y = false;
        crate::lower::peephole::for_each_src(&mut op.clone(), &mut |s| y |= matches!(s, Src::Y(_)));
        y
    });
    assert!(reads_y, "{code:?}");
}
