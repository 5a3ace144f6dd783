%% erl_eval: funs made by the evaluator, called from compiled code; named funs; shadowing.
-module(eval_funs).
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
    ev("F = fun(X) -> X * 2 end, lists:map(F, [1, 2, 3])."),
    ev("Fact = fun Fa(0) -> 1; Fa(N) -> N * Fa(N - 1) end, Fact(10)."),
    ev("X = 5, F = fun(X) -> X end, {F(7), X}."),
    ev("Y = 3, Add = fun(X) -> X + Y end, lists:foldl(fun(E, Acc) -> Add(E) + Acc end, 0, [1, 2])."),
    ev("F = fun lists:reverse/1, F([1,2])."),
    ev("G = fun() -> 42 end, {G(), is_function(G, 0)}."),
    ev("F = fun(a) -> 1 end, F(b)."),
    ev("F = fun(A, B, C) -> [C, B, A] end, apply(F, [1, 2, 3])."),
    ev("lists:sort(fun(A, B) -> A > B end, [3, 1, 2])."),
    ev("fun foo/1."),
    ev("F = fun(X) -> X end, F(1, 2)."),
    ok.
