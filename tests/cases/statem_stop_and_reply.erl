#!/usr/bin/env escript
%% Stopping: stop_and_reply answers several callers (one reply or a list)
%% before terminate/3 runs; {stop, R, NewData} and stop_and_reply with new
%% data give terminate/3 the new data; plain stop is reason normal;
%% gen_statem:stop/3 with a reason; a caller of a machine that stops
%% without answering gets an exit.
-module(statem_stop_and_reply).
-behaviour(gen_statem).
-mode(compile).
-export([main/1, init/1, callback_mode/0, s/3, terminate/3]).

main(_) ->
    logger:set_primary_config(level, none),
    Main = self(),
    {ok, P1} = gen_statem:start(?MODULE, Main, []),
    _ = [spawn(fun() -> Main ! {waiter, N, gen_statem:call(P1, {wait, N})} end) || N <- [1, 2]],
    wait_queued(P1, 2),
    io:format("finish -> ~p~n", [gen_statem:call(P1, finish)]),
    [receive {waiter, N, R} -> io:format("waiter ~p -> ~p~n", [N, R]) end || N <- [1, 2]],
    show_terminate(),
    {ok, P2} = gen_statem:start(?MODULE, Main, []),
    io:format("one -> ~p~n", [gen_statem:call(P2, one)]),
    show_terminate(),
    {ok, P3} = gen_statem:start(?MODULE, Main, []),
    gen_statem:cast(P3, stop_new_data),
    show_terminate(),
    {ok, P4} = gen_statem:start(?MODULE, Main, []),
    gen_statem:cast(P4, stop),
    show_terminate(),
    {ok, P5} = gen_statem:start(?MODULE, Main, []),
    io:format("stop/3 -> ~p~n", [gen_statem:stop(P5, {shutdown, please}, infinity)]),
    show_terminate(),
    {ok, P6} = gen_statem:start(?MODULE, Main, []),
    {'EXIT', {Why, {gen_statem, call, [P6, silent, infinity]}}} = (catch gen_statem:call(P6, silent)),
    io:format("silent -> exit ~p~n", [Why]),
    show_terminate().

%% Waits until the machine has postponed N calls.
wait_queued(P, N) ->
    case gen_statem:call(P, waiting) of
        N -> ok;
        _ -> wait_queued(P, N)
    end.

show_terminate() ->
    receive {terminate, R, S, D} -> io:format("  terminate(~p, ~p, ~p)~n", [R, S, D]) end.

init(Main) -> {ok, s, #{main => Main, waiting => []}}.

callback_mode() -> state_functions.

s({call, From}, {wait, _}, #{waiting := W} = D) -> {keep_state, D#{waiting := [From | W]}};
s({call, From}, waiting, #{waiting := W}) -> {keep_state_and_data, [{reply, From, length(W)}]};
s({call, From}, finish, #{waiting := W} = D) ->
    {stop_and_reply, normal, [{reply, From, done} | [{reply, F, released} || F <- lists:reverse(W)]],
     D#{waiting := released}};
s({call, From}, one, _) -> {stop_and_reply, {shutdown, one}, {reply, From, bye}};
s({call, _From}, silent, _) -> {stop, quiet};
s(cast, stop_new_data, D) -> {stop, {shutdown, new}, D#{waiting := new}};
s(cast, stop, _) -> stop.

terminate(Reason, State, #{main := Main, waiting := W}) ->
    Main ! {terminate, Reason, State, W}.
