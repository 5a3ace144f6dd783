//! The condition of `-if(...)` / `-elif(...)`: macros expanded, `defined(M)`
//! answered, then evaluated over integers and atoms. A condition that does
//! not evaluate to `true` (including one that fails) counts as false.

use super::macros::Macros;
use crate::ast::{Expr, ExprKind};
use crate::lexer::Token;
use crate::token::Tok;
use num_bigint::BigInt;

#[derive(PartialEq, PartialOrd)]
enum Value {
    Int(BigInt),
    Atom(String),
}

pub fn evaluate(toks: &[Token], macros: &mut Macros, file: &str) -> bool {
    let mut pre = Vec::with_capacity(toks.len());
    let mut i = 0;
    while i < toks.len() {
        if let (Tok::Atom(d), Some(Tok::LParen), Some(Tok::Atom(m) | Tok::Var(m)), Some(Tok::RParen)) = (
            &toks[i].tok,
            toks.get(i + 1).map(|t| &t.tok),
            toks.get(i + 2).map(|t| &t.tok),
            toks.get(i + 3).map(|t| &t.tok),
        ) {
            if d == "defined" {
                let v = if macros.is_defined(m) { "true" } else { "false" };
                pre.push(Token::new(Tok::Atom(v.into()), toks[i].pos));
                i += 4;
                continue;
            }
        }
        pre.push(toks[i].clone());
        i += 1;
    }
    let Ok(expanded) = macros.expand(&pre, file) else {
        return false;
    };
    let parsed = crate::parser::parse_expr_tokens(&expanded);
    matches!(parsed.and_then(|e| eval(&e, 0)), Some(Value::Atom(a)) if a == "true")
}

fn eval(e: &Expr, depth: usize) -> Option<Value> {
    if depth > 100 {
        return None;
    }
    let b = |v: bool| Some(Value::Atom(if v { "true" } else { "false" }.into()));
    let int = |v: Value| match v {
        Value::Int(i) => Some(i),
        _ => None,
    };
    let boolean = |v: Value| match v {
        Value::Atom(a) if a == "true" => Some(true),
        Value::Atom(a) if a == "false" => Some(false),
        _ => None,
    };
    match &e.kind {
        ExprKind::Integer(i) => Some(Value::Int(i.clone())),
        ExprKind::Atom(a) => Some(Value::Atom(a.clone())),
        ExprKind::UnOp(op, x) => {
            let x = eval(x, depth + 1)?;
            match op.as_str() {
                "-" => Some(Value::Int(-int(x)?)),
                "not" => b(!boolean(x)?),
                _ => None,
            }
        }
        ExprKind::BinOp(op, x, y) => {
            let (x, y) = (eval(x, depth + 1)?, eval(y, depth + 1)?);
            match op.as_str() {
                "==" | "=:=" => b(x == y),
                "/=" | "=/=" => b(x != y),
                "<" => b(x < y),
                ">" => b(x > y),
                "=<" => b(x <= y),
                ">=" => b(x >= y),
                "andalso" | "and" => b(boolean(x)? && boolean(y)?),
                "orelse" | "or" => b(boolean(x)? || boolean(y)?),
                "xor" => b(boolean(x)? != boolean(y)?),
                "+" => Some(Value::Int(int(x)? + int(y)?)),
                "-" => Some(Value::Int(int(x)? - int(y)?)),
                "*" => Some(Value::Int(int(x)? * int(y)?)),
                _ => None,
            }
        }
        _ => None,
    }
}
