//! Error messages and their positions, checked as text against what
//! erlc (OTP 25) prints for the same source.

use crate::parser::parse_module;

fn errors(src: &str) -> Vec<String> {
    match parse_module("t.erl", src, &[]) {
        Ok(_) => vec![],
        Err(ds) => ds.iter().map(|d| d.headline()).collect(),
    }
}

#[track_caller]
fn check(src: &str, expected: &[&str]) {
    assert_eq!(errors(src), expected, "source:\n{src}");
}

#[test]
fn lexical_errors() {
    check("-module(a).\nf() -> \"abc\n", &["t.erl:2:8: unterminated string starting with \"abc\\n\""]);
    check("-module(b).\nf() -> 'abc\n", &["t.erl:2:8: unterminated atom starting with 'abc\\n'"]);
    check(
        "f() -> \"abcdefghijklmnopqrstuvwxyz0123456789\n",
        &["t.erl:1:8: unterminated string starting with \"abcdefghijklmnop\""],
    );
    check(
        "f() -> 1 ~ 2.\ng() -> 3#9.\nh() -> $",
        &[
            "t.erl:1:10: syntax error before: '~'",
            "t.erl:2:8: illegal integer",
            "t.erl:2:10: syntax error before: 9",
            "t.erl:3:8: unterminated character",
        ],
    );
    check(
        "j() -> 1.5e.\nk() -> 1_.\nl() -> 37#1.\n",
        &[
            "t.erl:1:8: illegal float",
            "t.erl:1:12: syntax error before: '.'",
            "t.erl:2:9: syntax error before: _",
            "t.erl:3:8: illegal base '37'",
            "t.erl:3:10: syntax error before: '#'",
        ],
    );
    check("f() -> a \u{1} b.\n", &["t.erl:1:12: syntax error before: b"]);
    check(
        "p() -> \"\\x{zz}\" + a b.\nq() -> 2.\n",
        &["t.erl:1:9: illegal character", "t.erl:1:15: unterminated string starting with \" + a b.\\nq() -> 2\""],
    );
    check(
        "q() -> $\\x{110000}.\nr() -> 1.0e400.\n",
        &[
            "t.erl:1:9: illegal character",
            "t.erl:1:19: syntax error before: '.'",
            "t.erl:2:8: illegal float",
            "t.erl:2:15: syntax error before: '.'",
        ],
    );
}

#[test]
fn syntax_errors() {
    check(
        "f() -> a b.\ng() -> 1 2.\nh() -> \"s\" 1.\ni() -> -> .\nj() -> .\nk() -> x\n",
        &[
            "t.erl:1:10: syntax error before: b",
            "t.erl:2:10: syntax error before: 2",
            "t.erl:3:12: syntax error before: 1",
            "t.erl:4:8: syntax error before: '->'",
            "t.erl:5:8: syntax error before: '.'",
            "t.erl:6:8: syntax error before: ",
        ],
    );
    check(
        "g() -> a \"abc\".\nh() -> 1.5 2.5.\ni() -> a $a.\nj() -> a 'B c'.\nk() -> a 1e10.\nl() -> a <<.\n\
         m() -> a 12345678901234567890123.\nn() -> a 1.0e20.\np() -> #r.\nq() -> [1 || ].\nr() -> a 'end'.\ns() -> a '\\n'.\n",
        &[
            "t.erl:1:10: syntax error before: \"abc\"",
            "t.erl:2:12: syntax error before: 2.5",
            "t.erl:3:10: syntax error before: $a",
            "t.erl:4:10: syntax error before: 'B c'",
            "t.erl:5:10: syntax error before: 1",
            "t.erl:6:10: syntax error before: '<<'",
            "t.erl:7:10: syntax error before: 12345678901234567890123",
            "t.erl:8:10: syntax error before: 1.0e20",
            "t.erl:9:10: syntax error before: '.'",
            "t.erl:10:14: syntax error before: ']'",
            "t.erl:11:10: syntax error before: 'end'",
            "t.erl:12:10: syntax error before: '\\n'",
        ],
    );
    check("f() -> case x of a -> 1 end end.\n", &["t.erl:1:29: syntax error before: 'end'"]);
    check("f() -> f()().\n", &["t.erl:1:11: syntax error before: '('"]);
}

#[test]
fn head_mismatch() {
    check(
        "g(X) -> X;\nh(Y) -> Y.\ni(X) -> X;\ni(X,Y) -> Y.\n",
        &["t.erl:2:1: head mismatch", "t.erl:4:1: head mismatch"],
    );
    check(
        "f(X) -> fun F(0) -> 1; G(1) -> 2 end.\ng() -> fun (X) -> 1; (X,Y) -> 2 end.\nh() -> x:y.\n",
        &["t.erl:1:24: head mismatch", "t.erl:2:22: head mismatch", "t.erl:3:8: illegal expression"],
    );
}

#[test]
fn preprocessor_errors() {
    check(
        "-module(i).\n-include(\"nope.hrl\").\n-include_lib(\"nope/x.hrl\").\n-ifdef(X).\n-endif.\n-endif.\n-else.\n\
         -define(A, 1).\n-define(A, 2).\n-define(B(X,X), 1).\n-if(1).\n-endif.\nf() -> ?A(1).\n-ifdef(Y).\n",
        &[
            "t.erl:2:10: can't find include file \"nope.hrl\"",
            "t.erl:3:14: can't find include lib \"nope/x.hrl\"",
            "t.erl:6:2: unbalanced '-endif'",
            "t.erl:7:2: unbalanced '-else'",
            "t.erl:9:9: redefining macro 'A'",
            "t.erl:10:13: argument 'X' already used",
            "t.erl:15:1: unterminated '-ifdef'",
        ],
    );
    check(
        "f() -> ?X.\ng() -> ?Y(1).\n-define(F(X), {X}).\n-define(F(X,Y), {X,Y}).\nh() -> ?F(1,2,3).\ni() -> ?F.\n\
         -define(C, ?C).\nj() -> ?C.\n-define(E(X,Y), X).\nk() -> ?E([1,2],(3).\nl() -> a ?.\n-error(x).\n",
        &[
            "t.erl:1:9: undefined macro 'X'",
            "t.erl:2:9: undefined macro 'Y/1'",
            "t.erl:5:9: argument mismatch for macro 'F'",
            "t.erl:6:9: argument mismatch for macro 'F'",
            "t.erl:8:9: circular macro 'C'",
            "t.erl:10:9: badly formed argument for macro 'E'",
            "t.erl:11:11: illegal macro call '?dot'",
            "t.erl:12:2: -error(x).",
        ],
    );
}

#[test]
fn warnings_directive() {
    let (_, ws) = parse_module("t.erl", "-warning({a, b}).\n", &[]).unwrap();
    assert_eq!(ws[0].headline(), "t.erl:1:2: Warning: -warning({a,b}).");
}

#[test]
fn attribute_errors() {
    check(
        "-module(ba).\n-foo(a, b).\n-export(f/1).\n-bar(f(x)).\n-record(r, [a]).\n-record(s, {a, 1}).\n\
         -export([f/1, g]).\n",
        &[
            "t.erl:2:9: bad attribute",
            "t.erl:3:9: bad Name/Arity",
            "t.erl:4:6: bad attribute",
            "t.erl:5:12: bad record declaration",
            "t.erl:6:16: bad record field",
            "t.erl:7:15: bad Name/Arity",
        ],
    );
}
