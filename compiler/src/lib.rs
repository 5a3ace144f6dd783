//! ferl's compiler: Erlang source to ferl bytecode. It owns lexing,
//! preprocessing, parsing, the lint checks and lowering to `bytecode::Module`.
//! It knows nothing of processes or the runtime; the VM calls it through
//! `compile_source`.

pub mod ast;
pub mod diagnostic;
