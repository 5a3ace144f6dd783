//! The grammar's semantic actions: building `ast` nodes from what the
//! grammar matched, and the checks `erl_parse` makes while building
//! (`head mismatch`, `illegal expression`).

use crate::ast::{CallTarget, Clause, Expr, ExprKind, Pos};
use crate::token::Tok;
use lalrpop_util::ParseError;
use num_bigint::BigInt;

/// An error raised by a grammar action: position and message.
pub type ActionError = (Pos, String);
pub type PResult<T> = Result<T, ParseError<Pos, Tok, ActionError>>;

/// One parsed form, before it is filed into the module.
#[derive(Debug)]
pub enum Form {
    Attribute { pos: Pos, name: String, args: Vec<Expr> },
    Function(FunctionForm),
}

#[derive(Debug)]
pub struct FunctionForm {
    pub pos: Pos,
    pub name: String,
    pub arity: u32,
    pub clauses: Vec<Clause>,
}

/// One clause of a function form, with the name it was written with.
pub struct FunClause {
    pub name: String,
    pub clause: Clause,
}

/// What stands before an argument list: `expr_800` in `erl_parse`.
pub enum Callee {
    Plain(Expr),
    Remote(Pos, Expr, Expr),
}

fn user<T>(pos: Pos, msg: &str) -> PResult<T> {
    Err(ParseError::User { error: (pos, msg.to_string()) })
}

pub fn expr(pos: Pos, kind: ExprKind) -> Expr {
    Expr::new(pos, kind)
}

/// A prefix operator; `-`/`+` on a number literal fold into the literal,
/// so negative numbers in patterns are plain literals.
pub fn unop(pos: Pos, op: &str, e: Expr) -> Expr {
    match (op, e.kind) {
        ("-", ExprKind::Integer(i)) => expr(pos, ExprKind::Integer(-i)),
        ("-", ExprKind::Float(f)) => expr(pos, ExprKind::Float(-f)),
        ("+", ExprKind::Integer(i)) => expr(pos, ExprKind::Integer(i)),
        ("+", ExprKind::Float(f)) => expr(pos, ExprKind::Float(f)),
        (_, kind) => expr(pos, ExprKind::UnOp(op.to_string(), Box::new(Expr::new(e.pos, kind)))),
    }
}

pub fn binop(pos: Pos, op: &str, a: Expr, b: Expr) -> Expr {
    expr(pos, ExprKind::BinOp(op.to_string(), Box::new(a), Box::new(b)))
}

pub fn int(pos: Pos, i: BigInt) -> Expr {
    expr(pos, ExprKind::Integer(i))
}

/// `[A, B | T]`: cons cells built from the back, without recursion. The
/// outer cell is at the `[`, the others at their element, the `[]` at `]`.
pub fn list(open: Pos, items: Vec<Expr>, tail: Option<Expr>, close: Pos) -> Expr {
    let mut acc = tail.unwrap_or_else(|| expr(close, ExprKind::Nil));
    for item in items.into_iter().rev() {
        let pos = item.pos;
        acc = expr(pos, ExprKind::Cons(Box::new(item), Box::new(acc)));
    }
    acc.pos = open;
    acc
}

pub fn call(callee: Callee, args: Vec<Expr>) -> Expr {
    let (pos, target) = match callee {
        Callee::Remote(pos, m, f) => (pos, CallTarget::Remote(m, f)),
        Callee::Plain(e) => match e.kind {
            ExprKind::Atom(name) => (e.pos, CallTarget::Local(name)),
            kind => (e.pos, CallTarget::Expr(Expr::new(e.pos, kind))),
        },
    };
    expr(pos, ExprKind::Call(Box::new(target), args))
}

/// `expr_800` used as a value: a bare `M:F` is not an expression.
pub fn no_remote(callee: Callee) -> PResult<Expr> {
    match callee {
        Callee::Plain(e) => Ok(e),
        Callee::Remote(pos, ..) => user(pos, "illegal expression"),
    }
}

/// A fun's clauses must agree on name (for a named fun) and arity.
pub fn fun(pos: Pos, clauses: Vec<(Option<String>, Clause)>) -> PResult<Expr> {
    let name = clauses[0].0.clone();
    let arity = clauses[0].1.patterns.len();
    for (n, c) in &clauses[1..] {
        if *n != name || c.patterns.len() != arity {
            return user(c.pos, "head mismatch");
        }
    }
    let clauses = clauses.into_iter().map(|(_, c)| c).collect();
    Ok(expr(pos, ExprKind::Fun { name, clauses }))
}

pub fn function(clauses: Vec<FunClause>) -> PResult<Form> {
    let name = clauses[0].name.clone();
    let arity = clauses[0].clause.patterns.len();
    for c in &clauses[1..] {
        if c.name != name || c.clause.patterns.len() != arity {
            return user(c.clause.pos, "head mismatch");
        }
    }
    let pos = clauses[0].clause.pos;
    let clauses = clauses.into_iter().map(|c| c.clause).collect();
    Ok(Form::Function(FunctionForm { pos, name, arity: arity as u32, clauses }))
}

/// A `catch` clause: class (default `throw`), reason, stacktrace (`_`).
pub fn catch_clause(
    pos: Pos,
    class: Option<Expr>,
    reason: Expr,
    stack: Option<Expr>,
    guards: Vec<Vec<Expr>>,
    body: Vec<Expr>,
) -> Clause {
    let class = class.unwrap_or_else(|| expr(reason.pos, ExprKind::Atom("throw".into())));
    let stack = stack.unwrap_or_else(|| expr(reason.pos, ExprKind::Var("_".into())));
    Clause { pos, patterns: vec![class, reason, stack], guards, body }
}

pub fn record_var_field(pos: Pos, name: String) -> PResult<String> {
    if name == "_" {
        Ok(name)
    } else {
        user(pos, "bad record field")
    }
}

pub fn bit_type(pos: Pos, name: String, size: Option<BigInt>) -> PResult<crate::ast::BinSpec> {
    use crate::ast::BinSpec;
    match size {
        None => Ok(BinSpec::Name(name)),
        Some(n) if name == "unit" => match u32::try_from(n) {
            Ok(u) => Ok(BinSpec::Unit(u)),
            Err(_) => user(pos, "illegal unit size"),
        },
        Some(_) => user(pos, &format!("bit type {name} undefined")),
    }
}

pub fn chars(s: Vec<u32>) -> ExprKind {
    ExprKind::String(s)
}
