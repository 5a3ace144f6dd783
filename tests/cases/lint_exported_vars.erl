#!/usr/bin/env escript
%% A variable bound in every branch of a case, if or receive and then
%% matched in a pattern gets OTP's warning "exported from" (once: it is
%% plainly bound from then on).
-module(lint_exported_vars).
-mode(compile).
main(_) ->
    self() ! {a, 1}, self() ! {b, 1},
    receive {a, X} -> ok end,
    receive {b, X} -> ok end,
    case X of 1 -> Y = 2; _ -> Y = 3 end,
    {Y, _} = {2, 3},
    if Y > 1 -> Z = 4; true -> Z = 5 end,
    Z = 4,
    [Z] = [4],
    F = fun(Z) -> Z end,
    io:format("~p~n", [{X, Y, Z, F(1)}]),
    main2().

main2() ->
    case self() of P when is_pid(P) -> A = 1; _ -> A = 2 end,
    case {A, 1} of {A, B} -> ok end,
    receive after 0 -> C = 3 end,
    <<C:8>> = <<3>>,
    D = case 1 of 1 -> E = 5 end,
    [E | _] = [D],
    R = case 2 of 2 -> G = 7, G end,
    {G, R} = {7, 7},
    io:format("~p~n", [{A, B, C, D, E, G}]).
