#!/usr/bin/env escript
%% Values around receives, waits, calls and handlers, as the compiler's
%% register clean-up keeps them: parts of a matched message used before
%% and after a call, values live across a wait with a timeout, a handler
%% reading what was bound before the call that failed, a catch's result
%% taken apart, and a gen_server taking plain, system and debug paths.
-module(recv_regs_across_waits).
-mode(compile).
-behaviour(gen_server).
-export([main/1, init/1, handle_call/3, handle_cast/2, handle_info/2, terminate/2, code_change/3]).

init(N) -> {ok, N}.
handle_call({add, K}, _From, N) -> {reply, N + K, N + K};
handle_call(get, _From, N) -> {reply, N, N}.
handle_cast({set, K}, _) -> {noreply, K}.
handle_info(_, N) -> {noreply, N}.
terminate(Reason, N) -> io:format("terminate ~p ~p~n", [Reason, N]).
code_change(_, N, _) -> {ok, N * 2}.

echo() ->
    receive
        {From, Tag, {pair, A, B}} ->
            Sum = A + B,
            From ! {Tag, Sum, lists:reverse([A, B])},
            echo();
        {From, Tag, stop} -> From ! {Tag, stopped}
    end.

ask(P, Msg) ->
    Tag = make_ref(),
    P ! {self(), Tag, Msg},
    receive
        {Tag, X, Y} -> {X, length(Y), Y};
        {Tag, X} -> X
    after 1000 -> timeout
    end.

wait_then(Pre, Ms) ->
    Pid = self(),
    T0 = erlang:monotonic_time(millisecond),
    receive
        {never, Pid} -> never
    after Ms ->
        {Pre, Pid =:= self(), erlang:monotonic_time(millisecond) - T0 >= Ms}
    end.

drain(Acc) ->
    receive
        {n, N} when N > 2 -> drain([N * 10 | Acc]);
        {n, N} -> drain([N | Acc])
    after 0 -> lists:reverse(Acc)
    end.

guarded(X) ->
    Before = {before, X},
    try
        Y = X * 2,
        Z = list_to_atom(Y),
        {ok, Z}
    catch
        error:badarg:St ->
            [{M, F, A, _} | _] = St,
            {caught, Before, M, F, A}
    end.

arith_guarded(X, Y) ->
    Before = {before, X, Y},
    try
        Z = X * 2 + Y,
        {ok, Z, element(1, Before)}
    catch
        error:badarith -> {caught, Before}
    end.

caught(X) ->
    case catch element(X, {a, b}) of
        {'EXIT', {Reason, [{M, F, Args, _} | _]}} -> {exit, Reason, M, F, Args};
        V -> {value, V}
    end.

late_badmatch(P) ->
    {A, _, _} = ask(P, {pair, 1, 2}),
    {4, B} = {A + 2, A},
    B.

main(_) ->
    P = spawn(fun echo/0),
    io:format("~p~n", [ask(P, {pair, 3, 4})]),
    io:format("~p~n", [ask(P, {pair, 10, -2})]),
    io:format("~p~n", [wait_then(pre, 30)]),
    [self() ! {n, N} || N <- [1, 2, 3, 4]],
    io:format("~p~n", [drain([])]),
    io:format("~p~n", [guarded(3)]),
    io:format("~p~n", [arith_guarded(1, 2)]),
    io:format("~p~n", [arith_guarded(1, b)]),
    io:format("~p~n", [caught(2)]),
    io:format("~p~n", [caught(5)]),
    io:format("~p~n", [catch late_badmatch(P)]),
    io:format("~p~n", [ask(P, stop)]),
    process_flag(trap_exit, true),
    {ok, S} = gen_server:start_link(?MODULE, 5, []),
    io:format("~p~n", [gen_server:call(S, {add, 2})]),
    gen_server:cast(S, {set, 40}),
    S ! hello,
    ok = sys:suspend(S),
    ok = sys:change_code(S, ?MODULE, 1, []),
    ok = sys:resume(S),
    io:format("~p~n", [gen_server:call(S, get)]),
    ok = sys:log(S, true),
    io:format("~p~n", [gen_server:call(S, {add, 1})]),
    {ok, Log} = sys:log(S, get),
    io:format("log ~p~n", [length(Log)]),
    ok = sys:log(S, false),
    ok = gen_server:stop(S),
    receive {'EXIT', S, R} -> io:format("exit ~p~n", [R]) after 1000 -> ok end.
