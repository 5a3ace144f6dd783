//! Which of a module's functions can never return normally: every clause
//! raises (`erlang:error/1`, `exit/1`, `throw/1`, ...), calls a function
//! that never returns, or loops forever, on every path. OTP's compiler
//! infers the same from its types (a return type of `none`) and compiles
//! a call to such a function as a tail call wherever it stands, so the
//! caller's frame is gone from the stack trace of what it raises; ferl
//! does the same (`Lowerer::call`), or its traces would show one frame more.
//!
//! The answer must be sound, since a call compiled as a tail call never
//! comes back: anything not understood here counts as "may return". OTP
//! also uses the argument types a non-exported function is called with
//! (a call that no clause can match), which this does not.

use std::collections::HashSet;

use crate::ast::{CallTarget, Clause, Expr, ExprKind, Module};

/// The (name, arity) of every function of `m` that never returns.
pub(super) fn never_returning(m: &Module) -> HashSet<(String, u32)> {
    let defined: HashSet<(String, u32)> = m.functions.iter().map(|f| (f.name.clone(), f.arity)).collect();
    // Greatest fixpoint: start from all, drop each function with a clause
    // that may return, until nothing changes. What stays has no path to a
    // normal return (a terminating run would need one to return first).
    let mut never = defined.clone();
    loop {
        let a = Analysis { module: m, defined: &defined, never: &never };
        let next: HashSet<(String, u32)> = m
            .functions
            .iter()
            .filter(|f| never.contains(&(f.name.clone(), f.arity)))
            .filter(|f| f.clauses.iter().all(|c| a.body(&c.body)))
            .map(|f| (f.name.clone(), f.arity))
            .collect();
        if next.len() == never.len() {
            return next;
        }
        never = next;
    }
}

struct Analysis<'a> {
    module: &'a Module,
    defined: &'a HashSet<(String, u32)>,
    never: &'a HashSet<(String, u32)>,
}

/// The BIFs that always raise (`erlang:raise/3` returns `badarg` when its
/// arguments are bad, so it is not one).
fn raising_bif(module: &str, name: &str, arity: usize) -> bool {
    module == "erlang" && matches!((name, arity), ("error", 1..=3) | ("exit", 1) | ("throw", 1) | ("nif_error", 1 | 2))
}

impl Analysis<'_> {
    /// Whether a body never completes: one of its expressions never does.
    fn body(&self, exprs: &[Expr]) -> bool {
        exprs.iter().any(|e| self.expr(e))
    }

    /// Whether every clause's body never completes (and there is one).
    fn clauses(&self, clauses: &[Clause]) -> bool {
        !clauses.is_empty() && clauses.iter().all(|c| self.body(&c.body))
    }

    /// Whether evaluating `e` can never complete normally: something it
    /// always evaluates never returns.
    fn expr(&self, e: &Expr) -> bool {
        match &e.kind {
            ExprKind::Cons(h, t) => self.expr(h) || self.expr(t),
            ExprKind::Tuple(es) | ExprKind::Block(es) => self.body(es),
            ExprKind::Map(base, fields) => {
                base.as_deref().is_some_and(|b| self.expr(b))
                    || fields.iter().any(|f| self.expr(&f.key) || self.expr(&f.value))
            }
            ExprKind::RecordField { expr, .. } => self.expr(expr),
            ExprKind::Match(_, value) => self.expr(value),
            ExprKind::BinOp(op, l, r) => match op.as_str() {
                "andalso" | "orelse" => self.expr(l),
                _ => self.expr(l) || self.expr(r),
            },
            ExprKind::UnOp(_, x) => self.expr(x),
            ExprKind::Call(target, args) => self.body(args) || self.call(target, args.len()),
            ExprKind::Case(v, clauses) => self.expr(v) || self.clauses(clauses),
            ExprKind::If(clauses) => self.clauses(clauses),
            ExprKind::Receive { clauses, after } => {
                let clauses_never = clauses.iter().all(|c| self.body(&c.body));
                match after {
                    None => clauses_never,
                    Some((t, body)) => clauses_never && (self.expr(t) || self.body(body)),
                }
            }
            // A try or catch may catch what its body raises; the rest
            // evaluate nothing that could fail to return, or are not
            // worth following.
            _ => false,
        }
    }

    fn call(&self, target: &CallTarget, arity: usize) -> bool {
        match target {
            CallTarget::Local(name) => {
                let key = (name.clone(), arity as u32);
                if self.defined.contains(&key) {
                    return self.never.contains(&key);
                }
                let imported = self.module.imports.iter().find(|(f, a, _)| f == name && *a as usize == arity);
                match imported {
                    Some((_, _, m)) => raising_bif(m, name, arity),
                    None => raising_bif("erlang", name, arity),
                }
            }
            CallTarget::Remote(m, f) => match (&m.kind, &f.kind) {
                (ExprKind::Atom(m), ExprKind::Atom(f)) => raising_bif(m, f, arity),
                _ => self.expr(m) || self.expr(f),
            },
            CallTarget::Expr(f) => self.expr(f),
        }
    }
}
