//! Tests of `ferl relup check`, ferl's upgrade checker (not in OTP, so the
//! expected outputs are ferl's own, reviewed by hand when captured).
//!
//! A case is a directory `tests/relup_check/NAME/`:
//! - `lib/APP-VSN/src/*.erl` and `lib/APP-VSN/ebin/APP.app` (`.appup`):
//!   copied to a scratch directory, where each `src/` is compiled by ferl
//!   into its `ebin/`;
//! - `sources` (optional): lines `FROM TO`, FROM a file or directory of
//!   the repository (its files are taken) and TO a directory of the
//!   scratch copy, so a case can check the sources of `examples/`
//!   themselves instead of a copy;
//! - `setup` (optional): arguments of a ferl run made next in the scratch
//!   directory (e.g. `-noshell -eval` making a relup), one a line;
//! - `args`: the arguments of the checked run, one a line;
//! - `expected.stdout`, `expected.status`: its output and exit status.
//!
//! `FERL_RELUP_CHECK_CAPTURE=1 cargo test --release --test relup_check`
//! writes the expected files instead of comparing; read them before
//! committing. `FERL_RELUP_CHECK_FILTER=a,b` runs only the cases whose
//! name contains one of the words.

use std::io::Read;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::sync::mpsc::channel;
use std::time::Duration;

#[path = "common/copy_dir.rs"]
mod copy_dir;
use copy_dir::copy_dir;

const DEADLINE: Duration = Duration::from_secs(120);

fn cases_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/relup_check")
}

fn ferl() -> PathBuf {
    PathBuf::from(env!("CARGO_BIN_EXE_ferl"))
}

fn capturing() -> bool {
    std::env::var_os("FERL_RELUP_CHECK_CAPTURE").is_some()
}

fn lines(file: &Path) -> Vec<String> {
    std::fs::read_to_string(file).unwrap_or_default().lines().map(String::from).collect()
}

/// Runs ferl with `args` in `dir`: (stdout, stderr, status), or an error
/// when it cannot start or outlives the deadline (it is then killed).
fn run_ferl(dir: &Path, args: &[String]) -> Result<(String, String, i32), String> {
    let mut child = Command::new(ferl())
        .args(args)
        .current_dir(dir)
        .env("FERL_DETERMINISTIC", "1")
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .map_err(|e| format!("cannot start ferl: {e}"))?;
    let (mut out, mut err) = (child.stdout.take(), child.stderr.take());
    let (tx, rx) = channel();
    std::thread::spawn(move || {
        let (mut o, mut e) = (String::new(), String::new());
        if let Some(s) = out.as_mut() {
            let _ = s.read_to_string(&mut o);
        }
        if let Some(s) = err.as_mut() {
            let _ = s.read_to_string(&mut e);
        }
        let _ = tx.send((o, e));
    });
    // Both pipes close when ferl exits; the reader then reports.
    let Ok((o, e)) = rx.recv_timeout(DEADLINE) else {
        let _ = child.kill();
        let _ = child.wait();
        return Err(format!("ferl {args:?} did not finish in {DEADLINE:?}"));
    };
    let status = child.wait().map_err(|e| e.to_string())?.code().unwrap_or(-1);
    Ok((o, e, status))
}

/// Sorted entries of a directory.
fn entries(dir: &Path) -> Vec<PathBuf> {
    let mut v: Vec<PathBuf> =
        std::fs::read_dir(dir).map(|d| d.flatten().map(|e| e.path()).collect()).unwrap_or_default();
    v.sort();
    v
}

/// Copies the files a case's `sources` names into its scratch copy.
fn copy_sources(case: &Path, scratch: &Path) -> Result<(), String> {
    let list = case.join("sources");
    if !list.exists() {
        return Ok(());
    }
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    for line in lines(&list) {
        let Some((from, to)) = line.split_once(' ') else { return Err(format!("sources: bad line {line:?}")) };
        let (from, to) = (root.join(from), scratch.join(to));
        std::fs::create_dir_all(&to).map_err(|e| e.to_string())?;
        let files = if from.is_dir() { entries(&from) } else { vec![from.clone()] };
        for f in files.into_iter().filter(|f| f.is_file()) {
            let name = f.file_name().ok_or_else(|| format!("sources: {}", f.display()))?;
            std::fs::copy(&f, to.join(name)).map_err(|e| format!("sources: {}: {e}", f.display()))?;
        }
    }
    Ok(())
}

/// Compiles every `lib/*/src` of the scratch copy into its `ebin`.
fn compile_lib(scratch: &Path) -> Result<(), String> {
    for app in entries(&scratch.join("lib")) {
        let sources: Vec<String> = entries(&app.join("src"))
            .into_iter()
            .filter(|p| p.extension().is_some_and(|e| e == "erl"))
            .map(|p| p.display().to_string())
            .collect();
        if sources.is_empty() {
            continue;
        }
        let ebin = app.join("ebin");
        std::fs::create_dir_all(&ebin).map_err(|e| e.to_string())?;
        let mut args = vec!["-c".to_string()];
        args.extend(sources);
        let (out, err, status) = run_ferl(&ebin, &args)?;
        if status != 0 {
            return Err(format!("compiling {}: status {status}\n{out}{err}", app.display()));
        }
    }
    Ok(())
}

/// Runs one case; the differences, if any.
fn run_case(case: &Path) -> Result<(), String> {
    let name = case.file_name().and_then(|n| n.to_str()).unwrap_or("case");
    let scratch = std::env::temp_dir().join(format!("ferl_relup_check_{}_{name}", std::process::id()));
    let _ = std::fs::remove_dir_all(&scratch);
    copy_dir(case, &scratch).map_err(|e| format!("copying the case: {e}"))?;
    let result = (|| {
        copy_sources(case, &scratch)?;
        compile_lib(&scratch)?;
        let setup = case.join("setup");
        if setup.exists() {
            let (out, err, status) = run_ferl(&scratch, &lines(&setup))?;
            if status != 0 {
                return Err(format!("setup: status {status}\n{out}{err}"));
            }
        }
        let (out, err, status) = run_ferl(&scratch, &lines(&case.join("args")))?;
        let status = format!("{status}\n");
        if capturing() {
            std::fs::write(case.join("expected.stdout"), &out).map_err(|e| e.to_string())?;
            std::fs::write(case.join("expected.status"), &status).map_err(|e| e.to_string())?;
            return Ok(());
        }
        let want = std::fs::read_to_string(case.join("expected.stdout")).unwrap_or_default();
        let want_status = std::fs::read_to_string(case.join("expected.status")).unwrap_or_default();
        let mut diffs = Vec::new();
        if want != out {
            diffs.push(first_diff(&want, &out));
        }
        if want_status != status {
            diffs.push(format!("status: expected {} got {}", want_status.trim(), status.trim()));
        }
        if !err.is_empty() {
            diffs.push(format!("stderr:\n{err}"));
        }
        if diffs.is_empty() {
            Ok(())
        } else {
            Err(diffs.join("\n"))
        }
    })();
    let _ = std::fs::remove_dir_all(&scratch);
    result
}

/// The first lines that differ, expected next to got.
fn first_diff(want: &str, got: &str) -> String {
    let (w, g): (Vec<&str>, Vec<&str>) = (want.lines().collect(), got.lines().collect());
    let mut out = String::from("stdout differs:\n");
    let mut shown = 0;
    for i in 0..w.len().max(g.len()) {
        let (a, b) = (w.get(i).copied(), g.get(i).copied());
        if a != b && shown < 10 {
            out.push_str(&format!(
                "  line {}:\n    expected: {}\n    got:      {}\n",
                i + 1,
                a.unwrap_or("<none>"),
                b.unwrap_or("<none>")
            ));
            shown += 1;
        }
    }
    out
}

#[test]
fn relup_check_cases() {
    let filters: Vec<String> = std::env::var("FERL_RELUP_CHECK_FILTER")
        .unwrap_or_default()
        .split(',')
        .filter(|f| !f.is_empty())
        .map(String::from)
        .collect();
    let mut failures = Vec::new();
    let mut ran = 0;
    for case in entries(&cases_dir()) {
        let name = case.file_name().and_then(|n| n.to_str()).unwrap_or("").to_string();
        if !case.is_dir() || !filters.is_empty() && !filters.iter().any(|f| name.contains(f.as_str())) {
            continue;
        }
        ran += 1;
        if let Err(why) = run_case(&case) {
            failures.push(format!("{name}:\n{why}"));
        }
    }
    assert!(ran > 0 || !filters.is_empty(), "no cases in {}", cases_dir().display());
    assert!(failures.is_empty(), "{} of {ran} cases failed:\n{}", failures.len(), failures.join("\n"));
}
