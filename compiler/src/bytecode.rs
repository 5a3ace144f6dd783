//! The output of the compiler: a bytecode `Module` with its instruction
//! list, literal and atom tables, imports, functions and lambdas. The VM
//! loads it as one module instance.

pub mod disasm;
pub mod op;

pub use op::{ArithOp, BinSeg, BinSegKind, CmpOp, Dst, Label, Op, Src, TypeTest, WordRange};

use num_bigint::BigInt;

/// A compile-time constant (a literal term).
#[derive(Clone, Debug, PartialEq)]
pub enum Literal {
    Atom(String),
    Int(BigInt),
    Float(f64),
    Nil,
    Cons(Box<Literal>, Box<Literal>),
    Tuple(Vec<Literal>),
    /// A map with keys and values in source order (the loader sorts).
    Map(Vec<(Literal, Literal)>),
    /// Bytes and the length in bits.
    Binary(Vec<u8>, usize),
}

impl Literal {
    /// A list literal from elements and a tail.
    pub fn list(items: Vec<Literal>, tail: Literal) -> Literal {
        items.into_iter().rev().fold(tail, |t, h| Literal::Cons(Box::new(h), Box::new(t)))
    }
}

/// A function called through the export table (or a BIF).
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct Import {
    pub module: String,
    pub function: String,
    pub arity: u32,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Function {
    pub name: String,
    pub arity: u32,
    /// Code offset of the function's first instruction (its `FuncInfo`).
    pub entry: u32,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Lambda {
    /// Index into `Module::functions` of the lifted function.
    pub function: u32,
    /// Arity seen by callers.
    pub arity: u32,
    pub num_free: u32,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Module {
    pub name: String,
    pub file: String,
    pub code: Vec<Op>,
    pub literals: Vec<Literal>,
    pub atoms: Vec<String>,
    pub imports: Vec<Import>,
    pub functions: Vec<Function>,
    pub exports: Vec<(String, u32)>,
    pub lambdas: Vec<Lambda>,
    /// (code offset, source line), sorted by offset: the line of the
    /// instructions from that offset on.
    pub lines: Vec<(u32, u32)>,
    /// Module attributes as literals (`vsn`, `behaviour`, ...).
    pub attributes: Vec<(String, Literal)>,
    pub on_load: Option<(String, u32)>,
}
