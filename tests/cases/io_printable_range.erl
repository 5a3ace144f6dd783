#!/usr/bin/env escript
-mode(compile).
%% io:printable_range/0 and the io_lib printable tests it steers.
main(_) ->
    io:format("~p~n", [io:printable_range()]),
    io:format("~p~n", [[io_lib:printable_list(L) || L <- ["abc", [1000], [255], [7]]]]).
