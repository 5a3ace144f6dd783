//! The upgrade-under-load soak, short (tests/soak/README.md): 1,000
//! workers passing tokens while the release goes from 1 to 2 and back 6
//! times through the release handler, under three deterministic seeds, and
//! 12 times on the multi-core scheduler (whose workers' heaps take about 5
//! cycles to reach their steady size, the baseline of the memory check).
//! Each run happens in a scratch copy of `tests/soak/` (the driver writes
//! the release there) and must end with status 0 and `soak ok`: no token lost, no worker died, every worker
//! migrated both ways every cycle, process count, loaded modules and
//! memory flat. A run that outlives its deadline counts as a hang.

use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};
use std::{fs, thread};

#[path = "common/copy_dir.rs"]
mod copy_dir;
use copy_dir::copy_dir;

const PROCS: &str = "1000";
const CYCLES: &str = "6";
const CYCLES_MULTI_CORE: &str = "12";
const DEADLINE: Duration = Duration::from_secs(300);

fn ferl_bin() -> PathBuf {
    std::env::var_os("FERL_BIN").map(PathBuf::from).unwrap_or_else(|| PathBuf::from(env!("CARGO_BIN_EXE_ferl")))
}

/// Runs the driver with `env` set, in its own scratch directory named
/// after `label`, and returns its output (stdout, then stderr) once it
/// passed; panics with the output otherwise.
fn soak(label: &str, cycles: &str, env: &[(&str, &str)]) -> String {
    let source = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests").join("soak");
    let scratch = std::env::temp_dir().join(format!("ferl-soak-{}-{label}", std::process::id()));
    let _ = fs::remove_dir_all(&scratch);
    copy_dir(&source, &scratch).expect("copy tests/soak");
    let mut cmd = Command::new(ferl_bin());
    cmd.args(["main.erl", PROCS, cycles])
        .current_dir(&scratch)
        .env_remove("FERL_DETERMINISTIC")
        .env_remove("FERL_SEED")
        .env_remove("FERL_SCHEDULERS")
        .stdin(Stdio::null())
        .stdout(fs::File::create(scratch.join("out.txt")).expect("create out.txt"))
        .stderr(fs::File::create(scratch.join("err.txt")).expect("create err.txt"));
    for (k, v) in env {
        cmd.env(k, v);
    }
    let mut child = cmd.spawn().expect("ferl runs");
    let start = Instant::now();
    let status = loop {
        match child.try_wait().expect("wait for ferl") {
            Some(status) => break Some(status),
            None if start.elapsed() > DEADLINE => {
                let _ = child.kill();
                let _ = child.wait();
                break None;
            }
            None => thread::sleep(Duration::from_millis(100)),
        }
    };
    let mut out = fs::read_to_string(scratch.join("out.txt")).unwrap_or_default();
    out.push_str(&fs::read_to_string(scratch.join("err.txt")).unwrap_or_default());
    let _ = fs::remove_dir_all(&scratch);
    match status {
        None => panic!("soak {label} hung (killed after {DEADLINE:?}):\n{out}"),
        Some(s) if !s.success() => panic!("soak {label} failed ({s}):\n{out}"),
        Some(_) => {}
    }
    assert!(out.lines().any(|l| l == "soak ok"), "soak {label} did not pass:\n{out}");
    assert!(out.contains(&format!("summary: procs {PROCS} cycles {cycles} ")), "soak {label}:\n{out}");
    assert!(out.contains(" lost 0 deaths 0 stale 0\n"), "soak {label}:\n{out}");
    out
}

#[test]
fn soak_deterministic_seeds() {
    for seed in ["1", "2", "3"] {
        soak(&format!("seed{seed}"), CYCLES, &[("FERL_DETERMINISTIC", "1"), ("FERL_SEED", seed)]);
    }
}

#[test]
fn soak_multi_core() {
    soak("multicore", CYCLES_MULTI_CORE, &[("FERL_SCHEDULERS", "2")]);
}
