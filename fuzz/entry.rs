//! The entry points the fuzz targets drive, shared with the stable replay
//! test (tests/fuzz_corpus.rs includes this file) so that a committed
//! input is checked through exactly the code the fuzzer ran.

use std::sync::{Arc, OnceLock};

/// Source text as ferl reads a file: UTF-8, else Latin-1 (every byte a
/// character), so each byte string is some source.
pub fn front(data: &[u8]) {
    let source = match std::str::from_utf8(data) {
        Ok(s) => s.to_string(),
        Err(_) => data.iter().map(|&b| b as char).collect(),
    };
    let _ = ferl_compiler::lexer::lex(&source);
    let _ = ferl_compiler::parser::parse_exprs("fuzz.erl", &source);
    let _ = ferl_compiler::compile::compile_source("fuzz.erl", &source, &[]);
}

/// binary_to_term/1, then /2 with `safe` (no new atoms) on the same bytes.
pub fn binary_to_term(data: &[u8]) {
    static VM: OnceLock<Arc<ferl_vm::vm::Vm>> = OnceLock::new();
    let vm = VM.get_or_init(|| Arc::new(ferl_vm::vm::Vm::new()));
    let mut p = ferl_vm::process::Process::new(1, vm.clone());
    let _ = ferl_vm::bif::erlang::ext::decode(&mut p, data);
    let _ = ferl_vm::bif::erlang::ext::decode_prefix(&mut p, data, true);
}
