#!/usr/bin/env escript
%% A binary segment whose size overflows fails with system_limit ("the size
%% N is too large"), caught and uncaught, as OTP 25 says; it used to wrap
%% around to a wrong, short binary.
-module(bs_size_limit).
-mode(compile).
main(_) ->
    S = 1 bsl 58,
    io:format("~p~n", [catch <<1:S/unit:256>>]),
    B = <<1, 2>>,
    io:format("~p~n", [case B of <<_:S/unit:256, _/binary>> -> matched; _ -> no_match end]),
    <<1:S/unit:256>>.
