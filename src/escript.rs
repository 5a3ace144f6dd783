//! `ferl FILE ARGS`: runs an escript the way OTP's `escript` does in
//! compiled mode — same output, same error texts, same exit status.

use ferl_compiler::diagnostic::{Diagnostic, Severity};
use ferl_vm::error_format::format_exception;
use ferl_vm::interp::{self, Exit};
use ferl_vm::process::Process;
use ferl_vm::sched::{self, Outcome};
use ferl_vm::term::Atom;
use ferl_vm::vm::Vm;
use std::sync::Arc;

/// escript's exit status for a crash or a compilation error.
const ESCRIPT_ERROR: i32 = 127;

/// The module name escript gives a script (`t_erl__escript__...`); OTP
/// fills the numbers from the OS; ferl keeps them fixed.
fn script_module_name(path: &str) -> String {
    let base = std::path::Path::new(path).file_stem().and_then(|s| s.to_str()).unwrap_or("script");
    format!("{base}_erl__escript__0__0__0__0")
}

/// Drops escript's header line (line 1, whatever it holds, as escript
/// does) and names the module when the script does not, keeping every
/// other line where it was.
fn prepare_source(src: &str, module: &str) -> String {
    let mut lines: Vec<String> = src.split('\n').map(str::to_string).collect();
    // A `#!` line keeps its place; any other first line is dropped, so
    // the lines after it count from 1.
    if lines[0].starts_with("#!") {
        lines[0].clear();
    } else {
        lines.remove(0);
        if lines.is_empty() {
            lines.push(String::new());
        }
    }
    let named = lines.iter().any(|l| l.trim_start().starts_with("-module("));
    if !named {
        lines[0] = format!("-module('{module}'). {}", lines[0]);
    }
    lines.join("\n")
}

/// Compiles the script as escript does: parse errors go to stderr as bare
/// headlines; lint errors and warnings go to stdout with the source line.
fn compile(vm: &Arc<Vm>, path: &str, src: &str) -> Option<ferl_compiler::bytecode::Module> {
    let mut module = match ferl_compiler::parser::parse_module(path, src, &[]) {
        Ok((m, _)) => m,
        Err(diags) => {
            let mut text = String::new();
            for d in diags.iter().filter(|d| d.severity == Severity::Error) {
                text.push_str(&d.headline());
                text.push('\n');
            }
            ferl_vm::io::write_stderr(text.as_bytes());
            return None;
        }
    };
    // escript exports main/1 whether or not the script does.
    if !module.exports.iter().any(|(f, a)| f == "main" && *a == 1) {
        module.exports.push(("main".to_string(), 1));
    }
    // escript compiles with `nowarn_export_all`.
    let behaviours = |b: &str| vm.behaviour_info(b);
    let transformed = ferl_compiler::ms_transform::apply(&mut module);
    let diags: Vec<Diagnostic> = transformed
        .into_iter()
        .chain(ferl_compiler::lint::check_with(&module, Some(&behaviours)))
        .filter(|d| !d.message.starts_with("export_all flag enabled"))
        .collect();
    let mut text = String::new();
    for d in &diags {
        text.push_str(&d.render(src));
    }
    ferl_vm::io::write_stdout(text.as_bytes());
    if diags.iter().any(|d| d.severity == Severity::Error) {
        return None;
    }
    match ferl_compiler::lower::lower(&module) {
        Ok(mut m) => {
            // An escript's module does not export module_info/0,1 in OTP.
            let explicit = |f: &str, a: u32| module.exports.iter().any(|(ef, ea)| ef == f && *ea == a);
            m.exports.retain(|(f, a)| f != "module_info" || explicit(f, *a));
            Some(m)
        }
        Err(errs) => {
            let text: String = errs.iter().map(|d| d.render(src)).collect();
            ferl_vm::io::write_stdout(text.as_bytes());
            None
        }
    }
}

/// The `+P N` of a script's `%%!` line (its emulator arguments, on one
/// of its first three lines, as escript reads them); the command line's
/// own `+P` comes first.
fn emulator_process_limit(source: &str) -> Option<usize> {
    let line = source.lines().take(3).find_map(|l| l.strip_prefix("%%!"))?;
    let words: Vec<&str> = line.split_whitespace().collect();
    words.windows(2).find(|w| w[0] == "+P").and_then(|w| crate::process_limit(w[1]))
}

/// Runs the script; when it ends by `init:restart()`, runs it again in a
/// new VM, as OTP's init boots the node again with the same arguments
/// (which, under escript, runs the script again from its start).
pub fn run(opts: crate::Options, path: &str, args: &[String]) -> i32 {
    loop {
        let mut restart = false;
        let status = run_once(opts.clone(), path, args, &mut restart);
        if !restart {
            return status;
        }
        ferl_vm::bif::system::reset_node_state();
    }
}

/// One boot of the script: its exit status; `restart` says whether it
/// ended by `init:restart()`.
fn run_once(opts: crate::Options, path: &str, args: &[String], restart: &mut bool) -> i32 {
    let original = match std::fs::read(path) {
        Ok(b) => String::from_utf8_lossy(&b).into_owned(),
        Err(_) => {
            eprintln!("escript: Failed to open file: {path}");
            return ESCRIPT_ERROR;
        }
    };
    let module = script_module_name(path);
    ferl_vm::bif::system::set_script_name(path);
    let src = prepare_source(&original, &module);
    let mut opts = opts;
    if opts.process_limit.is_none() {
        opts.process_limit = emulator_process_limit(&original);
    }
    let vm = Arc::new(opts.vm());
    let mut code_path = opts.pa;
    code_path.push(".".to_string());
    code_path.extend(opts.pz);
    vm.set_code_path(code_path);
    if let Some(root) = opts.root {
        vm.set_root_dir(root);
    }
    let Some(bytecode) = compile(&vm, path, &src) else {
        ferl_vm::io::write_stderr(b"escript: There were compilation errors.\n");
        return ESCRIPT_ERROR;
    };
    let inst = ferl_vm::code::loader::instantiate(&vm, bytecode);
    if vm.code.install(inst).is_err() {
        return ESCRIPT_ERROR;
    }
    let Some(entry) = inst.function_entry(Atom::intern("main"), 1) else {
        eprintln!("escript: exception error: undefined function {module}:main/1");
        return ESCRIPT_ERROR;
    };
    let Some(handle) = vm.procs.create_at(9) else { return ESCRIPT_ERROR };
    let mut p = Box::new(Process::new(handle.pid, vm.clone()));
    p.handle = Some(handle);
    p.initial_call = (Atom::intern("escript"), Atom::intern("run"), 2);
    // As in OTP, the script's process is linked to init.
    p.links.push(ferl_vm::process::table::INIT_PID);
    p.bottom_frames = interp::escript_bottom_frames(&mut p.bottom_heap);
    let arg_terms: Vec<_> = args.iter().map(|a| p.heap.string(a)).collect();
    let list = p.heap.list(&arg_terms);
    interp::setup_call(&mut p, inst, entry, &[list]);
    let status = match sched::run(&vm, p) {
        Outcome::Exit(Exit::Normal, _) => 0,
        Outcome::Halt(code) => code,
        Outcome::Exit(Exit::Exception { class, reason, trace }, _keep) => {
            ferl_vm::io::flush_all();
            let text = format_exception(class, reason, trace, "escript: ".len());
            // escript writes its report as latin1, like the rest of its output.
            ferl_vm::io::write_stderr(&ferl_vm::io::latin1_bytes(&format!("escript: {text}\n")));
            ESCRIPT_ERROR
        }
        Outcome::Exit(Exit::Signal(reason), _keep) => {
            // An exit signal ends the script's process, and OTP's init with
            // it: init reports on both streams (OTP also writes a crash dump
            // unless told not to; ferl writes none).
            let shown = ferl_vm::format::write_term(reason);
            let out = format!("{{\"init terminating in do_boot\",{shown}}}\r\n");
            ferl_vm::io::write_stdout(&ferl_vm::io::latin1_bytes(&out));
            ferl_vm::io::flush_all();
            let err = format!("init terminating in do_boot ({shown})\r\n");
            ferl_vm::io::write_stderr(&ferl_vm::io::latin1_bytes(&err));
            1
        }
        Outcome::Deadlock => {
            ferl_vm::io::flush_all();
            ferl_vm::io::write_stderr(b"ferl: every process waits for a message that can never arrive\n");
            1
        }
    };
    ferl_vm::io::flush_all();
    *restart = vm.restart.load(std::sync::atomic::Ordering::Relaxed);
    status
}

/// Prints the bytecode the script compiles to.
pub fn disassemble(path: &str) -> i32 {
    let Ok(original) = std::fs::read_to_string(path) else { return ESCRIPT_ERROR };
    let src = prepare_source(&original, &script_module_name(path));
    match compile(&Arc::new(Vm::new()), path, &src) {
        Some(m) => {
            print!("{}", ferl_compiler::bytecode::disasm::disassemble(&m));
            0
        }
        None => ESCRIPT_ERROR,
    }
}
