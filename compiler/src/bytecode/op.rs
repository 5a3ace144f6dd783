//! The instruction set: one `enum Op`, named with BEAM's vocabulary. The VM
//! matches it exhaustively; `disasm` prints it.
//!
//! Registers: `X(n)` argument registers (clobbered by calls) and `Y(n)`
//! slots of the current stack frame. Labels are code offsets, resolved by
//! the assembler in `lower`. A `fail` label of `0` means "raise" (a body BIF)
//! rather than "jump" (a guard).

/// A code offset.
pub type Label = u32;

/// A source operand.
#[derive(Clone, Copy, Debug, PartialEq)]
#[repr(u8)]
pub enum Src {
    X(u16),
    Y(u16),
    /// Index into the module's atom table.
    Atom(u32),
    /// A small integer.
    Int(i64),
    Nil,
    /// Index into the module's literal table.
    Lit(u32),
    /// A constant as the VM's loader resolved it: the term's own word
    /// (an atom, small integer, `[]` or a literal of the loaded module).
    /// Never in an object file nor made by the compiler: reading it needs
    /// no table lookup.
    Term(u64),
}

/// A destination register.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[repr(u8)]
pub enum Dst {
    X(u16),
    Y(u16),
}

impl From<Dst> for Src {
    fn from(d: Dst) -> Src {
        match d {
            Dst::X(n) => Src::X(n),
            Dst::Y(n) => Src::Y(n),
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum BinSegKind {
    Integer,
    Float,
    Binary,
    Utf8,
    Utf16,
    Utf32,
}

/// One segment of a binary construction or match.
#[derive(Clone, Debug, PartialEq)]
pub struct BinSeg {
    pub kind: BinSegKind,
    /// For construction: the value. For matching: unused (`Src::Nil`).
    pub value: Src,
    /// Size in units; `None` = the type's default (8 bits for integers,
    /// 64 for floats, all/the rest for binaries).
    pub size: Option<Src>,
    pub unit: u32,
    pub signed: bool,
    pub little: bool,
    /// For construction: the segment's number in the source, from 1 (a
    /// string literal's characters share one), as OTP names a segment that
    /// fails. 0 for matching.
    pub index: u16,
}

/// Type tests used by `Op::Test`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TypeTest {
    Integer,
    Float,
    Number,
    Atom,
    Boolean,
    Binary,
    Bitstring,
    List,
    Nil,
    NonEmptyList,
    Tuple,
    Map,
    Pid,
    Reference,
    Function,
}

/// Integer-friendly arithmetic with an inline fast path (`Op::Arith`):
/// the binary operators of `erlang` but `/` (which always makes a float).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ArithOp {
    Add,
    Sub,
    Mul,
    /// `div`
    IntDiv,
    Rem,
    Band,
    Bor,
    Bxor,
    Bsl,
    Bsr,
    /// `/`: always a float.
    FDiv,
}

impl ArithOp {
    /// The `erlang` operator BIF with the same meaning.
    pub fn name(self) -> &'static str {
        match self {
            ArithOp::Add => "+",
            ArithOp::Sub => "-",
            ArithOp::Mul => "*",
            ArithOp::IntDiv => "div",
            ArithOp::Rem => "rem",
            ArithOp::Band => "band",
            ArithOp::Bor => "bor",
            ArithOp::Bxor => "bxor",
            ArithOp::Bsl => "bsl",
            ArithOp::Bsr => "bsr",
            ArithOp::FDiv => "/",
        }
    }

    /// The operator written `name` in Erlang source, if it is one.
    pub fn from_name(name: &str) -> Option<ArithOp> {
        Some(match name {
            "+" => ArithOp::Add,
            "-" => ArithOp::Sub,
            "*" => ArithOp::Mul,
            "div" => ArithOp::IntDiv,
            "rem" => ArithOp::Rem,
            "band" => ArithOp::Band,
            "bor" => ArithOp::Bor,
            "bxor" => ArithOp::Bxor,
            "bsl" => ArithOp::Bsl,
            "bsr" => ArithOp::Bsr,
            "/" => ArithOp::FDiv,
            _ => return None,
        })
    }
}

/// The words `lo..=lo + span` (modulo 2^64) for which a compare of a
/// small integer with an immediate holds (`Op::CmpXI`'s `words`), worked
/// out by the loader, which knows how the VM tags small integers; an
/// operand that is no small integer is compared as `op` says.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub struct WordRange {
    pub lo: u64,
    pub span: u64,
}

impl WordRange {
    /// Whether `word` is one of the range's.
    #[inline(always)]
    pub fn holds(self, word: u64) -> bool {
        word.wrapping_sub(self.lo) <= self.span
    }
}

/// Comparisons used by `Op::Cmp`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CmpOp {
    /// `=:=`
    EqExact,
    /// `=/=`
    NeExact,
    /// `==`
    Eq,
    /// `/=`
    Ne,
    Lt,
    Ge,
}

/// Each instruction takes one whole cache line: the interpreter finds the
/// next one with a shift rather than a multiplication, and never reads
/// one that straddles two lines.
#[derive(Clone, Debug, PartialEq)]
#[repr(u8, align(64))]
pub enum Op {
    /// Start of a function (index into `Module::functions`); executing it
    /// is a no-op. Used for stack traces and `function_clause`.
    FuncInfo {
        function: u32,
    },
    /// Pushes a frame of `slots` y slots (initialised to `[]`) holding the
    /// return address. `live` x registers hold arguments: a garbage
    /// collection may run here, with those as roots.
    Allocate {
        slots: u16,
        live: u16,
    },
    /// Pops the current frame (the return address stays in the process's
    /// continuation register).
    Deallocate,
    /// Returns to the continuation.
    Return,
    Move {
        src: Src,
        dst: Dst,
    },
    /// Local call: `arity` arguments in x0.., result in x0.
    Call {
        arity: u16,
        function: u32,
    },
    /// Local tail call (the frame was already deallocated).
    CallOnly {
        arity: u16,
        function: u32,
    },
    /// Remote call through the export table (or a BIF).
    CallExt {
        arity: u16,
        import: u32,
    },
    CallExtOnly {
        arity: u16,
        import: u32,
    },
    /// Calls the fun in x(arity) with arguments x0..
    CallFun {
        arity: u16,
    },
    CallFunOnly {
        arity: u16,
    },
    /// `apply(M, F, Args)` style call: module in x(arity), function in
    /// x(arity+1), arguments x0..
    Apply {
        arity: u16,
    },
    ApplyOnly {
        arity: u16,
    },
    /// A BIF called inline (arithmetic, guard BIFs, `element/2`, ...):
    /// on failure jumps to `fail`, or raises when `fail` is 0.
    Bif {
        import: u32,
        args: Box<[Src]>,
        dst: Dst,
        fail: Label,
        /// Whether a failure shows the BIF's own stack frame. OTP's
        /// compiler leaves it out for `+`/`-` with an integer literal.
        frame: bool,
    },
    /// `a + b`, `a rem b`, `a band b`...: like `Bif` on `erlang:'+'/2`
    /// etc., with small integers computed inline.
    Arith {
        op: ArithOp,
        a: Src,
        b: Src,
        dst: Dst,
        fail: Label,
        frame: bool,
    },
    /// Jumps to `fail` unless the comparison holds.
    Cmp {
        op: CmpOp,
        a: Src,
        b: Src,
        fail: Label,
    },
    /// Jumps to `fail` unless the type test holds.
    Test {
        test: TypeTest,
        src: Src,
        fail: Label,
    },
    /// Jumps to `fail` unless `src` is a tuple of `arity` elements.
    TestArity {
        src: Src,
        arity: u32,
        fail: Label,
    },
    /// Jumps to `fail` unless `src` is a fun of the given arity.
    TestFunArity {
        src: Src,
        arity: Src,
        fail: Label,
    },
    Jump {
        to: Label,
    },
    GetList {
        src: Src,
        head: Dst,
        tail: Dst,
    },
    /// 0-based element index.
    GetTupleElement {
        src: Src,
        index: u32,
        dst: Dst,
    },
    PutList {
        head: Src,
        tail: Src,
        dst: Dst,
    },
    PutTuple {
        elems: Box<[Src]>,
        dst: Dst,
    },
    /// Builds a map from `base` (or empty) plus pairs; `exact` pairs must
    /// exist (`:=`). Raises `{badmap,_}`/`{badkey,_}`.
    PutMap {
        base: Option<Src>,
        pairs: Box<[(Src, Src, bool)]>,
        dst: Dst,
    },
    /// Jumps to `fail` unless `src` is a map with `key`; then `dst` = value.
    GetMapElement {
        src: Src,
        key: Src,
        dst: Dst,
        fail: Label,
    },
    /// Builds a closure of lambda `lambda` with captured values.
    MakeFun {
        lambda: u32,
        free: Box<[Src]>,
        dst: Dst,
    },
    /// Builds a binary.
    BsCreate {
        segs: Box<[BinSeg]>,
        dst: Dst,
    },
    /// Starts matching: jumps to `fail` unless `src` is a bitstring; `ctx`
    /// gets the matchable remainder.
    BsStartMatch {
        src: Src,
        ctx: Dst,
        fail: Label,
    },
    /// Reads one segment from the remainder in `ctx` (updating it) into `dst`.
    BsGet {
        ctx: Dst,
        seg: BinSeg,
        dst: Dst,
        fail: Label,
    },
    /// Skips one segment.
    BsSkip {
        ctx: Dst,
        seg: BinSeg,
        fail: Label,
    },
    /// Jumps to `fail` unless the remainder in `ctx` is empty.
    BsTestTail {
        ctx: Src,
        fail: Label,
    },
    /// Jumps to `fail` unless the remainder's size is a multiple of `unit`.
    BsTestUnit {
        ctx: Src,
        unit: u32,
        fail: Label,
    },
    /// Raises `{badmatch, src}`.
    Badmatch {
        src: Src,
    },
    /// Raises `{case_clause, src}`.
    CaseEnd {
        src: Src,
    },
    /// Raises `if_clause`.
    IfEnd,
    /// Raises `{try_clause, src}`.
    TryCaseEnd {
        src: Src,
    },
    /// Raises `function_clause` for the current function's x arguments.
    FunctionClause {
        function: u32,
    },
    /// Raises `error(Reason)` (generated code: bad records, bad generators).
    RaiseError {
        reason: Src,
    },
    /// Enters a try/catch: pushes a handler at `handler`.
    Try {
        handler: Label,
    },
    /// Leaves a try normally: pops its handler.
    TryEnd,
    /// At a handler: x0 = class, x1 = reason, x2 = stack trace.
    TryCase,
    /// Enters `catch Expr`.
    Catch {
        handler: Label,
    },
    /// Leaves `catch Expr`: x0 is its value (normal or `{'EXIT', ...}`).
    CatchEnd,
    /// Re-raises class `class`, reason `reason`, stack trace `trace`.
    Raise {
        class: Src,
        reason: Src,
        trace: Src,
    },
    /// Sends x1 to x0; result in x0.
    Send,
    /// Receive: peeks the next unexamined message into `dst`, or jumps to
    /// `wait` when there is none.
    LoopRec {
        wait: Label,
        dst: Dst,
    },
    /// Removes the message just matched and resets the receive cursor.
    RemoveMessage,
    /// Steps past the current message and jumps back to `to`.
    LoopRecEnd {
        to: Label,
    },
    /// Suspends until a message arrives, then jumps to `to`.
    Wait {
        to: Label,
    },
    /// Like `Wait` with a timeout; falls through when it expires.
    WaitTimeout {
        to: Label,
        timeout: Src,
    },
    /// After a timeout: resets the receive cursor.
    Timeout,

    // Operand-specialised forms of the instructions above, made by the
    // VM's loader (as BEAM's loader makes `move_x_y`, `is_lt_xc`...): each
    // reads its registers without testing the operand's kind. The compiler
    // never emits them and object files never hold them (`generic` gives
    // the form they were made from). `imm` is a small-integer constant.
    /// `Move { src: X(x), dst: Y(y) }`.
    MoveXY {
        x: u16,
        y: u16,
    },
    /// `Move { src: Y(y), dst: X(x) }`.
    MoveYX {
        y: u16,
        x: u16,
    },
    /// `Move { src: X(from), dst: X(to) }`.
    MoveXX {
        from: u16,
        to: u16,
    },
    /// `Move` of a constant (never a register) into `X(x)`.
    MoveCX {
        c: Src,
        x: u16,
    },
    /// `Cmp` of `X(x)` with a small integer (`x op imm`).
    CmpXI {
        op: CmpOp,
        x: u16,
        imm: i64,
        /// The words of small integers for which it holds (the loader's).
        words: WordRange,
        fail: Label,
    },
    /// `Cmp` of a small integer with `X(x)` (`imm op x`).
    CmpIX {
        op: CmpOp,
        imm: i64,
        /// The words of small integers for which it holds (the loader's).
        words: WordRange,
        x: u16,
        fail: Label,
    },
    /// `Cmp` of two x registers.
    CmpXX {
        op: CmpOp,
        a: u16,
        b: u16,
        fail: Label,
    },
    /// `Arith` of `X(a)` and a small integer.
    ArithXI {
        op: ArithOp,
        a: u16,
        imm: i64,
        dst: Dst,
        fail: Label,
        frame: bool,
    },
    /// `Arith` of `Y(a)` and a small integer.
    ArithYI {
        op: ArithOp,
        a: u16,
        imm: i64,
        dst: Dst,
        fail: Label,
        frame: bool,
    },
    /// `Arith` of two registers (x or y).
    ArithRR {
        op: ArithOp,
        a: Dst,
        b: Dst,
        dst: Dst,
        fail: Label,
        frame: bool,
    },
    /// `Test { test: NonEmptyList, src: X(x) }`.
    IsNonEmptyListX {
        x: u16,
        fail: Label,
    },
    /// `Test { test: Nil, src: X(x) }`.
    IsNilX {
        x: u16,
        fail: Label,
    },
    /// `GetList` of `X(x)`.
    GetListX {
        x: u16,
        head: Dst,
        tail: Dst,
    },
    /// `PutList` of two registers (x or y).
    PutListRR {
        head: Dst,
        tail: Dst,
        dst: Dst,
    },
    /// `Cmp` of `X(x)` with an atom, `[]` or a literal (`x op c`).
    CmpXC {
        op: CmpOp,
        x: u16,
        c: Src,
        fail: Label,
    },
    /// `Cmp` (`=:=` or `=/=`) of `X(x)` with literal `lit`, which the
    /// loader found to be a tuple of atoms, small integers and `[]` (as
    /// `{nil, nil}`): `X(x)` equals it exactly when it is a tuple with the
    /// same header and element words.
    CmpXFlatTuple {
        op: CmpOp,
        x: u16,
        lit: u32,
        fail: Label,
    },
    /// `Bif` of `import`, which the loader found to be `erlang:element/2`,
    /// with its two arguments: the interpreter reads an element in
    /// range inline and calls the BIF for anything else (its errors).
    Element {
        index: Src,
        tuple: Src,
        dst: Dst,
        fail: Label,
        frame: bool,
        import: u32,
    },
    /// `Bif` of `import`, which the loader found to be `erlang:self/0`
    /// (it cannot fail): the running process's pid into `dst`.
    SelfPid {
        dst: Dst,
        fail: Label,
        frame: bool,
        import: u32,
    },

    // Superinstructions, made by the VM's loader from two adjacent
    // instructions (as BEAM's loader makes `deallocate_return`). One stands
    // in place of the first instruction; the second stays where it was, so
    // a jump or a return that lands on it runs it alone, and the code
    // offsets of both (labels, lines, return addresses) stay put. The
    // fused form runs both and steps past the second. None of them can
    // raise. `generic` gives the first instruction's generic form.
    /// `IsNonEmptyListX { x, fail }; GetListX { x, head, tail }`.
    IsConsGetListX {
        x: u16,
        fail: Label,
        head: Dst,
        tail: Dst,
    },
    /// `MoveXY { x: x1, y: y1 }; MoveXY { x: x2, y: y2 }`.
    MoveXY2 {
        x1: u16,
        y1: u16,
        x2: u16,
        y2: u16,
    },
    /// `MoveYX { y: y1, x: x1 }; MoveYX { y: y2, x: x2 }`.
    MoveYX2 {
        y1: u16,
        x1: u16,
        y2: u16,
        x2: u16,
    },
    /// Three `MoveXY { x: x[i], y: y[i] }` in a row (saving a call's
    /// arguments in the frame).
    MoveXY3 {
        x: [u16; 3],
        y: [u16; 3],
    },
    /// Four `MoveXY { x: x[i], y: y[i] }` in a row.
    MoveXY4 {
        x: [u16; 4],
        y: [u16; 4],
    },
    /// Three `MoveYX { y: y[i], x: x[i] }` in a row (a call's arguments
    /// from the frame).
    MoveYX3 {
        y: [u16; 3],
        x: [u16; 3],
    },
    /// Four `MoveYX { y: y[i], x: x[i] }` in a row.
    MoveYX4 {
        y: [u16; 4],
        x: [u16; 4],
    },
    /// `Allocate { slots, live }; MoveXY { x, y }`.
    AllocateMoveXY {
        slots: u16,
        live: u16,
        x: u16,
        y: u16,
    },
    /// `MoveCX { c, x }; Return`.
    MoveCXReturn {
        c: Src,
        x: u16,
    },
    /// `MoveYX { y, x }; Call { arity, function }`.
    MoveYXCall {
        y: u16,
        x: u16,
        arity: u16,
        function: u32,
        /// Where `function`'s body starts (a code offset), set by the loader.
        body: u32,
    },
    /// `ArithXI` or `ArithYI` of register `a` (fail label 0, so a failure
    /// raises); then `Call { arity, function }`.
    ArithCall {
        op: ArithOp,
        a: Dst,
        imm: i64,
        /// `+ imm` or `- imm` as one addition to a small integer's tagged
        /// word (the loader's; 0 for the other operators: `op` decides).
        delta: i64,
        dst: Dst,
        frame: bool,
        arity: u16,
        function: u32,
        /// Where `function`'s body starts (a code offset), set by the loader.
        body: u32,
    },
    /// `CmpXI { op, x, imm, fail }; Return`.
    CmpXIReturn {
        op: CmpOp,
        x: u16,
        imm: i64,
        /// The words of small integers for which it holds (the loader's).
        words: WordRange,
        fail: Label,
    },
    /// `MoveXX { from, to }; Return`.
    MoveXXReturn {
        from: u16,
        to: u16,
    },
    /// `PutListRR { head, tail, dst }; CallOnly { arity, function }`.
    PutListRRCallOnly {
        head: Dst,
        tail: Dst,
        dst: Dst,
        arity: u16,
        function: u32,
        /// Where `function`'s body starts (a code offset), set by the loader.
        body: u32,
    },
    /// `Deallocate; CallOnly { arity, function }`.
    DeallocateCallOnly {
        arity: u16,
        function: u32,
        /// Where `function`'s body starts (a code offset), set by the loader.
        body: u32,
    },
    /// Three instructions: `PutListRR { head, tail, dst }; Deallocate; Return`.
    PutListRRDeallocateReturn {
        head: Dst,
        tail: Dst,
        dst: Dst,
    },
    /// `TestArity { src, arity, fail }; GetTupleElement { src, index, dst }`.
    TestArityGet {
        src: Src,
        arity: u32,
        fail: Label,
        index: u32,
        dst: Dst,
    },
    /// Two instructions: `GetTupleElement { src, index: i1, dst: d1 };
    /// GetTupleElement { src, index: i2, dst: d2 }`, `d1` not `src`'s
    /// register (a tuple taken apart).
    GetTupleElement2 {
        src: Src,
        i1: u32,
        d1: Dst,
        i2: u32,
        d2: Dst,
    },
    /// Three instructions: `PutTuple { elems, dst }; Deallocate; Return`
    /// (a function's `{reply, R, S}`-like result).
    PutTupleDeallocateReturn {
        elems: Box<[Src]>,
        dst: Dst,
    },
    /// Three instructions: `TestArity { src, arity, fail };
    /// GetTupleElement { src, index: 0, dst: X(x) }; CmpXC { op: EqExact,
    /// x, c, fail: tag_fail }`, `arity` at least 1: a tuple tagged with an
    /// atom (`{ok, V}`, `{'$gen_call', From, Req}`, a record).
    TestArityTag {
        src: Src,
        arity: u32,
        fail: Label,
        x: u16,
        c: Src,
        tag_fail: Label,
    },
    /// Four instructions: `TestArity { src: X(x), arity, fail }; Allocate {
    /// slots, live }; GetTupleElement { src: X(x), index: 0, dst: X(tag) };
    /// CmpXC { op: EqExact, x: tag, c, fail: tag_fail }`, `arity` at least
    /// 1 and x register `x` live across the frame's collection: a clause
    /// matching a tagged tuple that makes a frame (gen_server's
    /// `{'$gen_call', From, Req}`).
    TestArityAllocateTag {
        x: u16,
        arity: u32,
        fail: Label,
        slots: u16,
        live: u16,
        tag: u16,
        c: Src,
        tag_fail: Label,
    },
    /// Three instructions: `TestArity { src: X(x), arity, fail }; Allocate {
    /// slots, live }; GetTupleElement { src: X(x), index, dst }`, with x
    /// register `x` live across the frame's collection (the last two stay
    /// after it).
    TestArityAllocateGet {
        x: u16,
        arity: u32,
        fail: Label,
        slots: u16,
        live: u16,
        index: u32,
        dst: Dst,
    },
    /// `MoveXX { from, to }; Call { arity, function }`.
    MoveXXCall {
        from: u16,
        to: u16,
        arity: u16,
        function: u32,
        /// Where `function`'s body starts (a code offset), set by the loader.
        body: u32,
    },
    /// `Allocate { slots, live }; CmpXI { op, x, imm, fail }`.
    AllocateCmpXI {
        slots: u16,
        live: u16,
        op: CmpOp,
        x: u16,
        imm: i64,
        /// The words of small integers for which it holds (the loader's).
        words: WordRange,
        fail: Label,
    },
    /// Three instructions: `MoveXY { x: from, y: to }; ArithXI or ArithYI
    /// of register `a` (fail label 0); Call { arity, function }`.
    MoveXYArithCall {
        from: u16,
        to: u16,
        op: ArithOp,
        a: Dst,
        imm: i64,
        /// As `ArithCall`'s.
        delta: i64,
        dst: Dst,
        frame: bool,
        arity: u16,
        function: u32,
        /// Where `function`'s body starts (a code offset), set by the loader.
        body: u32,
    },
    /// Three instructions: `Allocate { slots, live }; IsNonEmptyListX { x,
    /// fail }; GetListX { x, head, tail }` (the last two stay after it).
    AllocateIsConsGetListX {
        slots: u16,
        live: u16,
        x: u16,
        fail: Label,
        head: Dst,
        tail: Dst,
    },
    /// Three instructions: `IsNonEmptyListX { x, fail }; Allocate { slots,
    /// live }; GetListX { x, head, tail }`, the order the compiler gives a
    /// clause whose head test comes before its frame (the last two stay
    /// after it).
    IsConsAllocateGetListX {
        x: u16,
        fail: Label,
        slots: u16,
        live: u16,
        head: Dst,
        tail: Dst,
    },
    // ---- The tuple superinstructions (binarytrees' `make/1` and
    // `check/1`; the arith helper's, session 16).
    /// Three instructions: `PutTuple { elems: [a, b], dst }; Deallocate;
    /// Return`, both elements registers (a generic `PutTuple`'s: its y
    /// slots are not proved, the interpreter checks them).
    PutTuple2DeallocateReturn {
        a: Dst,
        b: Dst,
        dst: Dst,
    },
    /// Four instructions: `TestArity { src: X(x), arity, fail }; Allocate {
    /// slots, live }; GetTupleElement { src: X(x), index: i1, dst: d1 };
    /// GetTupleElement { src: X(x), index: i2, dst: d2 }`, with `d1` not
    /// x register `x` (the last three stay after it).
    TestArityAllocateGet2 {
        x: u16,
        arity: u32,
        fail: Label,
        slots: u16,
        live: u16,
        i1: u32,
        d1: Dst,
        i2: u32,
        d2: Dst,
    },
    /// Three instructions: `CmpXFlatTuple { op, x, lit, fail }; MoveCX { c,
    /// x: to }; Return` (a clause `f({nil, nil}) -> 1`).
    CmpXFlatTupleReturn {
        op: CmpOp,
        x: u16,
        lit: u32,
        fail: Label,
        to: u16,
        c: Src,
    },
    /// `MoveYXCall` into a function whose body starts with
    /// `CmpXFlatTupleReturn` (a tree walk's leaf clause, binarytrees'
    /// `check({nil, nil}) -> 1`): the loader's, which checks that shape;
    /// the interpreter runs the callee's test after the call in place.
    MoveYXCallLeaf {
        y: u16,
        x: u16,
        arity: u16,
        function: u32,
        /// Where `function`'s body starts (a code offset), set by the loader.
        body: u32,
    },
    /// Three instructions: `CmpXI { op, x, imm, fail }; MoveCX { c, x: to
    /// }; Return` (a base case `f(0) -> Const`, binarytrees' `make(0) ->
    /// {nil, nil}`).
    CmpXIMoveCXReturn {
        op: CmpOp,
        x: u16,
        imm: i64,
        /// The words of small integers for which it holds (the loader's).
        words: WordRange,
        fail: Label,
        to: u16,
        c: Src,
    },
    /// Four instructions: `Allocate { slots, live }; MoveXY { x, y };
    /// ArithXI or ArithYI of register `a` (fail label 0); Call { arity,
    /// function }` (the first steps into a recursive function's second
    /// clause, as `fib(N) -> fib(N - 1) + ...`).
    AllocateMoveXYArithCall {
        slots: u16,
        live: u16,
        x: u16,
        y: u16,
        op: ArithOp,
        a: Dst,
        imm: i64,
        /// As `ArithCall`'s.
        delta: i64,
        dst: Dst,
        frame: bool,
        arity: u16,
        function: u32,
        /// As `ArithCall`'s.
        body: u32,
    },
    /// Four instructions: `IsNonEmptyListX { x, fail }; Allocate { slots,
    /// live }; GetListX { x, head, tail }; Call { arity, function }` (a
    /// list's recursion that keeps a frame: `app([H | T], L) -> [H |
    /// app(T, L)]`).
    IsConsAllocateGetListXCall {
        x: u16,
        fail: Label,
        slots: u16,
        live: u16,
        head: Dst,
        tail: Dst,
        arity: u16,
        function: u32,
        /// As `ArithCall`'s.
        body: u32,
    },
    /// Three instructions: `ArithRR { op, a, b, dst, fail: 0, frame };
    /// Deallocate; Return` (`fib(N - 1) + fib(N - 2)` as the result).
    ArithRRDeallocateReturn {
        op: ArithOp,
        a: Dst,
        b: Dst,
        dst: Dst,
        frame: bool,
    },
    /// `Call { arity, function }` with the function's body (a code
    /// offset) looked up by the loader.
    LocalCall {
        arity: u16,
        function: u32,
        body: u32,
    },
    /// `CallOnly { arity, function }`, as `LocalCall`.
    LocalCallOnly {
        arity: u16,
        function: u32,
        body: u32,
    },
}

impl Op {
    /// Whether control can continue with the next instruction (false for
    /// returns, jumps, tail calls, raises and waits).
    pub fn falls_through(&self) -> bool {
        !matches!(
            self,
            Op::Return
                | Op::MoveCXReturn { .. }
                | Op::CmpXIReturn { .. }
                | Op::MoveXXReturn { .. }
                | Op::PutListRRCallOnly { .. }
                | Op::DeallocateCallOnly { .. }
                | Op::PutListRRDeallocateReturn { .. }
                | Op::PutTuple2DeallocateReturn { .. }
                | Op::CmpXFlatTupleReturn { .. }
                | Op::CmpXIMoveCXReturn { .. }
                | Op::ArithRRDeallocateReturn { .. }
                | Op::Jump { .. }
                | Op::CallOnly { .. }
                | Op::LocalCallOnly { .. }
                | Op::CallExtOnly { .. }
                | Op::CallFunOnly { .. }
                | Op::ApplyOnly { .. }
                | Op::Badmatch { .. }
                | Op::CaseEnd { .. }
                | Op::IfEnd
                | Op::TryCaseEnd { .. }
                | Op::FunctionClause { .. }
                | Op::RaiseError { .. }
                | Op::Raise { .. }
                | Op::LoopRecEnd { .. }
                | Op::Wait { .. }
        )
    }

    /// The generic instruction an operand-specialised one was made from
    /// (for a superinstruction: the first of the two it stands for, the
    /// second follows it in the code; itself for any other).
    pub fn generic(&self) -> Op {
        match *self {
            Op::MoveXY { x, y } => Op::Move { src: Src::X(x), dst: Dst::Y(y) },
            Op::MoveYX { y, x } => Op::Move { src: Src::Y(y), dst: Dst::X(x) },
            Op::MoveXX { from, to } => Op::Move { src: Src::X(from), dst: Dst::X(to) },
            Op::MoveCX { c, x } => Op::Move { src: c, dst: Dst::X(x) },
            Op::CmpXI { op, x, imm, fail, .. } => Op::Cmp { op, a: Src::X(x), b: Src::Int(imm), fail },
            Op::CmpIX { op, imm, x, fail, .. } => Op::Cmp { op, a: Src::Int(imm), b: Src::X(x), fail },
            Op::CmpXX { op, a, b, fail } => Op::Cmp { op, a: Src::X(a), b: Src::X(b), fail },
            Op::ArithXI { op, a, imm, dst, fail, frame } => {
                Op::Arith { op, a: Src::X(a), b: Src::Int(imm), dst, fail, frame }
            }
            Op::ArithYI { op, a, imm, dst, fail, frame } => {
                Op::Arith { op, a: Src::Y(a), b: Src::Int(imm), dst, fail, frame }
            }
            Op::ArithRR { op, a, b, dst, fail, frame } => Op::Arith { op, a: a.into(), b: b.into(), dst, fail, frame },
            Op::IsNonEmptyListX { x, fail } => Op::Test { test: TypeTest::NonEmptyList, src: Src::X(x), fail },
            Op::IsNilX { x, fail } => Op::Test { test: TypeTest::Nil, src: Src::X(x), fail },
            Op::GetListX { x, head, tail } => Op::GetList { src: Src::X(x), head, tail },
            Op::PutListRR { head, tail, dst } => Op::PutList { head: head.into(), tail: tail.into(), dst },
            Op::IsConsGetListX { x, fail, .. } => Op::Test { test: TypeTest::NonEmptyList, src: Src::X(x), fail },
            Op::MoveXY2 { x1, y1, .. } => Op::Move { src: Src::X(x1), dst: Dst::Y(y1) },
            Op::MoveYX2 { y1, x1, .. } => Op::Move { src: Src::Y(y1), dst: Dst::X(x1) },
            Op::MoveXY3 { x, y } => Op::Move { src: Src::X(x[0]), dst: Dst::Y(y[0]) },
            Op::MoveXY4 { x, y } => Op::Move { src: Src::X(x[0]), dst: Dst::Y(y[0]) },
            Op::MoveYX3 { y, x } => Op::Move { src: Src::Y(y[0]), dst: Dst::X(x[0]) },
            Op::MoveYX4 { y, x } => Op::Move { src: Src::Y(y[0]), dst: Dst::X(x[0]) },
            Op::AllocateMoveXY { slots, live, .. } => Op::Allocate { slots, live },
            Op::MoveCXReturn { c, x } => Op::Move { src: c, dst: Dst::X(x) },
            Op::MoveYXCall { y, x, .. } => Op::Move { src: Src::Y(y), dst: Dst::X(x) },
            Op::MoveYXCallLeaf { y, x, .. } => Op::Move { src: Src::Y(y), dst: Dst::X(x) },
            Op::CmpXC { op, x, c, fail } => Op::Cmp { op, a: Src::X(x), b: c, fail },
            Op::CmpXFlatTuple { op, x, lit, fail } => Op::Cmp { op, a: Src::X(x), b: Src::Lit(lit), fail },
            Op::Element { index, tuple, dst, fail, frame, import } => {
                Op::Bif { import, args: Box::new([index, tuple]), dst, fail, frame }
            }
            Op::SelfPid { dst, fail, frame, import } => Op::Bif { import, args: Box::new([]), dst, fail, frame },
            Op::ArithCall { op, a, imm, dst, frame, .. } => {
                Op::Arith { op, a: a.into(), b: Src::Int(imm), dst, fail: 0, frame }
            }
            Op::CmpXIReturn { op, x, imm, fail, .. } => Op::Cmp { op, a: Src::X(x), b: Src::Int(imm), fail },
            Op::MoveXXReturn { from, to } => Op::Move { src: Src::X(from), dst: Dst::X(to) },
            Op::PutListRRCallOnly { head, tail, dst, .. } => Op::PutList { head: head.into(), tail: tail.into(), dst },
            Op::AllocateIsConsGetListX { slots, live, .. } => Op::Allocate { slots, live },
            Op::IsConsAllocateGetListX { x, fail, .. } => {
                Op::Test { test: TypeTest::NonEmptyList, src: Src::X(x), fail }
            }
            Op::DeallocateCallOnly { .. } => Op::Deallocate,
            Op::MoveXXCall { from, to, .. } => Op::Move { src: Src::X(from), dst: Dst::X(to) },
            Op::AllocateCmpXI { slots, live, .. } => Op::Allocate { slots, live },
            Op::MoveXYArithCall { from, to, .. } => Op::Move { src: Src::X(from), dst: Dst::Y(to) },
            Op::TestArityGet { src, arity, fail, .. } | Op::TestArityTag { src, arity, fail, .. } => {
                Op::TestArity { src, arity, fail }
            }
            Op::TestArityAllocateGet { x, arity, fail, .. } | Op::TestArityAllocateTag { x, arity, fail, .. } => {
                Op::TestArity { src: Src::X(x), arity, fail }
            }
            Op::GetTupleElement2 { src, i1, d1, .. } => Op::GetTupleElement { src, index: i1, dst: d1 },
            Op::PutTupleDeallocateReturn { ref elems, dst } => Op::PutTuple { elems: elems.clone(), dst },
            Op::PutListRRDeallocateReturn { head, tail, dst } => {
                Op::PutList { head: head.into(), tail: tail.into(), dst }
            }
            Op::PutTuple2DeallocateReturn { a, b, dst } => Op::PutTuple { elems: Box::new([a.into(), b.into()]), dst },
            Op::TestArityAllocateGet2 { x, arity, fail, .. } => Op::TestArity { src: Src::X(x), arity, fail },
            Op::CmpXFlatTupleReturn { op, x, lit, fail, .. } => Op::Cmp { op, a: Src::X(x), b: Src::Lit(lit), fail },
            Op::CmpXIMoveCXReturn { op, x, imm, fail, .. } => Op::Cmp { op, a: Src::X(x), b: Src::Int(imm), fail },
            Op::AllocateMoveXYArithCall { slots, live, .. } => Op::Allocate { slots, live },
            Op::IsConsAllocateGetListXCall { x, fail, .. } => {
                Op::Test { test: TypeTest::NonEmptyList, src: Src::X(x), fail }
            }
            Op::ArithRRDeallocateReturn { op, a, b, dst, frame } => {
                Op::Arith { op, a: a.into(), b: b.into(), dst, fail: 0, frame }
            }
            Op::LocalCall { arity, function, .. } => Op::Call { arity, function },
            Op::LocalCallOnly { arity, function, .. } => Op::CallOnly { arity, function },
            _ => self.clone(),
        }
    }

    /// Whether this is an operand-specialised form the loader makes
    /// (never emitted by the compiler, never in an object file).
    pub fn is_specialised(&self) -> bool {
        matches!(self, crate::specialised_op!())
    }
}

/// A pattern matching every operand-specialised form the loader makes:
/// the one list of them for the matches that must name each variant.
#[macro_export]
macro_rules! specialised_op {
    () => {
        $crate::bytecode::Op::MoveXY { .. }
            | $crate::bytecode::Op::MoveYX { .. }
            | $crate::bytecode::Op::MoveXX { .. }
            | $crate::bytecode::Op::MoveCX { .. }
            | $crate::bytecode::Op::CmpXI { .. }
            | $crate::bytecode::Op::CmpIX { .. }
            | $crate::bytecode::Op::CmpXX { .. }
            | $crate::bytecode::Op::ArithXI { .. }
            | $crate::bytecode::Op::ArithYI { .. }
            | $crate::bytecode::Op::ArithRR { .. }
            | $crate::bytecode::Op::IsNonEmptyListX { .. }
            | $crate::bytecode::Op::IsNilX { .. }
            | $crate::bytecode::Op::GetListX { .. }
            | $crate::bytecode::Op::PutListRR { .. }
            | $crate::bytecode::Op::IsConsGetListX { .. }
            | $crate::bytecode::Op::MoveXY2 { .. }
            | $crate::bytecode::Op::MoveYX2 { .. }
            | $crate::bytecode::Op::MoveXY3 { .. }
            | $crate::bytecode::Op::MoveXY4 { .. }
            | $crate::bytecode::Op::MoveYX3 { .. }
            | $crate::bytecode::Op::MoveYX4 { .. }
            | $crate::bytecode::Op::AllocateMoveXY { .. }
            | $crate::bytecode::Op::MoveCXReturn { .. }
            | $crate::bytecode::Op::MoveYXCall { .. }
            | $crate::bytecode::Op::MoveYXCallLeaf { .. }
            | $crate::bytecode::Op::CmpXC { .. }
            | $crate::bytecode::Op::Element { .. }
            | $crate::bytecode::Op::SelfPid { .. }
            | $crate::bytecode::Op::CmpXFlatTuple { .. }
            | $crate::bytecode::Op::ArithCall { .. }
            | $crate::bytecode::Op::CmpXIReturn { .. }
            | $crate::bytecode::Op::MoveXXReturn { .. }
            | $crate::bytecode::Op::PutListRRCallOnly { .. }
            | $crate::bytecode::Op::AllocateIsConsGetListX { .. }
            | $crate::bytecode::Op::IsConsAllocateGetListX { .. }
            | $crate::bytecode::Op::DeallocateCallOnly { .. }
            | $crate::bytecode::Op::MoveXXCall { .. }
            | $crate::bytecode::Op::AllocateCmpXI { .. }
            | $crate::bytecode::Op::MoveXYArithCall { .. }
            | $crate::bytecode::Op::TestArityGet { .. }
            | $crate::bytecode::Op::TestArityTag { .. }
            | $crate::bytecode::Op::TestArityAllocateTag { .. }
            | $crate::bytecode::Op::GetTupleElement2 { .. }
            | $crate::bytecode::Op::PutTupleDeallocateReturn { .. }
            | $crate::bytecode::Op::TestArityAllocateGet { .. }
            | $crate::bytecode::Op::PutListRRDeallocateReturn { .. }
            | $crate::bytecode::Op::PutTuple2DeallocateReturn { .. }
            | $crate::bytecode::Op::TestArityAllocateGet2 { .. }
            | $crate::bytecode::Op::CmpXFlatTupleReturn { .. }
            | $crate::bytecode::Op::CmpXIMoveCXReturn { .. }
            | $crate::bytecode::Op::AllocateMoveXYArithCall { .. }
            | $crate::bytecode::Op::IsConsAllocateGetListXCall { .. }
            | $crate::bytecode::Op::ArithRRDeallocateReturn { .. }
            | $crate::bytecode::Op::LocalCall { .. }
            | $crate::bytecode::Op::LocalCallOnly { .. }
    };
}

// The interpreter dispatches on every instruction: keep them compact.
const _: () = assert!(std::mem::size_of::<Op>() == 64);
const _: () = assert!(std::mem::size_of::<Src>() == 16);
