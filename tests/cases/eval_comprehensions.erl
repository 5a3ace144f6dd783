%% erl_eval: list and binary comprehensions.
-module(eval_comprehensions).
-mode(compile).
-export([main/1]).

ev(S) -> ev(S, []).
ev(S, Bs0) ->
    {ok, Toks, _} = erl_scan:string(S),
    {ok, Es} = erl_parse:parse_exprs(Toks),
    try erl_eval:exprs(Es, Bs0) of
        {value, V, Bs} -> io:format("~s~n  => ~p~n  ~p~n", [S, V, erl_eval:bindings(Bs)])
    catch C:R -> io:format("~s~n  => ~p:~p~n", [S, C, R])
    end.

main(_) ->
    ev("[X * Y || X <- [1, 2, 3], Y <- [10, 20], X =/= 2]."),
    ev("<< <<(X + 1)>> || <<X>> <= <<1, 2, 3>> >>."),
    ev("[X || <<X:4>> <= <<16#ab>>]."),
    ev("[{X, Y} || {X, Y} <- [{1, a}, b, {2, c}]]."),
    ev("X = 10, [X || X <- [1, 2]]."),
    ev("<< <<X:16>> || X <- [1, 2] >>."),
    ev("[X || X <- [1, 2, 3, 4], X rem 2 =:= 0, X > 2]."),
    ev("[[C] || <<C>> <= <<\"hi\">>]."),
    ok.
