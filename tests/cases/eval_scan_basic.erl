%% erl_scan:string/1,2 on every kind of token, with line annotations.
-module(eval_scan_basic).
-mode(compile).
-export([main/1]).

main(_) ->
    io:format("~p~n", [erl_scan:string("X + 1.")]),
    io:format("~p~n", [erl_scan:string("foo(Bar, _x) -> [1.5e3, $a, \"str\" | 'Q a'] ++ <<16#ff>>.")]),
    io:format("~p~n", [erl_scan:string("case X of {a, B} when B >= 2 -> ok; _ -> error end.\n")]),
    io:format("~p~n", [erl_scan:string("a\nb\n\nc", 7)]),
    io:format("~p~n", [erl_scan:string("#{k := V} =/= M#r.f, A =:= B, C /= D, E =< F, G || H <- I.")]),
    io:format("~p~n", [erl_scan:string("%% comment\nx. % tail")]),
    io:format("~p~n", [erl_scan:string("")]),
    ok.
