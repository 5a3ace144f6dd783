%% erl_scan:string/2 with a {Line, Column} start: column annotations.
-module(eval_scan_columns).
-mode(compile).
-export([main/1]).

main(_) ->
    io:format("~p~n", [erl_scan:string("f(X) -> $a, \"s\", 'B', 1.5, x.y.", {1,1})]),
    io:format("~p~n", [erl_scan:string("A =\n  {1,\n\t2}.", {3,5})]),
    io:format("~p~n", [erl_scan:string("   ", {1,1})]),
    ok.
