#!/usr/bin/env escript
-module(try_after_values).
-mode(compile).
-export([main/1]).
id(X) -> X.
t1() -> try ok after put(t1, done) end.
t2() -> try throw(x) catch x -> caught after put(t2, after_ran) end.
t3() -> try 1 of 1 -> one after put(t3, yes) end.
t4(X) ->
    try
        try X() after put(inner, ran) end
    catch
        C:R -> {outer_caught, C, R, get(inner)}
    after
        put(outer, ran)
    end.
t5() ->
    try
        try throw(first) after throw(second) end
    catch throw:T -> T end.
t6() ->
    try
        try error(e1) catch error:e1 -> error(e2) after put(t6a, 1) end
    catch error:E -> {E, get(t6a)} end.
t7(N) ->
    Acc = lists:foldl(fun(I, A) ->
        try
            case I rem 3 of 0 -> throw({skip, I}); 1 -> I; 2 -> error({bad, I}) end
        of V -> [V | A]
        catch throw:{skip, S} -> [{s, S} | A]; error:{bad, B} -> [{b, B} | A]
        after put(count, get(count) + 1)
        end end, [], lists:seq(1, N)),
    lists:reverse(Acc).
t8() -> try try_after_values:nope() catch error:undef -> undef after ok end.
t9() ->
    F = fun() -> try exit(self_exit) after put(t9, cleaned) end end,
    R = (catch F()),
    {R, get(t9)}.
main(_) ->
    io:format("~p ~p~n", [t1(), get(t1)]),
    io:format("~p ~p~n", [t2(), get(t2)]),
    io:format("~p ~p~n", [t3(), get(t3)]),
    io:format("~p ~p~n", [t4(fun() -> ok end), get(outer)]),
    erase(inner),
    io:format("~p~n", [t4(fun() -> throw(boom) end)]),
    erase(inner),
    io:format("~p~n", [t4(fun() -> 1 = id(2) end)]),
    io:format("~p~n", [t5()]),
    io:format("~p~n", [t6()]),
    put(count, 0),
    io:format("~p ~p~n", [t7(10), get(count)]),
    io:format("~p~n", [t8()]),
    io:format("~p~n", [t9()]),
    Deep = fun D(0) -> get(depth_log); D(N) -> try D(N - 1) after put(depth_log, [N | case get(depth_log) of undefined -> []; L -> L end]) end end,
    io:format("~p ~p~n", [Deep(5), get(depth_log)]).
