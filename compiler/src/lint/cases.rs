//! The lint test table: Erlang modules (each `t.erl`) and the first line of
//! every diagnostic `erlc +report_warnings t.erl` (OTP 25) printed for it,
//! errors first. Regenerate the expected lines by running erlc on each
//! snippet; never edit them by hand.

pub(super) const CASES: &[(&str, &str, &[&str])] = &[
    (
        "unbound",
        r#"-module(t).
-export([f/0]).
f() -> X."#,
        &["t.erl:3:8: variable 'X' is unbound"],
    ),
    (
        "unbound_twice",
        r#"-module(t).
-export([f/0]).
f() -> {X, X}."#,
        &["t.erl:3:9: variable 'X' is unbound", "t.erl:3:12: variable 'X' is unbound"],
    ),
    (
        "unbound_after_error",
        r#"-module(t).
-export([f/0]).
f() -> Y = X, {X, Y}."#,
        &["t.erl:3:12: variable 'X' is unbound"],
    ),
    (
        "unsafe_case",
        r#"-module(t).
-export([f/1]).
f(A) ->
    case A of
        1 -> B = 1;
        _ -> ok
    end,
    B."#,
        &["t.erl:8:5: variable 'B' unsafe in 'case' (line 4, column 5)"],
    ),
    (
        "safe_case",
        r#"-module(t).
-export([f/1]).
f(A) ->
    case A of
        1 -> B = 1;
        _ -> B = 2
    end,
    B."#,
        &[],
    ),
    (
        "unsafe_if",
        r#"-module(t).
-export([f/1]).
f(A) ->
    if A > 1 -> B = 1;
       true -> C = 2
    end,
    {B, C}."#,
        &["t.erl:7:6: variable 'B' unsafe in 'if' (line 4, column 5)", "t.erl:7:9: variable 'C' unsafe in 'if' (line 4, column 5)"],
    ),
    (
        "unsafe_receive",
        r#"-module(t).
-export([f/0]).
f() ->
    receive
        {a, X} -> Y = X;
        b -> ok
    end,
    Y."#,
        &["t.erl:8:5: variable 'Y' unsafe in 'receive' (line 4, column 5)"],
    ),
    (
        "receive_after_safe",
        r#"-module(t).
-export([f/0]).
f() ->
    receive
        {a, X} -> X
    after 10 -> X = 0
    end,
    X."#,
        &[],
    ),
    (
        "receive_after_unsafe",
        r#"-module(t).
-export([f/0]).
f() ->
    receive
        {a, X} -> X
    after 10 -> ok
    end,
    X."#,
        &["t.erl:8:5: variable 'X' unsafe in 'receive' (line 4, column 5)"],
    ),
    (
        "unsafe_try_body",
        r#"-module(t).
-export([f/0]).
f() ->
    try X = g() of
        _ -> ok
    catch
        _:_ -> ok
    end,
    X.
g() -> 1."#,
        &["t.erl:9:5: variable 'X' unsafe in 'try' (line 4, column 5)"],
    ),
    (
        "unsafe_try_of",
        r#"-module(t).
-export([f/0]).
f() ->
    try g() of
        Y -> Y
    catch
        _:_ -> Y = 0
    end,
    Y.
g() -> 1."#,
        &["t.erl:9:5: variable 'Y' unsafe in 'try' (line 4, column 5)"],
    ),
    (
        "try_after",
        r#"-module(t).
-export([f/0]).
f() ->
    try g() after Z = 1 end,
    Z.
g() -> 1."#,
        &["t.erl:5:5: variable 'Z' unsafe in 'try' (line 4, column 5)"],
    ),
    (
        "unsafe_catch",
        r#"-module(t).
-export([f/0]).
f() ->
    catch (A = 1),
    A."#,
        &["t.erl:5:5: variable 'A' unsafe in 'catch' (line 4, column 5)"],
    ),
    (
        "unsafe_andalso",
        r#"-module(t).
-export([f/1]).
f(X) ->
    _ = X andalso (Y = true),
    Y."#,
        &["t.erl:5:5: variable 'Y' unsafe in 'andalso' (line 4, column 11)"],
    ),
    (
        "undefined_local",
        r#"-module(t).
-export([f/0]).
f() -> g(1)."#,
        &["t.erl:3:8: function g/1 undefined"],
    ),
    (
        "undefined_fun_ref",
        r#"-module(t).
-export([f/0]).
f() -> fun g/2."#,
        &["t.erl:3:8: function g/2 undefined"],
    ),
    (
        "undefined_export",
        r#"-module(t).
-export([f/0, h/1]).
f() -> ok."#,
        &["t.erl:2:2: function h/1 undefined"],
    ),
    (
        "bif_ok",
        r#"-module(t).
-export([f/1]).
f(X) -> {abs(X), element(1, X), self(), spawn(fun() -> ok end), erlang:foo(X), fun length/1}."#,
        &[],
    ),
    (
        "import_ok",
        r#"-module(t).
-export([f/1]).
-import(lists, [reverse/1]).
f(X) -> reverse(X)."#,
        &[],
    ),
    (
        "undefined_record",
        r#"-module(t).
-export([f/0]).
f() -> #r{}."#,
        &["t.erl:3:8: record r undefined"],
    ),
    (
        "undefined_field",
        r#"-module(t).
-export([f/1]).
-record(r, {a, b}).
f(X) -> {#r{c = 1}, X#r.d, #r.e}."#,
        &["t.erl:4:13: field c undefined in record r", "t.erl:4:25: field d undefined in record r", "t.erl:4:31: field e undefined in record r"],
    ),
    (
        "record_pattern",
        r#"-module(t).
-export([f/1]).
-record(r, {a, b}).
f(#r{a = A, z = Z}) -> A."#,
        &["t.erl:4:13: field z undefined in record r", "t.erl:4:24: variable 'A' is unbound"],
    ),
    (
        "unused_record",
        r#"-module(t).
-export([f/0]).
-record(r, {a}).
f() -> ok."#,
        &["t.erl:3:2: Warning: record r is unused"],
    ),
    (
        "unused_var",
        r#"-module(t).
-export([f/1]).
f(X) -> Y = 1, ok."#,
        &["t.erl:3:3: Warning: variable 'X' is unused", "t.erl:3:9: Warning: variable 'Y' is unused"],
    ),
    (
        "unused_underscore",
        r#"-module(t).
-export([f/1]).
f(_X) -> _Y = 1, ok."#,
        &[],
    ),
    (
        "underscore_twice",
        r#"-module(t).
-export([f/2]).
f(_A, _A) -> ok."#,
        &["t.erl:3:3: Warning: variable '_A' is bound multiple times in this pattern. If you mean to ignore this value, use '_' or a different underscore-prefixed name", "t.erl:3:7: Warning: variable '_A' is bound multiple times in this pattern. If you mean to ignore this value, use '_' or a different underscore-prefixed name"],
    ),
    (
        "shadow_fun",
        r#"-module(t).
-export([f/1]).
f(X) -> F = fun(X) -> X end, F(1)."#,
        &["t.erl:3:3: Warning: variable 'X' is unused", "t.erl:3:17: Warning: variable 'X' shadowed in 'fun'"],
    ),
    (
        "shadow_generate",
        r#"-module(t).
-export([f/1]).
f(X) -> [X || X <- [1, 2]]."#,
        &["t.erl:3:3: Warning: variable 'X' is unused", "t.erl:3:15: Warning: variable 'X' shadowed in generate"],
    ),
    (
        "lc_vars_local",
        r#"-module(t).
-export([f/1]).
f(L) -> _ = [Y || Y <- L], Y."#,
        &["t.erl:3:28: variable 'Y' is unbound"],
    ),
    (
        "fun_vars_local",
        r#"-module(t).
-export([f/0]).
f() -> F = fun() -> Z = 1, Z end, {F, Z}."#,
        &["t.erl:3:39: variable 'Z' is unbound"],
    ),
    (
        "fun_uses_outer",
        r#"-module(t).
-export([f/1]).
f(X) -> fun() -> X end."#,
        &[],
    ),
    (
        "unused_function",
        r#"-module(t).
-export([f/0]).
f() -> ok.
g() -> ok."#,
        &["t.erl:4:1: Warning: function g/0 is unused"],
    ),
    (
        "unused_recursive",
        r#"-module(t).
-export([f/0]).
f() -> ok.
g(0) -> ok;
g(N) -> g(N - 1)."#,
        &["t.erl:4:1: Warning: function g/1 is unused"],
    ),
    (
        "unused_cycle",
        r#"-module(t).
-export([f/0]).
f() -> ok.
a() -> b().
b() -> a()."#,
        &["t.erl:4:1: Warning: function a/0 is unused", "t.erl:5:1: Warning: function b/0 is unused"],
    ),
    (
        "used_by_fun_ref",
        r#"-module(t).
-export([f/0]).
f() -> fun g/0.
g() -> ok."#,
        &[],
    ),
    (
        "export_all",
        r#"-module(t).
-compile(export_all).
f() -> ok.
g() -> ok."#,
        &["t.erl:2:2: Warning: export_all flag enabled - all functions will be exported"],
    ),
    (
        "on_load",
        r#"-module(t).
-on_load(init/0).
init() -> ok."#,
        &[],
    ),
    (
        "on_load_undefined",
        r#"-module(t).
-export([f/0]).
-on_load(init/0).
f() -> ok."#,
        &["t.erl:3:2: function init/0 undefined"],
    ),
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
