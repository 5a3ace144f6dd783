//! `ferl_code_info:object_info/1`: what an object file's code calls, read
//! without loading it. The upgrade checker (`stdlib/relup_check*.erl`)
//! walks these call graphs to find calls an upgrade step would make into
//! code that is not loaded yet (from a step, or from the callbacks of
//! processes running meanwhile: hence the callbacks a behaviour module
//! declares), and receive loops that pin processes to old code. The facts
//! come straight from the bytecode, so they hold for whatever the source
//! (macros, parse transforms) turned into.

use super::Bif;
use crate::code::loader;
use crate::exception::{BifResult, Exception};
use crate::process::Process;
use crate::term::{Atom, Term};
use ferl_compiler::bytecode::{Literal, Module, Op, Src};
use ferl_compiler::object::{self, ObjectError};
use std::collections::BTreeSet;

mod first_arg;

pub(crate) const BIFS: &[Bif] = &[
    Bif::new("ferl_code_info", "object_info", 1, object_info),
    Bif::new("ferl_code_info", "calls_when", 4, calls_when),
];

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
/// the compiler was given it), `attributes`, `exports` (`[{F, A}]`),
/// `callbacks` (`[{F, A}]`: what the module's `behaviour_info(callbacks)`
/// returns when the module is a behaviour, else `[]`) and `functions`:
/// `[{F, A, #{local, funs, remote, dynamic, 'receive'}}]`.
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

/// The code range of each function, by index into `m.functions`: from its
/// entry to the next function's entry.
fn ranges(m: &Module) -> Vec<(usize, usize)> {
    let mut order: Vec<usize> = (0..m.functions.len()).collect();
    order.sort_by_key(|&i| m.functions[i].entry);
    let mut out = vec![(0, 0); m.functions.len()];
    for (k, &i) in order.iter().enumerate() {
        let start = m.functions[i].entry as usize;
        let end = order.get(k + 1).map_or(m.code.len(), |&j| m.functions[j].entry as usize);
        out[i] = (start, end.max(start));
    }
    out
}

/// Each function's facts, by index into `m.functions`.
fn facts(m: &Module) -> Vec<Facts> {
    ranges(m)
        .into_iter()
        .map(|(start, end)| {
            let mut f = Facts::default();
            for op in m.code.get(start..end).unwrap_or(&[]) {
                scan(m, op, &mut f);
            }
            f
        })
        .collect()
}

fn scan(m: &Module, op: &Op, f: &mut Facts) {
    // (Object files hold generic instructions only; `generic` keeps a
    // loader-made form reading as the one it came from.)
    let op = &op.generic();
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

/// `{ok, Facts}`: the facts (as in `object_info/1`) of the part of
/// function `F/A` that can run when its first argument is `{down, _}`
/// (Assumption `down`) or is anything else (`not_down`); `none` when the
/// module has no such function; `{error, Reason}` as `object_info/1`.
/// This tells a `code_change`'s downgrade clauses from its upgrade ones.
/// Raises `badarg` for arguments of the wrong type.
fn calls_when(p: &mut Process, args: &[Term]) -> BifResult {
    let bytes = args[0].as_bits().and_then(|b| b.as_aligned().map(<[u8]>::to_vec)).ok_or_else(Exception::badarg)?;
    let name = args[1].as_atom().ok_or_else(Exception::badarg)?;
    let arity = args[2].as_small().and_then(|a| u32::try_from(a).ok()).ok_or_else(Exception::badarg)?;
    let assume = match args[3].as_atom().map(|a| a.name()) {
        Some("down") => first_arg::Assume::Down,
        Some("not_down") => first_arg::Assume::NotDown,
        _ => return Err(Exception::badarg()),
    };
    let m = match object::decode(&bytes) {
        Ok(m) => m,
        Err(e) => {
            let why = error_term(p, &e);
            return Ok(p.heap.tuple(&[Term::named("error"), why]));
        }
    };
    let Some(i) = m.functions.iter().position(|f| f.name == name.name() && f.arity == arity) else {
        return Ok(Term::named("none"));
    };
    let (start, end) = ranges(&m)[i];
    let mut f = Facts::default();
    for pc in first_arg::reachable(&m, start, end, assume) {
        scan(&m, &m.code[pc], &mut f);
    }
    let facts = facts_map(p, &m, &f);
    Ok(p.heap.tuple(&[Term::named("ok"), facts]))
}

fn facts_map(p: &mut Process, m: &Module, facts: &Facts) -> Term {
    let local_fa = |p: &mut Process, i: &u32| {
        m.functions.get(*i as usize).map(|f| {
            let a = p.heap.int(i64::from(f.arity));
            p.heap.tuple(&[Term::atom(Atom::intern(&f.name)), a])
        })
    };
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
    p.heap.map(&mut pairs)
}

/// The callbacks a behaviour declares, read from its `behaviour_info/1`
/// without running it: the `[{F, A}]` list literals the function returns
/// (its `callbacks` clause, and `optional_callbacks`, a subset of it).
/// The upgrade checker needs them to know which functions of a module
/// implementing the behaviour its processes enter.
fn callbacks(m: &Module) -> BTreeSet<(String, u32)> {
    let mut out = BTreeSet::new();
    let Some(i) = m.functions.iter().position(|f| f.name == "behaviour_info" && f.arity == 1) else {
        return out;
    };
    let (start, end) = ranges(m)[i];
    for op in m.code.get(start..end).unwrap_or(&[]) {
        if let Op::Move { src: Src::Lit(l), .. } = op {
            if let Some(fas) = m.literals.get(*l as usize).and_then(fa_list) {
                out.extend(fas);
            }
        }
    }
    out
}

/// A literal `[{F, A}]` list, or None for any other literal.
fn fa_list(lit: &Literal) -> Option<Vec<(String, u32)>> {
    let mut out = Vec::new();
    let mut rest = lit;
    loop {
        match rest {
            Literal::Nil => return Some(out),
            Literal::Cons(head, tail) => {
                match head.as_ref() {
                    Literal::Tuple(es) => match es.as_slice() {
                        [Literal::Atom(f), Literal::Int(a)] => out.push((f.clone(), u32::try_from(a).ok()?)),
                        _ => return None,
                    },
                    _ => return None,
                }
                rest = tail;
            }
            _ => return None,
        }
    }
}

fn info_map(p: &mut Process, m: &Module) -> Term {
    let fa = |p: &mut Process, name: &str, arity: u32| {
        let a = p.heap.int(i64::from(arity));
        p.heap.tuple(&[Term::atom(Atom::intern(name)), a])
    };
    let mut functions = Vec::new();
    for (f, facts) in m.functions.iter().zip(facts(m)) {
        let facts = facts_map(p, m, &facts);
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
    let callbacks: Vec<Term> = callbacks(m).iter().map(|(name, arity)| fa(p, name, *arity)).collect();
    let callbacks = p.heap.list(&callbacks);
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
        (Term::named("callbacks"), callbacks),
        (Term::named("functions"), functions),
    ];
    p.heap.map(&mut pairs)
}

#[cfg(test)]
mod tests {
    use super::*;

    const SRC: &str = r#"
-module(cc).
-export([code_change/3, loop/1]).
code_change({down, "1"}, S, _) -> down_lit:f(S);
code_change({down, _}, S, _) -> down_any:f(S);
code_change("1", S, _) -> up:f(S);
code_change(Old, S, _) when is_tuple(Old) -> tuple:f(S);
code_change(_, S, _) -> helper(S).
helper(S) -> other:f(S).
loop(N) -> receive {add, K} -> loop(N + K) end.
"#;

    fn remote_of(m: &Module, assume: first_arg::Assume) -> Vec<String> {
        let i = m.functions.iter().position(|f| f.name == "code_change" && f.arity == 3).expect("code_change/3");
        let (start, end) = ranges(m)[i];
        let mut f = Facts::default();
        for pc in first_arg::reachable(m, start, end, assume) {
            scan(m, &m.code[pc], &mut f);
        }
        let mut out: Vec<String> = f.remote.iter().map(|(md, _, _)| md.clone()).collect();
        out.extend(f.local.iter().map(|i| m.functions[*i as usize].name.clone()));
        out
    }

    #[test]
    fn clauses_split_by_direction() {
        let (m, _) = ferl_compiler::compile::compile_source("cc.erl", SRC, &[]).expect("compiles");
        // `{down, _}` takes every downgrade: the clauses after it cannot run.
        assert_eq!(remote_of(&m, first_arg::Assume::Down), ["down_any", "down_lit"]);
        assert_eq!(remote_of(&m, first_arg::Assume::NotDown), ["tuple", "up", "helper"]);
    }

    #[test]
    fn behaviour_callbacks() {
        let src = "-module(beh).\n-callback handle(term()) -> ok.\n-callback 'Odd'(a, b) -> ok.\n\
                   -optional_callbacks(['Odd'/2]).\n";
        let (m, _) = ferl_compiler::compile::compile_source("beh.erl", src, &[]).expect("compiles");
        let got: Vec<(String, u32)> = callbacks(&m).into_iter().collect();
        assert_eq!(got, [("Odd".to_string(), 2), ("handle".to_string(), 1)]);
        let (m, _) = ferl_compiler::compile::compile_source("cc.erl", SRC, &[]).expect("compiles");
        assert!(callbacks(&m).is_empty());
    }

    #[test]
    fn receive_and_local_calls() {
        let (m, _) = ferl_compiler::compile::compile_source("cc.erl", SRC, &[]).expect("compiles");
        let i = m.functions.iter().position(|f| f.name == "loop").expect("loop/1");
        let f = &facts(&m)[i];
        assert!(f.receives);
        assert_eq!(f.local.iter().map(|&j| m.functions[j as usize].name.as_str()).collect::<Vec<_>>(), ["loop"]);
    }
}
