//! Measures how deeply a parsed form nests, without recursion, so that
//! pathological input is rejected before any recursive pass sees it.

use crate::ast::{CallTarget, Clause, Expr, ExprKind, Qualifier};

/// Calls `f` on each direct sub-expression of `e` (clause patterns,
/// guards and bodies included).
pub fn for_each_child<'a>(e: &'a Expr, f: &mut impl FnMut(&'a Expr)) {
    let clauses = |cs: &'a [Clause], f: &mut dyn FnMut(&'a Expr)| {
        for c in cs {
            c.patterns.iter().for_each(&mut *f);
            c.guards.iter().flatten().for_each(&mut *f);
            c.body.iter().for_each(&mut *f);
        }
    };
    match &e.kind {
        ExprKind::Var(_)
        | ExprKind::Atom(_)
        | ExprKind::Integer(_)
        | ExprKind::Float(_)
        | ExprKind::String(_)
        | ExprKind::Nil
        | ExprKind::RecordIndex { .. } => {}
        ExprKind::Cons(a, b) | ExprKind::Match(a, b) | ExprKind::BinOp(_, a, b) => {
            f(a);
            f(b);
        }
        ExprKind::Tuple(es) | ExprKind::Block(es) => es.iter().for_each(f),
        ExprKind::Binary(els) => {
            for el in els {
                f(&el.value);
                if let Some(s) = &el.size {
                    f(s);
                }
            }
        }
        ExprKind::Map(base, fields) => {
            if let Some(b) = base {
                f(b);
            }
            for fl in fields {
                f(&fl.key);
                f(&fl.value);
            }
        }
        ExprKind::RecordNew { base, fields, .. } => {
            if let Some(b) = base {
                f(b);
            }
            fields.iter().for_each(|(_, v, _)| f(v));
        }
        ExprKind::RecordField { expr, .. } | ExprKind::UnOp(_, expr) | ExprKind::Catch(expr) => f(expr),
        ExprKind::Call(target, args) => {
            match &**target {
                CallTarget::Local(_) => {}
                CallTarget::Remote(m, g) => {
                    f(m);
                    f(g);
                }
                CallTarget::Expr(x) => f(x),
            }
            args.iter().for_each(f);
        }
        ExprKind::Fun { clauses: cs, .. } | ExprKind::If(cs) => clauses(cs, f),
        ExprKind::FunRef { module, function, arity } => {
            if let Some(m) = module {
                f(m);
            }
            f(function);
            f(arity);
        }
        ExprKind::Case(x, cs) => {
            f(x);
            clauses(cs, f);
        }
        ExprKind::Receive { clauses: cs, after } => {
            clauses(cs, f);
            if let Some((t, body)) = after {
                f(t);
                body.iter().for_each(f);
            }
        }
        ExprKind::Try { body, of_clauses, catch_clauses, after } => {
            body.iter().for_each(&mut *f);
            clauses(of_clauses, f);
            clauses(catch_clauses, f);
            after.iter().for_each(f);
        }
        ExprKind::ListComp(x, qs) | ExprKind::BinComp(x, qs) => {
            f(x);
            for q in qs {
                match q {
                    Qualifier::Generator(p, g) | Qualifier::BinGenerator(p, g) => {
                        f(p);
                        f(g);
                    }
                    Qualifier::Filter(g) => f(g),
                }
            }
        }
    }
}

/// Whether any expression in `roots` nests deeper than `limit`; the first
/// too-deep expression is returned.
pub fn too_deep<'a>(roots: impl Iterator<Item = &'a Expr>, limit: usize) -> Option<&'a Expr> {
    let mut stack: Vec<(&Expr, usize)> = roots.map(|e| (e, 1)).collect();
    while let Some((e, d)) = stack.pop() {
        if d > limit {
            return Some(e);
        }
        for_each_child(e, &mut |c| stack.push((c, d + 1)));
    }
    None
}
