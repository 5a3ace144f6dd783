//! BIFs about funs: `erlang:make_fun/3` (behind `fun M:F/A`),
//! `erlang:fun_info/2`, `erlang:is_function/2`.

use super::Bif;
use crate::exception::{ensure, BifResult, Exception};
use crate::process::Process;
use crate::term::{Atom, Term, View};

pub(crate) const BIFS: &[Bif] = &[
    Bif::new("erlang", "make_fun", 3, make_fun),
    Bif::new("erlang", "fun_info", 2, fun_info),
    Bif::new("erlang", "fun_info_mfa", 1, fun_info_mfa),
    Bif::new("erlang", "is_function", 2, is_function),
    Bif::new("erlang", "function_exported", 3, function_exported),
];

/// Whether `M:F/A` is exported by loaded code (stdlib modules count as
/// loaded, as OTP has them loaded by the time a script runs).
fn function_exported(p: &mut Process, args: &[Term]) -> BifResult {
    let (m, f) = match (args[0].as_atom(), args[1].as_atom()) {
        (Some(m), Some(f)) => (m, f),
        _ => return Err(Exception::badarg()),
    };
    let a = args[2].as_small().filter(|a| *a >= 0).ok_or_else(Exception::badarg)?;
    // As OTP's: a native function counts as exported (erlang:abs/1,
    // maps:get/2, ...), whether or not its module has Erlang code.
    // The interpreter's own (erlang:apply/2,3, halt/0,1,2, ...) too.
    let native = |a| super::lookup(m, f, a).is_some() || crate::code::Special::of(m, f, a).is_some();
    if u32::try_from(a).is_ok_and(native) {
        return Ok(Term::boolean(true));
    }
    let Some(inst) = p.vm.ensure_loaded(m) else { return Ok(Term::boolean(false)) };
    Ok(Term::boolean(inst.exports.iter().any(|&(ef, ea)| ef == f && ea as i64 == a)))
}

fn make_fun(p: &mut Process, args: &[Term]) -> BifResult {
    let (m, f) = match (args[0].as_atom(), args[1].as_atom()) {
        (Some(m), Some(f)) => (m, f),
        _ => return Err(Exception::badarg()),
    };
    let a = args[2].as_small().filter(|a| (0..=255).contains(a)).ok_or_else(Exception::badarg)?;
    Ok(p.heap.export_fun(m, f, a as u32))
}

fn is_function(_p: &mut Process, args: &[Term]) -> BifResult {
    let n = args[1].as_small().filter(|n| *n >= 0).ok_or_else(Exception::badarg)?;
    Ok(Term::boolean(match args[0].view() {
        View::Fun(l, _) => l.arity as i64 == n,
        View::Export(_, _, a) => a as i64 == n,
        _ => false,
    }))
}

fn fun_info(p: &mut Process, args: &[Term]) -> BifResult {
    let item = args[1].as_atom().ok_or_else(Exception::badarg)?;
    let value = match (args[0].view(), item.name()) {
        (View::Fun(l, _), "arity") => Term::int(l.arity as i64),
        (View::Export(_, _, a), "arity") => Term::int(a as i64),
        (View::Fun(l, _), "module") => Term::atom(l.module),
        (View::Export(m, _, _), "module") => Term::atom(m),
        (View::Fun(l, _), "name") => Term::atom(l.function),
        (View::Export(_, f, _), "name") => Term::atom(f),
        (View::Fun(..), "type") => Term::atom(Atom::intern("local")),
        (View::Export(..), "type") => Term::atom(Atom::intern("external")),
        (View::Fun(l, _), "index") => Term::int(l.index as i64),
        (View::Fun(_, env), "env") => p.heap.list(env),
        (View::Export(..), "env") => Term::NIL,
        (View::Fun(..) | View::Export(..), _) => return Err(Exception::badarg()),
        _ => {
            ensure(false)?;
            Term::NIL
        }
    };
    Ok(p.heap.tuple(&[args[1], value]))
}

/// `{Module, Name, Arity}` of a fun (what proc_lib records as the initial
/// call of a process started with a fun).
fn fun_info_mfa(p: &mut Process, args: &[Term]) -> BifResult {
    let (m, f, a) = match args[0].view() {
        View::Fun(l, _) => (l.module, l.function, l.arity),
        View::Export(m, f, a) => (m, f, a),
        _ => return Err(Exception::badarg()),
    };
    Ok(p.heap.tuple(&[Term::atom(m), Term::atom(f), Term::int(a as i64)]))
}
