#!/usr/bin/env escript
-mode(compile).
%% ets:fun2ms/1 reached at run time (no parse transform): OTP's exits.
main(_) ->
    F = fun(X) -> X end,
    io:format("~p~n", [catch ets:fun2ms(F)]),
    io:format("~p~n", [try ets:fun2ms(x) catch error:R:St -> {R, hd(St)} end]).
