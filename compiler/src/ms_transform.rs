//! The `ms_transform` parse transform: in a module compiled with
//! `{parse_transform, ms_transform}` (what `ms_transform.hrl` asks for),
//! each `ets:fun2ms(fun ... end)` becomes the match specification the fun
//! stands for, built where the call was.
//!
//! A clause's one parameter is the head: its variables become `'$1'`,
//! `'$2'`, ... in the order they first appear, `_` stays `'_'`, and a
//! variable matched with the whole parameter (`fun({A, B} = X)`) is the
//! object, `'$_'`. Each guard alternative (`;`) makes a clause of its own.
//! In guards and bodies a tuple is written `{{...}}`, an operator or guard
//! BIF call `{Op, Args...}`, `object()` is `'$_'`, a variable bound
//! outside the fun is `{const, Value}` (its value when the call runs), and
//! an atom that looks like a match variable is `{const, Atom}`. Records
//! become their tuples. Anything else is an error, as in OTP.

use crate::ast::{Attribute, CallTarget, Clause, Expr, ExprKind, Module, Pos, RecordDef};
use crate::diagnostic::Diagnostic;

/// Whether `module` asks for the transform.
fn enabled(module: &Module) -> bool {
    module.attributes.iter().filter(|a| a.name == "compile").any(|a| mentions_ms_transform(&a.value))
}

fn mentions_ms_transform(e: &Expr) -> bool {
    match &e.kind {
        ExprKind::Tuple(v) => {
            matches!(v.as_slice(), [k, m] if is_atom(k, "parse_transform") && is_atom(m, "ms_transform"))
        }
        ExprKind::Cons(h, t) => mentions_ms_transform(h) || mentions_ms_transform(t),
        _ => false,
    }
}

fn is_atom(e: &Expr, name: &str) -> bool {
    matches!(&e.kind, ExprKind::Atom(a) if a == name)
}

/// Rewrites every `ets:fun2ms/1` call of `module`; the errors found.
pub fn apply(module: &mut Module) -> Vec<Diagnostic> {
    if !enabled(module) {
        return Vec::new();
    }
    let records = Recs { defs: module.records.clone(), used: Default::default() };
    let file = module.file.clone();
    let mut errors = Vec::new();
    for f in &mut module.functions {
        for c in &mut f.clauses {
            walk_clause(c, &records, &file, &mut errors);
        }
    }
    let used = records.used.into_inner();
    if !used.is_empty() {
        // Records used only inside the funs are used: the transform read
        // them (OTP does not warn either).
        let pos = Pos::default();
        let names: Vec<Expr> = used.iter().map(|r| atom(pos, r)).collect();
        let value = tuple(pos, vec![atom(pos, "nowarn_unused_record"), list(pos, names)]);
        module.attributes.push(Attribute { pos, name: "compile".to_string(), value });
    }
    errors
}

fn walk_clause(c: &mut Clause, records: &Recs, file: &str, errors: &mut Vec<Diagnostic>) {
    for g in c.guards.iter_mut().flatten() {
        walk(g, records, file, errors);
    }
    for e in &mut c.body {
        walk(e, records, file, errors);
    }
}

/// Finds the calls in `e` and its subexpressions.
fn walk(e: &mut Expr, records: &Recs, file: &str, errors: &mut Vec<Diagnostic>) {
    if let Some(clauses) = fun2ms_call(e) {
        match translate(&clauses, records) {
            Ok(spec) => *e = spec,
            Err((pos, msg)) => errors.push(Diagnostic::error(file, pos, msg)),
        }
        return;
    }
    let mut each = |x: &mut Expr| walk(x, records, file, errors);
    match &mut e.kind {
        ExprKind::Cons(h, t) => {
            each(h);
            each(t);
        }
        ExprKind::Tuple(v) | ExprKind::Block(v) => v.iter_mut().for_each(each),
        ExprKind::Map(base, fields) => {
            if let Some(b) = base {
                each(b);
            }
            for f in fields {
                each(&mut f.key);
                each(&mut f.value);
            }
        }
        ExprKind::RecordNew { base, fields, .. } => {
            if let Some(b) = base {
                each(b);
            }
            for (_, v, _) in fields {
                each(v);
            }
        }
        ExprKind::RecordField { expr, .. } | ExprKind::UnOp(_, expr) | ExprKind::Catch(expr) => each(expr),
        ExprKind::Match(a, b) | ExprKind::BinOp(_, a, b) => {
            each(a);
            each(b);
        }
        ExprKind::Call(target, args) => {
            match target.as_mut() {
                CallTarget::Remote(m, f) => {
                    each(m);
                    each(f);
                }
                CallTarget::Expr(x) => each(x),
                CallTarget::Local(_) => {}
            }
            args.iter_mut().for_each(each);
        }
        ExprKind::Fun { clauses, .. } | ExprKind::If(clauses) => {
            clauses.iter_mut().for_each(|c| walk_clause(c, records, file, errors))
        }
        ExprKind::Case(x, clauses) => {
            walk(x, records, file, errors);
            clauses.iter_mut().for_each(|c| walk_clause(c, records, file, errors));
        }
        ExprKind::Receive { clauses, after } => {
            clauses.iter_mut().for_each(|c| walk_clause(c, records, file, errors));
            if let Some((t, body)) = after {
                walk(t, records, file, errors);
                body.iter_mut().for_each(|x| walk(x, records, file, errors));
            }
        }
        ExprKind::Try { body, of_clauses, catch_clauses, after } => {
            body.iter_mut().for_each(|x| walk(x, records, file, errors));
            of_clauses.iter_mut().chain(catch_clauses.iter_mut()).for_each(|c| walk_clause(c, records, file, errors));
            after.iter_mut().for_each(|x| walk(x, records, file, errors));
        }
        _ => {}
    }
}

/// The fun's clauses if `e` is `ets:fun2ms(fun ... end)`.
fn fun2ms_call(e: &Expr) -> Option<Vec<Clause>> {
    let ExprKind::Call(target, args) = &e.kind else { return None };
    let CallTarget::Remote(m, f) = target.as_ref() else { return None };
    if !is_atom(m, "ets") || !is_atom(f, "fun2ms") {
        return None;
    }
    match args.as_slice() {
        [Expr { kind: ExprKind::Fun { name: None, clauses }, .. }] => Some(clauses.clone()),
        _ => None,
    }
}

type Failure = (Pos, String);

fn fail<T>(pos: Pos, what: &str) -> Result<T, Failure> {
    Err((pos, format!("ets:fun2ms/1: {what}")))
}

/// The head's variables: name and what it became (`$N` or `$_`).
#[derive(Default)]
struct Vars {
    names: Vec<(String, String)>,
    next: u32,
}

impl Vars {
    fn get(&self, v: &str) -> Option<&str> {
        self.names.iter().find(|(n, _)| n == v).map(|(_, m)| m.as_str())
    }

    fn bind(&mut self, v: &str) -> String {
        if let Some(m) = self.get(v) {
            return m.to_string();
        }
        self.next += 1;
        let m = format!("${}", self.next);
        self.names.push((v.to_string(), m.clone()));
        m
    }
}

fn atom(pos: Pos, name: &str) -> Expr {
    Expr::new(pos, ExprKind::Atom(name.to_string()))
}

fn tuple(pos: Pos, v: Vec<Expr>) -> Expr {
    Expr::new(pos, ExprKind::Tuple(v))
}

fn list(pos: Pos, items: Vec<Expr>) -> Expr {
    items
        .into_iter()
        .rev()
        .fold(Expr::new(pos, ExprKind::Nil), |t, h| Expr::new(pos, ExprKind::Cons(Box::new(h), Box::new(t))))
}

fn translate(clauses: &[Clause], records: &Recs) -> Result<Expr, Failure> {
    let mut out = Vec::new();
    for c in clauses {
        let [param] = c.patterns.as_slice() else {
            return fail(c.pos, "a fun of one argument is needed");
        };
        let mut vars = Vars::default();
        let head = head(param, &mut vars, records, true)?;
        let body = c.body.iter().map(|e| expr(e, &vars, records)).collect::<Result<Vec<_>, _>>()?;
        let alternatives: Vec<&[Expr]> =
            if c.guards.is_empty() { vec![&[]] } else { c.guards.iter().map(Vec::as_slice).collect() };
        for g in alternatives {
            let guard = g.iter().map(|e| expr(e, &vars, records)).collect::<Result<Vec<_>, _>>()?;
            out.push(tuple(c.pos, vec![head.clone(), list(c.pos, guard), list(c.pos, body.clone())]));
        }
    }
    Ok(list(clauses.first().map_or_else(Pos::default, |c| c.pos), out))
}

/// The module's record definitions, and the names the funs used.
struct Recs {
    defs: Vec<RecordDef>,
    used: std::cell::RefCell<Vec<String>>,
}

fn record<'a>(records: &'a Recs, name: &str, pos: Pos) -> Result<&'a RecordDef, Failure> {
    let def = records.defs.iter().find(|r| r.name == name);
    let def = def.map_or_else(|| fail(pos, &format!("record {name} undefined")), Ok)?;
    records.used.borrow_mut().push(name.to_string());
    Ok(def)
}

/// The head pattern as a term: variables numbered, `_` kept.
fn head(p: &Expr, vars: &mut Vars, records: &Recs, top: bool) -> Result<Expr, Failure> {
    let pos = p.pos;
    Ok(match &p.kind {
        ExprKind::Var(v) if v == "_" => atom(pos, "_"),
        ExprKind::Var(v) => atom(pos, &vars.bind(v)),
        ExprKind::Atom(_) | ExprKind::Integer(_) | ExprKind::Float(_) | ExprKind::String(_) | ExprKind::Nil => {
            p.clone()
        }
        ExprKind::Tuple(v) => tuple(pos, v.iter().map(|x| head(x, vars, records, false)).collect::<Result<_, _>>()?),
        ExprKind::Cons(h, t) => Expr::new(
            pos,
            ExprKind::Cons(Box::new(head(h, vars, records, false)?), Box::new(head(t, vars, records, false)?)),
        ),
        ExprKind::Match(a, b) if top => {
            // `Pattern = Var` (either way round): the variable is the object.
            let (pat, var) = match (&a.kind, &b.kind) {
                (_, ExprKind::Var(v)) => (a, v),
                (ExprKind::Var(v), _) => (b, v),
                _ => return fail(pos, "only a variable may be matched with the whole parameter"),
            };
            vars.names.push((var.clone(), "$_".to_string()));
            return head(pat, vars, records, false);
        }
        ExprKind::RecordNew { base: None, name, fields } => {
            let def = record(records, name, pos)?;
            let wildcard = fields.iter().find(|(f, _, _)| f == "_").map(|(_, v, _)| v);
            let mut elems = vec![atom(pos, name)];
            for (field, _) in &def.fields {
                elems.push(match fields.iter().find(|(f, _, _)| f == field) {
                    Some((_, v, _)) => head(v, vars, records, false)?,
                    None => match wildcard {
                        Some(w) => head(w, vars, records, false)?,
                        None => atom(pos, "_"),
                    },
                });
            }
            tuple(pos, elems)
        }
        _ => return fail(pos, "this pattern cannot be translated"),
    })
}

/// A guard or body expression as a match specification expression.
fn expr(e: &Expr, vars: &Vars, records: &Recs) -> Result<Expr, Failure> {
    let pos = e.pos;
    let all = |v: &[Expr]| v.iter().map(|x| expr(x, vars, records)).collect::<Result<Vec<_>, _>>();
    Ok(match &e.kind {
        ExprKind::Var(v) => match vars.get(v) {
            Some(m) => atom(pos, m),
            // Bound outside the fun: its value, as a constant.
            None => tuple(pos, vec![atom(pos, "const"), e.clone()]),
        },
        ExprKind::Atom(a) if a.starts_with('$') => tuple(pos, vec![atom(pos, "const"), e.clone()]),
        ExprKind::Atom(_) | ExprKind::Integer(_) | ExprKind::Float(_) | ExprKind::String(_) | ExprKind::Nil => {
            e.clone()
        }
        ExprKind::Tuple(v) => tuple(pos, vec![tuple(pos, all(v)?)]),
        ExprKind::Cons(h, t) => {
            Expr::new(pos, ExprKind::Cons(Box::new(expr(h, vars, records)?), Box::new(expr(t, vars, records)?)))
        }
        ExprKind::BinOp(op, a, b) if crate::lint::is_guard_function(op, 2) => {
            tuple(pos, vec![atom(pos, op), expr(a, vars, records)?, expr(b, vars, records)?])
        }
        ExprKind::UnOp(op, a) if crate::lint::is_guard_function(op, 1) => {
            tuple(pos, vec![atom(pos, op), expr(a, vars, records)?])
        }
        ExprKind::Call(target, args) => {
            let name = match target.as_ref() {
                CallTarget::Local(f) => f.as_str(),
                CallTarget::Remote(m, f) if is_atom(m, "erlang") => match &f.kind {
                    ExprKind::Atom(f) => f.as_str(),
                    _ => return fail(pos, "the called function must be named"),
                },
                _ => return fail(pos, "only guard functions may be called"),
            };
            match (name, args.len()) {
                ("object", 0) => atom(pos, "$_"),
                ("bindings", 0) => atom(pos, "$*"),
                ("self", 0) => tuple(pos, vec![atom(pos, "self")]),
                (f, n) if crate::lint::is_guard_function(f, n as u32) => {
                    let mut v = vec![atom(pos, f)];
                    v.extend(all(args)?);
                    tuple(pos, v)
                }
                (f, n) => return fail(pos, &format!("{f}/{n} is not a guard function")),
            }
        }
        ExprKind::RecordNew { base: None, name, fields } => {
            let def = record(records, name, pos)?;
            let mut elems = vec![atom(pos, name)];
            for (field, default) in &def.fields {
                elems.push(match fields.iter().find(|(f, _, _)| f == field) {
                    Some((_, v, _)) => expr(v, vars, records)?,
                    None => match default {
                        Some(d) => expr(d, vars, records)?,
                        None => atom(pos, "undefined"),
                    },
                });
            }
            tuple(pos, vec![tuple(pos, elems)])
        }
        ExprKind::RecordField { expr: r, name, field } => {
            let def = record(records, name, pos)?;
            let Some(i) = def.fields.iter().position(|(f, _)| f == field) else {
                return fail(pos, &format!("field {field} undefined in record {name}"));
            };
            let index = Expr::new(pos, ExprKind::Integer((i as i64 + 2).into()));
            tuple(pos, vec![atom(pos, "element"), index, expr(r, vars, records)?])
        }
        ExprKind::RecordIndex { name, field } => {
            let def = record(records, name, pos)?;
            let Some(i) = def.fields.iter().position(|(f, _)| f == field) else {
                return fail(pos, &format!("field {field} undefined in record {name}"));
            };
            Expr::new(pos, ExprKind::Integer((i as i64 + 2).into()))
        }
        _ => return fail(pos, "this expression cannot be translated"),
    })
}
