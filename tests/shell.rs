//! Tests of `ferl` as `erl`: the command-line modes, piped stdin, and the
//! shell through a pseudo-terminal. Expected outputs are transcripts from
//! real `erl`/`erlc`, captured by this same harness (`tests/shell/capture.sh`
//! runs it with `FERL_SHELL_CAPTURE=1`), so CI needs no Erlang.
//!
//! Cases in `tests/shell/`:
//! - `cli_NAME.args`: one argument a line; `.stdout`, `.stderr`, `.status`.
//!   A `-c FILE` case is captured from `erlc FILE`.
//! - `pipe_NAME.in`: fed to `ferl` (no arguments) on stdin; `.stdout`
//!   (pids read `<PID>`).
//! - `pty_NAME.keys`: lines typed at the shell's prompt, each sent once
//!   the next prompt shows (`^C` and `^D` send those keys; a line typed
//!   as `... TEXT` continues the expression of the line before); `.screen` is
//!   the session's text with terminal control sequences removed.
//!
//! Nothing sleeps: every step waits for the text it needs, under a
//! generous deadline.

use portable_pty::{native_pty_system, CommandBuilder, PtySize};
use std::io::{Read, Write};
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::sync::mpsc::{channel, Receiver};
use std::time::{Duration, Instant};

const DEADLINE: Duration = Duration::from_secs(60);

fn dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/shell")
}

fn capturing() -> bool {
    std::env::var_os("FERL_SHELL_CAPTURE").is_some()
}

fn ferl() -> PathBuf {
    Path::new(env!("CARGO_BIN_EXE_ferl")).to_path_buf()
}

fn cases(prefix: &str, ext: &str) -> Vec<PathBuf> {
    let mut v: Vec<PathBuf> =
        std::fs::read_dir(dir()).map(|d| d.flatten().map(|e| e.path()).collect()).unwrap_or_default();
    v.retain(|p| {
        let name = p.file_name().and_then(|n| n.to_str()).unwrap_or("");
        name.starts_with(prefix) && name.ends_with(ext)
    });
    v.sort();
    v
}

/// Compares with the expected file, or writes it when capturing.
fn check(case: &Path, ext: &str, got: &str, failures: &mut Vec<String>) {
    let file = case.with_extension(ext);
    if capturing() {
        std::fs::write(&file, got).expect("write expected output");
        return;
    }
    let want = std::fs::read_to_string(&file).unwrap_or_default();
    if want != got {
        failures.push(format!("{}:\n--- expected\n{want}\n--- got\n{got}", file.display()));
    }
}

fn report(failures: Vec<String>) {
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

/// Runs a command in tests/shell with stdin from `input`, under the deadline.
fn run(mut cmd: Command, input: &[u8]) -> (String, String, i32) {
    cmd.current_dir(dir()).stdin(Stdio::piped()).stdout(Stdio::piped()).stderr(Stdio::piped());
    let mut child = cmd.spawn().expect("start the command");
    if let Some(mut stdin) = child.stdin.take() {
        let _ = stdin.write_all(input);
    }
    let start = Instant::now();
    loop {
        if let Ok(Some(_)) = child.try_wait() {
            break;
        }
        if start.elapsed() > DEADLINE {
            let _ = child.kill();
            break;
        }
        // Polling the child's state, not waiting for anything to happen.
        std::thread::sleep(Duration::from_millis(20));
    }
    let out = child.wait_with_output().expect("collect output");
    let text = |b: &[u8]| String::from_utf8_lossy(b).into_owned();
    (text(&out.stdout), text(&out.stderr), out.status.code().unwrap_or(-1))
}

#[test]
fn cli_modes() {
    let mut failures = Vec::new();
    for case in cases("cli_", ".args") {
        let args: Vec<String> = std::fs::read_to_string(&case).unwrap_or_default().lines().map(String::from).collect();
        let cmd = if capturing() && args.first().map(String::as_str) == Some("-c") {
            let mut c = Command::new("erlc");
            c.args(&args[1..]);
            c
        } else {
            let mut c = Command::new(if capturing() { PathBuf::from("erl") } else { ferl() });
            c.args(&args);
            c
        };
        let (out, err, status) = run(cmd, b"");
        let _ = std::fs::remove_file(dir().join("erl_crash.dump"));
        check(&case, "stdout", &out, &mut failures);
        check(&case, "stderr", &err, &mut failures);
        check(&case, "status", &format!("{status}\n"), &mut failures);
    }
    report(failures);
}

#[test]
fn piped_stdin() {
    let mut failures = Vec::new();
    for case in cases("pipe_", ".in") {
        let input = std::fs::read(&case).unwrap_or_default();
        let program = if capturing() { PathBuf::from("erl") } else { ferl() };
        let (out, _err, _status) = run(Command::new(program), &input);
        check(&case, "stdout", &without_pids(&out), &mut failures);
    }
    report(failures);
}

/// Text as a reader sees it: no escape sequences, carriage returns or
/// bells; the system banner (erl's first lines) dropped.
fn screen_text(raw: &str) -> String {
    let mut out = String::new();
    let mut chars = raw.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '\x1b' => {
                if chars.peek() == Some(&'[') {
                    chars.next();
                    // Parameters, then one final byte in @..~.
                    for c in chars.by_ref() {
                        if ('@'..='~').contains(&c) {
                            break;
                        }
                    }
                } else {
                    chars.next();
                }
            }
            '\r' | '\x07' => {}
            c => out.push(c),
        }
    }
    match out.find("Eshell") {
        Some(i) => out[i..].to_string(),
        None => out,
    }
}

/// The session's output so far, read by a thread so that waits can time out.
struct Session {
    rx: Receiver<Vec<u8>>,
    seen: String,
}

impl Session {
    /// Waits until `text` appears after `from`; the index just past it.
    fn wait_for(&mut self, text: &str, from: usize) -> Result<usize, String> {
        let start = Instant::now();
        loop {
            let plain = screen_text(&self.seen);
            if let Some(i) = plain[from.min(plain.len())..].find(text) {
                return Ok(from + i + text.len());
            }
            let left =
                DEADLINE.checked_sub(start.elapsed()).ok_or_else(|| format!("timed out waiting for {text:?}"))?;
            match self.rx.recv_timeout(left) {
                Ok(bytes) => self.seen.push_str(&String::from_utf8_lossy(&bytes)),
                Err(_) => return Err(format!("no {text:?} before the end; got {plain:?}")),
            }
        }
    }

    /// Reads until the program closes the terminal.
    fn drain(&mut self) {
        while let Ok(bytes) = self.rx.recv_timeout(DEADLINE) {
            self.seen.push_str(&String::from_utf8_lossy(&bytes));
        }
    }
}

/// Pids differ between runs and between erl and ferl: `<0.88.0>` reads `<PID>`.
fn without_pids(text: &str) -> String {
    let mut out = String::new();
    let mut rest = text;
    while let Some(i) = rest.find('<') {
        out.push_str(&rest[..i]);
        let tail = &rest[i + 1..];
        let end = tail.find('>').unwrap_or(0);
        let inner = &tail[..end];
        let parts: Vec<&str> = inner.split('.').collect();
        if end > 0 && parts.len() == 3 && parts.iter().all(|p| !p.is_empty() && p.bytes().all(|b| b.is_ascii_digit())) {
            out.push_str("<PID>");
            rest = &tail[end + 1..];
        } else {
            out.push('<');
            rest = tail;
        }
    }
    out.push_str(rest);
    out
}

/// Runs one session in a scratch directory of its own (sessions write files).
fn pty_session(name: &str, keys: &str) -> Result<String, String> {
    let scratch = std::env::temp_dir().join(format!("ferl_pty_{}_{name}", std::process::id()));
    let _ = std::fs::remove_dir_all(&scratch);
    std::fs::create_dir_all(&scratch).map_err(|e| e.to_string())?;
    // The line history goes beside the directory, not in it (a session may
    // list its directory), and only this session reads it.
    let history = scratch.with_extension("history");
    let _ = std::fs::remove_file(&history);
    let result = pty_session_in(&scratch, &history, keys);
    let _ = std::fs::remove_dir_all(&scratch);
    let _ = std::fs::remove_file(&history);
    result
}

fn pty_session_in(cwd: &Path, history: &Path, keys: &str) -> Result<String, String> {
    let pty = native_pty_system();
    let pair =
        pty.openpty(PtySize { rows: 40, cols: 120, pixel_width: 0, pixel_height: 0 }).map_err(|e| e.to_string())?;
    let mut cmd = CommandBuilder::new(if capturing() { PathBuf::from("erl") } else { ferl() });
    cmd.cwd(cwd);
    cmd.env("FERL_HISTORY", history);
    cmd.env("TERM", "xterm");
    let mut child = pair.slave.spawn_command(cmd).map_err(|e| e.to_string())?;
    drop(pair.slave);
    let mut reader = pair.master.try_clone_reader().map_err(|e| e.to_string())?;
    let mut writer = pair.master.take_writer().map_err(|e| e.to_string())?;
    let (tx, rx) = channel();
    std::thread::spawn(move || {
        let mut buf = [0u8; 4096];
        while let Ok(n) = reader.read(&mut buf) {
            if n == 0 || tx.send(buf[..n].to_vec()).is_err() {
                break;
            }
        }
    });
    let mut s = Session { rx, seen: String::new() };
    let mut at = s.wait_for("1> ", 0)?;
    let lines: Vec<&str> = keys.lines().collect();
    let mut prompt = 1;
    for (n, line) in lines.iter().enumerate() {
        // A line typed after `... ` continues the expression: no new prompt
        // number follows it, only its echo.
        let text = line.strip_prefix("... ").unwrap_or(line);
        let bytes: Vec<u8> = match text {
            "^C" => vec![3],
            "^D" => vec![4],
            l => format!("{l}\r").into_bytes(),
        };
        writer.write_all(&bytes).map_err(|e| e.to_string())?;
        let _ = writer.flush();
        if text == "^C" {
            at = s.wait_for("(d)istribution\n", at)?;
            continue;
        }
        let next_continues = lines.get(n + 1).is_some_and(|l| l.starts_with("... "));
        if next_continues {
            // The line, then the prompt again for the next one.
            at = s.wait_for(&format!("{text}\n{prompt}> "), at)?;
        } else if n + 1 < lines.len() {
            prompt += 1;
            at = s.wait_for(&format!("{prompt}> "), at)?;
        }
    }
    s.drain();
    let _ = child.kill();
    Ok(without_pids(&screen_text(&s.seen)))
}

#[test]
fn terminal_sessions() {
    let mut failures = Vec::new();
    for case in cases("pty_", ".keys") {
        let keys = std::fs::read_to_string(&case).unwrap_or_default();
        let name = case.file_stem().and_then(|n| n.to_str()).unwrap_or("session");
        match pty_session(name, &keys) {
            Ok(text) => check(&case, "screen", &text, &mut failures),
            Err(e) => failures.push(format!("{}: {e}", case.display())),
        }
    }
    report(failures);
}
