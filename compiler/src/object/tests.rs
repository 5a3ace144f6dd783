//! Round trips of compiled and hand-built modules, and hostile inputs:
//! truncation, corruption, bad headers, out-of-range indices.

use super::{checksum, decode, encode, md5::md5, ObjectError, FORMAT_VERSION, MAX_LITERAL_DEPTH};
use crate::bytecode::{
    ArithOp, BinSeg, BinSegKind, CmpOp, Dst, Function, Import, Lambda, Literal, Module, Op, Src, TypeTest, WordRange,
};
use num_bigint::BigInt;

/// An object file around `body`, with a correct header, so the body parser
/// (not the checksum) sees whatever the body holds.
fn seal(body: &[u8]) -> Vec<u8> {
    let mut out = b"FERL".to_vec();
    out.extend_from_slice(&FORMAT_VERSION.to_le_bytes());
    out.extend_from_slice(&(body.len() as u64).to_le_bytes());
    out.extend_from_slice(&md5(body));
    out.extend_from_slice(body);
    out
}

fn int(v: i64) -> Literal {
    Literal::Int(BigInt::from(v))
}

fn seg(kind: BinSegKind, size: Option<Src>, signed: bool, little: bool) -> BinSeg {
    BinSeg { kind, value: Src::X(1), size, unit: 8, signed, little, index: 2 }
}

/// Which `Op` variant this is; exhaustive, so a new variant must be added
/// to `every_op` (and to the format) before the tests compile.
fn variant(op: &Op) -> usize {
    match op {
        Op::FuncInfo { .. } => 0,
        Op::Allocate { .. } => 1,
        Op::Deallocate => 2,
        Op::Return => 3,
        Op::Move { .. } => 4,
        Op::Call { .. } => 5,
        Op::CallOnly { .. } => 6,
        Op::CallExt { .. } => 7,
        Op::CallExtOnly { .. } => 8,
        Op::CallFun { .. } => 9,
        Op::CallFunOnly { .. } => 10,
        Op::Apply { .. } => 11,
        Op::ApplyOnly { .. } => 12,
        Op::Bif { .. } => 13,
        Op::Arith { .. } => 14,
        Op::Cmp { .. } => 15,
        Op::Test { .. } => 16,
        Op::TestArity { .. } => 17,
        Op::TestFunArity { .. } => 18,
        Op::Jump { .. } => 19,
        Op::GetList { .. } => 20,
        Op::GetTupleElement { .. } => 21,
        Op::PutList { .. } => 22,
        Op::PutTuple { .. } => 23,
        Op::PutMap { .. } => 24,
        Op::GetMapElement { .. } => 25,
        Op::MakeFun { .. } => 26,
        Op::BsCreate { .. } => 27,
        Op::BsStartMatch { .. } => 28,
        Op::BsGet { .. } => 29,
        Op::BsSkip { .. } => 30,
        Op::BsTestTail { .. } => 31,
        Op::BsTestUnit { .. } => 32,
        Op::Badmatch { .. } => 33,
        Op::CaseEnd { .. } => 34,
        Op::IfEnd => 35,
        Op::TryCaseEnd { .. } => 36,
        Op::FunctionClause { .. } => 37,
        Op::RaiseError { .. } => 38,
        Op::Try { .. } => 39,
        Op::TryEnd => 40,
        Op::TryCase => 41,
        Op::Catch { .. } => 42,
        Op::CatchEnd => 43,
        Op::Raise { .. } => 44,
        Op::Send => 45,
        Op::LoopRec { .. } => 46,
        Op::RemoveMessage => 47,
        Op::LoopRecEnd { .. } => 48,
        Op::Wait { .. } => 49,
        Op::WaitTimeout { .. } => 50,
        Op::Timeout => 51,
        // The loader's operand-specialised forms are written as the
        // generic instruction they came from (see `specialised_encode_as_generic`).
        op @ (crate::specialised_op!()) => variant(&op.generic()),
    }
}
const NUM_VARIANTS: usize = 52;
const _: () = assert!(NUM_VARIANTS == super::tag::NUM_OPCODES as usize);

/// A module using every `Op` variant, every operand kind and every kind of
/// literal, including the awkward ones (-0.0, a NaN payload, bignums,
/// bitstrings, improper lists).
fn every_op() -> Module {
    let big: BigInt = "-123456789012345678901234567890".parse().unwrap();
    let literals = vec![
        Literal::Float(-0.0),
        Literal::Float(f64::from_bits(0x7ff8_0000_dead_beef)),
        Literal::Float(f64::from_bits(0xfff0_0000_0000_0001)),
        Literal::Float(1.5e300),
        Literal::Int(big.clone()),
        Literal::Int(-big),
        Literal::Int(BigInt::from(i64::MIN)),
        Literal::Int(BigInt::from(i64::MAX) + 1),
        Literal::Binary(vec![0xde, 0xad, 0xa0], 19),
        Literal::Binary(vec![], 0),
        Literal::Binary(vec![1, 2], 16),
        Literal::list(vec![int(104), int(105)], Literal::Nil),
        Literal::list(vec![int(1), int(300), Literal::Atom("x".into())], Literal::Atom("improper".into())),
        Literal::list(vec![int(-1)], int(7)),
        Literal::Tuple(vec![]),
        Literal::Tuple(vec![Literal::Nil, Literal::Tuple(vec![int(0), Literal::Float(0.25)])]),
        Literal::Map(vec![]),
        Literal::Map(vec![(Literal::Atom("k".into()), Literal::Map(vec![(int(1), Literal::Nil)])), (int(2), int(3))]),
        Literal::Atom("héllo wörld".into()),
    ];
    let rl = Src::Lit(3);
    let code = vec![
        Op::FuncInfo { function: 0 },
        Op::Allocate { slots: 3, live: 2 },
        Op::Deallocate,
        Op::Return,
        Op::Move { src: Src::X(u16::MAX), dst: Dst::Y(7) },
        Op::Move { src: Src::Atom(1), dst: Dst::X(0) },
        Op::Move { src: Src::Int(-(1 << 59)), dst: Dst::X(0) },
        Op::Move { src: Src::Int((1 << 59) - 1), dst: Dst::X(0) },
        Op::Move { src: Src::Int(-1), dst: Dst::X(0) },
        Op::Move { src: Src::Nil, dst: Dst::X(0) },
        Op::Move { src: Src::Lit(18), dst: Dst::X(0) },
        Op::Call { arity: 1, function: 1 },
        Op::CallOnly { arity: 0, function: 0 },
        Op::CallExt { arity: 2, import: 1 },
        Op::CallExtOnly { arity: 0, import: 0 },
        Op::CallFun { arity: 3 },
        Op::CallFunOnly { arity: 0 },
        Op::Apply { arity: 2 },
        Op::ApplyOnly { arity: 1 },
        Op::Bif { import: 1, args: vec![Src::X(0), Src::Y(1)].into(), dst: Dst::X(0), fail: 0, frame: true },
        Op::Bif { import: 0, args: vec![].into(), dst: Dst::Y(0), fail: 5, frame: false },
        Op::Arith { op: ArithOp::Add, a: Src::X(0), b: Src::Int(1), dst: Dst::X(0), fail: 0, frame: false },
        Op::Arith { op: ArithOp::Sub, a: Src::X(0), b: rl, dst: Dst::X(0), fail: 3, frame: true },
        Op::Arith { op: ArithOp::Mul, a: Src::Y(0), b: Src::Y(1), dst: Dst::Y(2), fail: 0, frame: true },
        Op::Cmp { op: CmpOp::EqExact, a: Src::X(0), b: Src::X(1), fail: 1 },
        Op::Cmp { op: CmpOp::NeExact, a: Src::X(0), b: Src::X(1), fail: 1 },
        Op::Cmp { op: CmpOp::Eq, a: Src::X(0), b: Src::X(1), fail: 1 },
        Op::Cmp { op: CmpOp::Ne, a: Src::X(0), b: Src::X(1), fail: 1 },
        Op::Cmp { op: CmpOp::Lt, a: Src::X(0), b: Src::X(1), fail: 1 },
        Op::Cmp { op: CmpOp::Ge, a: Src::X(0), b: Src::X(1), fail: 1 },
        Op::TestArity { src: Src::X(0), arity: 3, fail: 2 },
        Op::TestFunArity { src: Src::X(0), arity: Src::Int(2), fail: 2 },
        Op::Jump { to: 4 },
        Op::GetList { src: Src::X(0), head: Dst::X(1), tail: Dst::Y(2) },
        Op::GetTupleElement { src: Src::Y(0), index: 2, dst: Dst::X(3) },
        Op::PutList { head: Src::Atom(0), tail: Src::Nil, dst: Dst::X(0) },
        Op::PutTuple { elems: vec![Src::X(0), Src::Lit(0), Src::Int(5)].into(), dst: Dst::X(0) },
        Op::PutMap { base: None, pairs: vec![(Src::Atom(0), Src::X(1), false)].into(), dst: Dst::X(0) },
        Op::PutMap {
            base: Some(Src::X(2)),
            pairs: vec![(Src::Atom(0), Src::X(1), true), (Src::Lit(1), Src::Nil, false)].into(),
            dst: Dst::Y(0),
        },
        Op::GetMapElement { src: Src::X(0), key: Src::Atom(0), dst: Dst::X(1), fail: 6 },
        Op::MakeFun { lambda: 0, free: vec![Src::X(0), Src::Y(3)].into(), dst: Dst::X(0) },
        Op::MakeFun { lambda: 0, free: vec![].into(), dst: Dst::X(0) },
        Op::BsCreate {
            segs: vec![
                seg(BinSegKind::Integer, Some(Src::Int(16)), true, true),
                seg(BinSegKind::Float, None, false, true),
                seg(BinSegKind::Binary, Some(Src::X(3)), false, false),
                seg(BinSegKind::Utf8, None, false, false),
                seg(BinSegKind::Utf16, None, true, false),
                seg(BinSegKind::Utf32, None, false, true),
            ]
            .into(),
            dst: Dst::X(0),
        },
        Op::BsCreate { segs: vec![].into(), dst: Dst::X(0) },
        Op::BsStartMatch { src: Src::X(0), ctx: Dst::X(1), fail: 7 },
        Op::BsGet {
            ctx: Dst::X(1),
            seg: seg(BinSegKind::Integer, Some(Src::Y(0)), false, false),
            dst: Dst::X(2),
            fail: 8,
        },
        Op::BsSkip { ctx: Dst::Y(1), seg: seg(BinSegKind::Binary, None, false, false), fail: 9 },
        Op::BsTestTail { ctx: Src::X(1), fail: 10 },
        Op::BsTestUnit { ctx: Src::X(1), unit: 8, fail: 11 },
        Op::Badmatch { src: Src::X(0) },
        Op::CaseEnd { src: Src::Lit(2) },
        Op::IfEnd,
        Op::TryCaseEnd { src: Src::X(0) },
        Op::FunctionClause { function: 1 },
        Op::RaiseError { reason: Src::Atom(1) },
        Op::Try { handler: 12 },
        Op::TryEnd,
        Op::TryCase,
        Op::Catch { handler: 13 },
        Op::CatchEnd,
        Op::Raise { class: Src::X(0), reason: Src::X(1), trace: Src::X(2) },
        Op::Send,
        Op::LoopRec { wait: 14, dst: Dst::Y(2) },
        Op::RemoveMessage,
        Op::LoopRecEnd { to: 15 },
        Op::Wait { to: 16 },
        Op::WaitTimeout { to: 17, timeout: Src::Int(1000) },
        Op::WaitTimeout { to: 17, timeout: Src::Atom(0) },
        Op::Timeout,
        Op::FuncInfo { function: 1 },
    ];
    let mut code = code;
    let mut tests = vec![];
    for (i, test) in [
        TypeTest::Integer,
        TypeTest::Float,
        TypeTest::Number,
        TypeTest::Atom,
        TypeTest::Boolean,
        TypeTest::Binary,
        TypeTest::Bitstring,
        TypeTest::List,
        TypeTest::Nil,
        TypeTest::NonEmptyList,
        TypeTest::Tuple,
        TypeTest::Map,
        TypeTest::Pid,
        TypeTest::Reference,
        TypeTest::Function,
    ]
    .into_iter()
    .enumerate()
    {
        tests.push(Op::Test { test, src: Src::X(i as u16), fail: i as u32 });
    }
    code.extend(tests);
    code.push(Op::Return);
    let second = code.iter().rposition(|op| matches!(op, Op::FuncInfo { .. })).unwrap() as u32;
    Module {
        name: "every_op".into(),
        file: "/tmp/every_op.erl".into(),
        literals,
        atoms: vec!["ok".into(), "error".into()],
        imports: vec![
            Import { module: "erlang".into(), function: "self".into(), arity: 0 },
            Import { module: "lists".into(), function: "append".into(), arity: 2 },
        ],
        functions: vec![
            Function { name: "f".into(), arity: 0, entry: 0 },
            Function { name: "-f/0-fun-0-".into(), arity: 1, entry: second },
        ],
        exports: vec![("f".into(), 0), ("module_info".into(), 1)],
        lambdas: vec![Lambda { function: 1, arity: 0, num_free: 2 }],
        lines: vec![(0, 3), (4, 5), (4, 6), (second, 10), (code.len() as u32, 11)],
        attributes: vec![
            ("vsn".into(), Literal::list(vec![int(1)], Literal::Nil)),
            ("behaviour".into(), Literal::list(vec![Literal::Atom("gen_server".into())], Literal::Nil)),
        ],
        on_load: Some(("f".into(), 0)),
        code,
    }
}

/// Literal equality with floats compared by bits (so -0.0 and NaN payloads
/// count). Recursive: test literals are shallow.
fn same_literal(a: &Literal, b: &Literal) -> bool {
    match (a, b) {
        (Literal::Float(x), Literal::Float(y)) => x.to_bits() == y.to_bits(),
        (Literal::Cons(h1, t1), Literal::Cons(h2, t2)) => same_literal(h1, h2) && same_literal(t1, t2),
        (Literal::Tuple(x), Literal::Tuple(y)) => {
            x.len() == y.len() && x.iter().zip(y).all(|(a, b)| same_literal(a, b))
        }
        (Literal::Map(x), Literal::Map(y)) => {
            x.len() == y.len()
                && x.iter().zip(y).all(|((k1, v1), (k2, v2))| same_literal(k1, k2) && same_literal(v1, v2))
        }
        _ => a == b,
    }
}

fn same_module(a: &Module, b: &Module) -> bool {
    let strip = |m: &Module| Module { literals: vec![], attributes: vec![], ..m.clone() };
    strip(a) == strip(b)
        && a.literals.len() == b.literals.len()
        && a.literals.iter().zip(&b.literals).all(|(x, y)| same_literal(x, y))
        && a.attributes.len() == b.attributes.len()
        && a.attributes.iter().zip(&b.attributes).all(|((n1, v1), (n2, v2))| n1 == n2 && same_literal(v1, v2))
}

#[test]
fn md5_matches_rfc_1321() {
    let hex = |d: [u8; 16]| d.iter().map(|b| format!("{b:02x}")).collect::<String>();
    assert_eq!(hex(md5(b"")), "d41d8cd98f00b204e9800998ecf8427e");
    assert_eq!(hex(md5(b"abc")), "900150983cd24fb0d6963f7d28e17f72");
    assert_eq!(hex(md5(b"message digest")), "f96b697d7cb7938d525a2f31aaf161d0");
    assert_eq!(
        hex(md5(b"12345678901234567890123456789012345678901234567890123456789012345678901234567890")),
        "57edf4a22be3c955ac49da2e2107b67a"
    );
    // Lengths around the padding boundary (55, 56, 64 bytes).
    assert_eq!(hex(md5(&[b'a'; 55])), "ef1772b6dff9a122358552954ad0df65");
    assert_eq!(hex(md5(&[b'a'; 56])), "3b0c8ac703f828b04c6c197006d17218");
    assert_eq!(hex(md5(&[b'a'; 64])), "014842d480b571495a4a0363793f7367");
}

#[test]
fn every_op_round_trips_bit_exactly() {
    let m = every_op();
    let mut seen = [false; NUM_VARIANTS];
    for op in &m.code {
        seen[variant(op)] = true;
    }
    assert!(seen.iter().all(|&s| s), "every_op misses variants: {seen:?}");
    let bytes = encode(&m);
    let back = decode(&bytes).expect("decodes");
    assert!(same_module(&m, &back), "{back:#?}");
    assert_eq!(encode(&back), bytes);
    assert_eq!(bytes[16..32], checksum(&m));
}

/// The loader's forms, should one reach the encoder, are written as the
/// generic instructions they came from, and read back as those.
#[test]
fn specialised_encode_as_generic() {
    let specialised = vec![
        Op::MoveXY { x: 1, y: 2 },
        Op::MoveYX { y: 2, x: 1 },
        Op::MoveXX { from: 3, to: 0 },
        Op::MoveCX { c: Src::Lit(3), x: 0 },
        Op::CmpXI { op: CmpOp::Lt, x: 0, imm: -5, words: WordRange::default(), fail: 1 },
        Op::CmpIX { op: CmpOp::Ge, imm: 7, words: WordRange::default(), x: 2, fail: 1 },
        Op::CmpXX { op: CmpOp::EqExact, a: 0, b: 1, fail: 1 },
        Op::ArithXI { op: ArithOp::Sub, a: 0, imm: 1, dst: Dst::Y(0), fail: 0, frame: false },
        Op::ArithYI { op: ArithOp::Add, a: 1, imm: 2, dst: Dst::X(0), fail: 1, frame: true },
        Op::ArithRR { op: ArithOp::Mul, a: Dst::Y(1), b: Dst::X(0), dst: Dst::X(0), fail: 0, frame: true },
        Op::IsNonEmptyListX { x: 0, fail: 1 },
        Op::IsNilX { x: 1, fail: 1 },
        Op::GetListX { x: 0, head: Dst::Y(0), tail: Dst::X(0) },
        Op::PutListRR { head: Dst::Y(0), tail: Dst::X(0), dst: Dst::X(0) },
        Op::IsConsGetListX { x: 0, fail: 1, head: Dst::Y(0), tail: Dst::X(0) },
        Op::MoveXY2 { x1: 0, y1: 1, x2: 2, y2: 3 },
        Op::MoveYX2 { y1: 0, x1: 1, y2: 2, x2: 3 },
        Op::AllocateMoveXY { slots: 2, live: 1, x: 0, y: 1 },
        Op::MoveCXReturn { c: Src::Atom(1), x: 0 },
        Op::MoveYXCall { y: 0, x: 1, arity: 2, function: 0, body: 0 },
        Op::CmpXC { op: CmpOp::NeExact, x: 1, c: Src::Nil, fail: 1 },
        Op::CmpXFlatTuple { op: CmpOp::EqExact, x: 0, lit: 0, fail: 1 },
        Op::Element { index: Src::Y(2), tuple: Src::X(1), dst: Dst::Y(0), fail: 0, frame: true, import: 1 },
        Op::SelfPid { dst: Dst::Y(1), fail: 0, frame: true, import: 0 },
        Op::ArithCall {
            op: ArithOp::Sub,
            a: Dst::Y(1),
            imm: 2,
            delta: -16,
            dst: Dst::X(0),
            frame: false,
            arity: 1,
            function: 0,
            body: 0,
        },
        Op::CmpXIReturn { op: CmpOp::Lt, x: 0, imm: 2, words: WordRange::default(), fail: 1 },
        Op::MoveXXReturn { from: 1, to: 0 },
        Op::PutListRRCallOnly { head: Dst::Y(0), tail: Dst::X(0), dst: Dst::X(0), arity: 1, function: 0, body: 0 },
        Op::AllocateIsConsGetListX { slots: 1, live: 2, x: 0, fail: 1, head: Dst::Y(0), tail: Dst::X(0) },
        Op::IsConsAllocateGetListX { x: 0, fail: 1, slots: 1, live: 2, head: Dst::Y(0), tail: Dst::X(0) },
        Op::TestArityAllocateGet { x: 0, arity: 2, fail: 1, slots: 3, live: 1, index: 0, dst: Dst::Y(0) },
        Op::DeallocateCallOnly { arity: 1, function: 0, body: 0 },
        Op::MoveXXCall { from: 1, to: 0, arity: 1, function: 0, body: 0 },
        Op::AllocateCmpXI { slots: 1, live: 1, op: CmpOp::Ge, x: 0, imm: 3, words: WordRange::default(), fail: 1 },
        Op::MoveXYArithCall {
            from: 0,
            to: 1,
            op: ArithOp::Sub,
            a: Dst::Y(0),
            imm: 2,
            delta: -16,
            dst: Dst::X(0),
            frame: false,
            arity: 1,
            function: 0,
            body: 0,
        },
        Op::TestArityGet { src: Src::Y(1), arity: 3, fail: 1, index: 2, dst: Dst::X(0) },
        Op::PutListRRDeallocateReturn { head: Dst::Y(0), tail: Dst::X(0), dst: Dst::X(0) },
        Op::PutTuple2DeallocateReturn { a: Dst::Y(1), b: Dst::X(0), dst: Dst::X(0) },
        Op::TestArityAllocateGet2 {
            x: 0,
            arity: 2,
            fail: 1,
            slots: 3,
            live: 1,
            i1: 0,
            d1: Dst::Y(0),
            i2: 1,
            d2: Dst::Y(1),
        },
        Op::CmpXFlatTupleReturn { op: CmpOp::EqExact, x: 0, lit: 0, fail: 1, to: 0, c: Src::Int(1) },
        Op::CmpXIMoveCXReturn {
            op: CmpOp::EqExact,
            x: 0,
            imm: 0,
            words: WordRange::default(),
            fail: 1,
            to: 0,
            c: Src::Lit(0),
        },
        Op::MoveYXCallLeaf { y: 0, x: 0, arity: 1, function: 0, body: 0 },
        Op::AllocateMoveXYArithCall {
            slots: 1,
            live: 1,
            x: 0,
            y: 0,
            op: ArithOp::Sub,
            a: Dst::X(0),
            imm: 1,
            delta: -8,
            dst: Dst::X(0),
            frame: false,
            arity: 1,
            function: 0,
            body: 0,
        },
        Op::IsConsAllocateGetListXCall {
            x: 0,
            fail: 1,
            slots: 1,
            live: 2,
            head: Dst::Y(0),
            tail: Dst::X(0),
            arity: 2,
            function: 0,
            body: 0,
        },
        Op::ArithRRDeallocateReturn { op: ArithOp::Add, a: Dst::Y(0), b: Dst::X(0), dst: Dst::X(0), frame: true },
        Op::LocalCall { arity: 1, function: 0, body: 0 },
        Op::LocalCallOnly { arity: 1, function: 0, body: 0 },
        Op::Return,
    ];
    let generic: Vec<Op> = specialised.iter().map(Op::generic).collect();
    assert!(specialised.iter().zip(&generic).all(|(s, g)| s.is_specialised() != (s == g)));
    let (mut m, mut g) = (every_op(), every_op());
    m.code.extend(specialised);
    g.code.extend(generic);
    let bytes = encode(&m);
    assert_eq!(bytes, encode(&g));
    assert!(same_module(&decode(&bytes).expect("decodes"), &g));
}

/// Every module compiled from `tests/cases/*.erl` and `stdlib/*.erl`
/// (sources that do not compile are skipped).
#[test]
fn compiled_sources_round_trip() {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("..");
    let mut paths: Vec<_> = ["tests/cases", "stdlib"]
        .iter()
        .flat_map(|dir| std::fs::read_dir(root.join(dir)).expect(dir))
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|e| e == "erl"))
        .collect();
    paths.sort();
    let mut compiled = 0;
    for path in &paths {
        let source = std::fs::read_to_string(path).unwrap();
        let name = path.file_name().unwrap().to_string_lossy();
        let Ok((m, _)) = crate::compile::compile_source(&name, &source, &[]) else { continue };
        let bytes = encode(&m);
        match decode(&bytes) {
            Ok(back) => assert!(same_module(&m, &back), "{name}: differs after a round trip"),
            Err(e) => panic!("{name}: {e}"),
        }
        assert_eq!(bytes[16..32], checksum(&m), "{name}");
        compiled += 1;
    }
    assert!(compiled * 2 > paths.len(), "only {compiled} of {} cases compiled", paths.len());
}

#[test]
fn every_truncation_fails() {
    let bytes = encode(&every_op());
    for n in 0..bytes.len() {
        assert!(decode(&bytes[..n]).is_err(), "prefix of {n} bytes decoded");
    }
    // Truncate the body behind a header that agrees, so the body parser
    // itself meets the end.
    let body = &bytes[32..];
    for n in 0..body.len() {
        assert!(decode(&seal(&body[..n])).is_err(), "body prefix of {n} bytes decoded");
    }
}

/// Decoding must not panic; whatever decodes must be a module that
/// round-trips again.
fn decode_or_reject(bytes: &[u8]) {
    if let Ok(m) = decode(bytes) {
        let again = encode(&m);
        let back = decode(&again).expect("a decoded module re-encodes");
        assert!(same_module(&m, &back));
    }
}

#[test]
fn corruption_is_rejected_or_harmless() {
    let bytes = encode(&every_op());
    for pos in 0..bytes.len() {
        for flip in [0x01, 0x80, 0xff] {
            let mut bad = bytes.clone();
            bad[pos] ^= flip;
            assert!(decode(&bad).is_err(), "flip {flip:#x} at {pos} went unnoticed");
        }
    }
    // Behind a resealed header, the body parser sees every corruption.
    let body = &bytes[32..];
    for pos in 0..body.len() {
        for flip in [0x01, 0x02, 0x7f, 0x80, 0xfe, 0xff] {
            let mut bad = body.to_vec();
            bad[pos] ^= flip;
            decode_or_reject(&seal(&bad));
        }
        for value in [0x00, 0x7f, 0xff] {
            let mut bad = body.to_vec();
            bad[pos] = value;
            decode_or_reject(&seal(&bad));
        }
    }
}

#[test]
fn bad_headers() {
    let bytes = encode(&every_op());
    let mut magic = bytes.clone();
    magic[0] = b'B';
    assert_eq!(decode(&magic), Err(ObjectError::BadMagic));
    assert_eq!(decode(b"FEX"), Err(ObjectError::BadMagic));
    assert_eq!(decode(b"\x7fELF\x02\x01\x01\0\0\0\0\0\0\0\0\0"), Err(ObjectError::BadMagic));
    assert_eq!(decode(b""), Err(ObjectError::Truncated));
    assert_eq!(decode(b"FER"), Err(ObjectError::Truncated));
    let mut version = bytes.clone();
    version[4..8].copy_from_slice(&(FORMAT_VERSION + 1).to_le_bytes());
    assert_eq!(decode(&version), Err(ObjectError::UnsupportedVersion(FORMAT_VERSION + 1)));
    version[4..8].copy_from_slice(&0u32.to_le_bytes());
    assert_eq!(decode(&version), Err(ObjectError::UnsupportedVersion(0)));
    let mut sum = bytes.clone();
    sum[20] ^= 1;
    assert_eq!(decode(&sum), Err(ObjectError::Checksum));
    let mut body = bytes.clone();
    *body.last_mut().unwrap() ^= 1;
    assert_eq!(decode(&body), Err(ObjectError::Checksum));
    let mut long = bytes.clone();
    long.push(0);
    assert!(matches!(decode(&long), Err(ObjectError::Corrupt(_))));
    let mut huge = bytes.clone();
    huge[8..16].copy_from_slice(&u64::MAX.to_le_bytes());
    assert_eq!(decode(&huge), Err(ObjectError::Truncated));
}

fn corrupt_message(m: &Module) -> String {
    match decode(&encode(m)) {
        Err(ObjectError::Corrupt(why)) => why,
        other => panic!("expected Corrupt, got {other:?}"),
    }
}

#[test]
fn out_of_range_indices_are_corrupt() {
    let edits: Vec<(&str, Box<dyn Fn(&mut Module)>)> = vec![
        ("atom index 2", Box::new(|m| m.code[5] = Op::Move { src: Src::Atom(2), dst: Dst::X(0) })),
        ("literal index 19", Box::new(|m| m.code[5] = Op::Move { src: Src::Lit(19), dst: Dst::X(0) })),
        ("import index 2", Box::new(|m| m.code[5] = Op::CallExt { arity: 0, import: 2 })),
        ("function index 2", Box::new(|m| m.code[5] = Op::Call { arity: 0, function: 2 })),
        ("lambda index 1", Box::new(|m| m.code[5] = Op::MakeFun { lambda: 1, free: vec![].into(), dst: Dst::X(0) })),
        ("label index", Box::new(|m| m.code[5] = Op::Jump { to: m.code.len() as u32 })),
        ("function index 5", Box::new(|m| m.lambdas[0].function = 5)),
        ("entry of f/0", Box::new(|m| m.functions[0].entry = 1)),
        ("entry of f/0", Box::new(|m| m.functions[0].entry = u32::MAX)),
        ("line table", Box::new(|m| m.lines.push((0, 1)))),
        ("line table", Box::new(|m| m.lines.push((m.code.len() as u32 + 1, 1)))),
        ("cannot hold 25 bits", Box::new(|m| m.literals[8] = Literal::Binary(vec![1, 2, 3], 25))),
        ("cannot hold 16 bits", Box::new(|m| m.literals[8] = Literal::Binary(vec![1, 2, 3], 16))),
        ("immediate integer", Box::new(|m| m.code[5] = Op::Move { src: Src::Int(i64::MIN), dst: Dst::X(0) })),
        ("immediate integer", Box::new(|m| m.code[5] = Op::Move { src: Src::Int(1 << 59), dst: Dst::X(0) })),
        ("arity 256 above 255", Box::new(|m| m.functions[0].arity = 256)),
        ("arity 256 above 255", Box::new(|m| m.lambdas[0].num_free = 256)),
        ("arity 300 above 255", Box::new(|m| m.code[5] = Op::CallFun { arity: 300 })),
        ("of another arity", Box::new(|m| m.code[5] = Op::CallExt { arity: 1, import: 0 })),
        (
            "BIF call with 1 arguments",
            Box::new(|m| {
                m.code[5] = Op::Bif { import: 0, args: vec![Src::X(0)].into(), dst: Dst::X(0), fail: 0, frame: false }
            }),
        ),
    ];
    for (want, edit) in edits {
        let mut m = every_op();
        edit(&mut m);
        let why = corrupt_message(&m);
        assert!(why.contains(want), "{why:?} does not mention {want:?}");
    }
}

/// A module whose only literal is `lit`.
fn with_literal(lit: Literal) -> Module {
    Module {
        name: "m".into(),
        file: String::new(),
        code: vec![],
        literals: vec![lit],
        atoms: vec![],
        imports: vec![],
        functions: vec![],
        exports: vec![],
        lambdas: vec![],
        lines: vec![],
        attributes: vec![],
        on_load: None,
    }
}

#[test]
fn literal_depth_is_bounded() {
    // Long lists and strings up to the limit decode (and drop) fine.
    let n = MAX_LITERAL_DEPTH - 1;
    let string = Literal::list((0..n).map(|i| int(i as i64 % 256)).collect(), Literal::Nil);
    assert!(decode(&encode(&with_literal(string))).is_ok());
    let list = Literal::list((0..n).map(|i| int(i as i64 * 1000)).collect(), Literal::Nil);
    assert!(decode(&encode(&with_literal(list))).is_ok());
    let too_long = Literal::list((0..n + 1).map(|i| int(i as i64 * 1000)).collect(), Literal::Nil);
    assert!(corrupt_message(&with_literal(too_long)).contains("nested deeper"));
    // Hostile nesting, written by hand: a long run of one-element tuples
    // would be deeper than any stack could drop.
    let mut body = vec![1, b'm', 0, 0, 1];
    body.extend(std::iter::repeat_n([super::tag::TUPLE, 1], 1_000_000).flatten());
    body.push(super::tag::NIL);
    body.extend([0; 9]);
    assert!(matches!(decode(&seal(&body)), Err(ObjectError::Corrupt(why)) if why.contains("nested deeper")));
}

#[test]
fn hostile_counts_do_not_allocate() {
    // name, file, then an atom count of 2^62 with nothing behind it.
    let mut body = vec![1, b'm', 0];
    body.extend([0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x40]);
    assert_eq!(decode(&seal(&body)), Err(ObjectError::Truncated));
    // A varint that never ends, and one that overflows 64 bits.
    let body = [1, b'm', 0, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0x01];
    assert!(matches!(decode(&seal(&body)), Err(ObjectError::Corrupt(_))));
    let body = [1, b'm', 0, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0x02];
    assert!(matches!(decode(&seal(&body)), Err(ObjectError::Corrupt(_))));
}
