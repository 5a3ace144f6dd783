#!/usr/bin/env escript
-module(prog_spawn_many).
-mode(compile).
-export([main/1]).
main(_) ->
    Me = self(),
    N = 2000,
    Pids = [spawn(fun() -> Me ! {done, I, I * 2} end) || I <- lists:seq(1, N)],
    io:format("~p unique~n", [length(lists:usort(Pids))]),
    Sum = lists:sum([receive {done, _, V} -> V end || _ <- Pids]),
    io:format("sum ~p~n", [Sum]),
    Mons = [begin {P, R} = spawn_monitor(fun() -> ok end), {P, R} end || _ <- lists:seq(1, 500)],
    [receive {'DOWN', R, process, P, normal} -> ok end || {P, R} <- Mons],
    io:format("all down~n"),
    io:format("~p~n", [process_info(self(), message_queue_len)]).
