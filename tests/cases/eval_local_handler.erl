%% erl_eval: local function handlers {value, F} and {eval, F}, and undef.
-module(eval_local_handler).
-mode(compile).
-export([main/1]).

main(_) ->
    {ok, T, _} = erl_scan:string("double(3) + 1."), {ok, Es} = erl_parse:parse_exprs(T),
    io:format("~p~n", [erl_eval:exprs(Es, [], {value, fun(double, [N]) -> 2 * N end})]),
    io:format("~p~n", [erl_eval:expr(hd(Es), [], {eval, fun(double, [A], Bs) -> {value, V, _} = erl_eval:expr(A, Bs), {value, V * 2, Bs} end}, none, value)]),
    try erl_eval:exprs(Es, []) catch error:undef:St -> io:format("~p~n", [hd(St)]) end,
    {ok, T2, _} = erl_scan:string("lists:map(fun(X) -> sq(X) end, [1, 2, 3])."), {ok, Es2} = erl_parse:parse_exprs(T2),
    io:format("~p~n", [erl_eval:exprs(Es2, [], {value, fun(sq, [X]) -> X * X end})]),
    ok.
