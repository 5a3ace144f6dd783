#!/usr/bin/env escript
%% sys:change_code on a suspended gen_statem: code_change/4 results and
%% failures as sys returns them (a throw is a result; an error or exit is
%% {'EXIT', ...}; {ok, X} is a case_clause), the callback mode read again
%% afterwards (a bad one fails the change), and the machine running on
%% with the state of the last successful change.
-module(statem_code_change_errors).
-behaviour(gen_statem).
-mode(compile).
-export([main/1, init/1, callback_mode/0, handle_event/4, code_change/4]).

main(_) ->
    {ok, P} = gen_statem:start(?MODULE, [], []),
    ok = sys:suspend(P),
    [io:format("~p -> ~p~n", [Extra, short(sys:change_code(P, ?MODULE, "0", Extra))])
     || Extra <- [refuse, half_ok, thrown, exit, error, bad_mode, good, no_clause]],
    ok = sys:resume(P),
    io:format("state -> ~p~n", [sys:get_state(P)]),
    io:format("call -> ~p~n", [gen_statem:call(P, get)]).

%% Keeps the frames of a stack trace above sys's.
short({error, {'EXIT', {Reason, Stack}}}) when is_list(Stack) ->
    {error, {'EXIT', {Reason, lists:takewhile(fun(F) -> element(1, F) =/= sys end, Stack)}}};
short(Other) -> Other.

init([]) -> {ok, a, 0}.

callback_mode() ->
    case get(mode) of
        undefined -> handle_event_function;
        Mode -> Mode
    end.

handle_event({call, From}, get, State, Data) ->
    {keep_state_and_data, [{reply, From, {State, Data, callback_mode()}}]}.

code_change("0", _, _, refuse) -> {error, refused};
code_change("0", S, D, half_ok) -> {ok, {S, D}};
code_change("0", _, D, thrown) -> throw({ok, thrown, D + 1});
code_change("0", _, _, exit) -> exit(no_way);
code_change("0", _, _, error) -> error(broken);
code_change("0", S, D, bad_mode) -> put(mode, [no_such_mode]), {ok, S, D};
code_change("0", S, D, good) -> put(mode, [handle_event_function, state_enter]), {ok, S, D + 10}.
