#!/usr/bin/env escript
%% io_lib_pretty:print/2 with a record_print_fun: records on one line and
%% broken over lines (fields after `#name{`, `name =` then the value),
%% over many line lengths and columns; records with no fields, names that
%% need quotes, tags the fun answers `no` for, and tags with the same name
%% but another size.
-module(fmt_pretty_record_basic).
-mode(compile).
-export([main/1]).

defs() ->
    [{person, [name, age]},
     {point, [x, y, z]},
     {empty, []},
     {'Quoted Name', ['field one', 'B', ok]},
     {r, [a]},
     {config, [verbose_logging_enabled, maximum_retry_count, server]}].

rf(Tag, N) ->
    case lists:keyfind(Tag, 1, defs()) of
        {Tag, Fs} when length(Fs) =:= N -> Fs;
        _ -> no
    end.

p(T, Opts) ->
    io:put_chars([io_lib_pretty:print(T, [{record_print_fun, fun rf/2} | Opts]), $\n]).

main(_) ->
    Terms = [{person, "Ann", 0},
             {person, "Bartholomew Montgomery-Smythe", 1234567},
             {point, 1, 2, 3},
             {point, 1.5, -2, 100000000000000000000},
             {empty},
             {'Quoted Name', x, "y", 'z z'},
             {r, {r, {r, {r, done}}}},
             {config, true, 5, {server, "localhost", 8080}},
             {person, "only the tag and size matter", 1, extra},
             {person},
             {unknown, 1, 2},
             {1, 2}],
    [begin
         io:format("-- ~w~n", [Ll]),
         [p(T, [{line_length, Ll}]) || T <- Terms]
     end || Ll <- [80, 40, 30, 24, 20, 16, 12, 8, 4, 1]],
    [begin
         io:format("-- column ~w~n", [Col]),
         [p(T, [{column, Col}, {line_length, 60}]) || T <- Terms]
     end || Col <- [0, 5, 20, 35, 50, 70]],
    ok.
