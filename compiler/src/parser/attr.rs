//! Files a parsed form into the module: function forms, and attributes with
//! the checks `erl_parse:build_attribute` makes (`bad export declaration`,
//! `bad record declaration`, literal attribute values, ...).

use super::build::Form;
use crate::ast::{Attribute, Expr, ExprKind, Function, Module, Pos, RecordDef};

type AError = (Pos, String);

pub fn file_form(module: &mut Module, form: Form) -> Result<(), AError> {
    match form {
        Form::Function(f) => {
            module.functions.push(Function { pos: f.pos, name: f.name, arity: f.arity, clauses: f.clauses });
            Ok(())
        }
        Form::Attribute { pos, name, args } => attribute(module, pos, name, args),
    }
}

/// The name of the marker attribute recording an `-export` placed after
/// function definitions (not a valid attribute name, so never a user's).
pub const EXPORT_AFTER_FUNCTIONS: &str = "-export after functions";

fn bad(pos: Pos, what: &str) -> AError {
    (pos, format!("bad {what} declaration"))
}

fn atom(e: &Expr) -> Option<&str> {
    match &e.kind {
        ExprKind::Atom(a) => Some(a),
        _ => None,
    }
}

fn attribute(module: &mut Module, pos: Pos, name: String, mut args: Vec<Expr>) -> Result<(), AError> {
    match (name.as_str(), args.as_slice()) {
        ("module", [m, ..]) if atom(m).is_some() => {
            module.name = atom(m).unwrap_or_default().to_string();
            Ok(())
        }
        ("module", _) => Err(bad(pos, "module")),
        ("export", [list]) => {
            let fas = farity_list(list)?;
            module.exports.extend(fas);
            // Kept with its position for lint's messages about exports;
            // lint reports an export that follows function definitions.
            if !module.functions.is_empty() {
                let value = Expr::new(pos, ExprKind::Nil);
                module.attributes.push(Attribute { pos, name: EXPORT_AFTER_FUNCTIONS.into(), value });
            }
            module.attributes.push(Attribute { pos, name, value: list.clone() });
            Ok(())
        }
        ("export", _) => Err(bad(pos, "export")),
        ("import", [m, list]) if atom(m).is_some() => {
            let m = atom(m).unwrap_or_default().to_string();
            let fas = farity_list(list)?;
            module.imports.extend(fas.into_iter().map(|(f, a)| (f, a, m.clone())));
            Ok(())
        }
        ("import", _) => Err(bad(pos, "import")),
        ("file", [f, l]) if matches!((&f.kind, &l.kind), (ExprKind::String(_), ExprKind::Integer(_))) => Ok(()),
        ("record", [r, fields]) => {
            let (Some(r), ExprKind::Tuple(fields)) = (atom(r), &fields.kind) else {
                return Err(bad(fields.pos, "record"));
            };
            let mut out = Vec::new();
            for f in fields {
                let field = match &f.kind {
                    ExprKind::Atom(a) => Some((a.clone(), None)),
                    ExprKind::Match(l, v) => atom(l).map(|a| (a.to_string(), Some((**v).clone()))),
                    _ => None,
                };
                out.push(field.ok_or_else(|| (f.pos, "bad record field".to_string()))?);
            }
            module.records.push(RecordDef { pos, name: r.to_string(), fields: out });
            Ok(())
        }
        ("record", _) => Err(bad(pos, "record")),
        (_, [value]) => {
            if !is_literal(value) {
                return Err((value.pos, "bad attribute".into()));
            }
            if name == "compile" && compile_export_all(value) {
                module.export_all = true;
            }
            let value = args.pop().unwrap_or_else(|| unreachable!());
            module.attributes.push(Attribute { pos, name, value });
            Ok(())
        }
        (_, [_, second, ..]) => Err((second.pos, "bad attribute".into())),
        _ => Err((pos, "bad attribute".into())),
    }
}

/// `[f/1, g/2]` as (name, arity) pairs.
fn farity_list(list: &Expr) -> Result<Vec<(String, u32)>, AError> {
    let mut out = Vec::new();
    let mut cur = list;
    loop {
        match &cur.kind {
            ExprKind::Nil => return Ok(out),
            ExprKind::Cons(h, t) => {
                out.push(farity(h).ok_or_else(|| (first_pos(h), "bad Name/Arity".to_string()))?);
                cur = t;
            }
            _ => return Err((first_pos(cur), "bad Name/Arity".into())),
        }
    }
}

/// The position of an operator expression's left end, where erl_parse
/// reports a bad `Name/Arity`.
fn first_pos(e: &Expr) -> Pos {
    match &e.kind {
        ExprKind::BinOp(_, l, _) => l.pos,
        _ => e.pos,
    }
}

fn farity(e: &Expr) -> Option<(String, u32)> {
    match &e.kind {
        ExprKind::BinOp(op, f, a) if op == "/" => match (&f.kind, &a.kind) {
            (ExprKind::Atom(f), ExprKind::Integer(a)) => Some((f.clone(), u32::try_from(a).ok()?)),
            _ => None,
        },
        _ => None,
    }
}

fn compile_export_all(e: &Expr) -> bool {
    let is = |e: &Expr| matches!(&e.kind, ExprKind::Atom(a) if a == "export_all");
    if is(e) {
        return true;
    }
    let mut cur = e;
    while let ExprKind::Cons(h, t) = &cur.kind {
        if is(h) {
            return true;
        }
        cur = t;
    }
    false
}

/// Whether an attribute value is a term (`erl_parse:normalise/1` accepts
/// it). `Name/Arity` is also allowed, for `-on_load` and friends. Walks
/// iteratively; the tree's depth is already bounded.
fn is_literal(e: &Expr) -> bool {
    let mut stack = vec![e];
    while let Some(e) = stack.pop() {
        match &e.kind {
            ExprKind::Atom(_) | ExprKind::Integer(_) | ExprKind::Float(_) | ExprKind::String(_) | ExprKind::Nil => {}
            ExprKind::Cons(h, t) => {
                stack.push(h);
                stack.push(t);
            }
            ExprKind::Tuple(es) => stack.extend(es.iter()),
            ExprKind::Map(None, fields) if fields.iter().all(|f| !f.exact) => {
                for f in fields {
                    stack.push(&f.key);
                    stack.push(&f.value);
                }
            }
            ExprKind::Binary(els) => {
                for el in els {
                    stack.push(&el.value);
                    if let Some(s) = &el.size {
                        stack.push(s);
                    }
                }
            }
            ExprKind::BinOp(op, f, a)
                if op == "/" && matches!(f.kind, ExprKind::Atom(_)) && matches!(a.kind, ExprKind::Integer(_)) => {}
            ExprKind::FunRef { module: Some(m), function, arity }
                if matches!(m.kind, ExprKind::Atom(_))
                    && matches!(function.kind, ExprKind::Atom(_))
                    && matches!(arity.kind, ExprKind::Integer(_)) => {}
            _ => return false,
        }
    }
    true
}
