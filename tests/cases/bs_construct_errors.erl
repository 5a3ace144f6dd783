#!/usr/bin/env escript
%% A binary construction that fails raises badarg with OTP 25's error_info
%% on the failing function's entry: cause {Segment, Type, Error, Value} for
%% each way a segment can be wrong (a string literal is one segment; in a
%% binary comprehension the binary built so far is segment 1); uncaught,
%% escript explains it as "construction of binary failed".
-module(bs_construct_errors).
-mode(compile).
main(_) ->
    put(a, a), put(n, -1), put(big, 1 bsl 2000), put(b3, <<1:3>>), put(b2, <<1, 2>>), put(sz, 99999999999999),
    put(f, 1.5), put(s7, 7), put(cp, 16#110000),
    Tests = [fun() -> X = get(a), <<X:8>> end,
             fun() -> N = get(n), <<1:N>> end,
             fun() -> A = get(a), <<1:A>> end,
             fun() -> X = get(a), <<X/float>> end,
             fun() -> S = get(s7), <<1.0:S/float>> end,
             fun() -> X = get(big), <<X/float>> end,
             fun() -> X = get(big), <<X:32/float>> end,
             fun() -> X = get(a), <<X/binary>> end,
             fun() -> X = get(b3), <<X/binary>> end,
             fun() -> X = get(b2), <<X:4/binary>> end,
             fun() -> X = get(b2), N = get(n), <<X:N/binary>> end,
             fun() -> X = get(a), <<X/utf8>> end,
             fun() -> X = get(n), <<X/utf16>> end,
             fun() -> C = get(cp), <<C/utf32>> end,
             fun() -> X = get(f), <<X:8>> end,
             fun() -> X = get(b3), <<"abc", X/bytes, 1:8>> end,
             fun() -> X = get(a), <<"ab", "cd", X>> end,
             fun() -> X = get(b3), <<X:1/binary-unit:3>> end,
             fun() -> X = get(b2), <<X/binary-unit:16, 1:3>> end,
             fun() -> X = get(a), <<1, 2, X:16/little>> end],
    [try T() of V -> io:format("value ~p~n", [V]) catch C:R:S -> io:format("~p ~p ~p~n", [C, R, [I || {_, _, _, L} <- [hd(S)], {error_info, I} <- L]]) end || T <- Tests],
    put(v, [1, a]),
    try << <<Y:8>> || Y <- get(v) >> catch error:badarg:S1 -> io:format("~p~n", [hd(S1)]) end,
    X = get(a),
    <<1, X:8>>.
