//! Fuzz target: modules that parse but mean anything, made from the
//! input by `gen::module`, through the whole compiler, the object
//! encoder and decoder, the loader, and a brief run. No panic, no hang.
#![no_main]

use libfuzzer_sys::fuzz_target;

// Each target uses one of the entry points.
#[allow(dead_code)]
#[path = "../entry.rs"]
mod entry;

fuzz_target!(|data: &[u8]| entry::compile(data));
