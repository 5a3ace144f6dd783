#!/usr/bin/env escript
-module(bif_error_raise).
-mode(compile).
-export([main/1]).
f(X) -> erlang:error(bad_input, [X]).
main(_) ->
    try f(42) catch error:R:S -> io:format("~p ~p~n", [R, hd(S)]) end,
    try erlang:error({reason, 1}) catch error:R2 -> io:format("~p~n", [R2]) end,
    try erlang:raise(throw, my_throw, []) catch C:R3 -> io:format("~p~n", [{C, R3}]) end,
    try erlang:raise(exit, my_exit, []) catch C2:R4 -> io:format("~p~n", [{C2, R4}]) end,
    Stack = [{m, f, 1, []}],
    try erlang:raise(error, err, Stack) catch error:err:S5 -> io:format("~p~n", [S5 =:= Stack]) end,
    io:format("~p~n", [erlang:raise(bad_class, x, [])]),
    try
        try erlang:error(inner) catch error:E:ST -> erlang:raise(error, {wrapped, E}, ST) end
    catch error:W -> io:format("~p~n", [W])
    end,
    try exit(self_exit) catch exit:X -> io:format("~p~n", [X]) end,
    try throw(42) catch throw:N when N > 40 -> io:format("big throw ~p~n", [N]); throw:_ -> small end.
