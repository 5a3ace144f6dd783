//! Limits where OTP 25 has no answer to capture, so the expected
//! behaviour is ferl's own (stated in each script's header): a full atom
//! table (OTP stops the node; ferl fails only the calling process).

use std::path::Path;
use std::process::{Command, Output};

/// Runs `tests/limits/NAME` deterministically in a scratch copy of the
/// directory (the scripts write files of their own).
fn run(name: &str) -> Output {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests").join("limits");
    let dir = std::env::temp_dir().join(format!("ferl_limits_{}_{name}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("scratch directory");
    std::fs::copy(src.join(name), dir.join(name)).expect("script copied");
    let out = Command::new(env!("CARGO_BIN_EXE_ferl"))
        .arg("--deterministic")
        .arg(name)
        .current_dir(&dir)
        .env_remove("FERL_SEED")
        .output()
        .expect("ferl runs");
    let _ = std::fs::remove_dir_all(&dir);
    out
}

#[test]
fn full_atom_table_fails_only_the_caller() {
    let out = run("atom_table_full.erl");
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(out.status.success(), "status {:?}: {stdout}{}", out.status, String::from_utf8_lossy(&out.stderr));
    for line in [
        "made: true",
        "full: true",
        "list_to_atom: system_limit",
        "binary_to_atom: system_limit",
        "list_to_existing_atom: badarg",
        "existing: ok",
        "binary_to_term: system_limit",
        "binary_to_term_safe: badarg",
        "binary_to_term_existing: {ok,main}",
        "erl_scan: system_limit",
        "erl_scan_existing: {ok,[{atom,1,ok},{atom,1,main}],1}",
        "erl_scan_var: system_limit",
        "consult: system_limit",
        "load_binary: {error,system_limit}",
        "spawned: system_limit",
        "message: {still,serving}",
    ] {
        assert!(stdout.lines().any(|l| l == line), "no line {line:?} in:\n{stdout}");
    }
}
