#!/usr/bin/env escript
-module(link_trap_multiple).
-mode(compile).
-export([main/1]).
main(_) ->
    process_flag(trap_exit, true),
    Reasons = [normal, r1, {r, 2}, "three", 4, shutdown],
    Ps = [{spawn_link(fun() -> receive go -> exit(R) end end), R} || R <- Reasons],
    [P ! go || {P, _} <- lists:reverse(Ps)],
    Got = [receive {'EXIT', P, W} -> {W =:= R, W} end || {P, R} <- Ps],
    [io:format("~p~n", [G]) || G <- Got],
    io:format("~p~n", [process_info(self(), message_queue_len)]).
