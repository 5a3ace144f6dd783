//! The programs in `examples/` run and say what they promise: hello.erl
//! prints its greeting, and the media relay demo upgrades and downgrades
//! a live relay (here with 100 streams) without losing a packet or a
//! stream, which it checks itself (exit status 0 only then).

use std::path::Path;
use std::process::Command;

fn run_example(args: &[&str]) -> (String, Option<i32>) {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let out = Command::new(env!("CARGO_BIN_EXE_ferl")).current_dir(root).args(args).output().expect("run ferl");
    let mut text = String::from_utf8_lossy(&out.stdout).into_owned();
    text.push_str(&String::from_utf8_lossy(&out.stderr));
    (text, out.status.code())
}

#[test]
fn hello_greets() {
    let (out, status) = run_example(&["examples/hello.erl"]);
    assert_eq!(status, Some(0), "{out}");
    assert!(out.starts_with("Hello, world!\n"), "{out}");
}

/// In deterministic mode under two seeds (reproducible interleavings; a
/// failure names its seed), then on the multi-core scheduler.
#[test]
fn media_relay_upgrades_live_without_loss() {
    for mode in ["--deterministic", "--deterministic=7", "+S 2"] {
        let mut args: Vec<&str> = mode.split(' ').collect();
        args.extend(["examples/media_relay/demo.erl", "100"]);
        let (out, status) = run_example(&args);
        assert_eq!(status, Some(0), "{mode}: {out}");
        check_relay_output(mode, &out);
    }
}

fn check_relay_output(mode: &str, out: &str) {
    for line in [
        "upgrade checker: the appup is safe to run, up and down",
        "upgrade to 2:   {ok,[]}",
        "downgrade to 1: {ok,[]}",
        "lost 0, out of order 0",
        "streams 100, still running 100, died 0",
        "ok: upgraded and downgraded live, nothing lost",
    ] {
        assert!(out.contains(line), "{mode}: missing {line:?} in:\n{out}");
    }
}
