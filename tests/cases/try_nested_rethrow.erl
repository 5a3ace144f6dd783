#!/usr/bin/env escript
-module(try_nested_rethrow).
-mode(compile).
-export([main/1]).
risky(0) -> throw(zero);
risky(1) -> erlang:error(one);
risky(2) -> exit(two);
risky(N) -> N.
safe(N) ->
    try risky(N) of
        V when V > 10 -> {big, V};
        V -> {small, V}
    catch
        throw:zero -> {caught, zero};
        error:one:St -> {caught, one, is_list(St)}
    end.
main(_) ->
    io:format("~p~n", [[safe(N) || N <- [0, 1, 5, 50]]]),
    io:format("~p~n", [catch safe(2)]),
    R = try safe(2) catch exit:Why -> {outer_caught, Why} end,
    io:format("~p~n", [R]),
    Loop = [try 10 div N catch error:badarith -> inf end || N <- [1, 2, 0, 5]],
    io:format("~p~n", [Loop]),
    R2 = try
             try throw(first)
             catch throw:first -> erlang:error(second)
             end
         catch error:second -> converted
         end,
    io:format("~p~n", [R2]),
    R3 = try (try exit(x) after io:format("cleanup~n") end) catch exit:x -> done end,
    io:format("~p~n", [R3]).
