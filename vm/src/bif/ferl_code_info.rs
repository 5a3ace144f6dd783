//! `ferl_code_info:object_info/1`: what an object file's code calls, read
//! without loading it. The upgrade checker (`stdlib/relup_check*.erl`)
//! walks these call graphs to find calls an upgrade step would make into
//! code that is not loaded yet, and receive loops that pin processes to
//! old code. The facts come straight from the bytecode, so they hold for
//! whatever the source (macros, parse transforms) turned into.

use super::Bif;
use crate::code::loader;
use crate::exception::{BifResult, Exception};
use crate::process::Process;
use crate::term::{Atom, Term};
use ferl_compiler::bytecode::{Module, Op, Src};
use ferl_compiler::object::{self, ObjectError};
use std::collections::BTreeSet;

pub(crate) const BIFS: &[Bif] = &[Bif::new("ferl_code_info", "object_info", 1, object_info)];

/// What one function does, as far as calls and receives go.
#[derive(Default)]
struct Facts {
    /// Local calls (`call`, `call_only`): indexes into `Module::functions`.
    local: BTreeSet<u32>,
    /// Funs made here of local functions (`make_fun`): they may run later.
    funs: BTreeSet<u32>,
    /// Static remote calls and `fun M:F/A` references: (module, function, arity).
    remote: BTreeSet<(String, String, u32)>,
    /// Calls whose target is only known at run time (`apply`, fun calls).
    dynamic: bool,
    /// Whether it contains a `receive` (including `receive after`).
    receives: bool,
}

/// `{ok, Info}` for an object file's bytes, or `{error, Reason}` when they
/// are not a readable object file (`bad_magic`, `truncated`, `checksum`,
/// `{unsupported_version, V}`, `{corrupt, Text}`). Info is a map:
/// `module`, `md5` (what `module_info(md5)` gives once loaded), `code_md5`
/// (the checksum of the code alone: the source file name, line table and
/// attributes left out, so a module recompiled from an identical source
/// elsewhere compares equal), `source` (the file it was compiled from, as
/// the compiler was given it), `attributes`, `exports` (`[{F, A}]`) and
/// `functions`: `[{F, A, #{local, funs, remote, dynamic, 'receive'}}]`.
/// Raises `badarg` if the argument is not a binary.
fn object_info(p: &mut Process, args: &[Term]) -> BifResult {
    let bytes = args[0].as_bits().and_then(|b| b.as_aligned().map(<[u8]>::to_vec)).ok_or_else(Exception::badarg)?;
    let m = match object::decode(&bytes) {
        Ok(m) => m,
        Err(e) => {
            let why = error_term(p, &e);
            return Ok(p.heap.tuple(&[Term::named("error"), why]));
        }
    };
    let info = info_map(p, &m);
    Ok(p.heap.tuple(&[Term::named("ok"), info]))
}

fn error_term(p: &mut Process, e: &ObjectError) -> Term {
    match e {
        ObjectError::BadMagic => Term::named("bad_magic"),
        ObjectError::Truncated => Term::named("truncated"),
        ObjectError::Checksum => Term::named("checksum"),
        ObjectError::UnsupportedVersion(v) => {
            let v = p.heap.int(i64::from(*v));
            p.heap.tuple(&[Term::named("unsupported_version"), v])
        }
        ObjectError::Corrupt(why) => {
            let why = p.heap.string(why);
            p.heap.tuple(&[Term::named("corrupt"), why])
        }
    }
}

/// The checksum of the parts of a module that decide how it runs.
fn code_md5(m: &Module) -> [u8; 16] {
    let mut bare = m.clone();
    bare.file.clear();
    bare.lines.clear();
    bare.attributes.clear();
    object::checksum(&bare)
}

/// Each function's facts, by index into `m.functions`. A function's code
/// runs from its entry to the next function's entry.
fn facts(m: &Module) -> Vec<Facts> {
    let mut order: Vec<usize> = (0..m.functions.len()).collect();
    order.sort_by_key(|&i| m.functions[i].entry);
    let mut out: Vec<Facts> = m.functions.iter().map(|_| Facts::default()).collect();
    for (k, &i) in order.iter().enumerate() {
        let start = m.functions[i].entry as usize;
        let end = order.get(k + 1).map_or(m.code.len(), |&j| m.functions[j].entry as usize);
        let f = &mut out[i];
        for op in m.code.get(start..end).unwrap_or(&[]) {
            scan(m, op, f);
        }
    }
    out
}

fn scan(m: &Module, op: &Op, f: &mut Facts) {
    let import = |i: u32| m.imports.get(i as usize).map(|i| (i.module.clone(), i.function.clone(), i.arity));
    match op {
        Op::Call { function, .. } | Op::CallOnly { function, .. } => {
            f.local.insert(*function);
        }
        Op::MakeFun { lambda, .. } => {
            if let Some(l) = m.lambdas.get(*lambda as usize) {
                f.funs.insert(l.function);
            }
        }
        Op::CallExt { import: i, .. } | Op::CallExtOnly { import: i, .. } => {
            if let Some(target) = import(*i) {
                if target.0 == "erlang" && target.1 == "apply" {
                    f.dynamic = true;
                }
                f.remote.insert(target);
            }
        }
        Op::Bif { import: i, args, .. } => {
            // `fun M:F/A` with literal parts is a static reference.
            if let Some((md, name, 3)) = import(*i) {
                if md == "erlang" && name == "make_fun" {
                    let atom = |s: &Src| match s {
                        Src::Atom(a) => m.atoms.get(*a as usize).cloned(),
                        _ => None,
                    };
                    match (args.first().and_then(atom), args.get(1).and_then(atom), args.get(2)) {
                        (Some(md), Some(name), Some(Src::Int(a))) => {
                            if let Ok(a) = u32::try_from(*a) {
                                f.remote.insert((md, name, a));
                            }
                        }
                        _ => f.dynamic = true,
                    }
                }
            }
        }
        Op::Apply { .. } | Op::ApplyOnly { .. } | Op::CallFun { .. } | Op::CallFunOnly { .. } => f.dynamic = true,
        Op::LoopRec { .. } | Op::Wait { .. } | Op::WaitTimeout { .. } => f.receives = true,
        _ => {}
    }
}

fn info_map(p: &mut Process, m: &Module) -> Term {
    let fa = |p: &mut Process, name: &str, arity: u32| {
        let a = p.heap.int(i64::from(arity));
        p.heap.tuple(&[Term::atom(Atom::intern(name)), a])
    };
    let local_fa = |p: &mut Process, i: &u32| {
        m.functions.get(*i as usize).map(|f| {
            let a = p.heap.int(i64::from(f.arity));
            p.heap.tuple(&[Term::atom(Atom::intern(&f.name)), a])
        })
    };
    let mut functions = Vec::new();
    for (f, facts) in m.functions.iter().zip(facts(m)) {
        let local: Vec<Term> = facts.local.iter().filter_map(|i| local_fa(p, i)).collect();
        let local = p.heap.list(&local);
        let funs: Vec<Term> = facts.funs.iter().filter_map(|i| local_fa(p, i)).collect();
        let funs = p.heap.list(&funs);
        let mut remote = Vec::new();
        for (md, name, arity) in &facts.remote {
            let a = p.heap.int(i64::from(*arity));
            remote.push(p.heap.tuple(&[Term::atom(Atom::intern(md)), Term::atom(Atom::intern(name)), a]));
        }
        let remote = p.heap.list(&remote);
        let mut pairs = vec![
            (Term::named("local"), local),
            (Term::named("funs"), funs),
            (Term::named("remote"), remote),
            (Term::named("dynamic"), Term::boolean(facts.dynamic)),
            (Term::named("receive"), Term::boolean(facts.receives)),
        ];
        let facts = p.heap.map(&mut pairs);
        let a = p.heap.int(i64::from(f.arity));
        functions.push(p.heap.tuple(&[Term::atom(Atom::intern(&f.name)), a, facts]));
    }
    let functions = p.heap.list(&functions);
    let exports: Vec<Term> = m.exports.iter().map(|(name, arity)| fa(p, name, *arity)).collect();
    let exports = p.heap.list(&exports);
    let mut attributes = Vec::new();
    for (name, value) in &m.attributes {
        let v = loader::literal(&mut p.heap, value);
        attributes.push(p.heap.tuple(&[Term::atom(Atom::intern(name)), v]));
    }
    let attributes = p.heap.list(&attributes);
    let md5 = p.heap.binary(&object::checksum(m));
    let code = p.heap.binary(&code_md5(m));
    let source = p.heap.string(&m.file);
    let mut pairs = vec![
        (Term::named("module"), Term::atom(Atom::intern(&m.name))),
        (Term::named("md5"), md5),
        (Term::named("code_md5"), code),
        (Term::named("source"), source),
        (Term::named("attributes"), attributes),
        (Term::named("exports"), exports),
        (Term::named("functions"), functions),
    ];
    p.heap.map(&mut pairs)
}
