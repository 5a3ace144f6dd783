//! Raising: building OTP-shaped stack traces from the process's frames and
//! unwinding to the innermost `try` or `catch`.

use super::Exit;
use crate::code::ModuleInstance;
use crate::exception::{Class, Exception};
use crate::heap::Heap;
use crate::process::{CatchKind, Cp, Process};
use crate::term::{atoms, Atom, Term};
use ferl_compiler::bytecode::Op;

/// OTP's default `backtrace_depth`.
const MAX_DEPTH: usize = 8;

fn location(heap: &mut Heap, inst: &ModuleInstance, pc: u32) -> Term {
    let line = inst.line_at(pc);
    if line == 0 {
        return Term::NIL;
    }
    let file = heap.string(&inst.file);
    let f = heap.tuple(&[Term::atom(atoms::file), file]);
    let l = heap.tuple(&[Term::atom(atoms::line), Term::int(line as i64)]);
    heap.list(&[f, l])
}

fn frame_at(heap: &mut Heap, inst: &ModuleInstance, pc: u32, args: Option<Term>) -> Option<Term> {
    let f = inst.function_at(pc)?;
    if inst.name.name() == "ferl_spawn" {
        // A spawned process starts in erlang:apply/2,3, as in OTP.
        let arity = if f.name.name() == "apply_fun" { 2 } else { 3 };
        return Some(heap.tuple(&[Term::atom(atoms::erlang), Term::atom(atoms::apply), Term::int(arity), Term::NIL]));
    }
    let loc = location(heap, inst, pc);
    let a = args.unwrap_or(Term::int(f.arity as i64));
    Some(heap.tuple(&[Term::atom(inst.name), Term::atom(f.name), a, loc]))
}

/// The location list of a BIF's frame: `[{error_info, #{module => ...}}]`
/// naming where OTP's error explanations live, with the cause OTP records
/// and, for a function that is Erlang code in OTP, its file and line
/// first (see `error_format`).
fn error_info(heap: &mut Heap, m: Atom, f: Atom, args: &[Term], cause: Option<&'static str>) -> Term {
    use crate::error_format::{errors_module, kernel, otp_location};
    let key = Term::named;
    let mut pairs = vec![(key("module"), key(errors_module(m)))];
    if let Some(cause) = cause.filter(|c| *c != "none").or_else(|| kernel::cause(m, f, args)) {
        pairs.push((key("cause"), key(cause)));
    }
    let map = heap.map(&mut pairs);
    let info = heap.tuple(&[Term::atom(atoms::error_info), map]);
    let Some((file, line)) = otp_location(m, f, args.len()) else {
        return heap.list(&[info]);
    };
    let file = heap.string(file);
    let file = heap.tuple(&[Term::atom(atoms::file), file]);
    let line = heap.tuple(&[Term::atom(atoms::line), Term::int(line)]);
    heap.list(&[file, line, info])
}

/// A failed binary construction's entry: its location list ends with
/// `{error_info, #{cause => Cause, function => format_bs_fail, module =>
/// erl_erts_errors}}`, as OTP's does.
fn with_bs_cause(heap: &mut Heap, entry: Term, cause: Term) -> Term {
    let Some(&[m, f, a, loc]) = entry.as_tuple() else { return entry };
    let key = Term::named;
    let mut pairs =
        vec![(key("cause"), cause), (key("function"), key("format_bs_fail")), (key("module"), key("erl_erts_errors"))];
    let map = heap.map(&mut pairs);
    let info = heap.tuple(&[Term::atom(atoms::error_info), map]);
    let mut items = loc.list_to_vec().unwrap_or_default();
    items.push(info);
    let loc = heap.list(&items);
    heap.tuple(&[m, f, a, loc])
}

/// The stack trace of an exception raised at `pc` of `inst`.
pub fn build_stacktrace(p: &mut Process, inst: &ModuleInstance, pc: u32) -> Term {
    let mut entries = Vec::new();
    // Taken whatever the frame: a cause never outlives its failure.
    let cause = crate::error_format::take_bif_cause();
    if let Some(b) = p.bif_frame.take() {
        let info = if b.error_info {
            let args = b.args.list_to_vec().unwrap_or_default();
            error_info(&mut p.heap, b.module, b.function, &args, cause)
        } else {
            Term::NIL
        };
        entries.push(p.heap.tuple(&[Term::atom(b.module), Term::atom(b.function), b.args, info]));
    }
    // function_clause reports the arguments instead of the arity.
    let args = match inst.code.get(pc as usize) {
        Some(Op::FunctionClause { function }) => {
            let arity = inst.functions.get(*function as usize).map_or(0, |f| f.arity as usize);
            let xs: Vec<Term> = p.x[..arity].to_vec();
            Some(p.heap.list(&xs))
        }
        _ => p.frame_args.take(),
    };
    let call_error = std::mem::take(&mut p.call_error);
    let bs_cause = std::mem::replace(&mut p.bs_cause, Term::NIL);
    if !call_error {
        if let Some(e) = frame_at(&mut p.heap, inst, pc, args) {
            let e = if bs_cause.is_nil() { e } else { with_bs_cause(&mut p.heap, e, bs_cause) };
            entries.push(e);
        }
    }
    // Until the running function has its frame, its caller's return
    // address is in `p.cp` alone.
    let first = (!inst.holds_frame(pc) || call_error).then(|| p.cp.cp());
    // Walked only as far as the trace goes (a deep stack would make each
    // exception cost its depth). A return address equal to the one before
    // it (a recursive call site) appears once, as in BEAM.
    let mut callers: Vec<Cp> = Vec::new();
    for cp in first.into_iter().chain(p.frame_returns()) {
        if callers.last() != Some(&cp) {
            if callers.len() >= MAX_DEPTH {
                break;
            }
            callers.push(cp);
        }
    }
    for cp in callers {
        if entries.len() >= MAX_DEPTH {
            break;
        }
        if let Some(i) = cp.instance() {
            if let Some(e) = frame_at(&mut p.heap, i, cp.pc.saturating_sub(1), None) {
                entries.push(e);
            }
        }
    }
    for &t in p.bottom_frames.clone().iter() {
        if entries.len() >= MAX_DEPTH {
            break;
        }
        let t = p.heap.copy_term(t);
        entries.push(t);
    }
    p.heap.list(&entries)
}

/// `process_info(P, current_stacktrace)`: where `t` is and its callers.
/// For the process asking about itself (`in_bif`), the top entry is the
/// function that called the BIF, found through the return address.
pub fn current_stacktrace(heap: &mut Heap, t: &Process, in_bif: bool) -> Term {
    let mut places: Vec<(Cp, bool)> = Vec::new();
    if in_bif {
        places.push((t.cp.cp(), true));
    } else {
        places.push((t.pc, false));
        if !t.pc.instance().is_some_and(|i| i.holds_frame(t.pc.pc)) {
            places.push((t.cp.cp(), true));
        }
    }
    places.extend(t.frame_returns().map(|ret| (ret, true)));
    places.dedup_by_key(|(cp, _)| *cp);
    let mut entries = Vec::new();
    for (cp, is_return) in places {
        if entries.len() >= MAX_DEPTH {
            break;
        }
        if let Some(i) = cp.instance() {
            let pc = if is_return { cp.pc.saturating_sub(1) } else { cp.pc };
            if let Some(e) = frame_at(heap, i, pc, None) {
                entries.push(e);
            }
        }
    }
    for &b in t.bottom_frames.iter() {
        if entries.len() >= MAX_DEPTH {
            break;
        }
        entries.push(heap.copy_term(b));
    }
    heap.list(&entries)
}

/// Unwinds to the innermost handler. Returns where to continue, or the
/// process's exit when nothing catches.
pub(super) fn handle(
    p: &mut Process,
    inst: &'static ModuleInstance,
    pc: u32,
    exc: Exception,
) -> Result<(&'static ModuleInstance, u32), Exit> {
    let trace = match exc.trace {
        Some(t) => {
            p.bif_frame = None;
            p.bs_cause = Term::NIL;
            t
        }
        None => build_stacktrace(p, inst, pc),
    };
    let Some(entry) = p.catches.pop() else {
        return Err(Exit::Exception { class: exc.class, reason: exc.reason, trace });
    };
    // The stack is never shorter than when the handler's `Try` ran (its
    // function's frame is still there): a handler that says otherwise
    // outlived its function, which only a damaged object file can make.
    // The handler reads its frame's y slots unchecked (`code::frames`).
    if entry.stack as usize > p.stack.len() {
        return Err(super::outcome::internal_error());
    }
    p.stack.truncate(entry.stack as usize);
    p.ybase = entry.ybase;
    match entry.kind {
        CatchKind::Try => {
            p.x[0] = Term::atom(exc.class.atom());
            p.x[1] = exc.reason;
            p.x[2] = trace;
        }
        CatchKind::Catch => {
            p.x[0] = match exc.class {
                Class::Throw => exc.reason,
                Class::Exit => p.heap.tuple(&[Term::atom(atoms::EXIT), exc.reason]),
                Class::Error => {
                    let inner = p.heap.tuple(&[exc.reason, trace]);
                    p.heap.tuple(&[Term::atom(atoms::EXIT), inner])
                }
            };
        }
    }
    let handler = entry.handler.instance().unwrap_or(inst);
    Ok((handler, entry.handler.pc))
}

/// The frames an escript's main process shows below `main/1`, as OTP's
/// escript runner has them.
pub fn escript_bottom_frames(heap: &mut Heap) -> Vec<Term> {
    let mut out = Vec::new();
    for (m, f, a, file, line) in
        [("escript", "run", 2, "escript.erl", 750), ("escript", "start", 1, "escript.erl", 277)]
    {
        let fl = heap.string(file);
        let ft = heap.tuple(&[Term::atom(atoms::file), fl]);
        let lt = heap.tuple(&[Term::atom(atoms::line), Term::int(line)]);
        let loc = heap.list(&[ft, lt]);
        out.push(heap.tuple(&[Term::atom(Atom::intern(m)), Term::atom(Atom::intern(f)), Term::int(a), loc]));
    }
    for (f, a) in [("start_em", 1), ("do_boot", 3)] {
        out.push(heap.tuple(&[Term::atom(Atom::intern("init")), Term::atom(Atom::intern(f)), Term::int(a), Term::NIL]));
    }
    out
}
