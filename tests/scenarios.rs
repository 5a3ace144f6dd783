//! Runs the hot-code-loading scenarios in `tests/scenarios/` (copied from
//! the OTP 25 oracle): each directory holds a `main.erl` driver, module
//! versions in `v1/`, `v2/`..., and `expected.txt`, the output real OTP
//! printed. A scenario runs in a scratch copy of its directory (drivers
//! write files), in deterministic mode; stdout followed by stderr must equal
//! `expected.txt`. Ends with `N passed, M failed`.

use std::fs;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

#[path = "common/copy_dir.rs"]
mod copy_dir;
use copy_dir::copy_dir;

fn ferl_bin() -> PathBuf {
    std::env::var_os("FERL_BIN").map(PathBuf::from).unwrap_or_else(|| PathBuf::from(env!("CARGO_BIN_EXE_ferl")))
}

/// The first differing line, for the report.
fn first_difference(expected: &str, got: &str) -> String {
    for (i, (e, g)) in expected.lines().zip(got.lines()).enumerate() {
        if e != g {
            return format!("  line {}:\n    expected: {e:?}\n    got:      {g:?}\n", i + 1);
        }
    }
    format!("  expected {} lines, got {}\n", expected.lines().count(), got.lines().count())
}

/// Runs scenario `name` once in plain deterministic mode and, when its
/// directory has a `seeds` file (numbers separated by white space), once
/// more under each seed: the output must be the same in every order the
/// seeds give the scheduler.
fn run(name: &str, dir: &Path, bin: &Path) -> Result<(), String> {
    run_with(name, dir, bin, None)?;
    let seeds = fs::read_to_string(dir.join("seeds")).unwrap_or_default();
    for seed in seeds.split_whitespace() {
        run_with(name, dir, bin, Some(seed)).map_err(|e| format!("  with FERL_SEED={seed}:\n{e}"))?;
    }
    Ok(())
}

fn run_with(name: &str, dir: &Path, bin: &Path, seed: Option<&str>) -> Result<(), String> {
    let scratch = std::env::temp_dir().join(format!("ferl-scenario-{}-{name}", std::process::id()));
    let _ = fs::remove_dir_all(&scratch);
    copy_dir(dir, &scratch).map_err(|e| format!("  cannot copy: {e}\n"))?;
    let _ = fs::remove_file(scratch.join("expected.txt"));
    let mut cmd = Command::new(bin);
    cmd.arg("main.erl").current_dir(&scratch).env("FERL_DETERMINISTIC", "1").stdin(Stdio::null());
    if let Some(seed) = seed {
        cmd.env("FERL_SEED", seed);
    }
    let out = cmd.output().map_err(|e| format!("  cannot run {}: {e}\n", bin.display()));
    let _ = fs::remove_dir_all(&scratch);
    let out = out?;
    let mut got = String::from_utf8_lossy(&out.stdout).into_owned();
    // Without the note ferl ends a failing deterministic run with (its
    // seed and the command replaying it): ferl's own, not OTP's.
    let err = String::from_utf8_lossy(&out.stderr);
    let note = err.rfind("ferl: deterministic run failed with seed ").filter(|&i| i == 0 || err[..i].ends_with('\n'));
    got.push_str(note.map_or(&*err, |i| &err[..i]));
    let expected = fs::read_to_string(dir.join("expected.txt")).unwrap_or_default();
    if got == expected {
        Ok(())
    } else {
        Err(first_difference(&expected, &got))
    }
}

fn main() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests").join("scenarios");
    let filters: Vec<String> = std::env::args().skip(1).filter(|a| !a.starts_with('-')).collect();
    let mut names: Vec<String> = fs::read_dir(&root)
        .map(|d| {
            d.filter_map(Result::ok)
                .filter(|e| e.path().is_dir())
                .filter_map(|e| e.file_name().into_string().ok())
                .collect()
        })
        .unwrap_or_default();
    names.retain(|n| filters.is_empty() || filters.iter().any(|f| n.contains(f.as_str())));
    names.sort();
    let bin = ferl_bin();
    let (mut passed, mut failed) = (0, 0);
    for name in &names {
        match run(name, &root.join(name), &bin) {
            Ok(()) => passed += 1,
            Err(report) => {
                failed += 1;
                print!("FAIL {name}\n{report}");
            }
        }
    }
    println!("{passed} passed, {failed} failed");
    if failed > 0 {
        std::process::exit(1);
    }
}
