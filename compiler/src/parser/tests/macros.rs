//! Preprocessor tests: macros, conditionals, includes.

use super::{expr_in, module, sx};
use crate::parser::parse_module;

#[test]
fn simple_and_parameterised_macros() {
    let src = "-module(mm).\n-define(N, 42).\n-define(F(A, B), {A, B}).\n-define(F(A), [A]).\n-define(S(X), ??X).\n\
               f() -> {?N, ?F(1, [2, 3]), ?F({x, y}), ?S(foo(1,2) + \"a\\n\"), ?LINE, ?FILE, ?MODULE, ?MODULE_STRING,\n\
               ?FUNCTION_NAME, ?FUNCTION_ARITY, ?MACHINE, ?OTP_RELEASE}.\n";
    assert_eq!(
        expr_in(src),
        "{42,{1,[2|[3|[]]]},[{x,y}|[]],\"foo ( 1 , 2 ) + \\\"a\\\\n\\\"\",6,\"t.erl\",mm,\"mm\",f,0,'BEAM',25}"
    );
}

#[test]
fn macro_args_with_nesting_and_keywords() {
    let src = "-define(ID(X), X).\nf() -> ?ID(begin a, b end) + ?ID(fun(X, Y) -> X end) + ?ID(#{a => 1, b => 2}).\n";
    assert_eq!(expr_in(src), "{op,+,{op,+,{block,[a,b]},{fun,,[(X,Y) -> X]}},#{a=>1,b=>2}}");
}

#[test]
fn macros_in_macro_arguments() {
    let src = "-define(A, 10).\n-define(L(X), [X, X]).\n-define(C(F, Arg), F(Arg)).\n\
               f() -> {?L(?L(x)), ?C(length, ?L(?A))}.\n";
    assert_eq!(expr_in(src), "{[[x|[x|[]]]|[[x|[x|[]]]|[]]],length([10|[10|[]]])}");
}

#[test]
fn escript_default_module_name() {
    let (m, _) = crate::parser::parse_escript_module("s", "main(_) -> ?MODULE.\n", &[], "s__escript").unwrap();
    assert_eq!(m.name, "s__escript");
    assert_eq!(super::sx(&m.functions[0].clauses[0].body[0]), "s__escript");
}

#[test]
fn undef_and_conditionals() {
    let src = "-define(A, 1).\n-undef(A).\n-ifdef(A).\nf() -> yes.\n-else.\nf() -> no.\n-endif.\n\
               -ifndef(B).\n-ifdef(C).\n-else.\ng() -> nested.\n-endif.\n-endif.\n\
               -if(?OTP_RELEASE >= 25 andalso not defined(A)).\nh() -> if_taken.\n-elif(true).\nh() -> elif.\n-endif.\n";
    let m = module(src);
    let bodies: Vec<String> = m.functions.iter().map(|f| sx(&f.clauses[0].body[0])).collect();
    assert_eq!(bodies, ["no", "nested", "if_taken"]);
}

#[test]
fn include_files() {
    let dir = std::env::temp_dir().join(format!("ferl-pp-{}", std::process::id()));
    let inc = dir.join("inc");
    std::fs::create_dir_all(&inc).unwrap();
    std::fs::write(dir.join("local.hrl"), "-define(LOCAL, local).\n-record(r, {a = 1}).\n").unwrap();
    std::fs::write(inc.join("other.hrl"), "-define(OTHER, other).\n-include(\"nested.hrl\").\n").unwrap();
    std::fs::write(inc.join("nested.hrl"), "-define(NESTED, nested).\n").unwrap();
    let file = dir.join("m.erl");
    let src = "-module(m).\n-include(\"local.hrl\").\n-include_lib(\"app/inc/other.hrl\").\nf() -> {?LOCAL, ?OTHER, ?NESTED}.\n";
    let r = parse_module(file.to_str().unwrap(), src, std::slice::from_ref(&inc));
    let (m, _) = r.unwrap_or_else(|d| panic!("{d:?}"));
    assert_eq!(m.records[0].name, "r");
    assert_eq!(sx(&m.functions[0].clauses[0].body[0]), "{local,other,nested}");
    // An error inside an include names the include file.
    std::fs::write(dir.join("bad.hrl"), "\nx() -> .\n").unwrap();
    let errs = parse_module(file.to_str().unwrap(), "-include(\"bad.hrl\").\n", &[]).unwrap_err();
    assert_eq!(errs[0].headline(), format!("{}:2:8: syntax error before: '.'", dir.join("bad.hrl").display()));
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn recursive_include_is_bounded() {
    let dir = std::env::temp_dir().join(format!("ferl-pp-rec-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    std::fs::write(dir.join("self.hrl"), "-include(\"self.hrl\").\n").unwrap();
    let file = dir.join("m.erl");
    assert!(parse_module(file.to_str().unwrap(), "-include(\"self.hrl\").\n", &[]).is_err());
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn exponential_macros_are_bounded() {
    let mut src = String::from("-define(M0, x).\n");
    for i in 1..40 {
        src += &format!("-define(M{i}, ?M{} ?M{}).\n", i - 1, i - 1);
    }
    src += "f() -> ?M39.\n";
    assert!(parse_module("t.erl", &src, &[]).is_err());
}

#[test]
fn file_attribute_renumbers_following_lines() {
    // As epp: the line after `-file(F, N).` ... counts from N + 1 on.
    let src = "-module(ft).\n-file(\"other.erl\", 100).\na() ->\n    x.\n-file(\"ft.erl\", 50).\nb() -> y.\n";
    let (m, _) = parse_module("ft.erl", src, &[]).unwrap();
    let lines: Vec<(String, u32)> = m.functions.iter().map(|f| (f.name.clone(), f.pos.line)).collect();
    assert_eq!(lines, [("a".to_string(), 101), ("b".to_string(), 51)]);
}
