//! Conformance suite runner for ferl.
//!
//! Runs every `tests/cases/*.erl` as `ferl NAME.erl` (current directory
//! `tests/cases/`) and compares stdout, stderr and exit status with the
//! outputs captured from real Erlang/OTP by `tests/capture.sh`.
//!
//! Usage:
//!   cargo test --test conformance                 # all cases
//!   cargo test --test conformance -- FILTER       # cases whose name contains FILTER
//!   FERL_BIN=/path/to/prog cargo test --test conformance   # use another binary
//!
//! `tests/known_failures.txt` lists cases that are known not to pass yet: a
//! failure there counts as skipped; a listed case that passes is an error
//! ("now passes, remove it from known_failures.txt").
//!
//! Before comparing, logger report headers (`=ERROR REPORT==== <time> ===`),
//! pids and the VM-specific sizes in crash reports are normalised in both
//! the expected and the actual output (see `normalise`).
//!
//! See tests/README.md.

use std::collections::BTreeSet;
use std::fs;
use std::io::Read;
use std::path::{Path, PathBuf};
use std::process::{Command, ExitStatus, Stdio};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};
use std::thread;
use std::time::{Duration, Instant};

const TIMEOUT: Duration = Duration::from_secs(60);
const MAX_DIFF_LINES: usize = 10;

fn manifest_dir() -> PathBuf {
    match option_env!("CARGO_MANIFEST_DIR") {
        Some(d) => PathBuf::from(d),
        None => PathBuf::from(
            std::env::var("CARGO_MANIFEST_DIR").expect("CARGO_MANIFEST_DIR must be set when built outside cargo"),
        ),
    }
}

fn ferl_bin() -> PathBuf {
    if let Ok(p) = std::env::var("FERL_BIN") {
        if !p.is_empty() {
            return PathBuf::from(p);
        }
    }
    match option_env!("CARGO_BIN_EXE_ferl") {
        Some(p) => PathBuf::from(p),
        None => PathBuf::from(
            std::env::var("CARGO_BIN_EXE_ferl").expect("set FERL_BIN (or CARGO_BIN_EXE_ferl) when built outside cargo"),
        ),
    }
}

struct Outcome {
    stdout: Vec<u8>,
    stderr: Vec<u8>,
    status: Option<i32>, // None: killed by signal / timed out
    timed_out: bool,
    spawn_error: Option<String>,
}

fn exit_code(st: ExitStatus) -> Option<i32> {
    st.code()
}

fn run_case(bin: &Path, dir: &Path, name: &str) -> Outcome {
    let mut child = match Command::new(bin)
        .arg(format!("{name}.erl"))
        .current_dir(dir)
        .env("FERL_DETERMINISTIC", "1")
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
    {
        Ok(c) => c,
        Err(e) => {
            return Outcome {
                stdout: vec![],
                stderr: vec![],
                status: None,
                timed_out: false,
                spawn_error: Some(format!("cannot run {}: {e}", bin.display())),
            }
        }
    };
    // Drain the pipes on their own threads so a chatty child cannot block.
    let mut out_pipe = child.stdout.take().unwrap();
    let mut err_pipe = child.stderr.take().unwrap();
    let out_t = thread::spawn(move || {
        let mut v = Vec::new();
        let _ = out_pipe.read_to_end(&mut v);
        v
    });
    let err_t = thread::spawn(move || {
        let mut v = Vec::new();
        let _ = err_pipe.read_to_end(&mut v);
        v
    });
    let start = Instant::now();
    let mut timed_out = false;
    let status = loop {
        match child.try_wait() {
            Ok(Some(st)) => break exit_code(st),
            Ok(None) => {
                if start.elapsed() >= TIMEOUT {
                    let _ = child.kill();
                    let _ = child.wait();
                    timed_out = true;
                    break None;
                }
                thread::sleep(Duration::from_millis(10));
            }
            Err(_) => break None,
        }
    };
    // If the child was killed but left grandchildren holding the pipes, the
    // reader threads would block; they are detached in that case.
    let (stdout, stderr) = if timed_out {
        let deadline = Instant::now() + Duration::from_secs(2);
        while !(out_t.is_finished() && err_t.is_finished()) && Instant::now() < deadline {
            thread::sleep(Duration::from_millis(10));
        }
        let o = if out_t.is_finished() { out_t.join().unwrap_or_default() } else { vec![] };
        let e = if err_t.is_finished() { err_t.join().unwrap_or_default() } else { vec![] };
        (o, e)
    } else {
        (out_t.join().unwrap_or_default(), err_t.join().unwrap_or_default())
    };
    Outcome { stdout, stderr, status, timed_out, spawn_error: None }
}

// ---------------------------------------------------------------------------
// Normalisation of run-dependent text (logger reports, pids).
//
// OTP's logger writes reports such as
//
//   =ERROR REPORT==== 22-Nov-2026::03:07:09.241932 ===
//   Error in process <0.80.0> with exit value:
//   {boom,[...]}
//   <empty line>
//
// The timestamp and the pid differ on every run, so before comparing, both
// the expected and the actual output are normalised:
//
// * stderr: every `=... REPORT==== <anything> ===` header line becomes
//   `=... REPORT==== <TIMESTAMP> ===`, and every pid `<A.B.C>` becomes
//   `<PID>`.
// * in both, inside report blocks, the numbers of a crash report's
//   `heap_size:`, `stack_size:` and `reductions:` lines become `<N>`
//   (see `normalise_process_sizes`), as do the sizes of a max_heap_size
//   report (`normalise_heap_sizes`), and so does the line number of a
//   stack frame in a module of ferl's own stdlib (`normalise_library_line`).
// * stdout: the same, but only inside report blocks (from a header line up
//   to and including the next empty line). escript's logger handler writes
//   to standard_io, so OTP 25 prints the reports of crashed processes on
//   stdout; the rest of stdout is compared exactly.
// ---------------------------------------------------------------------------

const TIMESTAMP_PLACEHOLDER: &[u8] = b"<TIMESTAMP>";
const PID_PLACEHOLDER: &[u8] = b"<PID>";

/// If `line` (without its newline) is a logger report header
/// `=WORDS REPORT==== ... ===`, returns it with the timestamp replaced.
fn normalise_report_header(line: &[u8]) -> Option<Vec<u8>> {
    const MID: &[u8] = b" REPORT==== ";
    const END: &[u8] = b" ===";
    if line.first() != Some(&b'=') {
        return None;
    }
    let mid = line.windows(MID.len()).position(|w| w == MID)?;
    let kind = &line[1..mid];
    if kind.is_empty() || !kind.iter().all(|c| c.is_ascii_uppercase() || *c == b' ') {
        return None;
    }
    let start = mid + MID.len();
    if line.len() < start + END.len() || !line.ends_with(END) {
        return None;
    }
    let mut out = line[..start].to_vec();
    out.extend_from_slice(TIMESTAMP_PLACEHOLDER);
    out.extend_from_slice(END);
    Some(out)
}

/// Replaces every pid `<A.B.C>` (A, B, C decimal) in `text` with `<PID>`.
fn normalise_pids(text: &[u8]) -> Vec<u8> {
    let mut out = Vec::with_capacity(text.len());
    let mut i = 0;
    while i < text.len() {
        if text[i] == b'<' {
            if let Some(len) = pid_len(&text[i..]) {
                out.extend_from_slice(PID_PLACEHOLDER);
                i += len;
                continue;
            }
        }
        out.push(text[i]);
        i += 1;
    }
    out
}

/// Length of a pid `<A.B.C>` at the start of `s`, if there is one.
fn pid_len(s: &[u8]) -> Option<usize> {
    let mut i = 1;
    for part in 0..3 {
        let start = i;
        while i < s.len() && s[i].is_ascii_digit() {
            i += 1;
        }
        if i == start || i >= s.len() {
            return None;
        }
        let want = if part < 2 { b'.' } else { b'>' };
        if s[i] != want {
            return None;
        }
        i += 1;
    }
    Some(i)
}

/// In a proc_lib crash report, the crasher's and neighbours' `heap_size`,
/// `stack_size` and `reductions` lines (`    heap_size: 233`) are VM
/// bookkeeping that no two VMs share: the number becomes `<N>`.
fn normalise_process_sizes(line: &[u8]) -> Vec<u8> {
    const KEYS: [&[u8]; 3] = [b"heap_size: ", b"stack_size: ", b"reductions: "];
    let indent = line.iter().take_while(|c| **c == b' ').count();
    let rest = &line[indent..];
    for key in KEYS {
        if let Some(num) = rest.strip_prefix(key) {
            if indent > 0 && !num.is_empty() && num.iter().all(u8::is_ascii_digit) {
                let mut out = line[..indent + key.len()].to_vec();
                out.extend_from_slice(b"<N>");
                return out;
            }
        }
    }
    line.to_vec()
}

/// In a `maximum heap size reached` report, the `Total Heap Size:` line
/// and the sizes in its `GC Info:` proplist (`{heap_size,4180}`) are the
/// VM's heap bookkeeping, which no two VMs share: the numbers become
/// `<N>`. The labels, keys, their order and the layout must still match.
fn normalise_heap_sizes(line: &[u8]) -> Vec<u8> {
    const TOTAL: &[u8] = b"     Total Heap Size:    ";
    if let Some(num) = line.strip_prefix(TOTAL) {
        if !num.is_empty() && num.iter().all(u8::is_ascii_digit) {
            return [TOTAL, b"<N>"].concat();
        }
    }
    let mut out = Vec::with_capacity(line.len());
    let mut i = 0;
    while i < line.len() {
        if line[i] == b'{' {
            let key_end = i + 1 + line[i + 1..].iter().take_while(|c| c.is_ascii_lowercase() || **c == b'_').count();
            let digits = line[key_end..].iter().skip(1).take_while(|c| c.is_ascii_digit()).count();
            let close = key_end + 1 + digits;
            if line[i + 1..key_end].ends_with(b"_size")
                && line.get(key_end) == Some(&b',')
                && digits > 0
                && line.get(close) == Some(&b'}')
            {
                out.extend_from_slice(&line[i..=key_end]);
                out.extend_from_slice(b"<N>}");
                i = close + 1;
                continue;
            }
        }
        out.push(line[i]);
        i += 1;
    }
    out
}

/// In a report's stack trace, a frame in one of OTP's own library modules
/// (`in function  gen_server:handle_common_reply/8 (gen_server.erl, line
/// 1241)`) names a line of OTP's source; ferl's stdlib is its own source,
/// so for modules that ferl's `stdlib/` provides the number becomes `<N>`.
/// The module, function and arity must still match.
fn normalise_library_line(line: &[u8]) -> Vec<u8> {
    const LINE: &[u8] = b".erl, line ";
    let text = line.trim_ascii_start();
    let is_frame = text.starts_with(b"in function ") || text.starts_with(b"in call from ");
    let Some(at) = line.windows(LINE.len()).rposition(|w| w == LINE) else { return line.to_vec() };
    let Some(open) = line[..at].iter().rposition(|&c| c == b'(') else { return line.to_vec() };
    let module = String::from_utf8_lossy(&line[open + 1..at]).into_owned();
    let digits = &line[at + LINE.len()..];
    let number_then_paren =
        digits.strip_suffix(b")").is_some_and(|d| !d.is_empty() && d.iter().all(u8::is_ascii_digit));
    if !is_frame || !number_then_paren || !stdlib_modules().contains(&module) {
        return line.to_vec();
    }
    let mut out = line[..at + LINE.len()].to_vec();
    out.extend_from_slice(b"<N>)");
    out
}

/// The modules ferl's `stdlib/` provides.
fn stdlib_modules() -> &'static Vec<String> {
    static MODULES: std::sync::OnceLock<Vec<String>> = std::sync::OnceLock::new();
    MODULES.get_or_init(|| {
        let dir = manifest_dir().join("stdlib");
        let names = fs::read_dir(dir).into_iter().flatten().filter_map(Result::ok);
        names.filter_map(|e| e.file_name().to_str()?.strip_suffix(".erl").map(str::to_string)).collect()
    })
}

/// Normalises one output stream (see the comment above). `everywhere`:
/// normalise pids on every line (stderr), or only inside report blocks
/// (stdout).
fn normalise(text: &[u8], everywhere: bool) -> Vec<u8> {
    let mut out = Vec::with_capacity(text.len());
    let mut in_report = false;
    for line in text.split_inclusive(|&c| c == b'\n') {
        let (body, nl) = match line.strip_suffix(b"\n") {
            Some(b) => (b, &b"\n"[..]),
            None => (line, &b""[..]),
        };
        let body = body.strip_suffix(b"\r").unwrap_or(body);
        let cr = &line[body.len()..line.len() - nl.len()];
        if let Some(h) = normalise_report_header(body) {
            out.extend_from_slice(&h);
            in_report = true;
        } else if everywhere || in_report {
            let body = normalise_process_sizes(body);
            let body = normalise_heap_sizes(&body);
            let body = normalise_library_line(&body);
            out.extend_from_slice(&normalise_pids(&body));
            if body.is_empty() {
                in_report = false;
            }
        } else {
            out.extend_from_slice(body);
        }
        out.extend_from_slice(cr);
        out.extend_from_slice(nl);
    }
    out
}

fn read_or_empty(p: &Path) -> Vec<u8> {
    fs::read(p).unwrap_or_default()
}

/// First differing lines of two texts, as a printable report.
fn diff_report(stream: &str, expected: &[u8], got: &[u8]) -> String {
    let exp = String::from_utf8_lossy(expected);
    let got_s = String::from_utf8_lossy(got);
    let e: Vec<&str> = exp.split_inclusive('\n').collect();
    let g: Vec<&str> = got_s.split_inclusive('\n').collect();
    let mut out = format!("  {stream} differs ({} lines expected, {} lines got):\n", e.len(), g.len());
    let mut shown = 0;
    for i in 0..e.len().max(g.len()) {
        let el = e.get(i).copied();
        let gl = g.get(i).copied();
        if el != gl {
            let show = |l: Option<&str>| match l {
                Some(s) => format!("{:?}", s),
                None => "<missing>".to_string(),
            };
            out.push_str(&format!("    line {}:\n", i + 1));
            out.push_str(&format!("      expected: {}\n", show(el)));
            out.push_str(&format!("      got:      {}\n", show(gl)));
            shown += 1;
            if shown >= MAX_DIFF_LINES {
                out.push_str("    ...\n");
                break;
            }
        }
    }
    out
}

/// Standard error without the note ferl ends a failing deterministic run
/// with (its seed and the command replaying it): ferl's own, not OTP's.
fn strip_replay_note(err: &[u8]) -> &[u8] {
    const NOTE: &[u8] = b"ferl: deterministic run failed with seed ";
    let starts = |i: usize| err[i..].starts_with(NOTE) && (i == 0 || err[i - 1] == b'\n');
    (0..err.len()).rev().find(|&i| starts(i)).map_or(err, |i| &err[..i])
}

/// Returns None when the case passes, otherwise a failure report.
fn check_case(bin: &Path, dir: &Path, name: &str) -> Option<String> {
    let exp_out = read_or_empty(&dir.join(format!("{name}.stdout")));
    let exp_err = read_or_empty(&dir.join(format!("{name}.stderr")));
    let exp_status: i32 =
        fs::read_to_string(dir.join(format!("{name}.status"))).ok().and_then(|s| s.trim().parse().ok()).unwrap_or(0);
    let o = run_case(bin, dir, name);
    if let Some(e) = o.spawn_error {
        return Some(format!("  {e}\n"));
    }
    let (exp_out, exp_err) = (normalise(&exp_out, false), normalise(&exp_err, true));
    let mut o = o;
    o.stdout = normalise(&o.stdout, false);
    o.stderr = normalise(strip_replay_note(&o.stderr), true);
    let mut report = String::new();
    if o.timed_out {
        report.push_str(&format!("  timed out after {} s (killed)\n", TIMEOUT.as_secs()));
    }
    if o.stdout != exp_out {
        report.push_str(&diff_report("stdout", &exp_out, &o.stdout));
    }
    if o.stderr != exp_err {
        report.push_str(&diff_report("stderr", &exp_err, &o.stderr));
    }
    if !o.timed_out && o.status != Some(exp_status) {
        let got = match o.status {
            Some(c) => c.to_string(),
            None => "killed by a signal".to_string(),
        };
        report.push_str(&format!("  exit status: expected {exp_status}, got {got}\n"));
    }
    if report.is_empty() {
        None
    } else {
        Some(report)
    }
}

fn load_known_failures(path: &Path) -> BTreeSet<String> {
    let text = fs::read_to_string(path).unwrap_or_default();
    text.lines()
        .map(|l| l.split('#').next().unwrap_or("").trim())
        .filter(|l| !l.is_empty())
        .map(|l| l.trim_end_matches(".erl").to_string())
        .collect()
}

fn main() {
    let root = manifest_dir();
    let dir = root.join("tests").join("cases");
    let bin = ferl_bin();
    let filters: Vec<String> = std::env::args().skip(1).filter(|a| !a.starts_with('-')).collect();
    let known = load_known_failures(&root.join("tests").join("known_failures.txt"));

    let mut names: Vec<String> = fs::read_dir(&dir)
        .unwrap_or_else(|e| panic!("cannot read {}: {e}", dir.display()))
        .filter_map(|e| e.ok())
        .filter_map(|e| {
            let p = e.path();
            if p.extension().and_then(|x| x.to_str()) == Some("erl") {
                p.file_stem().and_then(|s| s.to_str()).map(String::from)
            } else {
                None
            }
        })
        .filter(|n| filters.is_empty() || filters.iter().any(|f| n.contains(f.as_str())))
        .collect();
    names.sort();

    for k in &known {
        if !dir.join(format!("{k}.erl")).exists() {
            println!("warning: known_failures.txt lists {k}, which is not a case");
        }
    }

    let threads = thread::available_parallelism().map(|n| n.get()).unwrap_or(1).max(1);
    println!("running {} conformance cases on {} threads with {}", names.len(), threads, bin.display());

    let names = Arc::new(names);
    let next = Arc::new(AtomicUsize::new(0));
    // (name, failure report or None)
    let results: Arc<Mutex<Vec<(String, Option<String>)>>> = Arc::new(Mutex::new(Vec::new()));
    let mut handles = Vec::new();
    for _ in 0..threads {
        let names = Arc::clone(&names);
        let next = Arc::clone(&next);
        let results = Arc::clone(&results);
        let bin = bin.clone();
        let dir = dir.clone();
        handles.push(thread::spawn(move || loop {
            let i = next.fetch_add(1, Ordering::SeqCst);
            if i >= names.len() {
                break;
            }
            let name = &names[i];
            let r = check_case(&bin, &dir, name);
            results.lock().unwrap().push((name.clone(), r));
        }));
    }
    for h in handles {
        h.join().expect("worker thread panicked");
    }
    let mut results = Arc::try_unwrap(results).unwrap().into_inner().unwrap();
    results.sort_by(|a, b| a.0.cmp(&b.0));

    let (mut passed, mut failed, mut skipped) = (0usize, 0usize, 0usize);
    let mut failed_names = Vec::new();
    let mut now_passing = Vec::new();
    for (name, r) in &results {
        let is_known = known.contains(name);
        match (r, is_known) {
            (None, false) => passed += 1,
            (None, true) => {
                failed += 1;
                now_passing.push(name.clone());
                println!("FAIL {name}: now passes, remove it from known_failures.txt");
            }
            (Some(_), true) => skipped += 1,
            (Some(rep), false) => {
                failed += 1;
                failed_names.push(name.clone());
                print!("FAIL {name}\n{rep}");
            }
        }
    }
    if !failed_names.is_empty() {
        println!("\nfailed cases:");
        for n in &failed_names {
            println!("    {n}");
        }
    }
    if !now_passing.is_empty() {
        println!("\nnow passing (remove from tests/known_failures.txt):");
        for n in &now_passing {
            println!("    {n}");
        }
    }
    println!();
    println!("{passed} passed, {failed} failed, {skipped} skipped");
    if failed > 0 {
        std::process::exit(1);
    }
}
