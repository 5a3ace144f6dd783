#!/usr/bin/env escript
%% erl_lint's behaviour checks, with the callbacks read from the behaviour
%% module: missing callbacks, optional ones, callbacks two behaviours both
%% require, unknown behaviours; and the behaviour_info/1 that -callback and
%% -optional_callbacks generate.
-module(main).
-behaviour(gen_server).
-behaviour(supervisor).
-behaviour(no_such_behaviour).
-mode(compile).
-export([main/1, init/1, handle_call/3]).

main(_) ->
    [{ok, _} = file:copy("v1/" ++ F, F) || F <- ["shape.erl", "square.erl", "blob.erl"]],
    io:format("shape -> ~p~n", [compile:file("shape.erl", [report])]),
    io:format("callbacks -> ~p~n", [shape:behaviour_info(callbacks)]),
    io:format("optional -> ~p~n", [shape:behaviour_info(optional_callbacks)]),
    io:format("exported -> ~p~n", [erlang:function_exported(shape, behaviour_info, 1)]),
    io:format("square -> ~p~n", [compile:file("square.erl", [report])]),
    io:format("blob -> ~p~n", [compile:file("blob.erl", [report])]),
    io:format("supervisor -> ~p~n", [supervisor:behaviour_info(callbacks)]).

init(_) -> {ok, s}.
handle_call(_, _, S) -> {reply, ok, S}.
