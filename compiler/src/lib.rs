//! ferl's compiler: Erlang source to ferl bytecode. It owns lexing,
//! preprocessing, parsing, the lint checks and lowering to `bytecode::Module`.
//! It knows nothing of processes or the runtime; the VM calls it through
//! `compile_source`.

pub mod ast;
pub mod bytecode;
pub mod compile;
pub mod diagnostic;
pub mod lexer;
pub mod lint;
pub mod lower;
pub mod ms_transform;
pub mod object;
pub mod parser;
pub mod preprocess;
pub mod token;
