//! Tests of the parser: each construct's AST shape, operator precedence,
//! attributes and the never-panics property. Lexer, preprocessor and
//! error-message tests are in the submodules.

mod errors;
mod lexing;
mod macros;

use super::parse_module;
use crate::ast::{BinSpec, CallTarget, Clause, Expr, ExprKind, Module, Qualifier};

/// A compact, erl_parse-like rendering of an expression for assertions.
pub fn sx(e: &Expr) -> String {
    let list = |es: &[Expr]| es.iter().map(sx).collect::<Vec<_>>().join(",");
    match &e.kind {
        ExprKind::Var(v) => v.clone(),
        ExprKind::Atom(a) => crate::token::quote_atom(a),
        ExprKind::Integer(i) => i.to_string(),
        ExprKind::Float(f) => crate::token::format_float(*f),
        ExprKind::String(s) => format!("{:?}", s.iter().map(|&c| char::from_u32(c).unwrap()).collect::<String>()),
        ExprKind::Nil => "[]".into(),
        ExprKind::Cons(h, t) => format!("[{}|{}]", sx(h), sx(t)),
        ExprKind::Tuple(es) => format!("{{{}}}", list(es)),
        ExprKind::Binary(els) => {
            let els: Vec<String> = els
                .iter()
                .map(|el| {
                    let mut s = sx(&el.value);
                    if let Some(sz) = &el.size {
                        s += &format!(":{}", sx(sz));
                    }
                    let specs: Vec<String> = el
                        .specs
                        .iter()
                        .map(|sp| match sp {
                            BinSpec::Name(n) => n.clone(),
                            BinSpec::Unit(u) => format!("unit:{u}"),
                        })
                        .collect();
                    if !specs.is_empty() {
                        s += &format!("/{}", specs.join("-"));
                    }
                    s
                })
                .collect();
            format!("<<{}>>", els.join(","))
        }
        ExprKind::Map(base, fields) => {
            let fs: Vec<String> = fields
                .iter()
                .map(|f| format!("{}{}{}", sx(&f.key), if f.exact { ":=" } else { "=>" }, sx(&f.value)))
                .collect();
            match base {
                Some(b) => format!("{}#{{{}}}", sx(b), fs.join(",")),
                None => format!("#{{{}}}", fs.join(",")),
            }
        }
        ExprKind::RecordNew { base, name, fields } => {
            let fs: Vec<String> = fields.iter().map(|(f, v, _)| format!("{f}={}", sx(v))).collect();
            let b = base.as_ref().map(|b| sx(b)).unwrap_or_default();
            format!("{b}#{name}{{{}}}", fs.join(","))
        }
        ExprKind::RecordField { expr, name, field } => format!("{}#{name}.{field}", sx(expr)),
        ExprKind::RecordIndex { name, field } => format!("#{name}.{field}"),
        ExprKind::Match(a, b) => format!("{{match,{},{}}}", sx(a), sx(b)),
        ExprKind::BinOp(op, a, b) => format!("{{op,{op},{},{}}}", sx(a), sx(b)),
        ExprKind::UnOp(op, a) => format!("{{op,{op},{}}}", sx(a)),
        ExprKind::Call(t, args) => {
            let t = match &**t {
                CallTarget::Local(f) => f.clone(),
                CallTarget::Remote(m, f) => format!("{}:{}", sx(m), sx(f)),
                CallTarget::Expr(e) => format!("({})", sx(e)),
            };
            format!("{t}({})", list(args))
        }
        ExprKind::Fun { name, clauses } => {
            format!("{{fun,{},[{}]}}", name.clone().unwrap_or_default(), clauses_sx(clauses))
        }
        ExprKind::FunRef { module, function, arity } => match module {
            Some(m) => format!("{{fun,{}:{}/{}}}", sx(m), sx(function), sx(arity)),
            None => format!("{{fun,{}/{}}}", sx(function), sx(arity)),
        },
        ExprKind::Case(e, cs) => format!("{{case,{},[{}]}}", sx(e), clauses_sx(cs)),
        ExprKind::If(cs) => format!("{{if,[{}]}}", clauses_sx(cs)),
        ExprKind::Receive { clauses, after } => {
            let a = after.as_ref().map(|(t, b)| format!(",after,{},[{}]", sx(t), list(b))).unwrap_or_default();
            format!("{{receive,[{}]{a}}}", clauses_sx(clauses))
        }
        ExprKind::Try { body, of_clauses, catch_clauses, after } => format!(
            "{{try,[{}],[{}],[{}],[{}]}}",
            list(body),
            clauses_sx(of_clauses),
            clauses_sx(catch_clauses),
            list(after)
        ),
        ExprKind::Catch(e) => format!("{{catch,{}}}", sx(e)),
        ExprKind::Block(es) => format!("{{block,[{}]}}", list(es)),
        ExprKind::ListComp(e, qs) => format!("{{lc,{},[{}]}}", sx(e), quals(qs)),
        ExprKind::BinComp(e, qs) => format!("{{bc,{},[{}]}}", sx(e), quals(qs)),
    }
}

fn quals(qs: &[Qualifier]) -> String {
    qs.iter()
        .map(|q| match q {
            Qualifier::Generator(p, e) => format!("{}<-{}", sx(p), sx(e)),
            Qualifier::BinGenerator(p, e) => format!("{}<={}", sx(p), sx(e)),
            Qualifier::Filter(e) => sx(e),
        })
        .collect::<Vec<_>>()
        .join(",")
}

pub fn clauses_sx(cs: &[Clause]) -> String {
    cs.iter()
        .map(|c| {
            let ps: Vec<String> = c.patterns.iter().map(sx).collect();
            let gs: Vec<String> = c.guards.iter().map(|g| g.iter().map(sx).collect::<Vec<_>>().join(",")).collect();
            let body: Vec<String> = c.body.iter().map(sx).collect();
            let g = if gs.is_empty() { String::new() } else { format!(" when {}", gs.join(";")) };
            format!("({}){g} -> {}", ps.join(","), body.join(","))
        })
        .collect::<Vec<_>>()
        .join("; ")
}

pub fn module(src: &str) -> Module {
    match parse_module("t.erl", src, &[]) {
        Ok((m, _)) => m,
        Err(d) => panic!("{}", d.iter().map(|d| d.headline()).collect::<Vec<_>>().join("\n")),
    }
}

/// The body of `f() -> <src>.` rendered with `sx`.
fn expr(src: &str) -> String {
    expr_in(&format!("-module(t).\nf() -> {src}.\n"))
}

/// The first function's body in a module, rendered with `sx`.
pub fn expr_in(src: &str) -> String {
    let m = module(src);
    m.functions[0].clauses[0].body.iter().map(sx).collect::<Vec<_>>().join(", ")
}

#[test]
fn precedence() {
    assert_eq!(expr("a = b ! c"), "{match,a,{op,!,b,c}}");
    assert_eq!(expr("1 + 2 * 3"), "{op,+,1,{op,*,2,3}}");
    assert_eq!(expr("1 - 2 - 3"), "{op,-,{op,-,1,2},3}");
    assert_eq!(expr("-1 - -1"), "{op,-,-1,-1}");
    assert_eq!(expr("- X"), "{op,-,X}");
    assert_eq!(expr("X andalso Y orelse Z"), "{op,orelse,{op,andalso,X,Y},Z}");
    assert_eq!(expr("A ++ B ++ C"), "{op,++,A,{op,++,B,C}}");
    assert_eq!(expr("A -- B ++ C"), "{op,--,A,{op,++,B,C}}");
    assert_eq!(expr("catch X = 1"), "{catch,{match,X,1}}");
    assert_eq!(expr("X = Y = 2"), "{match,X,{match,Y,2}}");
    assert_eq!(expr("A == B + 1"), "{op,==,A,{op,+,B,1}}");
    assert_eq!(expr("not A and B"), "{op,and,{op,not,A},B}");
    assert_eq!(expr("A bor B band C"), "{op,bor,A,{op,band,B,C}}");
    assert_eq!(expr("A div B rem C"), "{op,rem,{op,div,A,B},C}");
    assert_eq!(expr("bnot 1 bsl 2"), "{op,bsl,{op,bnot,1},2}");
    assert_eq!(expr("A =:= B orelse C =/= D"), "{op,orelse,{op,=:=,A,B},{op,=/=,C,D}}");
    assert_eq!(expr("X ! Y ! Z"), "{op,!,X,{op,!,Y,Z}}");
    assert_eq!(expr("m:f(1) + 2"), "{op,+,m:f(1),2}");
    assert_eq!(expr("X = catch 10"), "{match,X,{catch,10}}");
    assert_eq!(expr("A + catch 2 + 3"), "{op,+,A,{catch,{op,+,2,3}}}");
    assert_eq!(expr("(A + catch 2) + 3 - catch 4 * 5"), "{op,-,{op,+,{op,+,A,{catch,2}},3},{catch,{op,*,4,5}}}");
    assert_eq!(expr("- catch 4, A ! catch 3, [catch 1 | 2]"), "{op,-,{catch,4}}, {op,!,A,{catch,3}}, [{catch,1}|2]");
    assert_eq!(expr("A = B * catch C = D"), "{match,A,{op,*,B,{catch,{match,C,D}}}}");
}

#[test]
fn calls() {
    assert_eq!(expr("f(1, 2)"), "f(1,2)");
    assert_eq!(expr("m:f()"), "m:f()");
    assert_eq!(expr("M:F(x)"), "M:F(x)");
    assert_eq!(expr("(list_to_atom(\"m\")):f()"), "list_to_atom(\"m\"):f()");
    assert_eq!(expr("F(X)"), "(F)(X)");
    assert_eq!(expr("(fun g/0)()"), "({fun,g/0})()");
    assert_eq!(expr("(f())()"), "(f())()");
    assert_eq!(expr("?MODULE:f()"), "t:f()");
}

#[test]
fn funs() {
    assert_eq!(expr("fun (X) when X > 0 -> X; (_) -> 0 end"), "{fun,,[(X) when {op,>,X,0} -> X; (_) -> 0]}");
    assert_eq!(
        expr("fun Fact(0) -> 1; Fact(N) -> N * Fact(N - 1) end"),
        "{fun,Fact,[(0) -> 1; (N) -> {op,*,N,(Fact)({op,-,N,1})}]}"
    );
    assert_eq!(expr("fun f/1"), "{fun,f/1}");
    assert_eq!(expr("fun m:f/1"), "{fun,m:f/1}");
    assert_eq!(expr("fun M:F/A"), "{fun,M:F/A}");
    assert_eq!(expr("fun() -> ok end"), "{fun,,[() -> ok]}");
}

#[test]
fn case_if_receive_block() {
    assert_eq!(
        expr("case X of {a, Y} when Y > 1; Y < -1 -> Y; _ -> 0 end"),
        "{case,X,[({a,Y}) when {op,>,Y,1};{op,<,Y,-1} -> Y; (_) -> 0]}"
    );
    assert_eq!(
        expr("if X > 1, X < 3 -> a; true -> b end"),
        "{if,[() when {op,>,X,1},{op,<,X,3} -> a; () when true -> b]}"
    );
    assert_eq!(expr("receive a -> 1 after 10 -> 2 end"), "{receive,[(a) -> 1],after,10,[2]}");
    assert_eq!(expr("receive after T -> ok end"), "{receive,[],after,T,[ok]}");
    assert_eq!(expr("receive X -> X end"), "{receive,[(X) -> X]}");
    assert_eq!(expr("begin a, b end"), "{block,[a,b]}");
    assert_eq!(expr("catch 1"), "{catch,1}");
}

#[test]
fn try_forms() {
    assert_eq!(expr("try f() catch E -> E end"), "{try,[f()],[],[(throw,E,_) -> E],[]}");
    assert_eq!(expr("try f() after g() end"), "{try,[f()],[],[],[g()]}");
    assert_eq!(
        expr("try f() of X -> X catch error:R:S when R > 1 -> S; _:_ -> ok after g() end"),
        "{try,[f()],[(X) -> X],[(error,R,S) when {op,>,R,1} -> S; (_,_,_) -> ok],[g()]}"
    );
    assert_eq!(expr("try f() catch C:R -> {C,R} end"), "{try,[f()],[],[(C,R,_) -> {C,R}],[]}");
}

#[test]
fn comprehensions() {
    assert_eq!(expr("[E || X <- L, Y <- M, X > Y]"), "{lc,E,[X<-L,Y<-M,{op,>,X,Y}]}");
    assert_eq!(expr("<< <<X>> || <<X:8>> <= B >>"), "{bc,<<X>>,[<<X:8>><=B]}");
    assert_eq!(expr("[X || <<X>> <= B, X > 0]"), "{lc,X,[<<X>><=B,{op,>,X,0}]}");
}

#[test]
fn maps_and_records() {
    assert_eq!(expr("#{a => 1, b => 2}"), "#{a=>1,b=>2}");
    assert_eq!(expr("M#{a := 2}"), "M#{a:=2}");
    assert_eq!(expr("#{a := V} = M"), "{match,#{a:=V},M}");
    assert_eq!(expr("M#{a => 1}#{b => 2}"), "M#{a=>1}#{b=>2}");
    assert_eq!(expr("#r{a = 1}"), "#r{a=1}");
    assert_eq!(expr("R#r{a = 2}"), "R#r{a=2}");
    assert_eq!(expr("R#r.a"), "R#r.a");
    assert_eq!(expr("#r.a"), "#r.a");
    assert_eq!(expr("#r{a = A, _ = x} = R"), "{match,#r{a=A,_=x},R}");
    assert_eq!(expr("R#r.a#s.b"), "R#r.a#s.b");
    let m = module("f(#r{a = A}, #{k := V}) -> {A, V}.\n");
    assert_eq!(clauses_sx(&m.functions[0].clauses), "(#r{a=A},#{k:=V}) -> {A,V}");
}

#[test]
fn binaries() {
    assert_eq!(
        expr("<<X:8/integer-signed-little-unit:1, Y/binary, Z:3/bits, \"abc\", 1.5/float, C/utf8, (X+1):16>>"),
        "<<X:8/integer-signed-little-unit:1,Y/binary,Z:3/bits,\"abc\",1.5/float,C/utf8,{op,+,X,1}:16>>"
    );
    assert_eq!(expr("<<X:Size, -1:8, Y:(S*2)>>"), "<<X:Size,-1:8,Y:{op,*,S,2}>>");
    assert_eq!(expr("<<>>"), "<<>>");
}

#[test]
fn lists_tuples_literals() {
    assert_eq!(expr("[H|T]"), "[H|T]");
    assert_eq!(expr("[1,2|T]"), "[1|[2|T]]");
    assert_eq!(expr("[1,2]"), "[1|[2|[]]]");
    assert_eq!(expr("{}"), "{}");
    assert_eq!(expr("{a, \"s\" \"t\", $a, 'B c', 2.5}"), "{a,\"st\",97,'B c',2.5}");
    let m = module("f(\"abc\" ++ Rest, -1, -2.5) -> Rest.\n");
    assert_eq!(clauses_sx(&m.functions[0].clauses), "({op,++,\"abc\",Rest},-1,-2.5) -> Rest");
}

#[test]
fn attributes() {
    let m = module(
        "-module(m).\n-export([f/1, g/2]).\n-export([h/0]).\n-import(lists, [map/2]).\n\
         -compile([export_all, debug_info]).\n-record(r, {a, b = 1, c :: integer(), d = 2 :: t(), e :: fun((a) -> b) | #{}}).\n\
         -behaviour(gen_server).\n-vsn(\"1\").\n-on_load(f/0).\n-mode(compile).\n-spec f(X :: integer()) -> {ok, [1..3]}.\n\
         -type t() :: fun((...) -> ok) | <<_:8>>.\n-opaque o() :: term().\n-callback cb(a) -> b.\n-export_type([t/0]).\n\
         -dialyzer(nowarn).\n-my_attr({x, [1, \"s\"]}).\n",
    );
    assert_eq!(m.name, "m");
    // -callback makes the module a behaviour with behaviour_info/1.
    assert_eq!(m.exports, vec![("f".into(), 1), ("g".into(), 2), ("h".into(), 0), ("behaviour_info".into(), 1)]);
    assert_eq!(m.callbacks, vec![("cb".to_string(), 1)]);
    assert_eq!(m.imports, vec![("map".into(), 2, "lists".into())]);
    assert!(m.export_all);
    let r = &m.records[0];
    assert_eq!(r.name, "r");
    let fields: Vec<String> =
        r.fields.iter().map(|(f, d)| format!("{f}={}", d.as_ref().map(sx).unwrap_or_default())).collect();
    assert_eq!(fields, ["a=", "b=1", "c=", "d=2", "e="]);
    let attrs: Vec<String> = m.attributes.iter().map(|a| format!("{}:{}", a.name, sx(&a.value))).collect();
    assert_eq!(
        attrs,
        [
            "export:[{op,/,f,1}|[{op,/,g,2}|[]]]",
            "export:[{op,/,h,0}|[]]",
            "compile:[export_all|[debug_info|[]]]",
            "behaviour:gen_server",
            "vsn:\"1\"",
            "on_load:{op,/,f,0}",
            "mode:compile",
            "my_attr:{x,[1|[\"s\"|[]]]}"
        ]
    );
    assert!(module("-compile(export_all).\n").export_all);
    assert_eq!(module("f() -> ok.\n").name, "");
}

#[test]
fn functions_are_grouped_per_form() {
    let m = module("f(0) -> a;\nf(N) -> b.\ng() -> c.\n");
    let fs: Vec<(String, u32, usize)> =
        m.functions.iter().map(|f| (f.name.clone(), f.arity, f.clauses.len())).collect();
    assert_eq!(fs, vec![("f".into(), 1, 2), ("g".into(), 0, 1)]);
    assert_eq!((m.functions[1].pos.line, m.functions[1].pos.col), (3, 1));
}

#[test]
fn shebang_is_a_comment() {
    let m = module("#!/usr/bin/env escript\nmain(_) -> ok.\n");
    assert_eq!(m.functions[0].pos.line, 2);
}

/// A ~60-line module; every prefix of it, and garbled variants, must parse
/// or fail without panicking.
const REAL: &str = include_str!("tests/sample.erl");

#[test]
fn sample_parses() {
    let m = module(REAL);
    assert_eq!(m.name, "sample");
    assert!(m.functions.len() >= 5);
}

#[test]
fn never_panics() {
    let chars: Vec<(usize, char)> = REAL.char_indices().collect();
    for (i, _) in chars.iter().step_by(3) {
        let _ = parse_module("t.erl", &REAL[..*i], &[]);
    }
    // Drop one character, or swap in a troublesome one, along the text.
    for (k, (i, c)) in chars.iter().enumerate().step_by(7) {
        let mut s = REAL.to_string();
        s.replace_range(*i..*i + c.len_utf8(), ["", "(", "end", "\"", "'", "$", "?", "#", "<<", "."][k % 10]);
        let _ = parse_module("t.erl", &s, &[]);
    }
}

#[test]
fn deep_nesting_is_bounded() {
    for (open, close) in [("(", ")"), ("[", "]"), ("{", "}"), ("begin ", " end"), ("- ", "")] {
        let n = 100_000;
        let src = format!("f() -> {}1{}.\n", open.repeat(n), close.repeat(n));
        let _ = parse_module("t.erl", &src, &[]);
    }
    let long = format!("f() -> 1{}.\n", " + 1".repeat(100_000));
    assert!(parse_module("t.erl", &long, &[]).is_err());
    let list = format!("f() -> [{}].\n", vec!["1"; 100].join(","));
    assert!(parse_module("t.erl", &list, &[]).is_ok());
}

/// Parses every conformance case; run by hand with `--ignored --nocapture`
/// to compare the front end's verdicts with erlc's.
#[test]
#[ignore]
fn conformance_cases_parse() {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../tests/cases");
    let mut files: Vec<_> = std::fs::read_dir(&dir).unwrap().flatten().map(|e| e.path()).collect();
    files.sort();
    for p in files.iter().filter(|p| p.extension().is_some_and(|e| e == "erl")) {
        let src = std::fs::read_to_string(p).unwrap();
        let name = p.file_name().unwrap().to_string_lossy().into_owned();
        let path = p.to_str().unwrap();
        match super::parse_escript_module(path, &src, &[dir.join("include")], "escript__") {
            Ok(_) => println!("OK {name}"),
            Err(ds) => ds.iter().for_each(|d| println!("ERR {}", d.headline())),
        }
    }
}

#[test]
fn positions_follow_erl_parse() {
    let m = module("f(X) -> m:g(X), X = 1, [a,b], X + 1, #r{a=1}, R#r.a, h(1).");
    let pos: Vec<(u32, u32)> = m.functions[0].clauses[0].body.iter().map(|e| (e.pos.line, e.pos.col)).collect();
    assert_eq!(pos, [(1, 9), (1, 17), (1, 24), (1, 33), (1, 38), (1, 48), (1, 54)]);
}
