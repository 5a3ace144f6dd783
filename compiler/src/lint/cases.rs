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
        "export_all_nowarn",
        r#"-module(t).
-compile(export_all).
-compile(nowarn_export_all).
f() -> ok."#,
        &[],
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
];
