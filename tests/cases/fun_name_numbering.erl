#!/usr/bin/env escript
-module(fun_name_numbering).
-mode(compile).
-export([main/1]).
name(F) -> element(2, erlang:fun_info(F, name)).
other() -> [fun() -> x end, fun() -> fun() -> y end end].
main(_) ->
    A = fun() -> fun() -> inner_a end end,
    B = fun() -> b end,
    C = fun(X) -> [fun() -> X end, fun() -> fun() -> X end end] end,
    [C1, C2] = C(1),
    io:format("~p~n", [[name(A), name(A()), name(B), name(C), name(C1), name(C2), name(C2())]]),
    [O1, O2] = other(),
    io:format("~p~n", [[name(O1), name(O2), name(O2())]]),
    L = [fun() -> N end || N <- [1, 2]],
    io:format("~p~n", [[name(F) || F <- L]]).
