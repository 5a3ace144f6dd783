#!/usr/bin/env escript
%% The compiler's warnings for values computed and thrown away (OTP's
%% sys_core_fold): terms constructed but never used, operators and BIF
%% calls without effect or whose result is ignored, in effect position
%% (not last in a body, or last in a case/if/block that is).
-module(effect_warnings).
-mode(compile).
-export([w/1, f/1]).

main(_) ->
    io:format("~p~n", [f(2)]).
w(L) ->
    X = length(L) + 1,
    ok,
    42,
    [1, 2],
    [X | X],
    [],
    "str",
    {a, b},
    #{a => X},
    X == 1,
    X =:= 1,
    not X,
    -X,
    X andalso true,
    length([X]),
    element(1, {X}),
    erlang:abs(X),
    self(),
    atom_to_list(a),
    fun() -> X end,
    case X of 1 -> {X}; _ -> ok end,
    begin {X}, ok end,
    if X > 0 -> [X]; true -> ok end,
    X,
    _ = {X},
    ok,
    ok.

f(X) ->
    receive after 0 -> {X} end,
    Y = [X || _ <- [1]],
    [Y],
    X * 2,
    math:sqrt(X),
    lists:reverse(Y),
    erlang:node(),
    catch {X},
    ok.
