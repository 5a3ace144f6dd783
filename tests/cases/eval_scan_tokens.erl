%% erl_scan:tokens/3: continuations over several chunks, leftover text, eof.
-module(eval_scan_tokens).
-mode(compile).
-export([main/1]).

main(_) ->
    {more, C1} = erl_scan:tokens([], "X = 1 +\n", 1),
    {more, C2} = erl_scan:tokens(C1, "  2", 1),
    io:format("~p~n", [erl_scan:tokens(C2, ".\nfoo. bar", 1)]),
    io:format("~p~n", [erl_scan:tokens(C2, eof, 1)]),
    io:format("~p~n", [erl_scan:tokens([], eof, 1)]),
    {more, C3} = erl_scan:tokens([], "1.", 1),
    io:format("~p~n", [erl_scan:tokens(C3, " ", 1)]),
    {more, C4} = erl_scan:tokens([], "\"abc", 1),
    io:format("~p~n", [erl_scan:tokens(C4, "def\".\n", 1)]),
    {more, C5} = erl_scan:tokens([], "   \n", 1),
    io:format("~p~n", [erl_scan:tokens(C5, eof, 1)]),
    io:format("~p~n", [erl_scan:tokens([], "a.b. c", {1,1})]),
    ok.
