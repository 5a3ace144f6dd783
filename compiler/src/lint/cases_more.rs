//! The second half of the lint test table (see `cases.rs`): more
//! modules with the diagnostics erlc (OTP 25) printed for them.

pub(super) const MORE_CASES: &[(&str, &str, &[&str])] = &[
    (
        "illegal_guard",
        r#"-module(t).
-export([f/1]).
f(X) when g(X) -> ok;
f(X) when foo(X) -> ok;
f(X) when X ++ [] -> ok.
g(_) -> true."#,
        &["t.erl:3:11: call to local/imported function g/1 is illegal in guard", "t.erl:4:11: illegal guard expression", "t.erl:5:13: illegal guard expression", "t.erl:6:1: Warning: function g/1 is unused"],
    ),
    (
        "guard_ok",
        r#"-module(t).
-export([f/1]).
f(X) when is_atom(X); is_integer(X), X > 0, abs(X) < 10, element(1, {X}) =:= X -> ok;
f(X) when erlang:is_list(X), length(X) > 0 -> ok."#,
        &[],
    ),
    (
        "guard_unbound",
        r#"-module(t).
-export([f/1]).
f(X) when Y > X -> ok."#,
        &["t.erl:3:11: variable 'Y' is unbound"],
    ),
    (
        "guard_remote",
        r#"-module(t).
-export([f/1]).
f(X) when lists:member(X, []) -> ok."#,
        &["t.erl:3:11: illegal guard expression", "t.erl:3:3: Warning: variable 'X' is unused"],
    ),
    (
        "illegal_pattern_call",
        r#"-module(t).
-export([f/1]).
f(X) ->
    case X of
        g(Y) -> Y
    end."#,
        &["t.erl:5:9: illegal pattern", "t.erl:5:17: variable 'Y' is unbound"],
    ),
    (
        "match_pattern_both",
        r#"-module(t).
-export([f/1]).
f(X) -> {A, B} = C = X, {A, B, C}."#,
        &[],
    ),
    (
        "bin_size_var",
        r#"-module(t).
-export([f/1]).
f(<<N:8, Rest:N/binary>>) -> Rest."#,
        &[],
    ),
    (
        "bin_size_unbound",
        r#"-module(t).
-export([f/1]).
f(<<Rest:N/binary>>) -> Rest."#,
        &["t.erl:3:10: variable 'N' is unbound"],
    ),
    (
        "map_pattern_assoc",
        r#"-module(t).
-export([f/1]).
f(#{a := A}) -> A;
f(#{b => B}) -> B."#,
        &["t.erl:4:7: illegal pattern", "t.erl:4:17: variable 'B' is unbound"],
    ),
    (
        "map_exact_construct",
        r#"-module(t).
-export([f/0]).
f() -> #{a := 1}."#,
        &["t.erl:3:12: only association operators '=>' are allowed in map construction"],
    ),
    (
        "bif_clash_new",
        r#"-module(t).
-export([f/1]).
f(X) -> binary_part(X, {0, 1}).
binary_part(_, _) -> ok."#,
        &["t.erl:3:9: Warning: ambiguous call of overridden auto-imported BIF binary_part/2"],
    ),
    (
        "bif_clash_old",
        r#"-module(t).
-export([f/1]).
f(X) -> length(X).
length(_) -> 0."#,
        &["t.erl:3:9: ambiguous call of overridden pre R14 auto-imported BIF length/1"],
    ),
    (
        "no_auto_import",
        r#"-module(t).
-export([f/1]).
-compile({no_auto_import, [length/1]}).
f(X) -> length(X).
length(_) -> 0."#,
        &[],
    ),
    (
        "guard_local_call",
        r#"-module(t).
-export([f/1]).
f(X) when is_atom(X) -> ok.
is_atom(_) -> true."#,
        &["t.erl:3:11: call to local/imported function is_atom/1 is illegal in guard", "t.erl:4:1: Warning: function is_atom/1 is unused"],
    ),
    (
        "already_defined",
        r#"-module(t).
-export([f/0]).
f() -> ok.
g() -> ok.
f() -> ok."#,
        &["t.erl:5:1: function f/0 already defined", "t.erl:4:1: Warning: function g/0 is unused"],
    ),
    (
        "case_export_use",
        r#"-module(t).
-export([f/1]).
f(X) ->
    case X of
        {a, Y} -> ok;
        {b, Y} -> ok
    end,
    Y."#,
        &[],
    ),
    (
        "case_unused_branch_var",
        r#"-module(t).
-export([f/1]).
f(X) ->
    case X of
        {a, Y} -> ok;
        _ -> ok
    end."#,
        &["t.erl:5:13: Warning: variable 'Y' is unused"],
    ),
    (
        "named_fun",
        r#"-module(t).
-export([f/0]).
f() -> fun Loop(0) -> ok; Loop(N) -> Loop(N - 1) end."#,
        &[],
    ),
    (
        "catch_stacktrace",
        r#"-module(t).
-export([f/0]).
f() ->
    try ok
    catch
        C:R:S when S =:= [] -> {C, R}
    end."#,
        &["t.erl:6:20: stacktrace variable 'S' must not be used in a guard"],
    ),
    (
        "try_catch_vars",
        r#"-module(t).
-export([f/0]).
f() ->
    try ok
    catch
        error:R -> R;
        C:R2:St -> {C, R2, St}
    end."#,
        &[],
    ),
    (
        "fun_head_bound_guard",
        r#"-module(t).
-export([f/1]).
f(X) -> fun(Y) when Y > X -> Y end."#,
        &[],
    ),
    (
        "comprehension_filter_binding",
        r#"-module(t).
-export([f/1]).
f(L) -> [Z || X <- L, (Z = X) > 0]."#,
        &[],
    ),
    (
        "binary_comprehension",
        r#"-module(t).
-export([f/1]).
f(B) -> << <<X>> || <<X:8>> <= B, Y <- [1] >>."#,
        &["t.erl:3:35: Warning: variable 'Y' is unused"],
    ),
    (
        "record_default_call",
        r#"-module(t).
-export([f/0]).
-record(r, {a = g()}).
f() -> #r{}.
g() -> 1."#,
        &[],
    ),
    (
        "record_default_undefined",
        r#"-module(t).
-export([f/0]).
-record(r, {a = h()}).
f() -> #r{}."#,
        &["t.erl:3:17: function h/0 undefined"],
    ),
    (
        "is_record_undefined",
        r#"-module(t).
-export([f/1]).
f(X) when is_record(X, q) -> ok;
f(X) -> is_record(X, p)."#,
        &["t.erl:3:24: record q undefined", "t.erl:4:22: record p undefined"],
    ),
    (
        "record_update",
        r#"-module(t).
-export([f/1]).
-record(r, {a, b}).
f(R) -> R#r{a = 1, c = 2}."#,
        &["t.erl:4:20: field c undefined in record r"],
    ),
    (
        "quoted_names",
        r#"-module(t).
-export(['Foo'/0]).
f() -> 'bar baz'(1)."#,
        &["t.erl:2:2: function 'Foo'/0 undefined", "t.erl:3:8: function 'bar baz'/1 undefined", "t.erl:3:1: Warning: function f/0 is unused"],
    ),
    (
        "format_invalid_control",
        r#"-module(t).
-export([f/0]).
f() -> io:format("~a~n", [x])."#,
        &["t.erl:3:18: Warning: format string invalid (invalid control ~a)"],
    ),
    (
        "format_too_few_args",
        r#"-module(t).
-export([f/0]).
f() -> io:fwrite("~p ~w~n", [x])."#,
        &["t.erl:3:29: Warning: the format string requires an argument list with 2 arguments, but the argument list contains only 1 argument"],
    ),
    (
        "format_too_many_args",
        r#"-module(t).
-export([f/0]).
f() -> io_lib:format("~p~n", [x, y])."#,
        &["t.erl:3:30: Warning: the format string requires an argument list with 1 argument, but the argument list contains 2 arguments"],
    ),
    (
        "format_empty_args",
        r#"-module(t).
-export([f/0]).
f() -> io:format("~s~n", [])."#,
        &["t.erl:3:26: Warning: the format string requires an argument list with 1 argument, but the argument list is empty"],
    ),
    (
        "format_needs_empty",
        r#"-module(t).
-export([f/1]).
f(X) -> io:format("abc", [X])."#,
        &["t.erl:3:26: Warning: the format string requires an empty argument list, but the argument list contains 1 argument"],
    ),
    (
        "format_no_arg_list",
        r#"-module(t).
-export([f/0]).
f() -> io:format("~p~n")."#,
        &["t.erl:3:18: Warning: the format string requires an argument list with 1 argument, but no argument list is given"],
    ),
    (
        "format_args_not_list",
        r#"-module(t).
-export([f/0]).
f() -> io:format(standard_error, "~p~n", x)."#,
        &["t.erl:3:42: Warning: format arguments not a list"],
    ),
    (
        "format_string_args",
        r#"-module(t).
-export([f/0]).
f() -> io_lib:format('~p', "ab")."#,
        &["t.erl:3:28: Warning: the format string requires an argument list with 1 argument, but the argument list contains 2 arguments"],
    ),
    (
        "format_modifiers",
        r#"-module(t).
-export([f/0]).
f() -> {io:fwrite("~tx", [1]), io:fwrite("~lx", [1]), io:fwrite("~ltx", [1]), io:fwrite("~tl"), io:fwrite("~")}."#,
        &["t.erl:3:19: Warning: format string invalid (invalid control ~tx)", "t.erl:3:42: Warning: format string invalid (invalid control ~lx)", "t.erl:3:65: Warning: format string invalid (invalid control ~ltx)", "t.erl:3:89: Warning: format string invalid (invalid control ~lt)", "t.erl:3:107: Warning: format string invalid (truncated)"],
    ),
    (
        "format_fields_star",
        r#"-module(t).
-export([f/0]).
f() -> io:format("~10.3.xf ~*w ~-*.*p ~W ~i ~x ~~ ~n ~c ~+ ~#", [1.0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13])."#,
        &[],
    ),
    (
        "format_wrong_arity",
        r#"-module(t).
-export([f/0]).
f() -> io:format(a, b, c, d)."#,
        &["t.erl:3:8: Warning: format call with wrong number of arguments"],
    ),
    (
        "format_nowarn",
        r#"-module(t).
-compile(nowarn_format).
-export([f/0]).
f() -> io:format("~a", [])."#,
        &[],
    ),
    (
        "format_level_two",
        r#"-module(t).
-compile({warn_format, 2}).
-export([f/2]).
f(F, X) -> {io:format(F, [X]), io:format("~p", [X | X])}."#,
        &["t.erl:4:23: Warning: format string not a textual constant", "t.erl:4:48: Warning: format arguments perhaps not a list"],
    ),
    (
        "format_level_one_quiet",
        r#"-module(t).
-export([f/2]).
f(F, X) -> {io:format(F, [X]), io:format("~p", [X | X]), io:format("~p", [X])}."#,
        &[],
    ),
];
