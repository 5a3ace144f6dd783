//! Match specifications, as `ets:select/2` and its relatives take them:
//! `[{Head, Guards, Body}]`. A head is a pattern over the object, with
//! `'$N'` variables and `'_'`; guards and body are expressions: `'$N'`,
//! `'$_'` (the object), `'$$'` (the bound variables in number order),
//! `{const, T}`, `{{E...}}` (a tuple), lists, `{Function, Args...}` of the
//! guard functions, and any other term as itself. `ets:match/2` and
//! `ets:match_object/2` are specifications of one clause.
//!
//! Expressions are evaluated against the stored object in place; what the
//! body returns is copied to the caller's heap by the caller. A guard that
//! fails or raises makes its clause not match, as in OTP.

use crate::exception::Exception;
use crate::process::Process;
use crate::term::{atoms, order, Atom, Term};
use smallvec::SmallVec;

/// The `'$N'` number of an atom, if it is a match variable.
fn var_number(t: Term) -> Option<u32> {
    let name = t.as_atom()?.name();
    let digits = name.strip_prefix('$')?;
    if digits.is_empty() || !digits.bytes().all(|b| b.is_ascii_digit()) || digits.len() > 9 {
        return None;
    }
    digits.parse().ok()
}

fn is_named(t: Term, name: &str) -> bool {
    t.as_atom().is_some_and(|a| a.name() == name)
}

/// Variable bindings of one clause, by number.
#[derive(Default)]
struct Bindings(SmallVec<[(u32, Term); 8]>);

impl Bindings {
    fn get(&self, n: u32) -> Option<Term> {
        self.0.iter().find(|(k, _)| *k == n).map(|(_, t)| *t)
    }

    /// All bound values in number order (`'$$'`).
    fn in_order(&self) -> Vec<Term> {
        let mut v: Vec<(u32, Term)> = self.0.to_vec();
        v.sort_by_key(|(k, _)| *k);
        v.into_iter().map(|(_, t)| t).collect()
    }
}

/// Whether `pat` matches `t`, binding its variables (a variable bound
/// already must meet an equal term, `=:=`).
fn matches(pat: Term, t: Term, b: &mut Bindings) -> bool {
    // Nested patterns are walked with a work list: no recursion on the
    // Rust stack, however deep the pattern.
    let mut work: Vec<(Term, Term)> = vec![(pat, t)];
    while let Some((pat, t)) = work.pop() {
        if let Some(n) = var_number(pat) {
            match b.get(n) {
                Some(v) if !order::exact_eq(v, t) => return false,
                Some(_) => {}
                None => b.0.push((n, t)),
            }
            continue;
        }
        if is_named(pat, "_") {
            continue;
        }
        if let Some(ps) = pat.as_tuple() {
            match t.as_tuple() {
                Some(ts) if ts.len() == ps.len() => work.extend(ps.iter().copied().zip(ts.iter().copied())),
                _ => return false,
            }
            continue;
        }
        if let Some((ph, pt)) = pat.as_cons() {
            match t.as_cons() {
                Some((th, tt)) => {
                    work.push((pt, tt));
                    work.push((ph, th));
                }
                None => return false,
            }
            continue;
        }
        // Maps in patterns match as terms (their values are patterns in
        // OTP; plain map constants are what programs use).
        if !order::exact_eq(pat, t) {
            return false;
        }
    }
    true
}

/// One compiled clause.
struct Clause {
    head: Term,
    guards: Vec<Term>,
    body: Vec<Term>,
}

/// A checked match specification.
pub struct MatchSpec {
    clauses: Vec<Clause>,
}

impl MatchSpec {
    /// Checks `ms`'s shape: `None` if it is not a match specification.
    pub fn compile(ms: Term) -> Option<MatchSpec> {
        let mut clauses = Vec::new();
        for c in ms.list_to_vec()? {
            let &[head, guards, body] = c.as_tuple()? else { return None };
            let head_ok = head.as_tuple().is_some() || is_named(head, "_") || var_number(head).is_some();
            if !head_ok {
                return None;
            }
            clauses.push(Clause { head, guards: guards.list_to_vec()?, body: body.list_to_vec()? });
        }
        Some(MatchSpec { clauses })
    }

    /// The specification `[{Pattern, [], [Result]}]` of `ets:match/2`
    /// (`'$$'`) and `ets:match_object/2` (`'$_'`).
    pub fn of_pattern(pattern: Term, result: &str) -> MatchSpec {
        MatchSpec { clauses: vec![Clause { head: pattern, guards: Vec::new(), body: vec![Term::named(result)] }] }
    }

    /// What the first clause that matches `obj` returns (on `p`'s heap or
    /// in the object: the caller copies it), or `None`.
    pub fn run(&self, p: &mut Process, obj: Term) -> Option<Term> {
        for c in &self.clauses {
            let mut b = Bindings::default();
            if !matches(c.head, obj, &mut b) {
                continue;
            }
            let cx = Cx { obj, b: &b, depth: std::cell::Cell::new(0) };
            let pass = c.guards.iter().all(|g| cx.eval(p, *g).is_ok_and(|v| v.is_atom_of(atoms::true_)));
            if !pass {
                continue;
            }
            let mut last = Term::atom(atoms::true_);
            for e in &c.body {
                match cx.eval(p, *e) {
                    Ok(v) => last = v,
                    // A body that raises gives the clause up, as OTP's does.
                    Err(_) => return None,
                }
            }
            return Some(last);
        }
        None
    }
}

/// What an expression sees: the object and the clause's bindings.
struct Cx<'a> {
    obj: Term,
    b: &'a Bindings,
    /// How deep the expression being evaluated is nested.
    depth: std::cell::Cell<u32>,
}

/// Expressions nest at most this deep (evaluation recurses on the Rust
/// stack); a deeper specification is refused as OTP refuses bad ones.
const MAX_DEPTH: u32 = 2_000;

impl Cx<'_> {
    fn eval(&self, p: &mut Process, e: Term) -> Result<Term, Exception> {
        let d = self.depth.get();
        if d >= MAX_DEPTH {
            return Err(Exception::badarg());
        }
        self.depth.set(d + 1);
        let r = self.eval_nested(p, e);
        self.depth.set(d);
        r
    }

    fn eval_nested(&self, p: &mut Process, e: Term) -> Result<Term, Exception> {
        if let Some(a) = e.as_atom() {
            return match a.name() {
                "$_" => Ok(self.obj),
                "$$" => {
                    let all = self.b.in_order();
                    Ok(p.heap.list(&all))
                }
                _ => match var_number(e) {
                    // An unbound variable makes the expression fail.
                    Some(n) => self.b.get(n).ok_or_else(Exception::badarg),
                    None => Ok(e),
                },
            };
        }
        if let Some((h, t)) = e.as_cons() {
            // A list of expressions, evaluated element by element.
            let mut items = vec![self.eval(p, h)?];
            let mut rest = t;
            while let Some((h, t)) = rest.as_cons() {
                items.push(self.eval(p, h)?);
                rest = t;
            }
            let tail = self.eval(p, rest)?;
            return Ok(p.heap.list_with_tail(&items, tail));
        }
        let Some(elems) = e.as_tuple() else { return Ok(e) };
        match elems {
            [inner] if inner.as_tuple().is_some() => {
                // {{E...}}: a tuple of the elements' values.
                let parts = inner.as_tuple().unwrap_or(&[]);
                let mut vals = Vec::with_capacity(parts.len());
                for x in parts {
                    vals.push(self.eval(p, *x)?);
                }
                Ok(p.heap.tuple(&vals))
            }
            [c, v] if is_named(*c, "const") => Ok(*v),
            [f, args @ ..] if f.is_atom() => self.call(p, f.as_atom().unwrap_or(atoms::undefined), args),
            _ => Err(Exception::badarg()),
        }
    }

    fn call(&self, p: &mut Process, f: Atom, args: &[Term]) -> Result<Term, Exception> {
        let t = Term::atom(atoms::true_);
        match (f.name(), args) {
            ("andalso", _) => {
                for a in args {
                    if !self.eval(p, *a)?.is_atom_of(atoms::true_) {
                        return Ok(Term::atom(atoms::false_));
                    }
                }
                return Ok(t);
            }
            ("orelse", _) => {
                for a in args {
                    if self.eval(p, *a)?.is_atom_of(atoms::true_) {
                        return Ok(t);
                    }
                }
                return Ok(Term::atom(atoms::false_));
            }
            ("self", []) => return Ok(Term::pid(p.pid)),
            _ => {}
        }
        let arity = args.len() as u32;
        if !ferl_compiler::lint::is_guard_function(f.name(), arity) {
            return Err(Exception::badarg());
        }
        let bif = crate::bif::lookup(atoms::erlang, f, arity).ok_or_else(Exception::badarg)?;
        let mut vals: SmallVec<[Term; 3]> = SmallVec::new();
        for a in args {
            vals.push(self.eval(p, *a)?);
        }
        bif(p, &vals)
    }
}
