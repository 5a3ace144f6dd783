#!/usr/bin/env escript
-module(recv_bound_var).
-mode(compile).
-export([main/1]).
call(Server, Req) ->
    Ref = make_ref(),
    Server ! {Ref, self(), Req},
    receive {Ref, Reply} -> Reply end.
server() ->
    receive {Ref, From, {add, A, B}} -> From ! {make_ref(), decoy}, From ! {Ref, A + B}, server();
            stop -> ok
    end.
main(_) ->
    S = spawn(fun server/0),
    io:format("~p~n", [call(S, {add, 1, 2})]),
    io:format("~p~n", [call(S, {add, 10, 20})]),
    Decoys = [M || {R, M} <- element(2, process_info(self(), messages)), is_reference(R)],
    io:format("decoys left: ~p~n", [Decoys]),
    Key = k2,
    self() ! {k1, one}, self() ! {k2, two}, self() ! {k3, three},
    receive {Key, V} -> io:format("~p~n", [V]) end,
    S ! stop.
