//! The frame discipline check on small hand-made functions.

use super::check_frames;
use crate::code::FunctionInfo;
use crate::term::Atom;
use ferl_compiler::bytecode::{ArithOp, CmpOp, Dst, Op, Src, WordRange};

fn function(entry: u32) -> FunctionInfo {
    FunctionInfo { name: Atom::intern("f"), arity: 1, entry, body: entry + 1 }
}

fn sub_y(a: u16) -> Op {
    Op::ArithYI { op: ArithOp::Sub, a, imm: 1, dst: Dst::X(0), fail: 0, frame: true }
}

#[test]
fn the_compilers_shape_is_kept() {
    // fib: Cmp; Return; Allocate 2; MoveXY; Call; MoveXY; ArithYI; Deallocate; Return.
    let code = vec![
        Op::FuncInfo { function: 0 },
        Op::CmpXI { op: CmpOp::Lt, x: 0, imm: 2, words: WordRange::default(), fail: 3 },
        Op::Return,
        Op::Allocate { slots: 2, live: 1 },
        Op::MoveXY { x: 0, y: 0 },
        Op::Call { arity: 1, function: 0 },
        Op::MoveXY { x: 0, y: 1 },
        sub_y(0),
        Op::Deallocate,
        Op::Return,
    ];
    let checked = check_frames(code.clone(), &[function(0)]);
    assert_eq!(checked, code);
}

#[test]
fn y_slots_past_the_frame_or_without_one_raise() {
    let code = vec![
        Op::FuncInfo { function: 0 },
        Op::MoveXY { x: 0, y: 0 },
        Op::Allocate { slots: 1, live: 1 },
        Op::MoveXY { x: 0, y: 1 },
        sub_y(0),
        Op::Deallocate,
        Op::Return,
    ];
    let checked = check_frames(code.clone(), &[function(0)]);
    assert_eq!(checked[1], Op::IfEnd);
    assert_eq!(checked[3], Op::IfEnd);
    assert_eq!(checked[4], code[4]);
    // Generic instructions alike.
    let code = vec![
        Op::FuncInfo { function: 0 },
        Op::Allocate { slots: 1, live: 1 },
        Op::Move { src: Src::Y(0), dst: Dst::Y(1) },
        Op::Move { src: Src::Y(0), dst: Dst::X(0) },
        Op::Deallocate,
        Op::Move { src: Src::Y(0), dst: Dst::X(0) },
        Op::Return,
    ];
    let checked = check_frames(code.clone(), &[function(0)]);
    assert_eq!(checked[2], Op::IfEnd);
    assert_eq!(checked[3], code[3]);
    assert_eq!(checked[5], Op::IfEnd);
}

#[test]
fn unbalanced_frames_raise() {
    let code = vec![
        Op::FuncInfo { function: 0 },
        // 4 deallocates a frame that is no longer there.
        Op::CmpXI { op: CmpOp::Lt, x: 0, imm: 2, words: WordRange::default(), fail: 4 },
        Op::Allocate { slots: 1, live: 1 },
        Op::Deallocate,
        Op::Deallocate,
        Op::Return,
        // Unreachable.
        Op::Return,
    ];
    let checked = check_frames(code, &[function(0)]);
    assert_eq!(checked[2], Op::Allocate { slots: 1, live: 1 });
    assert_eq!(checked[3], Op::Deallocate);
    assert_eq!(checked[4], Op::IfEnd);
    assert_eq!(checked[5], Op::IfEnd);
    assert_eq!(checked[6], Op::IfEnd);
}

#[test]
fn a_handler_starts_with_its_trys_frame() {
    let code = vec![
        Op::FuncInfo { function: 0 },
        Op::Allocate { slots: 1, live: 1 },
        Op::Try { handler: 6 },
        Op::Call { arity: 0, function: 0 },
        Op::TryEnd,
        Op::Jump { to: 7 },
        Op::MoveYX { y: 0, x: 0 },
        Op::Deallocate,
        Op::Return,
    ];
    let checked = check_frames(code.clone(), &[function(0)]);
    assert_eq!(checked, code);
}

#[test]
fn labels_outside_the_code_are_left_to_the_interpreter() {
    let code = vec![Op::FuncInfo { function: 0 }, Op::Jump { to: 99 }];
    assert_eq!(check_frames(code.clone(), &[function(0)]), code);
    let none = check_frames(vec![Op::MoveXY { x: 0, y: 0 }, Op::Return], &[]);
    assert_eq!(none[0], Op::IfEnd);
    assert_eq!(none[1], Op::IfEnd);
}

#[test]
fn the_frame_map_marks_where_the_frame_is_held() {
    // fib's shape: the frame is held from just past Allocate to Deallocate.
    let code = vec![
        Op::FuncInfo { function: 0 },
        Op::CmpXI { op: CmpOp::Lt, x: 0, imm: 2, words: WordRange::default(), fail: 3 },
        Op::Return,
        Op::Allocate { slots: 2, live: 1 },
        Op::MoveXY { x: 0, y: 0 },
        Op::Call { arity: 1, function: 0 },
        Op::MoveXY { x: 0, y: 1 },
        sub_y(0),
        Op::Deallocate,
        Op::Return,
    ];
    let (_, map) = super::check_frames_held(code, &[function(0)]);
    let held: Vec<u32> = (0..12).filter(|&pc| map.holds_frame(pc)).collect();
    assert_eq!(held, vec![4, 5, 6, 7, 8]);
}

#[test]
fn a_balanced_try_is_kept() {
    let code = vec![
        Op::FuncInfo { function: 0 },
        Op::Allocate { slots: 1, live: 1 },
        Op::Try { handler: 7 },
        Op::Call { arity: 1, function: 0 },
        Op::TryEnd,
        Op::Deallocate,
        Op::Return,
        Op::TryCase,
        Op::Deallocate,
        Op::Return,
    ];
    let checked = check_frames(code.clone(), &[function(0)]);
    assert_eq!(checked, code);
}

#[test]
fn a_handler_that_would_outlive_its_function_raises() {
    let code = vec![
        Op::FuncInfo { function: 0 },
        Op::Allocate { slots: 1, live: 1 },
        Op::Catch { handler: 6 },
        // Returns with the catch still entered.
        Op::Deallocate,
        Op::Return,
        Op::Return,
        // The handler: leaves a catch that was already left.
        Op::CatchEnd,
        Op::Deallocate,
        Op::Return,
    ];
    let checked = check_frames(code, &[function(0)]);
    assert_eq!(checked[4], Op::IfEnd);
    assert_eq!(checked[6], Op::IfEnd);
    // The frame is balanced on both paths: only the handler count is wrong.
    assert_eq!(checked[3], Op::Deallocate);
    assert_eq!(checked[7], Op::Deallocate);
}

/// The compiler's own code keeps the discipline: checking the standard
/// library and the conformance cases turns nothing into a raise.
#[test]
fn compiled_code_is_left_alone() {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("..");
    let mut checked = 0;
    for dir in ["stdlib", "tests/cases"] {
        let Ok(entries) = std::fs::read_dir(root.join(dir)) else { continue };
        for entry in entries.flatten() {
            let path = entry.path();
            if path.extension().is_none_or(|e| e != "erl") {
                continue;
            }
            let Ok(source) = std::fs::read_to_string(&path) else { continue };
            let name = path.to_string_lossy().to_string();
            let Ok((m, _)) = ferl_compiler::compile::compile_source(&name, &source, &[]) else { continue };
            let functions: Vec<FunctionInfo> = m
                .functions
                .iter()
                .map(|f| FunctionInfo {
                    name: Atom::intern(&f.name),
                    arity: f.arity,
                    entry: f.entry,
                    body: f.entry + 1,
                })
                .collect();
            let raises = |code: &[Op]| code.iter().filter(|op| matches!(op, Op::IfEnd)).count();
            let before = raises(&m.code);
            let after = check_frames(m.code.clone(), &functions);
            assert_eq!(raises(&after), before, "{name}");
            checked += 1;
        }
    }
    assert!(checked > 300, "only {checked} modules compiled");
}

#[test]
fn a_call_without_a_frame_raises() {
    // Call; Return without Allocate: the Return would come back to itself.
    let code = vec![Op::FuncInfo { function: 0 }, Op::Call { arity: 0, function: 0 }, Op::Return];
    let checked = check_frames(code, &[function(0)]);
    assert_eq!(checked[1], Op::IfEnd);
}
