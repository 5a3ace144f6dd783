#!/usr/bin/env escript
-module(try_stacktrace).
-mode(compile).
-export([main/1]).
f(X) -> g(X) + 1.
g(X) -> X * 2.
main(_) ->
    try f(a) catch error:R:St ->
        io:format("~p~n", [R]),
        io:format("~p~n", [hd(St)]),
        io:format("~p~n", [lists:nth(2, St)]),
        {M, F, A, Loc} = lists:nth(2, St),
        io:format("~p ~p ~p ~p~n", [M, F, A, Loc])
    end,
    try lists:nth(0, [a]) catch error:R2:St2 ->
        io:format("~p~n", [R2]),
        [{M2, F2, A2, _} | _] = St2,
        io:format("~p~n", [{M2, F2, A2}])
    end,
    try throw(t) catch throw:t:St3 ->
        io:format("~p~n", [hd(St3)])
    end,
    try erlang:raise(error, custom, [{mod, fn, 2, [{file, "x.erl"}, {line, 9}]}])
    catch error:custom:St4 -> io:format("~p~n", [St4])
    end.
