//! Which values a function knows to be floats, as OTP's compiler does
//! when it picks float instructions: `+ - *` with an operand known to be
//! a float run as float arithmetic there, whose `badarith` shows no
//! `erlang:'+'` frame in the stack trace (`/` never shows one).
//!
//! Known floats: float literals, the result of `/`, the result of
//! `+ - *` or unary `-` on a known float, and variables every binding of
//! which (`V = Expr`) is a known float. A variable that any pattern binds
//! (heads, case or receive clauses, generators, a match of a compound
//! pattern) is not known, whatever its other bindings.

use super::vars;
use crate::ast::{Clause, Expr, ExprKind, Qualifier};
use std::collections::{HashMap, HashSet};

/// The variables of a function's `clauses` known to be floats.
pub fn float_vars(clauses: &[Clause]) -> HashSet<String> {
    let mut bindings: HashMap<&str, Vec<&Expr>> = HashMap::new();
    let mut patterns: Vec<String> = Vec::new();
    let mut stack: Vec<&Expr> = Vec::new();
    push_clauses(clauses, &mut patterns, &mut stack);
    while let Some(e) = stack.pop() {
        match &e.kind {
            ExprKind::Match(p, rhs) => {
                match &p.kind {
                    ExprKind::Var(n) if n != "_" => bindings.entry(n).or_default().push(rhs),
                    _ => vars::pattern_vars(p, &mut patterns),
                }
                stack.push(rhs);
            }
            ExprKind::Fun { clauses: cs, .. } | ExprKind::If(cs) => push_clauses(cs, &mut patterns, &mut stack),
            ExprKind::Case(scrutinee, cs) => {
                stack.push(scrutinee);
                push_clauses(cs, &mut patterns, &mut stack);
            }
            ExprKind::Receive { clauses: cs, after } => {
                push_clauses(cs, &mut patterns, &mut stack);
                if let Some((t, body)) = after {
                    stack.push(t);
                    stack.extend(body.iter());
                }
            }
            ExprKind::Try { body, of_clauses, catch_clauses, after } => {
                stack.extend(body.iter());
                push_clauses(of_clauses, &mut patterns, &mut stack);
                push_clauses(catch_clauses, &mut patterns, &mut stack);
                stack.extend(after.iter());
            }
            ExprKind::ListComp(x, quals) | ExprKind::BinComp(x, quals) => {
                for q in quals {
                    match q {
                        Qualifier::Generator(p, l) | Qualifier::BinGenerator(p, l) => {
                            vars::pattern_vars(p, &mut patterns);
                            stack.push(l);
                        }
                        Qualifier::Filter(f) => stack.push(f),
                    }
                }
                stack.push(x);
            }
            _ => vars::children(e, &mut stack),
        }
    }
    for p in &patterns {
        bindings.remove(p.as_str());
    }
    // Least fixed point: a variable joins once all its bindings are known
    // floats given those already found.
    let mut floats: HashSet<String> = HashSet::new();
    loop {
        let found: Vec<&str> = bindings
            .iter()
            .filter(|(n, rhs)| !floats.contains(**n) && rhs.iter().all(|e| is_float(e, &floats)))
            .map(|(n, _)| *n)
            .collect();
        if found.is_empty() {
            return floats;
        }
        floats.extend(found.into_iter().map(str::to_string));
    }
}

/// Whether `e` is a known float, given the variables `floats`.
pub fn is_float(e: &Expr, floats: &HashSet<String>) -> bool {
    match &e.kind {
        ExprKind::Float(_) => true,
        ExprKind::Var(n) => floats.contains(n),
        ExprKind::BinOp(op, a, b) => match op.as_str() {
            "/" => true,
            "+" | "-" | "*" => is_float(a, floats) || is_float(b, floats),
            _ => false,
        },
        ExprKind::UnOp(op, a) => op == "-" && is_float(a, floats),
        _ => false,
    }
}

/// Pushes `clauses`' guards and bodies; their patterns' variables go to
/// `patterns`.
fn push_clauses<'a>(clauses: &'a [Clause], patterns: &mut Vec<String>, stack: &mut Vec<&'a Expr>) {
    for c in clauses {
        for p in &c.patterns {
            vars::pattern_vars(p, patterns);
        }
        stack.extend(c.guards.iter().flatten());
        stack.extend(c.body.iter());
    }
}

#[cfg(test)]
mod tests {
    use super::float_vars;
    use std::collections::HashSet;

    /// The known-float variables of `f/1` in `source` (one function).
    fn floats_of(source: &str) -> HashSet<String> {
        let src = format!("-module(t).\n-export([f/1]).\n{source}\n");
        let (m, diags) = crate::parser::parse_module_partial("t.erl", &src, &[]);
        assert!(diags.is_empty(), "{diags:?}");
        let f = m.functions.iter().find(|f| f.name == "f").expect("f/1");
        float_vars(&f.clauses)
    }

    fn set(names: &[&str]) -> HashSet<String> {
        names.iter().map(|n| n.to_string()).collect()
    }

    #[test]
    fn chains_of_float_arithmetic_are_floats() {
        let found = floats_of("f(Y) -> F = Y * 1.5, G = F + 1, H = -G, Q = Y / 3, {F, G, H, Q}.");
        assert_eq!(found, set(&["F", "G", "H", "Q"]));
    }

    #[test]
    fn a_binding_of_unknown_type_anywhere_spoils_it() {
        assert!(floats_of("f(Y) -> case Y of a -> F = 1.0; _ -> F = Y end, F + 1.").is_empty());
        assert!(floats_of("f(Y) -> F = Y, F + 1.0.").is_empty());
    }

    #[test]
    fn pattern_bound_variables_are_not_known() {
        assert!(floats_of("f(Y) -> {F} = {Y * 1.0}, F.").is_empty());
        assert!(floats_of("f(Y) -> [F || F <- Y], F = 2.0.").is_empty());
        assert_eq!(floats_of("f(F) -> G = F * 2.0, {F, G}."), set(&["G"]));
    }
}
