//! Loading and purging code: `compile:file/1,2` (source to an object file),
//! `code:load_file/1`, `code:load_binary/3`, `code:purge/1`,
//! `code:soft_purge/1`, `code:is_loaded/1`, `code:all_loaded/0`,
//! `erlang:check_old_code/1`, `erlang:check_process_code/2`,
//! `erlang:module_loaded/1`. Object files are ferl's own format
//! (`compiler/src/object.rs`) under OTP's names (`Mod.beam`), found in the
//! current directory.
//!
//! In OTP these go through the code server, a message round trip during
//! which other processes run; here the caller yields once before each of
//! them, so a deterministic run interleaves processes the way OTP does.

use super::Bif;
use crate::code::{loader, table::LoadError, ModuleInstance};
use crate::exception::{BifResult, Exception};
use crate::interp::Exit;
use crate::process::{Cp, Process};
use crate::term::{atoms, Atom, Term};

pub(crate) const BIFS: &[Bif] = &[
    Bif::new("compile", "file", 1, compile_file1),
    Bif::new("compile", "file", 2, compile_file2),
    Bif::new("code", "load_file", 1, load_file),
    Bif::new("code", "load_binary", 3, load_binary),
    Bif::new("code", "purge", 1, purge),
    Bif::new("code", "soft_purge", 1, soft_purge),
    Bif::new("code", "is_loaded", 1, is_loaded),
    Bif::new("code", "delete", 1, delete),
    Bif::new("code", "which", 1, which),
    Bif::new("code", "get_object_code", 1, get_object_code),
    Bif::new("code", "ensure_loaded", 1, ensure_loaded),
    Bif::new("code", "modified_modules", 0, modified_modules),
    Bif::new("code", "is_sticky", 1, is_sticky),
    Bif::new("erlang", "purge_module", 1, erlang_purge_module),
    Bif::new("erlang", "delete_module", 1, erlang_delete_module),
    Bif::new("erlang", "loaded", 0, erlang_loaded),
    Bif::new("code", "get_path", 0, get_path),
    Bif::new("erlang", "load_module", 2, erlang_load_module),
    Bif::new("erlang", "pre_loaded", 0, pre_loaded),
    Bif::new("code", "module_status", 1, module_status),
    Bif::new("code", "add_patha", 1, add_patha),
    Bif::new("code", "add_pathz", 1, add_pathz),
    Bif::new("code", "add_path", 1, add_pathz),
    Bif::new("code", "del_path", 1, del_path),
    Bif::new("code", "all_loaded", 0, all_loaded),
    Bif::new("erlang", "check_old_code", 1, check_old_code),
    Bif::new("erlang", "check_process_code", 2, check_process_code),
    Bif::new("erlang", "check_process_code", 3, check_process_code3),
    Bif::new("erlang", "module_loaded", 1, module_loaded),
];

/// The first time through, yields (the call runs again afterwards);
/// the second time, lets the operation go ahead.
fn code_server_round_trip(p: &mut Process) -> Result<(), Exception> {
    if std::mem::take(&mut p.round_trip_done) {
        return Ok(());
    }
    p.round_trip_done = true;
    Err(Exception::retry())
}

fn a(s: &str) -> Term {
    Term::named(s)
}

/// A file name argument (a string, atom, binary or deep list) as text.
fn name_text(t: Term) -> Option<String> {
    super::file::path_of(t).map(|p| p.to_string_lossy().into_owned())
}

fn compile_file1(p: &mut Process, args: &[Term]) -> BifResult {
    compile_file(p, args[0], Term::NIL)
}

fn compile_file2(p: &mut Process, args: &[Term]) -> BifResult {
    compile_file(p, args[0], args[1])
}

/// Compiles `File` (`.erl` may be left off) and writes `Mod.beam` next to
/// the current directory (or `{outdir, Dir}`): `{ok, Mod}` or `error`,
/// printing diagnostics like erlc with `report_errors`.
fn compile_file(p: &mut Process, file: Term, opts: Term) -> BifResult {
    let mut path = name_text(file).ok_or_else(Exception::badarg)?;
    if !path.ends_with(".erl") {
        path.push_str(".erl");
    }
    let mut outdir = String::from(".");
    let (mut errors, mut warnings) = (false, false);
    let (mut ret_errors, mut ret_warnings, mut binary) = (false, false, false);
    for o in opts.list_to_vec().unwrap_or_default() {
        if let Some([k, v]) = o.as_tuple() {
            if k.is_atom_of(Atom::intern("outdir")) {
                outdir = name_text(*v).unwrap_or(outdir);
            }
        }
        match o.as_atom().map(|a| a.name()) {
            Some("report") => (errors, warnings) = (true, true),
            Some("report_errors") => errors = true,
            Some("report_warnings") => warnings = true,
            Some("return") => (ret_errors, ret_warnings) = (true, true),
            Some("return_errors") => ret_errors = true,
            Some("return_warnings") => ret_warnings = true,
            Some("binary") => binary = true,
            _ => {}
        }
    }
    let Ok(source) = std::fs::read_to_string(&path) else {
        if errors {
            crate::io::write_stdout(format!("{path}: no such file or directory\n").as_bytes());
        }
        if ret_errors {
            let file = p.heap.string(&path);
            let why = p.heap.tuple(&[a("epp"), a("enoent")]);
            let info = p.heap.tuple(&[a("none"), a("compile"), why]);
            let infos = p.heap.list(&[info]);
            let entry = p.heap.tuple(&[file, infos]);
            let es = p.heap.list(&[entry]);
            return Ok(p.heap.tuple(&[Term::atom(atoms::error), es, Term::NIL]));
        }
        return Ok(Term::atom(atoms::error));
    };
    let report = |diags: &[ferl_compiler::diagnostic::Diagnostic], severity| {
        let text: String = diags.iter().filter(|d| d.severity == severity).map(|d| d.render(&source)).collect();
        crate::io::write_stdout(text.as_bytes());
    };
    use ferl_compiler::diagnostic::Severity;
    let vm = p.vm.clone();
    let behaviours = move |b: &str| vm.behaviour_info(b);
    match ferl_compiler::compile::compile_source_with(&path, &source, &[], Some(&behaviours)) {
        Ok((module, diags)) => {
            if warnings {
                report(&diags, Severity::Warning);
            }
            let name = module.name.clone();
            let bytes = ferl_compiler::object::encode(&module);
            let mut result = vec![Term::atom(atoms::ok), a(&name)];
            if binary {
                result.push(p.heap.binary(&bytes));
            } else {
                let out = std::path::Path::new(&outdir).join(format!("{name}.beam"));
                if std::fs::write(&out, bytes).is_err() {
                    return Ok(Term::atom(atoms::error));
                }
            }
            if ret_warnings {
                result.push(diagnostic_list(p, &diags, Severity::Warning));
            }
            Ok(p.heap.tuple(&result))
        }
        Err(diags) => {
            if errors {
                report(&diags, Severity::Error);
            }
            if warnings {
                report(&diags, Severity::Warning);
            }
            if !ret_errors {
                return Ok(Term::atom(atoms::error));
            }
            let es = diagnostic_list(p, &diags, Severity::Error);
            // OTP gives the warnings here even without return_warnings.
            let ws = diagnostic_list(p, &diags, Severity::Warning);
            Ok(p.heap.tuple(&[Term::atom(atoms::error), es, ws]))
        }
    }
}

/// Diagnostics of one severity shaped as compile's `return` options give
/// them: `[{File, [{{Line, Col}, Module, Description}]}]`, one entry per
/// file and stage. ferl keeps a diagnostic's text, not OTP's descriptor
/// term, so the description is the message as a string.
fn diagnostic_list(
    p: &mut Process,
    diags: &[ferl_compiler::diagnostic::Diagnostic],
    severity: ferl_compiler::diagnostic::Severity,
) -> Term {
    // OTP lists the preprocessor's and parser's findings for a file apart
    // from lint's, so a file can appear twice.
    let stage = |d: &ferl_compiler::diagnostic::Diagnostic| d.reporter == "erl_lint";
    let mut files: Vec<(&str, bool, Vec<Term>)> = Vec::new();
    for d in diags.iter().filter(|d| d.severity == severity) {
        let line = Term::int(i64::from(d.pos.line));
        let col = Term::int(i64::from(d.pos.col));
        let loc = p.heap.tuple(&[line, col]);
        let text = p.heap.string(&d.message);
        let info = p.heap.tuple(&[loc, a(d.reporter), text]);
        match files.iter_mut().find(|(f, s, _)| *f == d.file && *s == stage(d)) {
            Some((_, _, infos)) => infos.push(info),
            None => files.push((&d.file, stage(d), vec![info])),
        }
    }
    let entries: Vec<Term> = files
        .into_iter()
        .map(|(f, _, infos)| {
            let file = p.heap.string(f);
            let infos = p.heap.list(&infos);
            p.heap.tuple(&[file, infos])
        })
        .collect();
    p.heap.list(&entries)
}

/// Loads an object file's bytes as the new current version of `m`.
fn load_bytes(p: &mut Process, m: Atom, bytes: &[u8], file: String, purge_first: bool) -> BifResult {
    if is_sticky_module(p, m) {
        return Ok(p.heap.error_tuple(a("sticky_directory")));
    }
    let module = match ferl_compiler::object::decode(bytes) {
        Ok(module) if module.name == m.name() => module,
        _ => return Ok(p.heap.error_tuple(a("badfile"))),
    };
    // OTP stops the node when the atom table fills while loading.
    if !crate::code::atom_room::atoms_fit(&module) {
        return Ok(p.heap.error_tuple(Term::atom(atoms::system_limit)));
    }
    if purge_first {
        purge_module(p, m, true)?;
    }
    let on_load = module.on_load.clone();
    let before = p.vm.code.slots(m);
    let inst = loader::instantiate_from(&p.vm, module, file);
    if let Err(LoadError::NotPurged) = p.vm.code.install(inst) {
        return Ok(p.heap.error_tuple(a("not_purged")));
    }
    if let Some((f, 0)) = on_load {
        if !run_on_load(p, inst, Atom::intern(&f)) {
            p.vm.code.reinstate(m, before, inst);
            return Ok(p.heap.error_tuple(a("on_load_failure")));
        }
    }
    Ok(p.heap.tuple(&[a("module"), Term::atom(m)]))
}

/// Runs a module's `-on_load` function in a process of its own, to the
/// end, before the load returns (as OTP does); whether it returned `ok`.
fn run_on_load(p: &mut Process, inst: &'static ModuleInstance, f: Atom) -> bool {
    let Some(entry) = inst.function_entry(f, 0) else { return false };
    let Some(mut child) = p.vm.new_process(inst, entry, &[]) else { return false };
    let mut regs: Box<[Term]> = vec![Term::NIL; crate::process::X_REGS].into_boxed_slice();
    child.load_registers(&mut regs);
    let mut ok = false;
    let outcome = loop {
        match crate::interp::run(&mut child, 100_000) {
            crate::interp::RunResult::Yield => continue,
            crate::interp::RunResult::Exit(Exit::Normal) => {
                ok = child.x[0].is_atom_of(atoms::ok);
                break Exit::Normal;
            }
            crate::interp::RunResult::Exit(e) => break e,
            // Waiting for a message here would wait forever.
            _ => break Exit::Signal(Term::atom(atoms::killed)),
        }
    };
    child.live_x = 0;
    child.unload_registers(&mut regs);
    p.vm.exit_process(child, &outcome, false);
    ok
}

fn load_file(p: &mut Process, args: &[Term]) -> BifResult {
    code_server_round_trip(p)?;
    let m = args[0].as_atom().ok_or_else(Exception::badarg)?;
    if is_sticky_module(p, m) {
        return Ok(p.heap.error_tuple(a("sticky_directory")));
    }
    let Some(path) = p.vm.find_object_file(m) else { return Ok(p.heap.error_tuple(a("nofile"))) };
    match std::fs::read(&path) {
        Ok(bytes) => load_bytes(p, m, &bytes, path, false),
        Err(_) => Ok(p.heap.error_tuple(a("nofile"))),
    }
}

/// `code:load_binary(Mod, File, Bin)`: purges old code first, as OTP does.
fn load_binary(p: &mut Process, args: &[Term]) -> BifResult {
    code_server_round_trip(p)?;
    let m = args[0].as_atom().ok_or_else(Exception::badarg)?;
    let file = name_text(args[1]).ok_or_else(Exception::badarg)?;
    let bytes = args[2].as_bits().and_then(|b| b.as_aligned().map(<[u8]>::to_vec)).ok_or_else(Exception::badarg)?;
    load_bytes(p, m, &bytes, file, true)
}

fn in_instance(cp: Cp, inst: &ModuleInstance) -> bool {
    std::ptr::eq(cp.instance, inst)
}

/// Whether `p` runs code of `inst` or will return into it.
fn uses(p: &Process, inst: &ModuleInstance) -> bool {
    in_instance(p.pc, inst)
        || in_instance(p.cp.cp(), inst)
        || p.frame_returns().any(|ret| in_instance(ret, inst))
        || p.catches.iter().any(|c| in_instance(c.handler, inst))
}

/// Kills (or, for a soft purge, only looks for) every process using the
/// old code of `m`. `Ok(Some(killed_any))`, or `Ok(None)` when a soft purge
/// found a user. A process running on another core at this instant makes
/// the caller try again later.
///
/// As OTP's purge prepares before it checks, the old code is marked
/// purged first, so no process can enter it through a fun while the scan
/// runs (a soft purge that finds a user takes the mark back): once the
/// scan has seen every process parked outside the old code, or killed
/// it, nothing can run that code again and its instructions are freed.
fn purge_module(p: &mut Process, m: Atom, kill: bool) -> Result<Option<bool>, Exception> {
    // One purge at a time: a second must neither free nor unmark code
    // the first is working on.
    static PURGING: std::sync::Mutex<()> = std::sync::Mutex::new(());
    let _one = PURGING.lock().unwrap_or_else(|e| e.into_inner());
    let Some(old) = p.vm.code.slots(m).old else { return Ok(Some(false)) };
    old.purged.store(true, std::sync::atomic::Ordering::SeqCst);
    let mut killed = false;
    for pid in p.vm.procs.pids() {
        if pid == p.pid || crate::process::table::is_system_pid(pid) {
            continue;
        }
        let Some(h) = p.vm.procs.get(pid) else { continue };
        let mut inbox = h.lock();
        let in_old = match inbox.parked.as_deref() {
            Some(q) => uses(q, old),
            // The mark stays while the caller retries: funs of code being
            // purged are refused meanwhile, as in OTP.
            None => return Err(Exception::retry()),
        };
        if !in_old {
            continue;
        }
        if !kill {
            old.purged.store(false, std::sync::atomic::Ordering::SeqCst);
            return Ok(None);
        }
        if let Some(q) = inbox.parked.take() {
            drop(inbox);
            p.vm.exit_process(q, &Exit::Signal(Term::atom(atoms::killed)), false);
            killed = true;
        }
    }
    let caller_in_old = uses(p, old);
    p.vm.code.drop_old(m);
    if !caller_in_old {
        // SAFETY: the instance is marked purged (its funs are refused) and
        // is no longer any module's code; every other process was seen
        // parked with none of it in its continuation, frames or catches,
        // or was killed, and the caller runs none of it. So nothing runs,
        // or can come to run, these instructions. (A caller inside them
        // keeps them: a process that purges its own old code.)
        unsafe { old.code.release() };
    }
    Ok(Some(killed))
}

fn purge(p: &mut Process, args: &[Term]) -> BifResult {
    code_server_round_trip(p)?;
    let m = args[0].as_atom().ok_or_else(Exception::badarg)?;
    Ok(Term::boolean(purge_module(p, m, true)? == Some(true)))
}

fn soft_purge(p: &mut Process, args: &[Term]) -> BifResult {
    code_server_round_trip(p)?;
    let m = args[0].as_atom().ok_or_else(Exception::badarg)?;
    Ok(Term::boolean(purge_module(p, m, false)?.is_some()))
}

fn delete(p: &mut Process, args: &[Term]) -> BifResult {
    code_server_round_trip(p)?;
    let m = args[0].as_atom().ok_or_else(Exception::badarg)?;
    Ok(Term::boolean(p.vm.code.delete(m)))
}

fn is_loaded(p: &mut Process, args: &[Term]) -> BifResult {
    let m = args[0].as_atom().ok_or_else(Exception::badarg)?;
    match p.vm.code.current(m) {
        Some(inst) => {
            let file = p.heap.string(&inst.object_file);
            Ok(p.heap.tuple(&[a("file"), file]))
        }
        None => Ok(Term::atom(atoms::false_)),
    }
}

fn all_loaded(p: &mut Process, _: &[Term]) -> BifResult {
    let mut items = Vec::new();
    for m in p.vm.code.loaded() {
        let path = p.vm.code.current(m).map(|i| i.object_file.clone()).unwrap_or_default();
        let file = p.heap.string(&path);
        items.push(p.heap.tuple(&[Term::atom(m), file]));
    }
    Ok(p.heap.list(&items))
}

fn check_old_code(p: &mut Process, args: &[Term]) -> BifResult {
    let m = args[0].as_atom().ok_or_else(Exception::badarg)?;
    Ok(Term::boolean(p.vm.code.slots(m).old.is_some()))
}

fn check_process_code(p: &mut Process, args: &[Term]) -> BifResult {
    let pid = args[0].as_pid().ok_or_else(Exception::badarg)?;
    let m = args[1].as_atom().ok_or_else(Exception::badarg)?;
    let Some(old) = p.vm.code.slots(m).old else { return Ok(Term::atom(atoms::false_)) };
    if pid == p.pid {
        return Ok(Term::boolean(uses(p, old)));
    }
    // init and the group leader are never parked and run no module code.
    if crate::process::table::is_system_pid(pid) {
        return Ok(Term::atom(atoms::false_));
    }
    let Some(h) = p.vm.procs.get(pid) else { return Ok(Term::atom(atoms::false_)) };
    let inbox = h.lock();
    match inbox.parked.as_deref() {
        Some(q) => Ok(Term::boolean(uses(q, old))),
        None => Err(Exception::retry()),
    }
}

fn module_loaded(p: &mut Process, args: &[Term]) -> BifResult {
    let m = args[0].as_atom().ok_or_else(Exception::badarg)?;
    Ok(Term::boolean(p.vm.code.current(m).is_some()))
}

/// ferl's own stdlib modules are sticky, like OTP's: they cannot be
/// reloaded from elsewhere.
fn is_sticky_module(p: &Process, m: Atom) -> bool {
    p.vm.stdlib_source(m).is_some()
}

/// Modules with no Erlang code at all (native only), reported as
/// `preloaded` as OTP reports its own BIF modules.
fn is_native_only(p: &Process, m: Atom) -> bool {
    p.vm.stdlib_source(m).is_none() && crate::bif::has_module(m)
}

fn which(p: &mut Process, args: &[Term]) -> BifResult {
    let m = args[0].as_atom().ok_or_else(Exception::badarg)?;
    if let Some(inst) = p.vm.code.current(m) {
        return Ok(p.heap.string(&inst.object_file));
    }
    if is_native_only(p, m) {
        return Ok(a("preloaded"));
    }
    if let Some(path) = p.vm.find_object_file(m) {
        return Ok(p.heap.string(&path));
    }
    if p.vm.stdlib_source(m).is_some() {
        return Ok(p.heap.string(&format!("{}.beam", m.name())));
    }
    Ok(a("non_existing"))
}

/// `{Mod, Bin, File}` for the object code on disk (or, for stdlib, the
/// code ferl compiles from its embedded source); `error` if none.
fn get_object_code(p: &mut Process, args: &[Term]) -> BifResult {
    let m = args[0].as_atom().ok_or_else(Exception::badarg)?;
    let path = p.vm.find_object_file(m).unwrap_or_else(|| format!("{}.beam", m.name()));
    let bytes = match std::fs::read(&path) {
        Ok(b) => b,
        Err(_) => match p.vm.stdlib_source(m) {
            Some(src) => match ferl_compiler::compile::compile_source(&format!("{}.erl", m.name()), src, &[]) {
                Ok((module, _)) => ferl_compiler::object::encode(&module),
                Err(_) => return Ok(Term::atom(atoms::error)),
            },
            None => return Ok(Term::atom(atoms::error)),
        },
    };
    let bin = p.heap.binary(&bytes);
    let file = p.heap.string(&path);
    Ok(p.heap.tuple(&[Term::atom(m), bin, file]))
}

fn ensure_loaded(p: &mut Process, args: &[Term]) -> BifResult {
    let m = args[0].as_atom().ok_or_else(Exception::badarg)?;
    if is_native_only(p, m) || p.vm.ensure_loaded(m).is_some() {
        return Ok(p.heap.tuple(&[a("module"), Term::atom(m)]));
    }
    Ok(p.heap.error_tuple(a("nofile")))
}

/// Loaded modules whose object file on disk differs from the loaded code.
fn modified_modules(p: &mut Process, _: &[Term]) -> BifResult {
    let mut out = Vec::new();
    for m in p.vm.code.loaded() {
        let Some(inst) = p.vm.code.current(m) else { continue };
        // The MD5 of the body sits at bytes 16..32 of the header.
        if let Ok(bytes) = std::fs::read(&inst.object_file) {
            if bytes.len() >= 32 && bytes[16..32] != inst.md5 {
                out.push(Term::atom(m));
            }
        }
    }
    Ok(p.heap.list(&out))
}

fn is_sticky(p: &mut Process, args: &[Term]) -> BifResult {
    let m = args[0].as_atom().ok_or_else(Exception::badarg)?;
    Ok(Term::boolean(is_sticky_module(p, m)))
}

/// `erlang:purge_module/1`: kills the users of old code and removes it;
/// `badarg` when there is none.
fn erlang_purge_module(p: &mut Process, args: &[Term]) -> BifResult {
    let m = args[0].as_atom().ok_or_else(Exception::badarg)?;
    if p.vm.code.slots(m).old.is_none() {
        return Err(Exception::badarg());
    }
    purge_module(p, m, true)?;
    Ok(Term::atom(atoms::true_))
}

/// `erlang:delete_module/1`: like `code:delete/1` but `badarg` when old
/// code exists.
fn erlang_delete_module(p: &mut Process, args: &[Term]) -> BifResult {
    let m = args[0].as_atom().ok_or_else(Exception::badarg)?;
    if p.vm.code.slots(m).old.is_some() {
        return Err(Exception::badarg());
    }
    Ok(if p.vm.code.delete(m) { Term::atom(atoms::true_) } else { Term::atom(atoms::undefined) })
}

fn erlang_loaded(p: &mut Process, _: &[Term]) -> BifResult {
    let ms: Vec<Term> = p.vm.code.known().into_iter().map(Term::atom).collect();
    Ok(p.heap.list(&ms))
}

fn get_path(p: &mut Process, _: &[Term]) -> BifResult {
    let dirs: Vec<Term> = p.vm.code_path().iter().map(|d| p.heap.string(d)).collect();
    Ok(p.heap.list(&dirs))
}

/// Adds a directory to the front (`first`) or back of the code path:
/// `true`, or `{error, bad_directory}`.
fn add_path(p: &mut Process, dir: Term, first: bool) -> BifResult {
    let d = name_text(dir).ok_or_else(Exception::badarg)?;
    if !std::path::Path::new(&d).is_dir() {
        return Ok(p.heap.error_tuple(a("bad_directory")));
    }
    let mut path = p.vm.code_path();
    // To the front, a directory already in the path moves there; to the
    // end, it stays where it is (OTP 25's code server).
    if first {
        path.retain(|x| *x != d);
        path.insert(0, d);
    } else if !path.contains(&d) {
        path.push(d);
    }
    p.vm.set_code_path(path);
    Ok(Term::atom(atoms::true_))
}

fn add_patha(p: &mut Process, args: &[Term]) -> BifResult {
    add_path(p, args[0], true)
}

fn add_pathz(p: &mut Process, args: &[Term]) -> BifResult {
    add_path(p, args[0], false)
}

fn del_path(p: &mut Process, args: &[Term]) -> BifResult {
    let d = name_text(args[0]).ok_or_else(Exception::badarg)?;
    let mut path = p.vm.code_path();
    let before = path.len();
    path.retain(|x| *x != d);
    let removed = path.len() != before;
    p.vm.set_code_path(path);
    Ok(Term::boolean(removed))
}

/// `erlang:load_module(Mod, Bin)`: loads without purging first (so
/// `{error, not_purged}` when old code exists).
fn erlang_load_module(p: &mut Process, args: &[Term]) -> BifResult {
    let m = args[0].as_atom().ok_or_else(Exception::badarg)?;
    let bytes = args[1].as_bits().and_then(|b| b.as_aligned().map(<[u8]>::to_vec)).ok_or_else(Exception::badarg)?;
    load_bytes(p, m, &bytes, format!("{}.beam", m.name()), false)
}

/// Modules that are native only (ferl's counterpart of OTP's preloaded).
fn pre_loaded(p: &mut Process, _: &[Term]) -> BifResult {
    let mut ms: Vec<Atom> = crate::bif::modules().into_iter().filter(|m| p.vm.stdlib_source(*m).is_none()).collect();
    ms.sort_by(|x, y| x.name().cmp(y.name()));
    let terms: Vec<Term> = ms.into_iter().map(Term::atom).collect();
    Ok(p.heap.list(&terms))
}

/// `not_loaded`, `loaded`, `modified` (the object file changed since) or
/// `removed` (it is gone).
fn module_status(p: &mut Process, args: &[Term]) -> BifResult {
    let m = args[0].as_atom().ok_or_else(Exception::badarg)?;
    let Some(inst) = p.vm.code.current(m) else { return Ok(a("not_loaded")) };
    if p.vm.stdlib_source(m).is_some() || is_native_only(p, m) {
        return Ok(a("loaded"));
    }
    Ok(match std::fs::read(&inst.object_file) {
        Err(_) => a("removed"),
        Ok(bytes) if bytes.len() >= 32 && bytes[16..32] != inst.md5 => a("modified"),
        Ok(_) => a("loaded"),
    })
}

/// `check_process_code(Pid, Mod, Opts)`: as /2; with `{async, Req}` the
/// answer comes as a `{check_process_code, Req, Bool}` message.
fn check_process_code3(p: &mut Process, args: &[Term]) -> BifResult {
    let opts = args[2].list_to_vec().ok_or_else(Exception::badarg)?;
    let answer = check_process_code(p, &args[..2])?;
    for o in opts {
        if let Some([k, req]) = o.as_tuple() {
            if k.is_atom_of(Atom::intern("async")) {
                let msg = p.heap.tuple(&[a("check_process_code"), *req, answer]);
                p.vm.send_message(p.pid, msg);
                return Ok(a("async"));
            }
        }
    }
    Ok(answer)
}
