#!/usr/bin/env escript
%% io_lib_pretty:print/2 with the options the shell uses: a line length,
%% line_max_chars (60 in the shell), column, depth and encoding.
-module(fmt_pretty_print_options).
-mode(compile).
-export([main/1]).

main(_) ->
    Terms = [lists:seq(1, 40),
             [{key, value}, {another_key, "a string value"}, {nested, {a, b, [1, 2, 3]}}],
             {record_like, "some text that is fairly long", [alpha, beta, gamma, delta], #{a => 1, b => 2}},
             lists:duplicate(12, "abc"),
             <<"a binary that is long enough to need wrapping when the line is short">>],
    Opts = [[{line_length, 80}, {line_max_chars, 60}],
            [{column, 5}, {line_length, 40}],
            [{line_length, 80}, {line_max_chars, 20}, {depth, 6}],
            [{encoding, unicode}, {line_max_chars, 30}]],
    [io:format("~p~n~ts~n", [O, io_lib_pretty:print(T, O)]) || O <- Opts, T <- Terms],
    ok.
