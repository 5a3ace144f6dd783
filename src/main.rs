//! The `ferl` command line. It owns argv, the environment and the exit
//! status; nothing below it exits the process.
//!
//! - `ferl [OPTIONS] FILE [ARGS]`: run an escript, as `escript FILE ARGS` would.
//! - `ferl -S FILE`: print the bytecode of a module (for debugging).
//! - `ferl [OPTIONS]` with no FILE: boot like `erl` (see `cli.rs` for
//!   `-eval`, `-s`, `-run`, `-noshell`, `-c`, `-sname`): the shell, unless
//!   `-noshell`.
//! - `ferl relup check ...`: ferl's upgrade checker (`relup_cmd.rs`).
//! - `ferl remote NODE 'Expr.'`: evaluate on a running named node
//!   (`remote_cmd.rs`).
//!
//! Options (before FILE): `-pa DIR` / `-pz DIR` add DIR to the front / back
//! of the code path; `-root DIR` is the release root (`code:root_dir()`,
//! where the release handler finds `releases/` and `lib/`; default
//! `$FERL_ROOT`, else the current directory); `+S N` runs N scheduler threads;
//! `+P N` allows N processes alive at once (rounded up as erl does);
//! `--deterministic[=SEED]` runs one scheduler in a fixed order with
//! virtual time (a SEED other than 0 shuffles the order reproducibly). The
//! environment variables `FERL_SCHEDULERS`, `FERL_DETERMINISTIC` and
//! `FERL_SEED` do the same. A deterministic run that fails (a status other
//! than 0, a Rust panic anywhere, a process ended by the VM with
//! `ferl_internal_error`, or an abort: `abort_note.rs`) ends by
//! printing its seed on standard error with the command that replays it
//! byte for byte.

mod abort_note;
mod boot;
mod cli;
mod escript;
mod relup_cmd;
mod remote_cmd;
mod tty;

// Processes allocate and free message fragments and heap blocks from
// different threads; mimalloc's per-thread free lists make that cheap where
// glibc's arenas contend (4x slower message round trips on two cores).
#[global_allocator]
static ALLOC: mimalloc::MiMalloc = mimalloc::MiMalloc;

use ferl_vm::sched::Config;

fn usage() -> i32 {
    eprintln!("usage: ferl [-pa DIR] [-pz DIR] [-root DIR] [+S N] [+P N] [--deterministic[=SEED]] FILE [ARGS]   run a script (main/1)");
    eprintln!("       ferl -S FILE                                      print its bytecode");
    eprintln!("       ferl [-noshell] [-eval EXPR] [-s|-run MOD [FUN [ARGS]]] [-c FILE]   like erl");
    eprintln!("       ferl relup check ...                              check an upgrade (relup_check)");
    eprintln!("       ferl remote NODE 'Expr.'                          evaluate on a running node (-sname NODE)");
    2
}

/// Options of a run: scheduler settings and code path additions.
#[derive(Clone)]
pub struct Options {
    pub sched: Config,
    /// `-pa DIR`: searched before the current directory.
    pub pa: Vec<String>,
    /// `-pz DIR`: searched after it.
    pub pz: Vec<String>,
    /// `-root DIR` or `$FERL_ROOT`: `code:root_dir()`.
    pub root: Option<String>,
    /// `+P N`: the most processes alive at once.
    pub process_limit: Option<usize>,
}

impl Options {
    /// The VM this run uses.
    pub fn vm(&self) -> ferl_vm::vm::Vm {
        let mut vm = ferl_vm::vm::Vm::with_config(self.sched);
        if let Some(n) = self.process_limit {
            vm.procs.limit = n;
        }
        vm
    }
}

/// `+P N` as erl takes it: at least 1,024, rounded up to a power of two
/// (`erlang:system_info(process_limit)` then reports that).
pub fn process_limit(n: &str) -> Option<usize> {
    let n: usize = n.parse().ok()?;
    (n <= 134_217_727).then(|| n.max(1024).next_power_of_two())
}

/// A root directory as an absolute name, as OTP's root always is.
pub fn absolute_root(dir: &str) -> String {
    let path = std::path::Path::new(dir);
    if path.is_absolute() {
        return dir.to_string();
    }
    std::env::current_dir().map(|d| d.join(path).to_string_lossy().into_owned()).unwrap_or_else(|_| dir.to_string())
}

/// Settings from the environment, then the command line.
fn parse(mut args: &[String]) -> Result<(Options, &[String]), ()> {
    let env = |k: &str| std::env::var(k).ok();
    let mut cfg = Config {
        workers: env("FERL_SCHEDULERS")
            .and_then(|s| s.parse().ok())
            .unwrap_or_else(|| std::thread::available_parallelism().map_or(1, |n| n.get())),
        deterministic: env("FERL_DETERMINISTIC").is_some(),
        seed: env("FERL_SEED").and_then(|s| s.parse().ok()),
    };
    let (mut pa, mut pz) = (Vec::new(), Vec::new());
    let mut root = env("FERL_ROOT").filter(|r| !r.is_empty()).map(|r| absolute_root(&r));
    let mut limit = None;
    loop {
        match args {
            [flag, dir, rest @ ..] if flag == "-pa" => {
                pa.push(dir.clone());
                args = rest;
            }
            [flag, dir, rest @ ..] if flag == "-pz" => {
                pz.push(dir.clone());
                args = rest;
            }
            [flag, dir, rest @ ..] if flag == "-root" => {
                root = Some(absolute_root(dir));
                args = rest;
            }
            [flag, n, rest @ ..] if flag == "+S" => {
                cfg.workers = n.split(':').next().and_then(|n| n.parse().ok()).filter(|n| *n > 0).ok_or(())?;
                args = rest;
            }
            [flag, n, rest @ ..] if flag == "+P" => {
                limit = Some(process_limit(n).ok_or(())?);
                args = rest;
            }
            [flag, rest @ ..] if flag == "--deterministic" => {
                cfg.deterministic = true;
                args = rest;
            }
            [flag, rest @ ..] if flag.starts_with("--deterministic=") => {
                cfg.deterministic = true;
                cfg.seed = Some(flag["--deterministic=".len()..].parse().map_err(|_| ())?);
                args = rest;
            }
            _ => return Ok((Options { sched: cfg, pa, pz, root, process_limit: limit }, args)),
        }
    }
}

/// mimalloc's `mi_option_arena_eager_commit` and `mi_option_purge_delay`
/// (libmimalloc-sys names only some of its options). Committing arenas up
/// front and holding freed pages back both add resident memory (10 MB for
/// hello.erl instead of 8.5) for no gain measurable in benches/.
const MI_OPTION_ARENA_EAGER_COMMIT: libmimalloc_sys::mi_option_t = 4;
const MI_OPTION_PURGE_DELAY: libmimalloc_sys::mi_option_t = 15;

/// Sets mimalloc's options before anything allocates: Rust's runtime
/// allocates before `main`, so this runs from `.init_array`, as a C
/// constructor would.
extern "C" fn configure_allocator() {
    // SAFETY: setting an option is a plain store mimalloc allows at any time.
    unsafe {
        libmimalloc_sys::mi_option_set(MI_OPTION_ARENA_EAGER_COMMIT, 0);
        libmimalloc_sys::mi_option_set(MI_OPTION_PURGE_DELAY, 0);
    }
}

#[used]
#[cfg_attr(target_os = "linux", link_section = ".init_array")]
static CONFIGURE_ALLOCATOR: extern "C" fn() = configure_allocator;

/// The command that replays a deterministic run: the same arguments, with
/// its seed as `--deterministic=SEED` first, quoted for a POSIX shell.
fn replay_command(program: &str, seed: u64, options: &[String], rest: &[String]) -> String {
    let deterministic = |a: &String| a == "--deterministic" || a.starts_with("--deterministic=");
    let mut words = vec![program.to_string(), format!("--deterministic={seed}")];
    words.extend(options.iter().filter(|a| !deterministic(a)).cloned());
    words.extend(rest.iter().cloned());
    words.iter().map(|w| shell_quote(w)).collect::<Vec<_>>().join(" ")
}

/// `word` as a shell reads it back: unchanged if it is plain, else in
/// single quotes (a quote inside becomes `'\''`).
fn shell_quote(word: &str) -> String {
    let plain = |c: char| c.is_ascii_alphanumeric() || "_-./=+:,@%".contains(c);
    if !word.is_empty() && word.chars().all(plain) {
        word.to_string()
    } else {
        format!("'{}'", word.replace('\'', "'\\''"))
    }
}

/// Set by the panic hook of a deterministic run.
static PANICKED: std::sync::atomic::AtomicBool = std::sync::atomic::AtomicBool::new(false);

/// What a failing deterministic run prints last: its seed, and on a line
/// of its own the command to paste to replay it.
fn replay_note(args: &[String]) -> Option<String> {
    let (opts, rest) = parse(args).ok()?;
    // Only a program's run: `relup`, `remote` and `-S` run no processes of
    // the user's.
    let tool = matches!(rest.first().map(String::as_str), Some("relup" | "remote" | "-S"));
    if !opts.sched.deterministic || tool {
        return None;
    }
    let seed = opts.sched.seed.unwrap_or(0);
    let options = &args[..args.len() - rest.len()];
    let program = std::env::args().next().unwrap_or_else(|| "ferl".to_string());
    Some(format!(
        "ferl: deterministic run failed with seed {seed}; to replay it:\n{}",
        replay_command(&program, seed, options, rest)
    ))
}

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let replay = replay_note(&args);
    if let Some(note) = &replay {
        abort_note::install(note);
        // A panic anywhere (a process's is caught and ends only that
        // process, so the run may still end with status 0) is a VM bug:
        // the run counts as failed and gets its note.
        let default_hook = std::panic::take_hook();
        std::panic::set_hook(Box::new(move |info| {
            PANICKED.store(true, std::sync::atomic::Ordering::SeqCst);
            default_hook(info);
        }));
    }
    // The compiler and loader recurse over terms a little; give them room.
    let child = std::thread::Builder::new().stack_size(256 << 20).spawn(move || match parse(&args) {
        Ok((_, [flag, file])) if flag == "-S" => escript::disassemble(file),
        Ok((opts, [cmd, rest @ ..])) if cmd == "relup" => relup_cmd::run(opts, rest),
        Ok((_, [cmd, rest @ ..])) if cmd == "remote" => remote_cmd::run(rest),
        Ok((opts, [file, rest @ ..])) if !file.starts_with('-') => escript::run(opts, file, rest),
        Ok((opts, rest)) => match cli::parse(rest) {
            Ok(erl) => boot::run(opts, erl),
            Err(why) => {
                eprintln!("ferl: {why}");
                usage()
            }
        },
        _ => usage(),
    });
    let code = match child.map(|h| h.join()) {
        Ok(Ok(code)) => code,
        _ => 70,
    };
    let failed =
        code != 0 || PANICKED.load(std::sync::atomic::Ordering::SeqCst) || ferl_vm::interp::internal_error_seen();
    if let (Some(note), true) = (replay, failed) {
        if !abort_note::WRITTEN.swap(true, std::sync::atomic::Ordering::SeqCst) {
            eprintln!("{note}");
        }
    }
    std::process::exit(code);
}

#[cfg(test)]
mod tests {
    use super::{process_limit, replay_command};

    #[test]
    fn replay_command_puts_the_seed_first_and_quotes() {
        let s = |v: &[&str]| v.iter().map(|a| a.to_string()).collect::<Vec<_>>();
        let options = s(&["-pa", "ebin", "--deterministic=3", "--deterministic"]);
        let rest = s(&["race.erl", "a b", "it's"]);
        assert_eq!(
            replay_command("ferl", 3, &options, &rest),
            "ferl --deterministic=3 -pa ebin race.erl 'a b' 'it'\\''s'"
        );
    }

    #[test]
    fn process_limit_rounds_as_erl() {
        assert_eq!(process_limit("1000000"), Some(1 << 20));
        assert_eq!(process_limit("10"), Some(1024));
        assert_eq!(process_limit("262144"), Some(262_144));
        assert_eq!(process_limit("x"), None);
        assert_eq!(process_limit("200000000"), None);
    }
}
