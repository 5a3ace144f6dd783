#!/usr/bin/env escript
%% gen_server basics: start_link with a name, call, cast, info, call with a
%% reply timeout (handle_info(timeout)), {noreply, S} then reply/2 later,
%% stop/1 running terminate/2.
-module(gs_basic).
-behaviour(gen_server).
-mode(compile).
-export([main/1, init/1, handle_call/3, handle_cast/2, handle_info/2, terminate/2]).

main(_) ->
    {ok, Pid} = gen_server:start_link({local, counter}, ?MODULE, 10, []),
    io:format("started ~p~n", [is_pid(Pid) andalso whereis(counter) =:= Pid]),
    io:format("get -> ~p~n", [gen_server:call(counter, get)]),
    ok = gen_server:cast(counter, {add, 5}),
    io:format("after cast -> ~p~n", [gen_server:call(Pid, get)]),
    counter ! {add, 1},
    io:format("after info -> ~p~n", [gen_server:call(counter, get)]),
    io:format("with timeout -> ~p~n", [gen_server:call(counter, get_then_timeout)]),
    io:format("timeouts seen -> ~p~n", [gen_server:call(counter, timeouts)]),
    io:format("deferred -> ~p~n", [gen_server:call(counter, deferred)]),
    io:format("cast to unknown name -> ~p~n", [gen_server:cast(nobody_here, x)]),
    io:format("start again -> ~p~n", [element(1, gen_server:start({local, counter}, ?MODULE, 0, []))]),
    {error, {already_started, P2}} = gen_server:start({local, counter}, ?MODULE, 0, []),
    io:format("already_started same pid -> ~p~n", [P2 =:= Pid]),
    unlink(Pid),
    io:format("stop -> ~p~n", [gen_server:stop(counter)]),
    io:format("terminated with -> ~p~n", [receive {terminated, R} -> R after 1000 -> none end]),
    io:format("registered after stop -> ~p~n", [whereis(counter)]).

init(N) ->
    put(main, hd(get('$ancestors'))),
    {ok, #{n => N, timeouts => 0}}.

handle_call(get, _From, S = #{n := N}) ->
    {reply, N, S};
handle_call(get_then_timeout, _From, S = #{n := N}) ->
    {reply, N, S, 0};
handle_call(timeouts, _From, S = #{timeouts := T}) ->
    {reply, T, S};
handle_call(deferred, From, S) ->
    self() ! {answer, From},
    {noreply, S}.

handle_cast({add, K}, S = #{n := N}) ->
    {noreply, S#{n := N + K}}.

handle_info(timeout, S = #{timeouts := T}) ->
    {noreply, S#{timeouts := T + 1}};
handle_info({answer, From}, S) ->
    gen_server:reply(From, later),
    {noreply, S};
handle_info({add, K}, S = #{n := N}) ->
    {noreply, S#{n := N + K}}.

terminate(Reason, _S) ->
    get(main) ! {terminated, Reason},
    ok.
