#!/usr/bin/env escript
%% io_lib_pretty's other entry points: print/1,3,4,5,6 and print(Term,
%% Fun); the first of repeated options wins; a record_print_fun that is
%% not a fun prints tuples; depth 0 and chars_limit 0; io_lib:print and ~p
%% never print records.
-module(fmt_pretty_record_api).
-mode(compile).
-export([main/1]).

rf(person, 2) -> [name, age];
rf(pair, 2) -> [left, right];
rf(_, _) -> no.

out(Chars) ->
    io:put_chars([Chars, $\n]).

main(_) ->
    F = fun rf/2,
    P = {person, "Ann", {pair, [1, 2, 3], "a string that makes the line long"}},
    out(io_lib_pretty:print(P)),
    out(io_lib_pretty:print(P, F)),
    out(io_lib_pretty:print(P, 3, F)),
    out(io_lib_pretty:print(P, 10, 40, -1)),
    out(io_lib_pretty:print(P, 10, 40, -1, F)),
    out(io_lib_pretty:print(P, 10, 40, 4, F)),
    out(io_lib_pretty:print(P, 1, 80, -1, 20, F)),
    out(io_lib_pretty:print(P, [{record_print_fun, F}, {line_length, 30}, {line_length, 100}])),
    out(io_lib_pretty:print(P, [{record_print_fun, no_fun}])),
    out(io_lib_pretty:print(P, [{record_print_fun, F}, {record_print_fun, no_fun}])),
    out(io_lib_pretty:print(P, [{record_print_fun, F}, {depth, 0}])),
    out(io_lib_pretty:print(P, [{record_print_fun, F}, {chars_limit, 0}])),
    out(io_lib_pretty:print(atom, [{record_print_fun, F}])),
    out(io_lib_pretty:print(12345678901234567890, [{record_print_fun, F}])),
    out(io_lib_pretty:print({person, a, b}, [{record_print_fun, F}, {column, 75}])),
    out(io_lib_pretty:print({person, a, b}, [{record_print_fun, F}, {line_length, 0}])),
    out(io_lib:print(P)),
    out(io_lib:print(P, 1, 30, -1)),
    io:format("~p~n~30p~n", [P, P]),
    %% The tags and sizes the fun is asked about.
    Self = self(),
    G = fun(T, N) -> Self ! {asked, T, N}, rf(T, N) end,
    out(io_lib_pretty:print([{person, 1, 2}, {person, 3, 4}, {pair, 5, 6}, {x}, {}], [{record_print_fun, G}])),
    io:format("~p~n", [lists:usort(asked())]),
    ok.

asked() ->
    receive {asked, T, N} -> [{T, N} | asked()] after 0 -> [] end.
