%% erl_eval: receive with selective matching and after.
-module(eval_receive).
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
    ev("self() ! hello, receive hello -> got end."),
    ev("receive X -> X after 10 -> timeout end."),
    ev("self() ! a, self() ! b, receive b -> B = got_b end, receive M -> {B, M} end."),
    ev("self() ! {n, 1}, self() ! {n, 2}, receive {n, N} when N > 1 -> N end."),
    ev("receive Y -> Y after 0 -> left end."),
    ev("P = self(), spawn(fun() -> P ! {self(), done} end), receive {_, What} -> What end."),
    ev("receive after 5 -> slept end."),
    ok.
