//! The `ferl` command line. It owns argv, the environment and the exit
//! status; nothing below it exits the process.
//!
//! - `ferl [OPTIONS] FILE [ARGS]`: run an escript, as `escript FILE ARGS` would.
//! - `ferl -S FILE`: print the bytecode of a module (for debugging).
//!
//! Options (before FILE): `+S N` runs N scheduler threads;
//! `--deterministic[=SEED]` runs one scheduler in a fixed order with
//! virtual time (a SEED shuffles the order reproducibly). The environment
//! variables `FERL_SCHEDULERS`, `FERL_DETERMINISTIC` and `FERL_SEED` do the
//! same.

mod escript;

use ferl_vm::sched::Config;

fn usage() -> i32 {
    eprintln!("usage: ferl [+S N] [--deterministic[=SEED]] FILE [ARGS]   run an Erlang script (main/1)");
    eprintln!("       ferl -S FILE                                      print its bytecode");
    2
}

/// Scheduler settings from the environment, then the command line.
fn parse(mut args: &[String]) -> Result<(Config, &[String]), ()> {
    let env = |k: &str| std::env::var(k).ok();
    let mut cfg = Config {
        workers: env("FERL_SCHEDULERS")
            .and_then(|s| s.parse().ok())
            .unwrap_or_else(|| std::thread::available_parallelism().map_or(1, |n| n.get())),
        deterministic: env("FERL_DETERMINISTIC").is_some(),
        seed: env("FERL_SEED").and_then(|s| s.parse().ok()),
    };
    loop {
        match args {
            [flag, n, rest @ ..] if flag == "+S" => {
                cfg.workers = n.split(':').next().and_then(|n| n.parse().ok()).filter(|n| *n > 0).ok_or(())?;
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
            _ => return Ok((cfg, args)),
        }
    }
}

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    // The compiler and loader recurse over terms a little; give them room.
    let child = std::thread::Builder::new().stack_size(256 << 20).spawn(move || match parse(&args) {
        Ok((_, [flag, file])) if flag == "-S" => escript::disassemble(file),
        Ok((cfg, [file, rest @ ..])) if !file.starts_with('-') => escript::run(cfg, file, rest),
        _ => usage(),
    });
    let code = match child.map(|h| h.join()) {
        Ok(Ok(code)) => code,
        _ => 70,
    };
    std::process::exit(code);
}
