//! The `ferl` command line. It owns argv, the environment and the exit
//! status; nothing below it exits the process.
//!
//! - `ferl FILE [ARGS]`: run an escript, as `escript FILE ARGS` would.
//! - `ferl -S FILE`: print the bytecode of a module (for debugging).

mod escript;

fn usage() -> i32 {
    eprintln!("usage: ferl FILE [ARGS]   run an Erlang script (main/1)");
    2
}

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    // The compiler and loader recurse over terms a little; give them room.
    let child = std::thread::Builder::new().stack_size(256 << 20).spawn(move || match args.split_first() {
        Some((file, rest)) if !file.starts_with('-') => escript::run(file, rest),
        Some((flag, [file])) if flag == "-S" => escript::disassemble(file),
        _ => usage(),
    });
    let code = match child.map(|h| h.join()) {
        Ok(Ok(code)) => code,
        _ => 70,
    };
    std::process::exit(code);
}
