//! Calls that leave the current function by name or by value: imports
//! (remote calls and BIFs), funs, `apply`, and the few `erlang` functions
//! the interpreter implements itself (they need the caller's state); a
//! process's first call, and return addresses.

use super::Flow;
use crate::code::{Export, ExportTarget, Lambda, ModuleInstance, Special};
use crate::exception::Exception;
use crate::process::{BifFrame, Cp, Process, Ret};
use crate::term::{atoms, Atom, Term, View};
use ferl_compiler::bytecode::Op;

type CallResult = Result<Flow, Exception>;

/// Starts `p` running `instance`'s function at `entry` with `args`.
pub fn setup_call(p: &mut Process, instance: &'static ModuleInstance, entry: u32, args: &[Term]) {
    // The registers are loaded when the process is first scheduled.
    p.saved_x.clear();
    p.saved_x.extend_from_slice(args);
    p.cp = Ret::NONE;
    p.pc = Cp { instance, pc: entry };
}

/// The return address of a call whose instruction ends just before `ip`.
#[inline(always)]
pub(super) fn returns_here(inst: &'static ModuleInstance, ip: *const Op) -> Ret {
    // SAFETY: `ip` is just past a returning call, which continues with the
    // next instruction and so is never a module's last (`code::loader`).
    unsafe { Ret::new_unchecked(inst, ip) }
}

/// A tail call never goes on with the next instruction (there may be
/// none): a result computed in place returns it.
#[inline(always)]
pub(super) fn tail(r: Result<Flow, Exception>) -> Result<Flow, Exception> {
    match r {
        Ok(Flow::Next) => Ok(Flow::Return),
        r => r,
    }
}

/// A guard BIF failed: it raises nothing, so forget its trace notes.
pub(super) fn guard_failed(p: &mut Process) {
    p.bif_frame = None;
    p.frame_args = None;
    p.call_error = false;
}

fn undef(p: &mut Process, m: Atom, f: Atom, arity: usize) -> Exception {
    let args: Vec<Term> = p.x[..arity].to_vec();
    let list = p.heap.list(&args);
    p.bif_frame = Some(BifFrame { module: m, function: f, args: list, error_info: false });
    p.call_error = true;
    Exception::error_atom(atoms::undef)
}

/// Records where a failing BIF was called from, for the stack trace.
/// `error`, `exit`, `throw` and `raise` leave no frame of their own;
/// `error/2,3` shows its argument list in the caller's frame instead.
pub(super) fn note_bif_failure(p: &mut Process, m: Atom, f: Atom, args: &[Term]) {
    if m == atoms::erlang {
        match (f.name(), args.len()) {
            ("error", 2 | 3) => {
                // The argument list replaces the arity (unless it is `none`).
                if args[1].is_list() {
                    p.frame_args = Some(args[1]);
                }
                return;
            }
            ("error" | "exit" | "throw", 1) | ("raise", 3) => return,
            _ => {}
        }
    }
    let list = p.heap.list(args);
    // maps:get/2 is erlang:map_get/2 in OTP, and its errors say so.
    let (m, f) = if m.name() == "maps" && f.name() == "get" && args.len() == 2 {
        (atoms::erlang, Atom::intern("map_get"))
    } else {
        (m, f)
    };
    p.bif_frame = Some(BifFrame { module: m, function: f, args: list, error_info: true });
    // io is Erlang code in OTP: a tail call to it leaves no caller frame.
    if m.name() == "io" || m.name() == "io_lib" {
        p.call_error = true;
    }
}

/// Calls a native BIF with x0.. as arguments. (Inline: a BIF called by
/// `CallExt` then costs one Rust call less, ~10 instructions.)
#[inline(always)]
fn call_bif(p: &mut Process, m: Atom, f: Atom, bif: crate::bif::BifFn, arity: usize, tail: bool) -> CallResult {
    // The arguments are copied out (the BIF may overwrite x registers):
    // for the usual few, the first eight registers whatever the arity (a
    // fixed-size copy of four vector moves, where copying `arity` words
    // called memcpy).
    let mut few = [Term::NIL; 8];
    let many: Vec<Term>;
    let args: &[Term] = if arity <= few.len() {
        match p.x.first_chunk::<8>() {
            Some(first) => few = *first,
            None => few[..arity].copy_from_slice(&p.x[..arity]),
        }
        &few[..arity]
    } else {
        many = p.x[..arity].to_vec();
        &many
    };
    match bif(p, args) {
        Ok(v) => {
            p.x[0] = v;
            if std::mem::take(&mut p.yield_now) {
                return Ok(Flow::Yield { tail });
            }
            Ok(if tail { Flow::Return } else { Flow::Next })
        }
        Err(e) if e.is_retry() => Ok(Flow::Retry),
        Err(e) => {
            if e.trace.is_none() {
                note_bif_failure(p, m, f, args);
            }
            Err(e)
        }
    }
}

/// Where import `import` of `inst` leads when it is a loaded Erlang
/// function (no BIF, no special): `CallExt` enters it at once, without
/// `call_import`'s result and the checks after a BIF (~25 instructions a
/// remote call; a sys round trip makes four).
#[inline(always)]
pub(super) fn erlang_import(inst: &ModuleInstance, import: u32) -> Option<&'static ExportTarget> {
    let imp = inst.imports.get(import as usize)?;
    if imp.special.is_some() || imp.bif.is_some() {
        return None;
    }
    imp.export.target()
}

/// `CallExt`/`CallExtOnly` through import `import` of `inst`.
pub(super) fn call_import(
    p: &mut Process,
    inst: &'static ModuleInstance,
    import: u32,
    arity: usize,
    tail: bool,
) -> CallResult {
    let imp = &inst.imports[import as usize];
    if let Some(s) = imp.special {
        return special(p, s, arity, tail);
    }
    if let Some(bif) = imp.bif {
        return call_bif(p, imp.module, imp.function, bif, arity, tail);
    }
    if let Some(t) = imp.export.target() {
        return Ok(Flow::Jump(t.instance, t.entry));
    }
    call_mfa(p, imp.module, imp.function, arity, tail)
}

/// Calls `m:f/arity` by name: a BIF, the current code, or (after loading
/// the module) its new code; else `undef`. An Erlang function already
/// loaded (the usual `apply`) is entered here, inline in the caller; the
/// rest goes out of line, so this path saves and restores few registers.
#[inline(always)]
pub(super) fn call_mfa(p: &mut Process, m: Atom, f: Atom, arity: usize, tail: bool) -> CallResult {
    let export = p.vm.code.export(m, f, arity as u32);
    if export.special.is_none() && export.bif.is_none() {
        if let Some(t) = export.target() {
            return Ok(Flow::Jump(t.instance, t.entry));
        }
    }
    call_export(p, export, arity, tail)
}

/// `call_mfa` of a special, a BIF, or a function not loaded.
#[inline(never)]
fn call_export(p: &mut Process, export: &'static Export, arity: usize, tail: bool) -> CallResult {
    let (m, f) = (export.module, export.function);
    if let Some(s) = export.special {
        return special(p, s, arity, tail);
    }
    if let Some(bif) = export.bif {
        return call_bif(p, m, f, bif, arity, tail);
    }
    if export.target().is_none() && p.vm.code.current(m).is_none() {
        p.vm.ensure_loaded(m);
    }
    match export.target() {
        Some(t) => Ok(Flow::Jump(t.instance, t.entry)),
        None => Err(undef(p, m, f, arity)),
    }
}

/// Calls the fun in x(arity) with x0.. as arguments.
pub(super) fn call_fun(p: &mut Process, arity: usize, tail: bool) -> CallResult {
    let fun = p.x[arity];
    match fun.view() {
        View::Fun(lambda, env) if lambda.arity as usize == arity => {
            let (inst, entry) = match live_lambda(p, lambda) {
                Some(l) => (l.instance(), l.entry),
                None => return Err(Exception::error_with(&mut p.heap, atoms::badfun, fun)),
            };
            for (i, v) in env.iter().enumerate() {
                p.x[arity + i] = *v;
            }
            Ok(Flow::Jump(inst, entry))
        }
        View::Export(m, f, a) if a as usize == arity => call_mfa(p, m, f, arity, tail),
        View::Fun(..) | View::Export(..) => {
            let args: Vec<Term> = p.x[..arity].to_vec();
            let list = p.heap.list(&args);
            let inner = p.heap.tuple(&[fun, list]);
            Err(Exception::error_with(&mut p.heap, atoms::badarity, inner))
        }
        _ => Err(Exception::error_with(&mut p.heap, atoms::badfun, fun)),
    }
}

/// The lambda a call of a fun of `lambda` runs: its own, unless its code
/// was purged. Then, as OTP keys funs by the module's checksum, the same
/// lambda of the current code if that is the same object code (a module
/// reloaded unchanged keeps its funs working), else none (`badfun`).
#[inline(always)]
fn live_lambda(p: &Process, lambda: &'static Lambda) -> Option<&'static Lambda> {
    let inst = lambda.instance();
    if !inst.purged.load(std::sync::atomic::Ordering::Acquire) {
        return Some(lambda);
    }
    same_lambda_in_current(p, inst, lambda.index)
}

#[cold]
#[inline(never)]
fn same_lambda_in_current(p: &Process, purged: &ModuleInstance, index: u32) -> Option<&'static Lambda> {
    let cur = p.vm.code.current(purged.name)?;
    (cur.md5 == purged.md5).then(|| cur.lambdas.get(index as usize)).flatten()
}

/// `Mod:Fun(Args)` with module in x(arity) and function in x(arity+1).
pub(super) fn apply_mfa(p: &mut Process, arity: usize, tail: bool) -> CallResult {
    let (m, f) = (p.x[arity], p.x[arity + 1]);
    match (m.as_atom(), f.as_atom()) {
        (Some(m), Some(f)) => call_mfa(p, m, f, arity, tail),
        _ => Err(apply_badarg(p, m, f, arity)),
    }
}

/// OTP: badarg from erlang:apply(M, F, Args).
#[cold]
#[inline(never)]
fn apply_badarg(p: &mut Process, m: Term, f: Term, arity: usize) -> Exception {
    let args: Vec<Term> = p.x[..arity].to_vec();
    let list = p.heap.list(&args);
    note_bif_failure(p, atoms::erlang, atoms::apply, &[m, f, list]);
    Exception::badarg()
}

/// Moves the elements of list `args` into x0..; `None` if not a proper list.
fn unpack_args(p: &mut Process, args: Term) -> Option<usize> {
    let mut n = 0;
    let mut t = args;
    while let Some((h, tl)) = t.as_cons() {
        if n >= crate::process::X_REGS - 2 {
            return None;
        }
        p.x[n] = h;
        n += 1;
        t = tl;
    }
    t.is_nil().then_some(n)
}

fn special(p: &mut Process, s: Special, arity: usize, tail: bool) -> CallResult {
    match s {
        Special::Apply2 => {
            let (fun, args) = (p.x[0], p.x[1]);
            let Some(n) = unpack_args(p, args) else {
                return Err(Exception::badarg());
            };
            p.x[n] = fun;
            call_fun(p, n, tail)
        }
        Special::Apply3 => {
            let (m, f, args) = (p.x[0], p.x[1], p.x[2]);
            let Some(n) = unpack_args(p, args) else {
                return Err(Exception::badarg());
            };
            match (m.as_atom(), f.as_atom()) {
                (Some(m), Some(f)) => call_mfa(p, m, f, n, tail),
                _ => Err(Exception::badarg()),
            }
        }
        Special::Hibernate => {
            // The stack goes, so returning from M:F ends the process. With
            // no message queued the process waits here (seen as
            // erlang:hibernate/3) and runs this call again when one comes.
            // ferl does not shrink the heap.
            let (m, f, args) = (p.x[0], p.x[1], p.x[2]);
            let (Some(m), Some(f)) = (m.as_atom(), f.as_atom()) else {
                return Err(Exception::badarg());
            };
            if args.list_to_vec().is_none() {
                return Err(Exception::badarg());
            }
            p.stack.clear();
            p.ybase = 0;
            p.catches.clear();
            p.cp = crate::process::Ret::NONE;
            p.recv_cursor = 0;
            p.hibernating = p.mailbox.is_empty();
            if p.hibernating {
                return Ok(Flow::WaitRetry);
            }
            let Some(n) = unpack_args(p, args) else {
                return Err(Exception::badarg());
            };
            call_mfa(p, m, f, n, true)
        }
        Special::Halt => {
            let code = if arity == 0 {
                0
            } else {
                match p.x[0].view() {
                    View::Small(n) => n as i32,
                    View::Atom(a) if a.name() == "abort" => 134,
                    _ => 1,
                }
            };
            if let Some(slogan) = if arity == 0 { None } else { crate::bif::erlang::halt::slogan(p.x[0]) } {
                crate::bif::erlang::halt::crash_dump(&slogan);
            }
            crate::io::flush_all();
            Ok(Flow::Halt(code))
        }
        Special::ModuleInfo => {
            let v = crate::bif::module_info(p, arity)?;
            p.x[0] = v;
            Ok(if tail { Flow::Return } else { Flow::Next })
        }
    }
}

/// A BIF called inline (`Op::Bif`): arguments given, no frame change.
/// `frame` says whether a failure shows the BIF in the stack trace.
pub(super) fn bif_inline(
    p: &mut Process,
    inst: &ModuleInstance,
    import: u32,
    args: &[Term],
    frame: bool,
) -> Result<Term, Exception> {
    let imp = &inst.imports[import as usize];
    match imp.bif {
        Some(bif) => bif(p, args).inspect_err(|e| {
            if e.trace.is_none() && frame {
                note_bif_failure(p, imp.module, imp.function, args);
            }
        }),
        None => {
            let list = p.heap.list(args);
            p.bif_frame = Some(BifFrame { module: imp.module, function: imp.function, args: list, error_info: false });
            Err(Exception::error_atom(atoms::undef))
        }
    }
}
