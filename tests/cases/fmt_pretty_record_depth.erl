#!/usr/bin/env escript
%% The depth option with records: fields cut to `...` as a tuple's
%% elements are, a record at depth 1 is `{...}`, nested records and
%% records in lists and maps at every depth, on one line and broken.
-module(fmt_pretty_record_depth).
-mode(compile).
-export([main/1]).

defs() ->
    [{person, [name, age, address]},
     {address, [street, city, zip]},
     {box, [content]},
     {none, []}].

rf(Tag, N) ->
    case lists:keyfind(Tag, 1, defs()) of
        {Tag, Fs} when length(Fs) =:= N -> Fs;
        _ -> no
    end.

p(T, Opts) ->
    io:put_chars([io_lib_pretty:print(T, [{record_print_fun, fun rf/2} | Opts]), $\n]).

main(_) ->
    A = {address, "1 Long Street Name", "Springfield", 12345},
    P = {person, "Ann", 42, A},
    Terms = [P,
             {box, {box, {box, {box, {box, empty}}}}},
             [P, P, {none}],
             #{person => P, list => [1, 2, 3]},
             {tag, P, {none}, [A]},
             {none},
             {person, [a, b, c, d, e, f], #{k => v}, <<"bin">>}],
    [begin
         io:format("-- depth ~w~n", [D]),
         [p(T, [{depth, D}]) || T <- Terms],
         [p(T, [{depth, D}, {line_length, 25}]) || T <- Terms]
     end || D <- [1, 2, 3, 4, 5, 6, 8, -1]],
    ok.
