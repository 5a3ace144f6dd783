//! Reading a module's body, checking as it goes that every length fits the
//! remaining input and every index is in range. Literals are read with an
//! explicit stack, never recursion.

use super::{tag, ObjectError, MAX_ARITY, MAX_LITERAL_DEPTH};
use crate::bytecode::{
    ArithOp, BinSeg, BinSegKind, CmpOp, Dst, Function, Import, Lambda, Literal, Module, Op, Src, TypeTest,
};
use num_bigint::{BigInt, Sign};

type Result<T> = std::result::Result<T, ObjectError>;

fn corrupt<T>(why: impl Into<String>) -> Result<T> {
    Err(ObjectError::Corrupt(why.into()))
}

/// Reads the body written by `encode::body`.
pub fn body(bytes: &[u8]) -> Result<Module> {
    let mut r = Reader { buf: bytes, pos: 0, lim: Limits::default(), import_arities: Vec::new() };
    let name = r.str()?;
    let file = r.str()?;
    let atoms = r.vec(|r| r.str())?;
    let literals = r.vec(|r| r.literal())?;
    let imports = r.vec(|r| Ok(Import { module: r.str()?, function: r.str()?, arity: r.arity()? }))?;
    let functions = r.vec(|r| Ok(Function { name: r.str()?, arity: r.arity()?, entry: r.u32()? }))?;
    let lambdas = r.vec(|r| {
        let function = r.index(functions.len(), "function")?;
        Ok(Lambda { function, arity: r.arity()?, num_free: r.arity()? })
    })?;
    let exports = r.vec(|r| Ok((r.str()?, r.arity()?)))?;
    let attributes = r.vec(|r| Ok((r.str()?, r.literal()?)))?;
    let on_load = match r.byte()? {
        0 => None,
        1 => Some((r.str()?, r.arity()?)),
        b => return corrupt(format!("bad on_load flag {b}")),
    };
    let lines = r.vec(|r| Ok((r.u32()?, r.u32()?)))?;
    r.lim = Limits {
        atoms: atoms.len(),
        literals: literals.len(),
        imports: imports.len(),
        functions: functions.len(),
        lambdas: lambdas.len(),
        code: 0,
    };
    r.import_arities = imports.iter().map(|i| i.arity).collect();
    let n = r.count()?;
    r.lim.code = n;
    let mut code = Vec::with_capacity(n);
    for _ in 0..n {
        code.push(r.op()?);
    }
    if r.pos != r.buf.len() {
        return corrupt("trailing bytes after the code");
    }
    for (i, f) in functions.iter().enumerate() {
        match code.get(f.entry as usize) {
            Some(Op::FuncInfo { function }) if *function as usize == i => {}
            _ => return corrupt(format!("entry of {}/{} is not its func_info", f.name, f.arity)),
        }
    }
    if lines.windows(2).any(|w| w[0].0 > w[1].0) || lines.last().is_some_and(|l| l.0 as usize > code.len()) {
        return corrupt("line table out of order or beyond the code");
    }
    Ok(Module { name, file, code, literals, atoms, imports, functions, exports, lambdas, lines, attributes, on_load })
}

/// Table sizes that indices in the code must stay below.
#[derive(Default)]
struct Limits {
    atoms: usize,
    literals: usize,
    imports: usize,
    functions: usize,
    lambdas: usize,
    code: usize,
}

struct Reader<'a> {
    buf: &'a [u8],
    pos: usize,
    lim: Limits,
    /// The arity of each import: a call through one passes that many
    /// arguments.
    import_arities: Vec<u32>,
}

/// A compound literal being read: its items so far and how many it has.
/// Items are pushed, not preallocated: nested frames that each claimed the
/// whole remaining input would otherwise allocate quadratically.
enum Frame {
    Tuple(Vec<Literal>, usize),
    Map(Vec<(Literal, Literal)>, Option<Literal>, usize),
    /// Heads (all `n` of them read once `len == n`), then the tail.
    List(Vec<Literal>, usize),
    /// The bytes are read; the tail is awaited.
    Str(Vec<u8>),
}

impl Frame {
    /// Adds the next item; returns the finished literal when it was the last.
    fn give(&mut self, v: Literal) -> Option<Literal> {
        match self {
            Frame::Tuple(items, n) => {
                items.push(v);
                (items.len() == *n).then(|| Literal::Tuple(std::mem::take(items)))
            }
            Frame::Map(pairs, key, n) => match key.take() {
                None => {
                    *key = Some(v);
                    None
                }
                Some(k) => {
                    pairs.push((k, v));
                    (pairs.len() == *n).then(|| Literal::Map(std::mem::take(pairs)))
                }
            },
            Frame::List(items, n) if items.len() < *n => {
                items.push(v);
                None
            }
            Frame::List(items, _) => Some(Literal::list(std::mem::take(items), v)),
            Frame::Str(bytes) => {
                let heads = bytes.iter().map(|&b| Literal::Int(BigInt::from(b))).collect();
                Some(Literal::list(heads, v))
            }
        }
    }
}

const TYPE_TESTS: [TypeTest; 15] = [
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
];
const ARITH_OPS: [ArithOp; 11] = [
    ArithOp::Add,
    ArithOp::Sub,
    ArithOp::Mul,
    ArithOp::IntDiv,
    ArithOp::Rem,
    ArithOp::Band,
    ArithOp::Bor,
    ArithOp::Bxor,
    ArithOp::Bsl,
    ArithOp::Bsr,
    ArithOp::FDiv,
];
const CMP_OPS: [CmpOp; 6] = [CmpOp::EqExact, CmpOp::NeExact, CmpOp::Eq, CmpOp::Ne, CmpOp::Lt, CmpOp::Ge];
const SEG_KINDS: [BinSegKind; 6] = [
    BinSegKind::Integer,
    BinSegKind::Float,
    BinSegKind::Binary,
    BinSegKind::Utf8,
    BinSegKind::Utf16,
    BinSegKind::Utf32,
];

impl<'a> Reader<'a> {
    fn byte(&mut self) -> Result<u8> {
        let b = *self.buf.get(self.pos).ok_or(ObjectError::Truncated)?;
        self.pos += 1;
        Ok(b)
    }

    fn take(&mut self, n: usize) -> Result<&'a [u8]> {
        if n > self.buf.len() - self.pos {
            return Err(ObjectError::Truncated);
        }
        let s = &self.buf[self.pos..self.pos + n];
        self.pos += n;
        Ok(s)
    }

    fn u64(&mut self) -> Result<u64> {
        let mut v = 0u64;
        for shift in (0..64).step_by(7) {
            let b = self.byte()?;
            if shift == 63 && b > 1 {
                return corrupt("integer overflows 64 bits");
            }
            v |= u64::from(b & 0x7f) << shift;
            if b & 0x80 == 0 {
                return Ok(v);
            }
        }
        corrupt("integer overflows 64 bits")
    }

    fn i64(&mut self) -> Result<i64> {
        let z = self.u64()?;
        Ok((z >> 1) as i64 ^ -((z & 1) as i64))
    }

    fn u32(&mut self) -> Result<u32> {
        u32::try_from(self.u64()?).or_else(|_| corrupt("integer overflows 32 bits"))
    }

    fn u16(&mut self) -> Result<u16> {
        u16::try_from(self.u64()?).or_else(|_| corrupt("integer overflows 16 bits"))
    }

    /// An arity (or a count of a fun's free variables): at most
    /// `MAX_ARITY`, so that arguments fit the x registers.
    fn arity(&mut self) -> Result<u32> {
        match self.u32()? {
            n if n <= MAX_ARITY => Ok(n),
            n => corrupt(format!("arity {n} above {MAX_ARITY}")),
        }
    }

    /// A call instruction's arity.
    fn call_arity(&mut self) -> Result<u16> {
        Ok(self.arity()? as u16)
    }

    /// An import index for a call passing `arity` arguments.
    fn import_for(&mut self, arity: usize) -> Result<u32> {
        let i = self.index(self.lim.imports, "import")?;
        match self.import_arities.get(i as usize) {
            Some(&a) if a as usize == arity => Ok(i),
            _ => corrupt(format!("call with {arity} arguments through import {i} of another arity")),
        }
    }

    fn bool(&mut self) -> Result<bool> {
        match self.byte()? {
            0 => Ok(false),
            1 => Ok(true),
            b => corrupt(format!("bad boolean {b}")),
        }
    }

    /// A count of items that each take at least one byte: more than the
    /// remaining input cannot be there, so nothing is allocated for them.
    fn count(&mut self) -> Result<usize> {
        let n = self.u64()?;
        if n > (self.buf.len() - self.pos) as u64 {
            return Err(ObjectError::Truncated);
        }
        Ok(n as usize)
    }

    fn bytes(&mut self) -> Result<&'a [u8]> {
        let n = self.count()?;
        self.take(n)
    }

    fn str(&mut self) -> Result<String> {
        match std::str::from_utf8(self.bytes()?) {
            Ok(s) => Ok(s.to_string()),
            Err(_) => corrupt("string is not UTF-8"),
        }
    }

    fn vec<T>(&mut self, mut item: impl FnMut(&mut Self) -> Result<T>) -> Result<Vec<T>> {
        let n = self.count()?;
        let mut v = Vec::with_capacity(n);
        for _ in 0..n {
            v.push(item(self)?);
        }
        Ok(v)
    }

    fn index(&mut self, len: usize, what: &str) -> Result<u32> {
        let i = self.u32()?;
        if i as usize >= len {
            return corrupt(format!("{what} index {i} out of range (< {len})"));
        }
        Ok(i)
    }

    fn label(&mut self) -> Result<u32> {
        self.index(self.lim.code, "label")
    }

    fn literal(&mut self) -> Result<Literal> {
        let mut stack: Vec<(Frame, usize)> = Vec::new();
        loop {
            // The depth of the literal about to be read (the root is 1).
            let depth = stack.last().map_or(1, |(_, child_depth)| *child_depth);
            let deeper = |n: usize| match depth.checked_add(n) {
                Some(d) if d <= MAX_LITERAL_DEPTH => Ok(d),
                _ => corrupt(format!("literal nested deeper than {MAX_LITERAL_DEPTH}")),
            };
            let mut value = match self.byte()? {
                tag::NIL => Literal::Nil,
                tag::ATOM => Literal::Atom(self.str()?),
                tag::SMALL => Literal::Int(BigInt::from(self.i64()?)),
                tag::BIG => {
                    let sign = match self.byte()? {
                        0 => Sign::Minus,
                        1 => Sign::NoSign,
                        2 => Sign::Plus,
                        b => return corrupt(format!("bad integer sign {b}")),
                    };
                    Literal::Int(BigInt::from_bytes_le(sign, self.bytes()?))
                }
                tag::FLOAT => {
                    let mut bits = [0u8; 8];
                    bits.copy_from_slice(self.take(8)?);
                    Literal::Float(f64::from_bits(u64::from_le_bytes(bits)))
                }
                tag::TUPLE => match self.count()? {
                    0 => Literal::Tuple(Vec::new()),
                    n => {
                        stack.push((Frame::Tuple(Vec::new(), n), deeper(1)?));
                        continue;
                    }
                },
                tag::MAP => match self.count()? {
                    0 => Literal::Map(Vec::new()),
                    n => {
                        stack.push((Frame::Map(Vec::new(), None, n), deeper(1)?));
                        continue;
                    }
                },
                tag::LIST => match self.count()? {
                    0 => return corrupt("empty list chain"),
                    n => {
                        stack.push((Frame::List(Vec::new(), n), deeper(n)?));
                        continue;
                    }
                },
                tag::STRING => {
                    let bytes = self.bytes()?;
                    if bytes.is_empty() {
                        return corrupt("empty string chain");
                    }
                    stack.push((Frame::Str(bytes.to_vec()), deeper(bytes.len())?));
                    continue;
                }
                tag::BINARY => {
                    let bytes = self.bytes()?.to_vec();
                    let bits = self.u64()?;
                    if bits.div_ceil(8) != bytes.len() as u64 {
                        return corrupt(format!("binary of {} bytes cannot hold {bits} bits", bytes.len()));
                    }
                    Literal::Binary(bytes, bits as usize)
                }
                t => return corrupt(format!("bad literal tag {t}")),
            };
            // Hand the finished value up until a frame still needs more.
            loop {
                let Some((frame, _)) = stack.last_mut() else { return Ok(value) };
                match frame.give(value) {
                    None => break,
                    Some(done) => {
                        stack.pop();
                        value = done;
                    }
                }
            }
        }
    }

    fn src_tagged(&mut self, t: u8) -> Result<Src> {
        Ok(match t {
            tag::SRC_X => Src::X(self.u16()?),
            tag::SRC_Y => Src::Y(self.u16()?),
            tag::SRC_ATOM => Src::Atom(self.index(self.lim.atoms, "atom")?),
            tag::SRC_INT => match self.i64()? {
                // What the compiler makes an immediate (`lower::asm`); the
                // VM makes a small integer of it unchecked.
                n if (-(1i64 << 59)..1i64 << 59).contains(&n) => Src::Int(n),
                n => return corrupt(format!("immediate integer {n} out of range")),
            },
            tag::SRC_NIL => Src::Nil,
            tag::SRC_LIT => Src::Lit(self.index(self.lim.literals, "literal")?),
            t => return corrupt(format!("bad operand tag {t}")),
        })
    }

    fn src(&mut self) -> Result<Src> {
        let t = self.byte()?;
        self.src_tagged(t)
    }

    fn opt_src(&mut self) -> Result<Option<Src>> {
        match self.byte()? {
            tag::SRC_NONE => Ok(None),
            t => self.src_tagged(t).map(Some),
        }
    }

    fn srcs(&mut self) -> Result<Box<[Src]>> {
        Ok(self.vec(|r| r.src())?.into_boxed_slice())
    }

    fn dst(&mut self) -> Result<Dst> {
        match self.byte()? {
            tag::SRC_X => Ok(Dst::X(self.u16()?)),
            tag::SRC_Y => Ok(Dst::Y(self.u16()?)),
            t => corrupt(format!("bad destination tag {t}")),
        }
    }

    fn pick<T: Copy>(&mut self, table: &[T], what: &str) -> Result<T> {
        let b = self.byte()?;
        match table.get(b as usize) {
            Some(v) => Ok(*v),
            None => corrupt(format!("bad {what} {b}")),
        }
    }

    fn seg(&mut self) -> Result<BinSeg> {
        let kind = self.pick(&SEG_KINDS, "segment type")?;
        let value = self.src()?;
        let size = self.opt_src()?;
        let unit = self.u32()?;
        let flags = self.byte()?;
        if flags > 3 {
            return corrupt(format!("bad segment flags {flags}"));
        }
        let Ok(index) = u16::try_from(self.u32()?) else { return corrupt(String::from("bad segment number")) };
        Ok(BinSeg { kind, value, size, unit, signed: flags & 1 != 0, little: flags & 2 != 0, index })
    }

    fn op(&mut self) -> Result<Op> {
        let functions = self.lim.functions;
        Ok(match self.byte()? {
            tag::FUNC_INFO => Op::FuncInfo { function: self.index(functions, "function")? },
            tag::ALLOCATE => Op::Allocate { slots: self.u16()?, live: self.u16()? },
            tag::DEALLOCATE => Op::Deallocate,
            tag::RETURN => Op::Return,
            tag::MOVE => Op::Move { src: self.src()?, dst: self.dst()? },
            tag::CALL => Op::Call { arity: self.call_arity()?, function: self.index(functions, "function")? },
            tag::CALL_ONLY => Op::CallOnly { arity: self.call_arity()?, function: self.index(functions, "function")? },
            tag::CALL_EXT => {
                let arity = self.call_arity()?;
                Op::CallExt { arity, import: self.import_for(arity.into())? }
            }
            tag::CALL_EXT_ONLY => {
                let arity = self.call_arity()?;
                Op::CallExtOnly { arity, import: self.import_for(arity.into())? }
            }
            tag::CALL_FUN => Op::CallFun { arity: self.call_arity()? },
            tag::CALL_FUN_ONLY => Op::CallFunOnly { arity: self.call_arity()? },
            tag::APPLY => Op::Apply { arity: self.call_arity()? },
            tag::APPLY_ONLY => Op::ApplyOnly { arity: self.call_arity()? },
            tag::BIF => {
                let import = self.index(self.lim.imports, "import")?;
                let args = self.srcs()?;
                if self.import_arities.get(import as usize).is_none_or(|&a| a as usize != args.len()) {
                    return corrupt(format!("BIF call with {} arguments through import {import}", args.len()));
                }
                Op::Bif { import, args, dst: self.dst()?, fail: self.label()?, frame: self.bool()? }
            }
            tag::ARITH => Op::Arith {
                op: self.pick(&ARITH_OPS, "arithmetic operator")?,
                a: self.src()?,
                b: self.src()?,
                dst: self.dst()?,
                fail: self.label()?,
                frame: self.bool()?,
            },
            tag::CMP => {
                Op::Cmp { op: self.pick(&CMP_OPS, "comparison")?, a: self.src()?, b: self.src()?, fail: self.label()? }
            }
            tag::TEST => Op::Test { test: self.pick(&TYPE_TESTS, "type test")?, src: self.src()?, fail: self.label()? },
            tag::TEST_ARITY => Op::TestArity { src: self.src()?, arity: self.u32()?, fail: self.label()? },
            tag::TEST_FUN_ARITY => Op::TestFunArity { src: self.src()?, arity: self.src()?, fail: self.label()? },
            tag::JUMP => Op::Jump { to: self.label()? },
            tag::GET_LIST => Op::GetList { src: self.src()?, head: self.dst()?, tail: self.dst()? },
            tag::GET_TUPLE_ELEMENT => Op::GetTupleElement { src: self.src()?, index: self.u32()?, dst: self.dst()? },
            tag::PUT_LIST => Op::PutList { head: self.src()?, tail: self.src()?, dst: self.dst()? },
            tag::PUT_TUPLE => Op::PutTuple { elems: self.srcs()?, dst: self.dst()? },
            tag::PUT_MAP => Op::PutMap {
                base: self.opt_src()?,
                pairs: self.vec(|r| Ok((r.src()?, r.src()?, r.bool()?)))?.into_boxed_slice(),
                dst: self.dst()?,
            },
            tag::GET_MAP_ELEMENT => {
                Op::GetMapElement { src: self.src()?, key: self.src()?, dst: self.dst()?, fail: self.label()? }
            }
            tag::MAKE_FUN => {
                Op::MakeFun { lambda: self.index(self.lim.lambdas, "lambda")?, free: self.srcs()?, dst: self.dst()? }
            }
            tag::BS_CREATE => Op::BsCreate { segs: self.vec(|r| r.seg())?.into_boxed_slice(), dst: self.dst()? },
            tag::BS_START_MATCH => Op::BsStartMatch { src: self.src()?, ctx: self.dst()?, fail: self.label()? },
            tag::BS_GET => Op::BsGet { ctx: self.dst()?, seg: self.seg()?, dst: self.dst()?, fail: self.label()? },
            tag::BS_SKIP => Op::BsSkip { ctx: self.dst()?, seg: self.seg()?, fail: self.label()? },
            tag::BS_TEST_TAIL => Op::BsTestTail { ctx: self.src()?, fail: self.label()? },
            tag::BS_TEST_UNIT => Op::BsTestUnit { ctx: self.src()?, unit: self.u32()?, fail: self.label()? },
            tag::BADMATCH => Op::Badmatch { src: self.src()? },
            tag::CASE_END => Op::CaseEnd { src: self.src()? },
            tag::IF_END => Op::IfEnd,
            tag::TRY_CASE_END => Op::TryCaseEnd { src: self.src()? },
            tag::FUNCTION_CLAUSE => Op::FunctionClause { function: self.index(functions, "function")? },
            tag::RAISE_ERROR => Op::RaiseError { reason: self.src()? },
            tag::TRY => Op::Try { handler: self.label()? },
            tag::TRY_END => Op::TryEnd,
            tag::TRY_CASE => Op::TryCase,
            tag::CATCH => Op::Catch { handler: self.label()? },
            tag::CATCH_END => Op::CatchEnd,
            tag::RAISE => Op::Raise { class: self.src()?, reason: self.src()?, trace: self.src()? },
            tag::SEND => Op::Send,
            tag::LOOP_REC => Op::LoopRec { wait: self.label()?, dst: self.dst()? },
            tag::REMOVE_MESSAGE => Op::RemoveMessage,
            tag::LOOP_REC_END => Op::LoopRecEnd { to: self.label()? },
            tag::WAIT => Op::Wait { to: self.label()? },
            tag::WAIT_TIMEOUT => Op::WaitTimeout { to: self.label()?, timeout: self.src()? },
            tag::TIMEOUT => Op::Timeout,
            t => return corrupt(format!("bad opcode {t}")),
        })
    }
}
