//! The rest of OTP's `os` module that needs the operating system: `cmd/1,2`,
//! the environment (`getenv/0`, `env/0`, `putenv/2`, `unsetenv/1`),
//! `perf_counter/0,1`, `version/0` and `find_executable/1,2`. (`getpid`,
//! `getenv/1,2` and `type` are in `system.rs`, the clocks in `time.rs`.)

use super::file::name_term;
use super::Bif;
use crate::exception::{BifResult, Exception};
use crate::process::Process;
use crate::term::{atoms, Atom, Term};
use std::ffi::OsString;
use std::os::unix::ffi::{OsStrExt, OsStringExt};

pub(crate) const BIFS: &[Bif] = &[
    Bif::new("os", "cmd", 1, cmd),
    Bif::new("os", "cmd", 2, cmd),
    Bif::new("os", "getenv", 0, getenv0),
    Bif::new("os", "env", 0, env0),
    Bif::new("os", "putenv", 2, putenv),
    Bif::new("os", "unsetenv", 1, unsetenv),
    Bif::new("os", "perf_counter", 0, perf_counter0),
    Bif::new("os", "perf_counter", 1, perf_counter1),
    Bif::new("os", "version", 0, version),
    Bif::new("os", "find_executable", 1, find_executable1),
    Bif::new("os", "find_executable", 2, find_executable2),
];

/// A deep list of characters flattened, or what is wrong with it in
/// erl_kernel_errors' words (error_format/kernel.rs explains os errors
/// with it).
pub(crate) fn deep_chars(t: Term) -> Result<String, &'static str> {
    if !t.is_list() {
        return Err("not a list");
    }
    let mut out = String::new();
    let mut bad = false;
    let mut stack = vec![t];
    while let Some(t) = stack.pop() {
        if t.is_nil() {
            continue;
        }
        let Some((h, tl)) = t.as_cons() else { return Err("not a proper list") };
        stack.push(tl);
        if h.is_list() {
            stack.push(h);
        } else if let Some(c) = h.as_small() {
            match u32::try_from(c).ok().and_then(char::from_u32) {
                Some(c) => out.push(c),
                None => bad = true,
            }
        } else {
            return Err("not a list of characters");
        }
    }
    if bad {
        return Err("invalid characters");
    }
    Ok(out)
}

/// A deep list of characters as OS bytes (characters above 255 in
/// UTF-8, as OTP encodes file names and commands).
fn os_text(t: Term) -> Option<Vec<u8>> {
    deep_chars(t).ok().map(String::into_bytes)
}

/// A command: an atom or a deep list of characters, without NUL.
fn command_text(t: Term) -> Option<Vec<u8>> {
    let bytes = match t.as_atom() {
        Some(a) => a.name().as_bytes().to_vec(),
        None => os_text(t)?,
    };
    (!bytes.contains(&0)).then_some(bytes)
}

/// `os:cmd(Command[, Options])`: runs the command with `/bin/sh -c` and
/// returns what it wrote to standard output (its standard error goes
/// where ferl's goes). `max_size` in the options caps the bytes kept.
fn cmd(p: &mut Process, args: &[Term]) -> BifResult {
    let mut max = usize::MAX;
    if let Some(&opts) = args.get(1) {
        let m = opts.as_map().ok_or_else(Exception::badarg)?;
        if let Some(v) = m.get(Term::atom(Atom::intern("max_size"))) {
            match (v.as_small(), v.as_atom().map(|a| a.name())) {
                (Some(n), _) if n >= 0 => max = n as usize,
                (_, Some("infinity")) => {}
                _ => return Err(Exception::badarg()),
            }
        }
    }
    let command = command_text(args[0]).ok_or_else(Exception::badarg)?;
    let out = std::process::Command::new("/bin/sh")
        .arg("-c")
        .arg(OsString::from_vec(command))
        .stdin(std::process::Stdio::null())
        .stderr(std::process::Stdio::inherit())
        .output();
    let mut bytes = match out {
        Ok(o) => o.stdout,
        Err(_) => Vec::new(),
    };
    bytes.truncate(max);
    Ok(name_term(p, &bytes))
}

/// `os:getenv()`: every variable as "NAME=VALUE", in the environment's order.
fn getenv0(p: &mut Process, _: &[Term]) -> BifResult {
    let mut items = Vec::new();
    for (k, v) in std::env::vars_os() {
        let mut b = k.as_bytes().to_vec();
        b.push(b'=');
        b.extend_from_slice(v.as_bytes());
        items.push(name_term(p, &b));
    }
    Ok(p.heap.list(&items))
}

/// `os:env()`: every variable as {Name, Value}.
fn env0(p: &mut Process, _: &[Term]) -> BifResult {
    let mut items = Vec::new();
    for (k, v) in std::env::vars_os() {
        let k = name_term(p, k.as_bytes());
        let v = name_term(p, v.as_bytes());
        items.push(p.heap.tuple2(k, v));
    }
    Ok(p.heap.list(&items))
}

fn env_name(t: Term) -> Result<OsString, Exception> {
    let b = os_text(t).ok_or_else(Exception::badarg)?;
    if b.is_empty() || b.contains(&b'=') || b.contains(&0) {
        return Err(Exception::badarg());
    }
    Ok(OsString::from_vec(b))
}

/// Environment changes go through one lock so two processes do not
/// change it at once (the C library's environment is not thread-safe).
static ENV_LOCK: std::sync::Mutex<()> = std::sync::Mutex::new(());

fn putenv(_p: &mut Process, args: &[Term]) -> BifResult {
    let name = env_name(args[0])?;
    let value = os_text(args[1]).filter(|v| !v.contains(&0)).ok_or_else(Exception::badarg)?;
    let _guard = ENV_LOCK.lock().unwrap_or_else(|e| e.into_inner());
    std::env::set_var(name, OsString::from_vec(value));
    Ok(Term::atom(atoms::true_))
}

fn unsetenv(_p: &mut Process, args: &[Term]) -> BifResult {
    let name = env_name(args[0])?;
    let _guard = ENV_LOCK.lock().unwrap_or_else(|e| e.into_inner());
    std::env::remove_var(name);
    Ok(Term::atom(atoms::true_))
}

/// Nanoseconds from an arbitrary start (OTP's perf counter unit on Linux);
/// the virtual clock in deterministic mode, so that replays match.
fn perf_ns(p: &Process) -> i128 {
    if p.vm.sched.deterministic {
        return p.vm.sched.clock_ns() + 1_000_000_000;
    }
    static START: std::sync::OnceLock<std::time::Instant> = std::sync::OnceLock::new();
    let start = *START.get_or_init(std::time::Instant::now);
    // An offset so that the counter does not start at zero.
    start.elapsed().as_nanos() as i128 + 1_000_000_000
}

fn perf_counter0(p: &mut Process, _: &[Term]) -> BifResult {
    let ns = perf_ns(p);
    Ok(p.heap.int128(ns))
}

/// `os:perf_counter(Unit)`: the counter in `Unit` (a time unit or a
/// number of parts per second).
fn perf_counter1(p: &mut Process, args: &[Term]) -> BifResult {
    let per_sec = super::time::per_second(args[0]).ok_or_else(Exception::badarg)?;
    let ns = perf_ns(p);
    Ok(p.heap.int128(super::time::convert(ns, per_sec)))
}

/// `os:version()`: the kernel release as {Major, Minor, Release}.
fn version(p: &mut Process, _: &[Term]) -> BifResult {
    let release = std::fs::read_to_string("/proc/sys/kernel/osrelease").unwrap_or_default();
    let mut parts = release.trim().split(|c: char| !c.is_ascii_digit()).filter(|s| !s.is_empty());
    let mut num = || parts.next().and_then(|s| s.parse::<i64>().ok()).unwrap_or(0);
    let (a, b, c) = (num(), num(), num());
    Ok(p.heap.tuple(&[Term::int(a), Term::int(b), Term::int(c)]))
}

fn find_executable1(p: &mut Process, args: &[Term]) -> BifResult {
    let path = std::env::var_os("PATH").unwrap_or_default();
    find_in(p, args[0], path.as_bytes())
}

fn find_executable2(p: &mut Process, args: &[Term]) -> BifResult {
    let path = os_text(args[1]).ok_or_else(Exception::badarg)?;
    find_in(p, args[0], &path)
}

/// The first directory of `path` (colon-separated) holding an executable
/// regular file `name`; a name with a slash is looked up as it is.
fn find_in(p: &mut Process, name: Term, path: &[u8]) -> BifResult {
    use std::os::unix::fs::PermissionsExt;
    let name = os_text(name).ok_or_else(Exception::badarg)?;
    let runnable =
        |f: &std::path::Path| std::fs::metadata(f).is_ok_and(|m| m.is_file() && m.permissions().mode() & 0o111 != 0);
    let candidates: Vec<Vec<u8>> = if name.contains(&b'/') {
        vec![name.clone()]
    } else {
        path.split(|&b| b == b':')
            .map(|dir| {
                let mut f = if dir.is_empty() { b".".to_vec() } else { dir.to_vec() };
                f.push(b'/');
                f.extend_from_slice(&name);
                f
            })
            .collect()
    };
    for c in candidates {
        let f = std::path::PathBuf::from(OsString::from_vec(c.clone()));
        if runnable(&f) {
            let full = if f.is_absolute() {
                c
            } else {
                let cwd = std::env::current_dir().unwrap_or_default();
                cwd.join(&f).into_os_string().into_vec()
            };
            return Ok(name_term(p, &full));
        }
    }
    Ok(Term::atom(atoms::false_))
}
