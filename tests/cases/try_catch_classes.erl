#!/usr/bin/env escript
-module(try_catch_classes).
-mode(compile).
-export([main/1]).
classify(F) ->
    try F() of
        V -> {value, V}
    catch
        throw:T -> {thrown, T};
        error:E -> {error, E};
        exit:X -> {exit, X}
    end.
main(_) ->
    io:format("~p~n", [classify(fun() -> ok end)]),
    io:format("~p~n", [classify(fun() -> throw(ball) end)]),
    io:format("~p~n", [classify(fun() -> erlang:error(oops) end)]),
    io:format("~p~n", [classify(fun() -> exit(bye) end)]),
    io:format("~p~n", [classify(fun() -> erlang:error({complex, [1, 2]}) end)]),
    io:format("~p~n", [classify(fun() -> exit(normal) end)]),
    R = try throw(x) catch Class:Reason -> {Class, Reason} end,
    io:format("~p~n", [R]),
    R2 = try erlang:error(y) catch _:Reason2 -> Reason2 end,
    io:format("~p~n", [R2]),
    R3 = try throw(z) catch Z -> {default_class_is_throw, Z} end,
    io:format("~p~n", [R3]),
    R4 = try exit(w) catch throw:_ -> no; exit:W -> {caught_exit, W} end,
    io:format("~p~n", [R4]),
    R5 = try 1 + 1 of 2 -> two; _ -> other catch _:_ -> failed end,
    io:format("~p~n", [R5]),
    R6 = try try throw(inner) catch error:_ -> wrong end catch throw:I -> {outer, I} end,
    io:format("~p~n", [R6]),
    R7 = try try throw(a) catch throw:a -> throw(b) end catch throw:B -> {rethrown, B} end,
    io:format("~p~n", [R7]).
