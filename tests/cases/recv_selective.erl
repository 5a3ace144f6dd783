#!/usr/bin/env escript
-module(recv_selective).
-mode(compile).
-export([main/1]).
flush() -> receive M -> [M | flush()] after 0 -> [] end.
main(_) ->
    self() ! {a, 1}, self() ! {b, 2}, self() ! {c, 3}, self() ! {b, 4}, self() ! {d, 5},
    receive {b, X} -> io:format("first b: ~p~n", [X]) end,
    receive {d, Y} -> io:format("d: ~p~n", [Y]) end,
    io:format("left: ~p~n", [process_info(self(), messages)]),
    receive {b, Z} -> io:format("second b: ~p~n", [Z]) end,
    io:format("rest in order: ~p~n", [flush()]),
    self() ! 1, self() ! two, self() ! 3.0, self() ! "four",
    receive S when is_list(S) -> io:format("list: ~p~n", [S]) end,
    receive F when is_float(F) -> io:format("float: ~p~n", [F]) end,
    io:format("rest: ~p~n", [flush()]).
