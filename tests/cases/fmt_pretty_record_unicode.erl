#!/usr/bin/env escript
%% Record and field names under each encoding: io_lib_pretty:print/2
%% defaults to utf8 (atoms written with their characters), latin1 writes
%% them with \x{...}; names that need quotes; binaries and strings as
%% values.
-module(fmt_pretty_record_unicode).
-mode(compile).
-export([main/1]).

defs() ->
    [{'λ', ['ü', 'é x', plain]},
     {'Ünïcode', [a]},
     {café, [crème, 'brûlée']},
     {'with space', ['Capital', '_under', 'ok']}].

rf(Tag, N) ->
    case lists:keyfind(Tag, 1, defs()) of
        {Tag, Fs} when length(Fs) =:= N -> Fs;
        _ -> no
    end.

p(T, Opts) ->
    io:put_chars([io_lib_pretty:print(T, [{record_print_fun, fun rf/2} | Opts]), $\n]).

main(_) ->
    Terms = [{'λ', 1, <<"é"/utf8>>, "plain"},
             {'Ünïcode', {'λ', 'α', "ßtring", <<"binary"/utf8>>}},
             {café, "crème", <<"brûlée, a rather long dessert name"/utf8>>},
             {'with space', 'Capital', '_under', ok},
             [{café, 1, 2}, {'λ', [955], [233], []}]],
    [begin
         io:format("-- ~p~n", [O]),
         [p(T, O) || T <- Terms]
     end || O <- [[], [{encoding, latin1}], [{encoding, unicode}], [{encoding, utf8}],
                  [{line_length, 20}], [{line_length, 20}, {encoding, latin1}],
                  [{line_length, 30}, {strings, false}]]],
    ok.
