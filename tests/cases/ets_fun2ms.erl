#!/usr/bin/env escript
%% ets:fun2ms/1 through the ms_transform parse transform: heads, guards
%% (each ';' alternative a clause of its own), bodies, records, variables
%% bound outside the fun, and the specifications in use.
-include_lib("stdlib/include/ms_transform.hrl").
-mode(compile).
-record(r, {a, b = 2, c}).
-record(unused, {x}).

main(_) ->
    Lim = 10,
    p(ets:fun2ms(fun(X) -> X end)),
    p(ets:fun2ms(fun({A, B}) when A > 1 -> B end)),
    p(ets:fun2ms(fun({A, B} = X) when A > Lim; B == foo -> {A, X} end)),
    p(ets:fun2ms(fun({A, _, [H | T]}) when is_integer(A), A rem 2 =:= 0 -> [H, T, A * 2] end)),
    p(ets:fun2ms(fun({A, A}) -> true end)),
    p(ets:fun2ms(fun({k, "str", 1.5}) -> ok; ({_, B, _}) -> B end)),
    p(ets:fun2ms(fun(#r{a = A, c = C}) when A =/= undefined -> #r{a = C} end)),
    p(ets:fun2ms(fun(R = #r{b = B}) -> {R#r.a, B, element(2, R), object()} end)),
    p(ets:fun2ms(fun({A, B}) when A andalso not B orelse is_atom(A) -> -A end)),
    p(ets:fun2ms(fun({A, B}) -> A + B, {Lim, self()} =:= {Lim, self()} end)),
    p(ets:fun2ms(fun({_A, B, _}) -> B end)),
    p(ets:fun2ms(fun({A, B}) when A == '$1' -> {B, '$x', "s", [1 | B]} end)),
    p(ets:fun2ms(fun({A, B}) -> node(), is_integer(A), abs(B), erlang:element(1, A) end)),
    T = ets:new(t, [ordered_set]),
    ets:insert(T, [{I, I * I, if I rem 2 =:= 0 -> even; true -> odd end} || I <- lists:seq(1, 8)]),
    p(ets:select(T, ets:fun2ms(fun({K, Sq, even}) when Sq > Lim -> {K, Sq} end))),
    p(ets:select_count(T, ets:fun2ms(fun({_, _, odd}) -> true end))),
    p(ets:select_delete(T, ets:fun2ms(fun({K, _, _}) when K > 5 -> true end))),
    p(ets:select(T, ets:fun2ms(fun(Obj = {K, _, _}) when K < 3 -> Obj end))),
    ok.

p(T) -> io:format("~p~n", [T]).
