#!/usr/bin/env escript
-module(recv_skip_then_take).
-mode(compile).
-export([main/1]).
take(Tag) -> receive {Tag, V} -> V after 0 -> none end.
main(_) ->
    [self() ! {T, I} || I <- lists:seq(1, 3), T <- [x, y, z]],
    io:format("~p~n", [process_info(self(), messages)]),
    Zs = [take(z) || _ <- lists:seq(1, 4)],
    io:format("z: ~p~n", [Zs]),
    Xs = [take(x) || _ <- lists:seq(1, 3)],
    io:format("x: ~p~n", [Xs]),
    io:format("~p~n", [process_info(self(), messages)]),
    Me = self(),
    P = spawn(fun() -> [Me ! {seq, I} || I <- lists:seq(1, 5)], Me ! {done, self()} end),
    receive {done, P} -> ok end,
    Ys = [take(y) || _ <- lists:seq(1, 3)],
    io:format("y: ~p~n", [Ys]),
    Seq = [take(seq) || _ <- lists:seq(1, 5)],
    io:format("seq: ~p~n", [Seq]),
    io:format("~p~n", [process_info(self(), message_queue_len)]).
