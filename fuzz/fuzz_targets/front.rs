//! Fuzz target: arbitrary bytes through the lexer, preprocessor, parser,
//! lint and lowering (`compile_source`). Any panic or stack overflow is
//! a bug; errors are diagnostics.
#![no_main]

use libfuzzer_sys::fuzz_target;

// Each target uses one of the entry points.
#[allow(dead_code)]
#[path = "../entry.rs"]
mod entry;

fuzz_target!(|data: &[u8]| entry::front(data));
