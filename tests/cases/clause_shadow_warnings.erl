#!/usr/bin/env escript
%% Clauses after one that always matches (variables only, no guard but
%% true) get OTP's warning, in functions, case, receive and try ... of (not
%% in catch clauses), also in an unused function.
-module(clause_shadow_warnings).
-mode(compile).
-export([f/1, g/2, h/1, k/1, m/1, n/1, q/2, r/2]).
%% Repeated or bound variables test, so they do not always match.
main(_) -> ok.
f(X) -> X;
f(a) -> b.
g(_, _) -> 1;
g(a, b) -> 2;
g(_, c) -> 3.
h(X) ->
    case X of
        Y -> Y;
        a -> b
    end.
k(X) when true -> X;
k(a) -> b.
m(X) ->
    receive
        _ -> X;
        a -> b
    end.
n(X) ->
    try X of
        Y -> Y;
        a -> b
    catch
        _:_ -> c;
        error:x -> d
    end.
p(X = Y) -> {X, Y};
p(a) -> b.
q(N, N) -> same;
q(_, _) -> different.
r(X, Y) ->
    case X of
        Y -> same;
        _ -> different
    end.
