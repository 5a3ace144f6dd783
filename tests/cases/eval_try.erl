%% erl_eval: try/catch/after, of clauses, catch.
-module(eval_try).
-mode(compile).
-export([main/1]).

ev(S) -> ev(S, []).
ev(S, Bs0) ->
    {ok, Toks, _} = erl_scan:string(S),
    {ok, Es} = erl_parse:parse_exprs(Toks),
    try erl_eval:exprs(Es, Bs0) of
        {value, V, Bs} -> io:format("~s~n  => ~p~n  ~p~n", [S, V, shown(erl_eval:bindings(Bs))])
    catch C:R -> io:format("~s~n  => ~p:~p~n", [S, C, shown(R)])
    end.

%% Funs print with a unique id and stack traces with line numbers of
%% erl_eval itself: show them as atoms.
shown(F) when is_function(F) -> a_fun;
shown({'S', _}) -> {'S', a_stacktrace};
shown(L) when is_list(L) -> [shown(E) || E <- L];
shown(T) when is_tuple(T) -> list_to_tuple(shown(tuple_to_list(T)));
shown(X) -> X.

main(_) ->
    ev("try throw(oops) catch throw:E -> {caught, E} end."),
    ev("try 1 of 1 -> one after io:format(\"after~n\") end."),
    ev("try 2 of 1 -> one catch _:_ -> c end."),
    ev("try error(bad) catch error:R:S -> {R, is_list(S)} end."),
    ev("try exit(x) catch throw:_ -> t; exit:X -> {exit, X} end."),
    ev("try error(e) catch throw:_ -> t end."),
    ev("try X = 1, X + 1 of Y -> {X, Y} catch _ -> c end."),
    ev("try 1 + a catch error:badarith -> arith end."),
    ok.
