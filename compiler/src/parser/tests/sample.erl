#!/usr/bin/env escript
%% A sample module exercising most of the syntax.
-module(sample).
-export([start/0, fact/1, loop/1]).
-export([t/2]).
-import(lists, [map/2, foldl/3]).
-compile([export_all, nowarn_unused]).
-record(state, {count = 0 :: integer(), name, items = [] :: [term()], f :: fun((a) -> b) | undefined}).
-define(TIMEOUT, 5000).
-define(SQ(X), ((X) * (X))).
-define(STR(X), ??X).
-spec fact(integer()) -> integer().
-type t() :: {ok, #{atom() => [1..10]}}.
-behaviour(gen_server).
-vsn("1.0").
-on_load(init/0).

fact(0) -> 1;
fact(N) when is_integer(N), N > 0; N =:= -1 -> N * fact(N - 1).

start() ->
    Pid = spawn(fun() -> loop(#state{}) end),
    Pid ! {self(), hello},
    receive
        {reply, R} -> R;
        _Other -> error
    after ?TIMEOUT -> timeout
    end.

loop(#state{count = C} = S) ->
    receive
        stop -> ok;
        {From, Msg} when is_pid(From) ->
            From ! {reply, Msg},
            loop(S#state{count = C + 1})
    after 0 -> S#state.count
    end.

t(A, B) ->
    X = [Y * 2 || Y <- A, Y > 1],
    Bin = << <<Z:8>> || <<Z:4>> <= B >>,
    M = #{a => 1, "b" => [1,2|X]},
    M2 = M#{a := 2},
    #{a := V} = M2,
    F = fun ?MODULE:fact/1,
    G = fun fact/1,
    H = fun Fact(0) -> 1; Fact(K) -> K * Fact(K - 1) end,
    <<Sz:16/integer-unsigned-big, Rest:Sz/binary, _/bits>> = Bin,
    try F(3) of
        6 -> G(V);
        _ -> H(2)
    catch
        throw:E -> E;
        error:Reason:Stack -> {Reason, Stack};
        Other -> Other
    after
        ok
    end,
    case catch 1 + a of
        {'EXIT', _} -> ?SQ(3);
        "abc" ++ T -> T
    end,
    if A > B -> -1; true -> begin $a + $\n + 16#ff + 2#101 + 1_000 end end,
    {?STR(a + b), ?LINE, ?FILE, ?FUNCTION_NAME, ?FUNCTION_ARITY, ?MODULE_STRING, 1.0e-3, 'hello world', "a" "b"},
    (fun(Q) -> Q end)(1),
    (f())(),
    A:B(),
    lists:map(fun(I) -> -I end, [1,2,3]),
    #state.count,
    Rest.

init() -> ok.
