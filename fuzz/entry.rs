//! The entry points the fuzz targets drive, shared with the stable replay
//! test (tests/fuzz_corpus.rs includes this file) so that a committed
//! input is checked through exactly the code the fuzzer ran.

use ferl_compiler::bytecode::Module;
use ferl_vm::code::ModuleInstance;
use ferl_vm::interp::{Exit, RunResult};
use ferl_vm::term::{Atom, Term};
use ferl_vm::vm::Vm;
use std::sync::{Arc, OnceLock};

#[path = "gen.rs"]
pub mod gen;

/// Source text as ferl reads a file: UTF-8, else Latin-1 (every byte a
/// character), so each byte string is some source.
pub fn front(data: &[u8]) {
    let source = match std::str::from_utf8(data) {
        Ok(s) => s.to_string(),
        Err(_) => data.iter().map(|&b| b as char).collect(),
    };
    let _ = ferl_compiler::lexer::lex(&source);
    let _ = ferl_compiler::parser::parse_exprs("fuzz.erl", &source);
    let _ = ferl_compiler::compile::compile_source("fuzz.erl", &source, &[]);
}

/// binary_to_term/1, then /2 with `safe` (no new atoms) on the same bytes.
pub fn binary_to_term(data: &[u8]) {
    let vm = vm();
    let mut p = ferl_vm::process::Process::new(1, vm.clone());
    let _ = ferl_vm::bif::erlang::ext::decode(&mut p, data);
    let _ = ferl_vm::bif::erlang::ext::decode_prefix(&mut p, data, true);
}

/// The VM the entry points share (made once: it holds no state an input
/// could leave behind that matters to the next).
fn vm() -> &'static Arc<Vm> {
    static VM: OnceLock<Arc<Vm>> = OnceLock::new();
    VM.get_or_init(|| Arc::new(Vm::new()))
}

/// A module that `data` chooses (`gen::module`) through the whole
/// compiler; what compiles is encoded as an object file, which must
/// decode to the same module, and is loaded and run briefly.
pub fn compile(data: &[u8]) {
    let source = gen::module(data);
    let Ok((module, _warnings)) = ferl_compiler::compile::compile_source("fuzz.erl", &source, &[]) else { return };
    let bytes = ferl_compiler::object::encode(&module);
    match ferl_compiler::object::decode(&bytes) {
        Ok(back) => assert!(back == module, "object file of\n{source}\ndecodes to another module"),
        Err(e) => panic!("object file of\n{source}\ndoes not decode: {e}"),
    }
    load_and_run(module);
}

/// An object file's bytes through the loader, as `code:load_binary/3`
/// takes them: as they are (mutated bytes mostly fail the checksum),
/// then with the header's length and checksum made to fit the body, so
/// that the body's decoding and the loading of what it decodes to are
/// what gets fuzzed.
pub fn loader(data: &[u8]) {
    if let Ok(m) = ferl_compiler::object::decode(data) {
        load_and_run(m);
    }
    if data.len() < 32 {
        return;
    }
    let mut fixed = data.to_vec();
    let body_len = (data.len() - 32) as u64;
    fixed[8..16].copy_from_slice(&body_len.to_le_bytes());
    let sum = ferl_compiler::object::md5::md5(&data[32..]);
    fixed[16..32].copy_from_slice(&sum);
    if let Ok(m) = ferl_compiler::object::decode(&fixed) {
        load_and_run(m);
    }
}

/// The object file of a module's source (a conformance case's `#!` line
/// skipped), if it compiles: the loader target's seeds.
pub fn object_of(source: &str) -> Option<Vec<u8>> {
    let source = match source.strip_prefix("#!") {
        Some(rest) => rest.split_once('\n').map_or("", |(_, body)| body),
        None => source,
    };
    let (module, _) = ferl_compiler::compile::compile_source("seed.erl", source, &[]).ok()?;
    Some(ferl_compiler::object::encode(&module))
}

/// Reduction budget of one slice and the most slices a call may run.
const SLICE: usize = 2_000;
const SLICES: usize = 5;
/// Heap limit of a process running fuzzed code, in words.
const MAX_HEAP_WORDS: usize = 1 << 22;

/// Loads `m` as its module's current code (old code dropped first), and
/// calls each exported function of arity up to 3 in a process of its own
/// for a few thousand reductions.
fn load_and_run(m: Module) {
    let vm = vm();
    let name = Atom::intern(&m.name);
    vm.code.drop_old(name);
    let inst = ferl_vm::code::loader::instantiate(vm, m);
    if vm.code.install(inst).is_err() {
        return;
    }
    let args = [Term::int(3), Term::atom(Atom::intern("ok")), Term::NIL];
    for &(f, arity) in inst.exports.iter().take(8) {
        if arity as usize <= args.len() {
            if let Some(entry) = inst.function_entry(f, arity) {
                if std::env::var_os("FERL_FUZZ_TRACE").is_some() {
                    eprintln!("run {}:{}/{arity}", inst.name.name(), f.name());
                }
                run_briefly(vm, inst, entry, &args[..arity as usize]);
            }
        }
    }
}

fn run_briefly(vm: &Arc<Vm>, inst: &'static ModuleInstance, entry: u32, args: &[Term]) {
    let Some(mut p) = vm.new_process(inst, entry, args) else { return };
    p.max_heap_words = MAX_HEAP_WORDS;
    p.max_heap_log = false;
    let mut regs: Box<[Term]> = vec![Term::NIL; ferl_vm::process::X_REGS].into_boxed_slice();
    p.load_registers(&mut regs);
    let mut outcome = Exit::Signal(Term::atom(Atom::intern("killed")));
    for _ in 0..SLICES {
        match ferl_vm::interp::run(&mut p, SLICE) {
            RunResult::Yield => continue,
            RunResult::Exit(e) => {
                if std::env::var_os("FERL_FUZZ_TRACE").is_some() {
                    eprintln!("exit {e:?}");
                }
                outcome = e;
                break;
            }
            RunResult::Wait(_) | RunResult::Halt(_) => break,
        }
    }
    p.live_x = 0;
    p.unload_registers(&mut regs);
    vm.exit_process(p, &outcome, false);
}
