#!/usr/bin/env escript
%% Arithmetic with an operand known to be a float: OTP's compiler runs it
%% as float arithmetic, whose badarith shows no erlang:'+' frame; the
%% same operators on operands of unknown type show the BIF's frame.
%% (OTP also learns types across local calls and through tuples, which
%% ferl does not: those cases are left out.)
-module(arith_float_frames).
-mode(compile).
-export([main/1, id/1]).

id(X) -> X.

run(N, F) ->
    try F() of
        V -> io:format("~p ok ~p~n", [N, V])
    catch
        C:R:St -> io:format("~p ~p:~p ~p~n", [N, C, R, hd(St)])
    end.

half_plus(Y) -> Y / 2.0 + 1.0.
scaled(Y, K) -> F = K * 1.5, G = F + 1, Y + G.
negated(Y) -> F = id(2.0) * 2.0, Y - -F.
chained(Y) -> Y * 2.0 * 3.

main(_) ->
    A = id(a),
    run(1, fun() -> A + 1.0 end),
    run(2, fun() -> 1.0 + A end),
    run(3, fun() -> A - 1.0 end),
    run(4, fun() -> 1.0 - A end),
    run(5, fun() -> A * 2.0 end),
    run(6, fun() -> 2.0 / A end),
    run(7, fun() -> F = id(1.0) * 2.0, A + F end),
    run(8, fun() -> F = id(1.0) * 2.0, F + A end),
    run(9, fun() -> A / 2 end),
    run(10, fun() -> F = id(1.0) * 2.0, A / F end),
    run(11, fun() -> A + 1 end),
    run(12, fun() -> A - 1 end),
    run(13, fun() -> 1 - A end),
    run(14, fun() -> A * 2 end),
    run(15, fun() -> A div 2 end),
    run(16, fun() -> A + id(1) end),
    run(17, fun() -> -A end),
    run(18, fun() -> F = id(1.0), A + F end),
    run(19, fun() -> A + 1.0 + 2.0 end),
    run(20, fun() -> id(1.0e308) * 10.0 end),
    run(21, fun() -> id(1.0e308) * id(10.0) end),
    run(22, fun() -> id(1) / 0.0 end),
    run(23, fun() -> id(4) / id(2) + A end),
    run(24, fun() -> half_plus(A) end),
    run(25, fun() -> scaled(A, 2) end),
    run(26, fun() -> negated(A) end),
    run(27, fun() -> chained(A) end),
    run(30, fun() -> id(1 bsl 1100) + 1.0 end),
    run(31, fun() -> id(1 bsl 1100) * id(1.0) end),
    run(32, fun() -> half_plus(3) end),
    run(33, fun() -> scaled(1, 2) end).
