#!/usr/bin/env escript
%% lists:reverse/1 on proper, improper and non-lists: OTP 25's clauses
%% (function_clause with OTP's line, or reverse/2's badarg).
-module(lists_reverse_errors).
-mode(compile).
main(_) -> [io:format("~p~n", [catch lists:reverse(X)]) || X <- [[1,2,3], a, [1|a], [], [1], [1,2], [1,2|a], [1,2,3|a]]].
