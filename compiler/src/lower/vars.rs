//! Variable analysis for lowering: the variables a pattern binds, and the
//! free variables a fun captures from its surroundings.

use crate::ast::{BinElement, CallTarget, Clause, Expr, ExprKind, Qualifier};
use std::collections::HashSet;

/// Appends the variables pattern `p` binds (not `_`, and not those only
/// used as binary segment sizes, which refer to earlier bindings).
pub fn pattern_vars(p: &Expr, out: &mut Vec<String>) {
    let mut acc = Vec::new();
    let mut sizes = Vec::new();
    split_pattern_vars(p, &mut acc, &mut sizes);
    for v in acc {
        if !out.contains(&v) {
            out.push(v);
        }
    }
}

/// Variables of a pattern: those it binds, and those used in binary sizes.
fn split_pattern_vars<'a>(p: &'a Expr, binds: &mut Vec<String>, sizes: &mut Vec<String>) {
    let mut stack: Vec<&'a Expr> = vec![p];
    while let Some(e) = stack.pop() {
        match &e.kind {
            ExprKind::Binary(els) => {
                for el in els {
                    stack.push(&el.value);
                    if let Some(s) = &el.size {
                        all_vars(s, sizes);
                    }
                }
            }
            ExprKind::Var(v) if v != "_" => binds.push(v.clone()),
            ExprKind::Cons(h, t) | ExprKind::Match(h, t) | ExprKind::BinOp(_, h, t) => {
                stack.push(h);
                stack.push(t);
            }
            ExprKind::Tuple(es) => stack.extend(es.iter()),
            ExprKind::Map(_, fields) => {
                for f in fields {
                    all_vars(&f.key, sizes);
                    stack.push(&f.value);
                }
            }
            ExprKind::RecordNew { fields, .. } => stack.extend(fields.iter().map(|f| &f.1)),
            _ => {}
        }
    }
}

/// Captured variables of a fun: the variables its clauses use (guards and
/// bodies, nested funs included) that are bound around it, minus each
/// clause's head variables (fun heads shadow).
pub fn free_vars(clauses: &[Clause], bound: &HashSet<String>) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    for c in clauses {
        let mut head = Vec::new();
        let mut used = Vec::new();
        for p in &c.patterns {
            split_pattern_vars(p, &mut head, &mut used);
        }
        for g in c.guards.iter().flatten() {
            all_vars(g, &mut used);
        }
        for e in &c.body {
            all_vars(e, &mut used);
        }
        for v in used {
            if bound.contains(&v) && !head.contains(&v) && !out.contains(&v) {
                out.push(v);
            }
        }
    }
    out.sort();
    out
}

/// Every variable name occurring anywhere in `e` (iterative).
pub fn all_vars(e: &Expr, out: &mut Vec<String>) {
    let mut stack: Vec<&Expr> = vec![e];
    while let Some(e) = stack.pop() {
        match &e.kind {
            ExprKind::Var(v) => {
                if v != "_" {
                    out.push(v.clone());
                }
            }
            ExprKind::Atom(_) | ExprKind::Integer(_) | ExprKind::Float(_) | ExprKind::String(_) | ExprKind::Nil => {}
            ExprKind::RecordIndex { .. } => {}
            ExprKind::Cons(h, t) | ExprKind::Match(h, t) | ExprKind::BinOp(_, h, t) => {
                stack.push(h);
                stack.push(t);
            }
            ExprKind::Tuple(es) | ExprKind::Block(es) => stack.extend(es.iter()),
            ExprKind::Binary(els) => push_bin(els, &mut stack),
            ExprKind::Map(base, fields) => {
                if let Some(b) = base {
                    stack.push(b);
                }
                for f in fields {
                    stack.push(&f.key);
                    stack.push(&f.value);
                }
            }
            ExprKind::RecordNew { base, fields, .. } => {
                if let Some(b) = base {
                    stack.push(b);
                }
                stack.extend(fields.iter().map(|f| &f.1));
            }
            ExprKind::RecordField { expr, .. } | ExprKind::UnOp(_, expr) | ExprKind::Catch(expr) => stack.push(expr),
            ExprKind::Call(target, args) => {
                match &**target {
                    CallTarget::Local(_) => {}
                    CallTarget::Remote(m, f) => {
                        stack.push(m);
                        stack.push(f);
                    }
                    CallTarget::Expr(f) => stack.push(f),
                }
                stack.extend(args.iter());
            }
            ExprKind::Fun { name, clauses } => {
                if let Some(n) = name {
                    out.push(n.clone());
                }
                push_clauses(clauses, &mut stack);
            }
            ExprKind::FunRef { module, function, arity } => {
                if let Some(m) = module {
                    stack.push(m);
                }
                stack.push(function);
                stack.push(arity);
            }
            ExprKind::Case(e, clauses) => {
                stack.push(e);
                push_clauses(clauses, &mut stack);
            }
            ExprKind::If(clauses) => push_clauses(clauses, &mut stack),
            ExprKind::Receive { clauses, after } => {
                push_clauses(clauses, &mut stack);
                if let Some((t, body)) = after {
                    stack.push(t);
                    stack.extend(body.iter());
                }
            }
            ExprKind::Try { body, of_clauses, catch_clauses, after } => {
                stack.extend(body.iter());
                push_clauses(of_clauses, &mut stack);
                push_clauses(catch_clauses, &mut stack);
                stack.extend(after.iter());
            }
            ExprKind::ListComp(e, quals) | ExprKind::BinComp(e, quals) => {
                stack.push(e);
                for q in quals {
                    match q {
                        Qualifier::Generator(p, l) | Qualifier::BinGenerator(p, l) => {
                            stack.push(p);
                            stack.push(l);
                        }
                        Qualifier::Filter(f) => stack.push(f),
                    }
                }
            }
        }
    }
}

fn push_clauses<'a>(clauses: &'a [Clause], stack: &mut Vec<&'a Expr>) {
    for c in clauses {
        stack.extend(c.patterns.iter());
        stack.extend(c.guards.iter().flatten());
        stack.extend(c.body.iter());
    }
}

fn push_bin<'a>(els: &'a [BinElement], stack: &mut Vec<&'a Expr>) {
    for el in els {
        stack.push(&el.value);
        if let Some(s) = &el.size {
            stack.push(s);
        }
    }
}

/// Numbers the funs written in `clauses` as OTP's compiler does: inner
/// funs before the fun around them, left to right (`-f/1-fun-N-`). Keyed
/// by each fun's source position.
pub fn number_funs(clauses: &[Clause]) -> FunNumbers {
    /// A step of the walk: visit an expression, number a fun whose
    /// insides are done, or number a comprehension's helpers.
    enum Step<'a> {
        Visit(&'a Expr),
        Done(&'a Expr),
        Helpers(&'a [Qualifier]),
    }
    let mut order = std::collections::HashMap::new();
    let mut helpers: std::collections::HashMap<(u32, u32), (u32, u32)> = std::collections::HashMap::new();
    // Post-order without recursion.
    let mut stack: Vec<Step> = Vec::new();
    for c in clauses.iter().rev() {
        let mut exprs = Vec::new();
        push_clause_exprs(c, &mut exprs);
        stack.extend(exprs.into_iter().map(Step::Visit));
    }
    let mut next = 0u32;
    while let Some(step) = stack.pop() {
        let e = match step {
            Step::Done(e) => {
                if matches!(e.kind, ExprKind::Fun { .. }) {
                    order.insert((e.pos.line, e.pos.col), next);
                    next += 1;
                }
                continue;
            }
            Step::Helpers(quals) => {
                for q in quals {
                    if let Qualifier::Generator(p, _) | Qualifier::BinGenerator(p, _) = q {
                        if let Some(entry) = helpers.get_mut(&(p.pos.line, p.pos.col)) {
                            *entry = (next, entry.1);
                        }
                        next += 1;
                    }
                }
                continue;
            }
            Step::Visit(e) => e,
        };
        // A comprehension numbers what its qualifiers hold (generators'
        // expressions and filters, in order), then its helpers (one per
        // generator), then its template, as OTP's v3_core does.
        if let ExprKind::ListComp(body, quals) | ExprKind::BinComp(body, quals) = &e.kind {
            // The helpers' second number (`-M-`) counts them as they are
            // met, outer comprehensions first.
            for q in quals {
                if let Qualifier::Generator(p, _) | Qualifier::BinGenerator(p, _) = q {
                    let m = helpers.len() as u32;
                    helpers.insert((p.pos.line, p.pos.col), (0, m));
                }
            }
            stack.push(Step::Visit(body));
            stack.push(Step::Helpers(quals));
            for q in quals.iter().rev() {
                match q {
                    Qualifier::Generator(p, l) | Qualifier::BinGenerator(p, l) => {
                        stack.push(Step::Visit(p));
                        stack.push(Step::Visit(l));
                    }
                    Qualifier::Filter(f) => stack.push(Step::Visit(f)),
                }
            }
            continue;
        }
        stack.push(Step::Done(e));
        let mut kids: Vec<&Expr> = Vec::new();
        children(e, &mut kids);
        for k in kids.into_iter().rev() {
            stack.push(Step::Visit(k));
        }
    }
    FunNumbers { funs: order, helpers, count: next }
}

/// OTP's numbers for the funs of one function: each fun's `N` in
/// `-f/1-fun-N-`, and each comprehension generator's `(N, M)` in
/// `-f/1-lc$^N/1-M-`, keyed by source position.
#[derive(Default)]
pub struct FunNumbers {
    pub funs: std::collections::HashMap<(u32, u32), u32>,
    pub helpers: std::collections::HashMap<(u32, u32), (u32, u32)>,
    /// How many numbers were given out.
    pub count: u32,
}

/// A clause's expressions, last first (for a stack).
fn push_clause_exprs<'a>(c: &'a Clause, stack: &mut Vec<&'a Expr>) {
    let mut all: Vec<&Expr> = Vec::new();
    all.extend(c.patterns.iter());
    all.extend(c.guards.iter().flatten());
    all.extend(c.body.iter());
    stack.extend(all.into_iter().rev());
}

/// The direct subexpressions of `e`, in source order.
pub fn children<'a>(e: &'a Expr, out: &mut Vec<&'a Expr>) {
    let clauses = |cs: &'a [Clause], out: &mut Vec<&'a Expr>| {
        for c in cs {
            out.extend(c.patterns.iter());
            out.extend(c.guards.iter().flatten());
            out.extend(c.body.iter());
        }
    };
    match &e.kind {
        // List elements are numbered last to first.
        ExprKind::Cons(h, t) => {
            out.push(t);
            out.push(h);
        }
        ExprKind::Match(h, t) | ExprKind::BinOp(_, h, t) => {
            out.push(h);
            out.push(t);
        }
        ExprKind::Tuple(es) | ExprKind::Block(es) => out.extend(es.iter()),
        ExprKind::Binary(els) => {
            for el in els {
                out.push(&el.value);
                if let Some(s) = &el.size {
                    out.push(s);
                }
            }
        }
        ExprKind::Map(base, fields) => {
            if let Some(b) = base {
                out.push(b);
            }
            for f in fields {
                out.push(&f.key);
                out.push(&f.value);
            }
        }
        ExprKind::RecordNew { base, fields, .. } => {
            if let Some(b) = base {
                out.push(b);
            }
            out.extend(fields.iter().map(|f| &f.1));
        }
        ExprKind::RecordField { expr, .. } | ExprKind::UnOp(_, expr) | ExprKind::Catch(expr) => out.push(expr),
        ExprKind::Call(target, args) => {
            match &**target {
                CallTarget::Local(_) => {}
                CallTarget::Remote(m, f) => {
                    out.push(m);
                    out.push(f);
                }
                CallTarget::Expr(f) => out.push(f),
            }
            out.extend(args.iter());
        }
        ExprKind::Fun { clauses: cs, .. } | ExprKind::If(cs) => clauses(cs, out),
        ExprKind::Case(e, cs) => {
            out.push(e);
            clauses(cs, out);
        }
        ExprKind::Receive { clauses: cs, after } => {
            clauses(cs, out);
            if let Some((t, body)) = after {
                out.push(t);
                out.extend(body.iter());
            }
        }
        ExprKind::Try { body, of_clauses, catch_clauses, after } => {
            out.extend(body.iter());
            clauses(of_clauses, out);
            clauses(catch_clauses, out);
            out.extend(after.iter());
        }
        ExprKind::ListComp(e, quals) | ExprKind::BinComp(e, quals) => {
            for q in quals {
                match q {
                    Qualifier::Generator(p, l) | Qualifier::BinGenerator(p, l) => {
                        out.push(l);
                        out.push(p);
                    }
                    Qualifier::Filter(f) => out.push(f),
                }
            }
            out.push(e);
        }
        _ => {}
    }
}

/// Whether a function clause's body needs a stack frame: a call that
/// returns to it, a receive, a try or catch, a send or a comprehension
/// (all clobber x registers or wait). A call in tail position does not.
/// Conservative: anything unsure needs a frame.
pub fn clause_needs_frame(c: &Clause) -> bool {
    match c.body.split_last() {
        None => false,
        Some((last, init)) => init.iter().any(needs_frame) || !tail_frameless(last),
    }
}

fn tail_frameless(e: &Expr) -> bool {
    match &e.kind {
        ExprKind::Call(target, args) => {
            let target_ok = match &**target {
                CallTarget::Local(_) => true,
                CallTarget::Remote(m, f) => !needs_frame(m) && !needs_frame(f),
                CallTarget::Expr(f) => !needs_frame(f),
            };
            target_ok && !args.iter().any(needs_frame)
        }
        ExprKind::Case(subject, clauses) => {
            !needs_frame(subject)
                && clauses.iter().all(|c| c.guards.iter().flatten().all(|g| !needs_frame(g)) && !clause_needs_frame(c))
        }
        ExprKind::If(clauses) => clauses.iter().all(|c| !clause_needs_frame(c)),
        ExprKind::Block(es) => match es.split_last() {
            None => true,
            Some((last, init)) => !init.iter().any(needs_frame) && tail_frameless(last),
        },
        _ => !needs_frame(e),
    }
}

/// Whether evaluating `e` (not in tail position) may clobber x registers.
fn needs_frame(e: &Expr) -> bool {
    let mut stack = vec![e];
    while let Some(e) = stack.pop() {
        match &e.kind {
            ExprKind::Call(..)
            | ExprKind::Receive { .. }
            | ExprKind::Try { .. }
            | ExprKind::Catch(_)
            | ExprKind::ListComp(..)
            | ExprKind::BinComp(..) => return true,
            // `!` is no call: it writes x0 (its result) and reads x0 and
            // x1, which a frameless clause's values are kept above.
            // A fun's body runs elsewhere; making the fun needs no frame.
            ExprKind::Fun { .. } => {}
            _ => children(e, &mut stack),
        }
    }
    false
}
