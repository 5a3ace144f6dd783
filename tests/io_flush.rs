//! Standard output reaches a file while the program runs, not only at
//! exit: a long-running system's log must be readable as it goes
//! (tests/io/flush_when_idle.erl reads back its own output file).

use std::path::Path;
use std::process::{Command, Stdio};

#[test]
fn output_is_flushed_when_the_vm_is_idle() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests").join("io");
    let out_path = std::env::temp_dir().join(format!("ferl_flush_when_idle_{}.txt", std::process::id()));
    let out_file = std::fs::File::create(&out_path).expect("create output file");
    let status = Command::new(env!("CARGO_BIN_EXE_ferl"))
        .arg("--deterministic")
        .arg("flush_when_idle.erl")
        .arg(&out_path)
        .current_dir(dir)
        .stdout(Stdio::from(out_file))
        .status()
        .expect("ferl runs");
    let written = std::fs::read_to_string(&out_path).expect("read output file");
    let _ = std::fs::remove_file(&out_path);
    assert!(status.success(), "ferl failed; output: {written}");
    // What OTP 25's escript writes for the same script.
    assert_eq!(written, "first line\nseen while running: <<\"first line\\n\">>\n");
}
