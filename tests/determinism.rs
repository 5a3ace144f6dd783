//! Deterministic mode replays: the same seed gives byte-identical output,
//! and the seed really steers the order (some seeds differ from FIFO); a
//! failing run prints its seed and a command that replays it, byte for
//! byte on both streams, clocks and crash reports included (replay.erl),
//! whichever way it fails, an abort included (paths.erl).

use std::path::Path;
use std::process::Command;

fn run(args: &[&str]) -> String {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests").join("determinism");
    let out = Command::new(env!("CARGO_BIN_EXE_ferl"))
        .args(args)
        .arg("race.erl")
        .current_dir(dir)
        .env_remove("FERL_DETERMINISTIC")
        .env_remove("FERL_SEED")
        .output()
        .expect("ferl runs");
    assert!(out.status.success(), "ferl failed: {}", String::from_utf8_lossy(&out.stderr));
    String::from_utf8_lossy(&out.stdout).into_owned()
}

#[test]
fn same_seed_same_output() {
    for seed in ["1", "7", "12345"] {
        let flag = format!("--deterministic={seed}");
        let first = run(&[&flag]);
        for _ in 0..3 {
            assert_eq!(run(&[&flag]), first, "seed {seed} replayed differently");
        }
    }
    let fifo = run(&["--deterministic"]);
    assert_eq!(run(&["--deterministic"]), fifo);
}

#[test]
fn seeds_steer_the_order() {
    let fifo = run(&["--deterministic"]);
    let differs = (1..=20).any(|seed| run(&[&format!("--deterministic={seed}")]) != fifo);
    assert!(differs, "no seed changed the order: {fifo}");
}

/// A run of `tests/determinism/NAME` with `args` before it and `env` set.
fn run_raw(args: &[&str], name: &str, env: &[(&str, &str)]) -> std::process::Output {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests").join("determinism");
    Command::new(env!("CARGO_BIN_EXE_ferl"))
        .args(args)
        .arg(name)
        .current_dir(dir)
        .env_remove("FERL_DETERMINISTIC")
        .env_remove("FERL_SEED")
        .envs(env.iter().copied())
        .output()
        .expect("ferl runs")
}

/// The command a failing run says replays it (the last line of its
/// standard error), as words.
fn replay_words(stderr: &[u8]) -> Vec<String> {
    let text = String::from_utf8_lossy(stderr);
    let last = text.lines().last().unwrap_or_default();
    last.split(' ').map(str::to_string).collect()
}

#[test]
fn seed_zero_is_fifo() {
    assert_eq!(run(&["--deterministic=0"]), run(&["--deterministic"]));
}

/// replay.erl fails unless its racing workers report in order: a failing
/// seed is printed, with a command that gives the same bytes again, on
/// both streams.
#[test]
fn failing_run_prints_its_seed_and_replays() {
    let fifo = run_raw(&["--deterministic"], "replay.erl", &[]);
    assert!(fifo.status.success(), "FIFO order fails: {}", String::from_utf8_lossy(&fifo.stderr));
    assert!(!String::from_utf8_lossy(&fifo.stderr).contains("seed"), "a passing run printed its seed");
    let mut failed = 0;
    for seed in 1..=6u64 {
        let first = run_raw(&[&format!("--deterministic={seed}")], "replay.erl", &[]);
        if first.status.success() {
            continue;
        }
        failed += 1;
        let err = String::from_utf8_lossy(&first.stderr).into_owned();
        assert!(err.contains(&format!("deterministic run failed with seed {seed};")), "no seed printed: {err}");
        let words = replay_words(&first.stderr);
        assert_eq!(words[0], env!("CARGO_BIN_EXE_ferl"), "replay line: {words:?}");
        assert_eq!(words[1], format!("--deterministic={seed}"));
        let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests").join("determinism");
        for _ in 0..2 {
            let again = Command::new(&words[0])
                .args(&words[1..])
                .current_dir(&dir)
                .env_remove("FERL_DETERMINISTIC")
                .env_remove("FERL_SEED")
                .output()
                .expect("ferl runs");
            assert_eq!(again.status.code(), first.status.code(), "seed {seed}: status");
            assert_eq!(again.stdout, first.stdout, "seed {seed}: standard output differs");
            assert_eq!(again.stderr, first.stderr, "seed {seed}: standard error differs");
        }
        // The environment's seed replays it too, and is printed the same way.
        let seed_text = seed.to_string();
        let by_env = run_raw(&[], "replay.erl", &[("FERL_DETERMINISTIC", "1"), ("FERL_SEED", &seed_text)]);
        assert_eq!(by_env.stdout, first.stdout, "seed {seed} from the environment");
        assert_eq!(by_env.stderr, first.stderr, "seed {seed} from the environment");
    }
    assert!(failed > 0, "no seed in 1..=6 made replay.erl fail");
}

/// Every way a run ends: the failing ones (a status other than 0: halt
/// with a status, here or from another process, init:stop/1, an uncaught
/// error, main killed, every process waiting forever, the process limit)
/// end with the seed note as the last lines of standard error; the
/// passing ones (a crash of another process included) print none.
#[test]
fn every_failing_path_prints_its_seed() {
    let cases = [
        ("ok", 0),
        ("halt_zero", 0),
        ("crash_elsewhere", 0),
        ("halt", 3),
        ("halt_elsewhere", 4),
        ("init_stop", 5),
        ("error", 127),
        ("killed", 1),
        ("deadlock", 1),
        ("process_limit", 127),
    ];
    for (path, status) in cases {
        let out = run_path("--deterministic=9", path);
        let err = String::from_utf8_lossy(&out.stderr);
        assert_eq!(out.status.code(), Some(status), "{path}: {err}");
        let noted = err.contains("ferl: deterministic run failed with seed 9; to replay it:");
        assert_eq!(noted, status != 0, "{path}: note printed: {noted}: {err}");
        if status != 0 {
            let words = replay_words(&out.stderr);
            assert_eq!(&words[1..], ["--deterministic=9", "paths.erl", path], "{path}");
        }
    }
}

fn run_path(flag: &str, path: &str) -> std::process::Output {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests").join("determinism");
    Command::new(env!("CARGO_BIN_EXE_ferl"))
        .args([flag, "paths.erl", path])
        .current_dir(dir)
        .env_remove("FERL_DETERMINISTIC")
        .env_remove("FERL_SEED")
        .output()
        .expect("ferl runs")
}

/// A run that dies by SIGABRT (what a Rust stack overflow, an allocation
/// failure or a double panic end in) still prints its seed, from the
/// signal handler, and still dies by the signal. The run waits on
/// standard input until the signal comes.
#[cfg(unix)]
#[test]
fn an_abort_prints_its_seed() {
    use std::io::BufRead;
    use std::os::unix::process::ExitStatusExt;
    use std::process::Stdio;
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests").join("determinism");
    let mut child = Command::new(env!("CARGO_BIN_EXE_ferl"))
        .args(["--deterministic=11", "paths.erl", "stdin"])
        .current_dir(dir)
        .env_remove("FERL_DETERMINISTIC")
        .env_remove("FERL_SEED")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("ferl runs");
    // The first line says the script runs: the handler is armed by then.
    let mut stdout = std::io::BufReader::new(child.stdout.take().expect("stdout"));
    let mut line = String::new();
    stdout.read_line(&mut line).expect("first line");
    assert_eq!(line, "stdin\n");
    let killed = Command::new("kill").args(["-ABRT", &child.id().to_string()]).status().expect("kill runs");
    assert!(killed.success());
    let out = child.wait_with_output().expect("ferl ends");
    let err = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.signal(), Some(libc::SIGABRT), "status {:?}: {err}", out.status);
    assert!(err.contains("ferl: deterministic run failed with seed 11; to replay it:"), "no note: {err}");
    assert_eq!(err.matches("failed with seed").count(), 1, "note written twice: {err}");
}
