%% erl_eval: matching, bindings, case/if, operators, calls.
-module(eval_match).
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
    ev("X = 1, Y = X + 2, {X, Y}."),
    ev("[A, B | T] = [1, 2, 3, 4], {A, B, T}."),
    ev("{P, P} = {x, x}, P."),
    ev("case {1,2} of {A, A} -> same; {A, B} -> {A, B} end."),
    ev("case 3 of 1 -> one; N when N > 2, is_integer(N) -> {big, N} end."),
    ev("if 1 > 2 -> a; atom_to_list(x) == 1; true -> b end."),
    ev("\"abc\" ++ Rest = \"abcdef\", Rest."),
    ev("-3 + (+ 2) - (- 1), {not true, bnot 5, 7 div 2, 7 rem 2, 1 bsl 4}."),
    ev("true andalso false orelse ok."),
    ev("begin A = 1, A + 1 end."),
    ev("element(2, {a, b}) == b, length([1,2,3]) + apply(lists, sum, [[1,2]])."),
    ev("$a + 1, 2.5 * 2, [1 | 2], {}."),
    ev("Y = X + 1.", [{'X', 9}]),
    Bs = erl_eval:add_binding('B', 2, erl_eval:add_binding('A', 1, erl_eval:new_bindings())),
    io:format("~p ~p ~p~n", [erl_eval:bindings(Bs), erl_eval:binding('A', Bs), erl_eval:binding('C', Bs)]),
    io:format("~p~n", [erl_eval:bindings(erl_eval:del_binding('A', Bs))]),
    {ok, T, _} = erl_scan:string("A + B."), {ok, [E]} = erl_parse:parse_exprs(T),
    io:format("~p~n", [erl_eval:expr(E, Bs)]),
    io:format("~p~n", [erl_eval:expr_list([E, E], Bs)]),
    ok.
