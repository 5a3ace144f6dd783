%% element/2 called in a tail position and in a body: the stack trace of
%% its badarg keeps the calling function, as OTP's inline `bif` does.
-module(interp_element_trace).
-export([main/1]).
-mode(compile).

main(_) ->
    try tail_el(5, {a, b}) catch error:R:S -> io:format("~p~n~p~n", [R, strip(S)]) end,
    try body_el(0, {a}) catch error:R2:S2 -> io:format("~p~n~p~n", [R2, strip(S2)]) end,
    io:format("~p ~p~n", [tail_el(2, {a, b}), body_el(1, {x})]).

strip(S) -> [{own(M), F, A} || {M, F, A, _} <- S, M =/= escript, M =/= init].

own(M) when M =:= ?MODULE -> this_module;
own(M) -> M.

tail_el(N, T) -> element(N, T).

body_el(N, T) ->
    E = element(N, T),
    {E}.
