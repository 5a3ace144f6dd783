//! Replays fuzz/corpus and fuzz/crashes through the fuzz targets' entry
//! points (fuzz/entry.rs) on stable Rust, so CI checks every committed
//! input, and every crash the fuzzer ever found, without nightly.

#[path = "../fuzz/entry.rs"]
mod entry;

use std::path::Path;

/// Every file under `fuzz/<kind>/<target>`, sorted, with its bytes.
fn inputs(target: &str) -> Vec<(String, Vec<u8>)> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("fuzz");
    let mut out = Vec::new();
    for kind in ["corpus", "crashes"] {
        let Ok(dir) = std::fs::read_dir(root.join(kind).join(target)) else { continue };
        for e in dir.flatten() {
            if e.file_name().to_string_lossy().starts_with('.') {
                continue;
            }
            let bytes = std::fs::read(e.path()).expect("readable fuzz input");
            out.push((e.path().display().to_string(), bytes));
        }
    }
    out.sort();
    out
}

/// Runs `f` on each input on a thread with the stack a scheduler thread
/// has, naming the input that panics.
fn replay(target: &str, f: fn(&[u8])) {
    let all = inputs(target);
    assert!(!all.is_empty(), "no fuzz inputs for {target}");
    for (name, bytes) in all {
        let run = std::thread::Builder::new()
            .stack_size(8 << 20)
            .spawn(move || f(&bytes))
            .expect("spawn replay thread")
            .join();
        assert!(run.is_ok(), "fuzz input {name} panicked");
    }
}

#[test]
fn front_corpus() {
    replay("front", entry::front);
}

#[test]
fn binary_to_term_corpus() {
    replay("binary_to_term", entry::binary_to_term);
}

/// Nesting far deeper than the fuzzer's 4 KB inputs reach: the front end
/// must answer (with an error, or a module) without overflowing its stack.
#[test]
fn front_deep_nesting() {
    let n = 100_000;
    let shapes = [
        format!("-module(d).\nf() -> {}{}.\n", "[".repeat(n), "]".repeat(n)),
        format!("-module(d).\nf() -> {}1.\n", "1+".repeat(n)),
        format!("-module(d).\nf() -> {}1{}.\n", "(".repeat(n), ")".repeat(n)),
        format!("-module(d).\nf() -> {}.\n", "{".repeat(n)),
    ];
    for (i, s) in shapes.into_iter().enumerate() {
        let run = std::thread::Builder::new()
            .stack_size(8 << 20)
            .spawn(move || entry::front(s.as_bytes()))
            .expect("spawn")
            .join();
        assert!(run.is_ok(), "deep shape {i} panicked");
    }
}
