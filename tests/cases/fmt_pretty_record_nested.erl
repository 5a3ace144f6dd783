#!/usr/bin/env escript
%% Records inside records, lists, tuples and maps, and records whose
%% values are long (strings, lists, binaries), through io_lib_pretty:print/2
%% with a record_print_fun, at several line lengths, columns and
%% line_max_chars (the shell uses 60).
-module(fmt_pretty_record_nested).
-mode(compile).
-export([main/1]).

defs() ->
    [{state, [id, name, items, opts, parent]},
     {item, [n, label]},
     {node, [key, left, right]},
     {long_record_name_for_testing, [a, b]},
     {p, [very_long_field_name_number_one, very_long_field_name_number_two]}].

rf(Tag, N) ->
    case lists:keyfind(Tag, 1, defs()) of
        {Tag, Fs} when length(Fs) =:= N -> Fs;
        _ -> no
    end.

p(T, Opts) ->
    io:put_chars([io_lib_pretty:print(T, [{record_print_fun, fun rf/2} | Opts]), $\n]).

tree(0) -> nil;
tree(N) -> {node, N, tree(N - 1), tree(N div 2)}.

main(_) ->
    Items = [{item, N, lists:duplicate(N, $z)} || N <- lists:seq(1, 6)],
    S = {state, 1, "root", Items, #{verbose => true, level => 3}, undefined},
    S2 = {state, 2, "child", [], #{}, S},
    Terms = [S, S2, tree(4),
             [{item, 1, "one"}, {item, 2, "two"}, {other, 3}],
             {ok, {item, 7, "seven"}, [{item, 8, "eight"}]},
             #{{item, 1, "k"} => {item, 2, "v"}, key => {state, 3, "s", [], #{}, nil}},
             {long_record_name_for_testing, "a value that is quite long indeed, longer than most", [1, 2, 3]},
             {long_record_name_for_testing, {long_record_name_for_testing, 1, 2}, <<"binary value that is long enough to wrap around">>},
             {p, lists:seq(1, 30), {p, x, y}},
             [{p, a, b} | {item, 0, "improper tail"}],
             {item, [{item, 1, "a"}, {item, 2, "b"}, {item, 3, "c"}, {item, 4, "d"}], lists:seq(100, 130)}],
    Opts = [[],
            [{line_length, 50}],
            [{line_length, 30}],
            [{line_length, 80}, {line_max_chars, 60}],
            [{column, 10}, {line_length, 80}, {line_max_chars, 60}],
            [{column, 40}, {line_length, 70}],
            [{line_max_chars, 20}],
            [{line_length, 14}]],
    [begin
         io:format("-- ~p~n", [O]),
         [p(T, O) || T <- Terms]
     end || O <- Opts],
    ok.
