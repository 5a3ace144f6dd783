//! The compiler must turn any input into a module or diagnostics, never a
//! panic: every conformance case, cut off after each of its lines and with
//! a byte dropped here and there, goes through the whole pipeline.

use ferl_compiler::compile::compile_source;
use std::path::Path;

fn cases() -> Vec<(String, String)> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../tests/cases");
    let mut out = Vec::new();
    for entry in std::fs::read_dir(dir).expect("tests/cases exists").flatten() {
        let p = entry.path();
        if p.extension().is_some_and(|e| e == "erl") {
            let name = p.file_name().and_then(|n| n.to_str()).unwrap_or_default().to_string();
            out.push((name, std::fs::read_to_string(&p).unwrap_or_default()));
        }
    }
    out.sort();
    out
}

#[test]
fn truncated_and_damaged_sources_give_diagnostics() {
    for (name, src) in cases() {
        let lines: Vec<&str> = src.split('\n').collect();
        for cut in (1..lines.len()).step_by(2) {
            let prefix = lines[..cut].join("\n");
            let _ = compile_source(&name, &prefix, &[]);
        }
        // Drop one byte at a few positions (on char boundaries).
        for frac in [3, 5, 7, 11] {
            let mut at = src.len() * frac / 13;
            while at < src.len() && !src.is_char_boundary(at) {
                at += 1;
            }
            if at < src.len() {
                let mut damaged = src.clone();
                damaged.remove(at);
                let _ = compile_source(&name, &damaged, &[]);
            }
        }
    }
}
