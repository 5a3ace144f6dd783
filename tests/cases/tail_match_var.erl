#!/usr/bin/env escript
%% `V = E, V` ending a body is E in tail position (OTP's copy propagation):
%% a call there is a tail call, so the caller is not in the stack trace;
%% an already bound V stays a match.
-module(tail_match_var).
-mode(compile).
main(_) ->
    t(fun() -> a(0) end),
    t(fun() -> c(0) end),
    t(fun() -> d(0) end),
    t(fun() -> e(0) end).
t(F) -> try F() catch C:R:S -> io:format("~p ~p~n~p~n", [C, R, S]) end.
a(N) -> R = g(N), R.
c(N) -> case N of 0 -> R = g(N), R; _ -> ok end.
d(N) -> R = g(N), {R}.
e(N) -> R = 1, R = g(N), R.
g(N) -> 1 / N.
