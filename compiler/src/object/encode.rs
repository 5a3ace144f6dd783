//! Writing a module's body. Matches `Op` exhaustively, so a new variant
//! does not compile until the format (and `FORMAT_VERSION`) handles it.

use super::tag;
use crate::bytecode::{ArithOp, BinSeg, BinSegKind, CmpOp, Dst, Literal, Module, Op, Src, TypeTest};
use num_bigint::Sign;
use num_traits::ToPrimitive;

/// The body of `m`'s object file (everything after the header).
pub fn body(m: &Module) -> Vec<u8> {
    let mut w = Writer(Vec::new());
    w.str(&m.name);
    w.str(&m.file);
    w.len(m.atoms.len());
    for a in &m.atoms {
        w.str(a);
    }
    w.len(m.literals.len());
    for l in &m.literals {
        w.literal(l);
    }
    w.len(m.imports.len());
    for i in &m.imports {
        w.str(&i.module);
        w.str(&i.function);
        w.u64(i.arity.into());
    }
    w.len(m.functions.len());
    for f in &m.functions {
        w.str(&f.name);
        w.u64(f.arity.into());
        w.u64(f.entry.into());
    }
    w.len(m.lambdas.len());
    for l in &m.lambdas {
        w.u64(l.function.into());
        w.u64(l.arity.into());
        w.u64(l.num_free.into());
    }
    w.len(m.exports.len());
    for (name, arity) in &m.exports {
        w.str(name);
        w.u64((*arity).into());
    }
    w.len(m.attributes.len());
    for (name, value) in &m.attributes {
        w.str(name);
        w.literal(value);
    }
    match &m.on_load {
        None => w.byte(0),
        Some((name, arity)) => {
            w.byte(1);
            w.str(name);
            w.u64((*arity).into());
        }
    }
    w.len(m.lines.len());
    for (pc, line) in &m.lines {
        w.u64((*pc).into());
        w.u64((*line).into());
    }
    w.len(m.code.len());
    for op in &m.code {
        w.op(op);
    }
    w.0
}

struct Writer(Vec<u8>);

impl Writer {
    fn byte(&mut self, b: u8) {
        self.0.push(b);
    }

    fn u64(&mut self, mut v: u64) {
        while v >= 0x80 {
            self.0.push(v as u8 | 0x80);
            v >>= 7;
        }
        self.0.push(v as u8);
    }

    fn i64(&mut self, v: i64) {
        self.u64(((v << 1) ^ (v >> 63)) as u64);
    }

    fn len(&mut self, n: usize) {
        self.u64(n as u64);
    }

    fn bool(&mut self, b: bool) {
        self.byte(b.into());
    }

    fn bytes(&mut self, b: &[u8]) {
        self.len(b.len());
        self.0.extend_from_slice(b);
    }

    fn str(&mut self, s: &str) {
        self.bytes(s.as_bytes());
    }

    /// Iterative, with a work stack: literals may be long lists.
    fn literal(&mut self, root: &Literal) {
        let mut work = vec![root];
        while let Some(lit) = work.pop() {
            match lit {
                Literal::Nil => self.byte(tag::NIL),
                Literal::Atom(a) => {
                    self.byte(tag::ATOM);
                    self.str(a);
                }
                Literal::Int(i) => match i.to_i64() {
                    Some(v) => {
                        self.byte(tag::SMALL);
                        self.i64(v);
                    }
                    None => {
                        let (sign, magnitude) = i.to_bytes_le();
                        self.byte(tag::BIG);
                        self.byte(match sign {
                            Sign::Minus => 0,
                            Sign::NoSign => 1,
                            Sign::Plus => 2,
                        });
                        self.bytes(&magnitude);
                    }
                },
                Literal::Float(f) => {
                    self.byte(tag::FLOAT);
                    self.0.extend_from_slice(&f.to_bits().to_le_bytes());
                }
                Literal::Cons(..) => {
                    let mut heads = Vec::new();
                    let mut tail = lit;
                    while let Literal::Cons(h, t) = tail {
                        heads.push(&**h);
                        tail = t;
                    }
                    let as_byte = |h: &Literal| match h {
                        Literal::Int(i) => i.to_u8(),
                        _ => None,
                    };
                    if heads.iter().all(|h| as_byte(h).is_some()) {
                        self.byte(tag::STRING);
                        self.len(heads.len());
                        self.0.extend(heads.iter().filter_map(|h| as_byte(h)));
                        work.push(tail);
                    } else {
                        self.byte(tag::LIST);
                        self.len(heads.len());
                        work.push(tail);
                        work.extend(heads.iter().rev());
                    }
                }
                Literal::Tuple(items) => {
                    self.byte(tag::TUPLE);
                    self.len(items.len());
                    work.extend(items.iter().rev());
                }
                Literal::Map(pairs) => {
                    self.byte(tag::MAP);
                    self.len(pairs.len());
                    for (k, v) in pairs.iter().rev() {
                        work.push(v);
                        work.push(k);
                    }
                }
                Literal::Binary(bytes, bits) => {
                    self.byte(tag::BINARY);
                    self.bytes(bytes);
                    self.u64(*bits as u64);
                }
            }
        }
    }

    fn src(&mut self, s: &Src) {
        match *s {
            Src::X(n) => {
                self.byte(tag::SRC_X);
                self.u64(n.into());
            }
            Src::Y(n) => {
                self.byte(tag::SRC_Y);
                self.u64(n.into());
            }
            Src::Atom(i) => {
                self.byte(tag::SRC_ATOM);
                self.u64(i.into());
            }
            Src::Int(v) => {
                self.byte(tag::SRC_INT);
                self.i64(v);
            }
            Src::Nil => self.byte(tag::SRC_NIL),
            Src::Lit(i) => {
                self.byte(tag::SRC_LIT);
                self.u64(i.into());
            }
            // Only the VM's loader makes these, in code it never encodes.
            Src::Term(_) => {
                debug_assert!(false, "a loader-resolved constant in compiled code");
                self.byte(tag::SRC_NIL)
            }
        }
    }

    fn opt_src(&mut self, s: &Option<Src>) {
        match s {
            None => self.byte(tag::SRC_NONE),
            Some(s) => self.src(s),
        }
    }

    fn srcs(&mut self, srcs: &[Src]) {
        self.len(srcs.len());
        for s in srcs {
            self.src(s);
        }
    }

    fn dst(&mut self, d: &Dst) {
        self.src(&Src::from(*d));
    }

    fn seg(&mut self, s: &BinSeg) {
        self.byte(match s.kind {
            BinSegKind::Integer => 0,
            BinSegKind::Float => 1,
            BinSegKind::Binary => 2,
            BinSegKind::Utf8 => 3,
            BinSegKind::Utf16 => 4,
            BinSegKind::Utf32 => 5,
        });
        self.src(&s.value);
        self.opt_src(&s.size);
        self.u64(s.unit.into());
        self.byte(u8::from(s.signed) | u8::from(s.little) << 1);
        self.u64(s.index.into());
    }

    /// An opcode and a `u16` operand (arity) or `u32` one (index, label).
    fn op_n(&mut self, opcode: u8, n: impl Into<u64>) {
        self.byte(opcode);
        self.u64(n.into());
    }

    fn op(&mut self, op: &Op) {
        match op {
            Op::FuncInfo { function } => self.op_n(tag::FUNC_INFO, *function),
            Op::Allocate { slots, live } => {
                self.op_n(tag::ALLOCATE, *slots);
                self.u64((*live).into());
            }
            Op::Deallocate => self.byte(tag::DEALLOCATE),
            Op::Return => self.byte(tag::RETURN),
            Op::Move { src, dst } => {
                self.byte(tag::MOVE);
                self.src(src);
                self.dst(dst);
            }
            Op::Call { arity, function } => {
                self.op_n(tag::CALL, *arity);
                self.u64((*function).into());
            }
            Op::CallOnly { arity, function } => {
                self.op_n(tag::CALL_ONLY, *arity);
                self.u64((*function).into());
            }
            Op::CallExt { arity, import } => {
                self.op_n(tag::CALL_EXT, *arity);
                self.u64((*import).into());
            }
            Op::CallExtOnly { arity, import } => {
                self.op_n(tag::CALL_EXT_ONLY, *arity);
                self.u64((*import).into());
            }
            Op::CallFun { arity } => self.op_n(tag::CALL_FUN, *arity),
            Op::CallFunOnly { arity } => self.op_n(tag::CALL_FUN_ONLY, *arity),
            Op::Apply { arity } => self.op_n(tag::APPLY, *arity),
            Op::ApplyOnly { arity } => self.op_n(tag::APPLY_ONLY, *arity),
            Op::Bif { import, args, dst, fail, frame } => {
                self.op_n(tag::BIF, *import);
                self.srcs(args);
                self.dst(dst);
                self.u64((*fail).into());
                self.bool(*frame);
            }
            Op::Arith { op, a, b, dst, fail, frame } => {
                self.byte(tag::ARITH);
                self.byte(match op {
                    ArithOp::Add => 0,
                    ArithOp::Sub => 1,
                    ArithOp::Mul => 2,
                    ArithOp::IntDiv => 3,
                    ArithOp::Rem => 4,
                    ArithOp::Band => 5,
                    ArithOp::Bor => 6,
                    ArithOp::Bxor => 7,
                    ArithOp::Bsl => 8,
                    ArithOp::Bsr => 9,
                    ArithOp::FDiv => 10,
                });
                self.src(a);
                self.src(b);
                self.dst(dst);
                self.u64((*fail).into());
                self.bool(*frame);
            }
            Op::Cmp { op, a, b, fail } => {
                self.byte(tag::CMP);
                self.byte(match op {
                    CmpOp::EqExact => 0,
                    CmpOp::NeExact => 1,
                    CmpOp::Eq => 2,
                    CmpOp::Ne => 3,
                    CmpOp::Lt => 4,
                    CmpOp::Ge => 5,
                });
                self.src(a);
                self.src(b);
                self.u64((*fail).into());
            }
            Op::Test { test, src, fail } => {
                self.byte(tag::TEST);
                self.byte(type_test(*test));
                self.src(src);
                self.u64((*fail).into());
            }
            Op::TestArity { src, arity, fail } => {
                self.byte(tag::TEST_ARITY);
                self.src(src);
                self.u64((*arity).into());
                self.u64((*fail).into());
            }
            Op::TestFunArity { src, arity, fail } => {
                self.byte(tag::TEST_FUN_ARITY);
                self.src(src);
                self.src(arity);
                self.u64((*fail).into());
            }
            Op::Jump { to } => self.op_n(tag::JUMP, *to),
            Op::GetList { src, head, tail } => {
                self.byte(tag::GET_LIST);
                self.src(src);
                self.dst(head);
                self.dst(tail);
            }
            Op::GetTupleElement { src, index, dst } => {
                self.byte(tag::GET_TUPLE_ELEMENT);
                self.src(src);
                self.u64((*index).into());
                self.dst(dst);
            }
            Op::PutList { head, tail, dst } => {
                self.byte(tag::PUT_LIST);
                self.src(head);
                self.src(tail);
                self.dst(dst);
            }
            Op::PutTuple { elems, dst } => {
                self.byte(tag::PUT_TUPLE);
                self.srcs(elems);
                self.dst(dst);
            }
            Op::PutMap { base, pairs, dst } => {
                self.byte(tag::PUT_MAP);
                self.opt_src(base);
                self.len(pairs.len());
                for (k, v, exact) in pairs.iter() {
                    self.src(k);
                    self.src(v);
                    self.bool(*exact);
                }
                self.dst(dst);
            }
            Op::GetMapElement { src, key, dst, fail } => {
                self.byte(tag::GET_MAP_ELEMENT);
                self.src(src);
                self.src(key);
                self.dst(dst);
                self.u64((*fail).into());
            }
            Op::MakeFun { lambda, free, dst } => {
                self.op_n(tag::MAKE_FUN, *lambda);
                self.srcs(free);
                self.dst(dst);
            }
            Op::BsCreate { segs, dst } => {
                self.byte(tag::BS_CREATE);
                self.len(segs.len());
                for s in segs.iter() {
                    self.seg(s);
                }
                self.dst(dst);
            }
            Op::BsStartMatch { src, ctx, fail } => {
                self.byte(tag::BS_START_MATCH);
                self.src(src);
                self.dst(ctx);
                self.u64((*fail).into());
            }
            Op::BsGet { ctx, seg, dst, fail } => {
                self.byte(tag::BS_GET);
                self.dst(ctx);
                self.seg(seg);
                self.dst(dst);
                self.u64((*fail).into());
            }
            Op::BsSkip { ctx, seg, fail } => {
                self.byte(tag::BS_SKIP);
                self.dst(ctx);
                self.seg(seg);
                self.u64((*fail).into());
            }
            Op::BsTestTail { ctx, fail } => {
                self.byte(tag::BS_TEST_TAIL);
                self.src(ctx);
                self.u64((*fail).into());
            }
            Op::BsTestUnit { ctx, unit, fail } => {
                self.byte(tag::BS_TEST_UNIT);
                self.src(ctx);
                self.u64((*unit).into());
                self.u64((*fail).into());
            }
            Op::Badmatch { src } => {
                self.byte(tag::BADMATCH);
                self.src(src);
            }
            Op::CaseEnd { src } => {
                self.byte(tag::CASE_END);
                self.src(src);
            }
            Op::IfEnd => self.byte(tag::IF_END),
            Op::TryCaseEnd { src } => {
                self.byte(tag::TRY_CASE_END);
                self.src(src);
            }
            Op::FunctionClause { function } => self.op_n(tag::FUNCTION_CLAUSE, *function),
            Op::RaiseError { reason } => {
                self.byte(tag::RAISE_ERROR);
                self.src(reason);
            }
            Op::Try { handler } => self.op_n(tag::TRY, *handler),
            Op::TryEnd => self.byte(tag::TRY_END),
            Op::TryCase => self.byte(tag::TRY_CASE),
            Op::Catch { handler } => self.op_n(tag::CATCH, *handler),
            Op::CatchEnd => self.byte(tag::CATCH_END),
            Op::Raise { class, reason, trace } => {
                self.byte(tag::RAISE);
                self.src(class);
                self.src(reason);
                self.src(trace);
            }
            Op::Send => self.byte(tag::SEND),
            Op::LoopRec { wait, dst } => {
                self.op_n(tag::LOOP_REC, *wait);
                self.dst(dst);
            }
            Op::RemoveMessage => self.byte(tag::REMOVE_MESSAGE),
            Op::LoopRecEnd { to } => self.op_n(tag::LOOP_REC_END, *to),
            Op::Wait { to } => self.op_n(tag::WAIT, *to),
            Op::WaitTimeout { to, timeout } => {
                self.op_n(tag::WAIT_TIMEOUT, *to);
                self.src(timeout);
            }
            Op::Timeout => self.byte(tag::TIMEOUT),
            // The loader's forms never reach an object file; written as
            // what they were made from all the same.
            op @ (crate::specialised_op!()) => self.op(&op.generic()),
        }
    }
}

fn type_test(t: TypeTest) -> u8 {
    match t {
        TypeTest::Integer => 0,
        TypeTest::Float => 1,
        TypeTest::Number => 2,
        TypeTest::Atom => 3,
        TypeTest::Boolean => 4,
        TypeTest::Binary => 5,
        TypeTest::Bitstring => 6,
        TypeTest::List => 7,
        TypeTest::Nil => 8,
        TypeTest::NonEmptyList => 9,
        TypeTest::Tuple => 10,
        TypeTest::Map => 11,
        TypeTest::Pid => 12,
        TypeTest::Reference => 13,
        TypeTest::Function => 14,
    }
}
