%% erl_eval: the errors it raises (unbound_var, badmatch, case_clause, if_clause, badarith ...).
-module(eval_errors).
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
    ev("X."),
    ev("{a, X} = {b, 1}."),
    ev("X = 2, X = 3."),
    ev("case 1 of 2 -> a end."),
    ev("if 1 > 2 -> a end."),
    ev("1 + a."),
    ev("foo(1)."),
    ev("lists:nosuch(1)."),
    ev("M = #{}, M#{a := 1}."),
    ev("X = 1, X#{a => 1}."),
    ev("[X || X <- notalist]."),
    ev("[X || X <- [1], X + 1]."),
    ev("catch throw(x)."),
    ev("catch exit(e)."),
    ev("atom andalso true."),
    ev("throw(t)."),
    ev("exit(bye)."),
    ok.
