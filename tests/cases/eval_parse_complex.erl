%% erl_parse:parse_exprs/1 on receive, try and column annotations.
-module(eval_parse_complex).
-mode(compile).
-export([main/1]).

main(_) ->
    P = fun(S, L) -> {ok, T, _} = erl_scan:string(S, L), io:format("~p~n", [erl_parse:parse_exprs(T)]) end,
    P("receive {a, X} -> X; b -> b after 100 -> timeout end, receive Y -> Y end.", 1),
    P("try a of _ -> b catch error:E:S -> c; E -> d; exit:_ -> e after f end.", 1),
    P("try g() catch _:_ -> h end.", 1),
    P("X = 1 + 2 * 3,\n  foo:bar(X, [Y | Z]).", {1,1}),
    P("-1.5, - 2, +3.", {1,1}),
    io:format("~p~n", [erl_parse:parse_term(element(2, erl_scan:string("{a, [1, -2, 3.5], \"s\", #{k => v}}.")))]),
    io:format("~p~n", [erl_parse:parse_term(element(2, erl_scan:string("{a, X}.")))]),
    ok.
