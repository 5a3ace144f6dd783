//! Fuzz target: arbitrary bytes through binary_to_term/1 and /2 with
//! `safe`. Malformed input must be badarg, never a panic.
#![no_main]

use libfuzzer_sys::fuzz_target;

// Each target uses one of the entry points.
#[allow(dead_code)]
#[path = "../entry.rs"]
mod entry;

fuzz_target!(|data: &[u8]| entry::binary_to_term(data));
