#!/usr/bin/env escript
%% Like erlc, compile:file and c:c report the syntax errors first and then
%% what lint finds in the forms that did parse, errors before warnings.
-mode(compile).

main(_) ->
    {ok, _} = file:copy("v1/t.erl", "t.erl"),
    io:format("compile:file -> ~p~n", [compile:file("t.erl", [report])]),
    io:format("c:c -> ~p~n", [c:c(t)]),
    io:format("no report -> ~p~n", [compile:file("t.erl", [])]),
    {error, Es, _} = compile:file("t.erl", [return_errors]),
    io:format("return_errors -> ~p~n", [locations(Es)]),
    {error, Es2, Ws} = compile:file("t.erl", [return]),
    io:format("return -> ~p ~p~n", [locations(Es2), locations(Ws)]),
    {ok, _} = file:copy("v1/good.erl", "good.erl"),
    {ok, good, Ws3} = compile:file("good.erl", [return_warnings]),
    io:format("return_warnings -> ~p~n", [locations(Ws3)]),
    {ok, good, Bin, Ws4} = compile:file("good.erl", [binary, return]),
    io:format("binary -> ~p ~p ~p~n", [is_binary(Bin), locations(Ws4), file:read_file_info("good.beam") =/= {error, enoent}]),
    io:format("load_binary -> ~p ~p~n", [code:load_binary(good, "good.beam", Bin), good:f()]),
    io:format("missing -> ~p~n", [compile:file("missing.erl", [return_errors])]).

locations(Es) ->
    [{filename:basename(F), [Loc || {Loc, _, _} <- Infos]} || {F, Infos} <- Es].
