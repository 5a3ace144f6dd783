#!/usr/bin/env escript
-module(recv_after_infinity).
-mode(compile).
-export([main/1]).
main(_) ->
    self() ! ready,
    R = receive ready -> got_ready after infinity -> never end,
    io:format("~p~n", [R]),
    Me = self(),
    spawn(fun() -> Me ! {late, 1} end),
    T = infinity,
    R2 = receive {late, N} -> {late, N} after T -> never end,
    io:format("~p~n", [R2]).
