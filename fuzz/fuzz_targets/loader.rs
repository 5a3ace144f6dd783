//! Fuzz target: (corrupted) object files through the object decoder
//! and the loader, as `code:load_binary/3` takes them, then a brief run
//! of what loads. Corrupt input must be an error, never a panic.
#![no_main]

use libfuzzer_sys::fuzz_target;

// Each target uses one of the entry points.
#[allow(dead_code)]
#[path = "../entry.rs"]
mod entry;

fuzz_target!(|data: &[u8]| entry::loader(data));
