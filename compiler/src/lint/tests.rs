//! Tests of the lint pass: hand-built ASTs for the core rules, and the
//! `cases` table of source snippets with the lines erlc prints for them.

use super::cases::CASES;
use super::cases_more::MORE_CASES;
use crate::ast::*;

fn p(line: u32, col: u32) -> Pos {
    Pos { line, col }
}

fn e(line: u32, col: u32, kind: ExprKind) -> Expr {
    Expr::new(p(line, col), kind)
}

fn var(line: u32, col: u32, name: &str) -> Expr {
    e(line, col, ExprKind::Var(name.to_string()))
}

fn atom(line: u32, col: u32, name: &str) -> Expr {
    e(line, col, ExprKind::Atom(name.to_string()))
}

fn int(line: u32, col: u32, i: i64) -> Expr {
    e(line, col, ExprKind::Integer(i.into()))
}

fn clause(at: Pos, patterns: Vec<Expr>, body: Vec<Expr>) -> Clause {
    Clause { pos: at, patterns, guards: Vec::new(), body }
}

fn function(line: u32, name: &str, clauses: Vec<Clause>) -> Function {
    let arity = clauses.first().map_or(0, |c| c.patterns.len() as u32);
    Function { pos: p(line, 1), name: name.to_string(), arity, clauses }
}

fn module(exports: &[(&str, u32)], functions: Vec<Function>) -> Module {
    Module {
        name: "t".to_string(),
        file: "t.erl".to_string(),
        exports: exports.iter().map(|(f, a)| (f.to_string(), *a)).collect(),
        export_all: false,
        imports: Vec::new(),
        attributes: vec![Attribute {
            pos: p(2, 2),
            name: "export".to_string(),
            value: exports.iter().rev().fold(e(2, 9, ExprKind::Nil), |tail, (f, a)| {
                let fa = e(
                    2,
                    10,
                    ExprKind::BinOp(
                        "/".into(),
                        Box::new(e(2, 10, ExprKind::Atom(f.to_string()))),
                        Box::new(e(2, 12, ExprKind::Integer((*a).into()))),
                    ),
                );
                e(2, 9, ExprKind::Cons(Box::new(fa), Box::new(tail)))
            }),
        }],
        records: Vec::new(),
        functions,
        callbacks: Vec::new(),
        optional_callbacks: Vec::new(),
    }
}

fn lines(m: &Module) -> Vec<String> {
    super::check(m).iter().map(|d| d.headline()).collect()
}

#[test]
fn unbound_and_unused() {
    // f(X) -> Y = Z, ok.
    let body = vec![e(3, 11, ExprKind::Match(Box::new(var(3, 9, "Y")), Box::new(var(3, 13, "Z")))), atom(3, 16, "ok")];
    let m = module(&[("f", 1)], vec![function(3, "f", vec![clause(p(3, 1), vec![var(3, 3, "X")], body)])]);
    assert_eq!(
        lines(&m),
        [
            "t.erl:3:13: variable 'Z' is unbound",
            "t.erl:3:3: Warning: variable 'X' is unused",
            "t.erl:3:9: Warning: variable 'Y' is unused",
        ]
    );
}

#[test]
fn unsafe_in_case() {
    // f(A) -> case A of 1 -> B = 1; _ -> ok end, B.
    let c1 = clause(
        p(5, 9),
        vec![int(5, 9, 1)],
        vec![e(5, 16, ExprKind::Match(Box::new(var(5, 14, "B")), Box::new(int(5, 18, 1))))],
    );
    let c2 = clause(p(6, 9), vec![var(6, 9, "_")], vec![atom(6, 14, "ok")]);
    let case = e(4, 5, ExprKind::Case(Box::new(var(4, 10, "A")), vec![c1, c2]));
    let f = function(3, "f", vec![clause(p(3, 1), vec![var(3, 3, "A")], vec![case, var(8, 5, "B")])]);
    let m = module(&[("f", 1)], vec![f]);
    assert_eq!(lines(&m), ["t.erl:8:5: variable 'B' unsafe in 'case' (line 4, column 5)"]);
}

#[test]
fn undefined_and_unused_functions() {
    // f() -> g(1).   h() -> abs(1).
    let call = |line, name: &str, args| e(line, 8, ExprKind::Call(Box::new(CallTarget::Local(name.to_string())), args));
    let f = function(3, "f", vec![clause(p(3, 1), vec![], vec![call(3, "g", vec![int(3, 10, 1)])])]);
    let h = function(4, "h", vec![clause(p(4, 1), vec![], vec![call(4, "abs", vec![int(4, 12, 1)])])]);
    let m = module(&[("f", 0), ("k", 0)], vec![f, h]);
    assert_eq!(
        lines(&m),
        [
            "t.erl:2:2: function k/0 undefined",
            "t.erl:3:8: function g/1 undefined",
            "t.erl:4:1: Warning: function h/0 is unused",
        ]
    );
}

#[test]
fn atoms_are_quoted_like_erlang() {
    assert_eq!(super::atom_text("foo"), "foo");
    assert_eq!(super::atom_text("Foo"), "'Foo'");
    assert_eq!(super::atom_text("bar baz"), "'bar baz'");
    assert_eq!(super::atom_text("case"), "'case'");
    assert_eq!(super::atom_text("a@b_1"), "a@b_1");
}

#[test]
fn table_has_enough_rows() {
    assert!(CASES.len() + MORE_CASES.len() >= 40);
}

/// Runs every row of the table through the parser and the lint pass.
/// Rows whose positions need data the AST does not carry yet: the position
/// of a map field's `=>`/`:=` operator (`MapField::pos` is the key's).
/// Remove a row when fixed.
const KNOWN_GAPS: &[&str] = &[];

#[test]
fn cases_match_erlc() {
    let mut failures = Vec::new();
    for (name, src, expected) in CASES.iter().chain(MORE_CASES).filter(|(n, _, _)| !KNOWN_GAPS.contains(n)) {
        let got: Vec<String> = match crate::parser::parse_module("t.erl", src, &[]) {
            Ok((m, _)) => {
                super::check(&m).iter().map(|d| d.headline().lines().next().unwrap_or_default().to_string()).collect()
            }
            Err(diags) => diags.iter().map(|d| format!("parse error: {}", d.headline())).collect(),
        };
        if got != *expected {
            failures.push(format!("{name}:\n  expected {expected:?}\n  got      {got:?}"));
        }
    }
    let total = CASES.len() + MORE_CASES.len();
    assert!(failures.is_empty(), "{} of {} cases differ:\n{}", failures.len(), total, failures.join("\n"));
}
