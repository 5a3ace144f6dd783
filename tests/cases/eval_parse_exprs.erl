%% erl_parse:parse_exprs/1 on the common expression forms.
-module(eval_parse_exprs).
-mode(compile).
-export([main/1]).

main(_) ->
    P = fun(S) -> {ok, T, _} = erl_scan:string(S), io:format("~p~n", [erl_parse:parse_exprs(T)]) end,
    P("-1, $a, X = [1,2|T], #{a => 1}, M#{b := 2}, <<A:8/integer-little, B/binary, 3:4/unit:2>>."),
    P("foo(1), m:f(X), F(2), (fun() -> ok end)(), fun foo/1, fun m:f/2, fun M:F/A."),
    P("case X of {a, B} when B > 1; B < 0 -> B; _ -> c end, if X -> 1; true -> 2 end."),
    P("begin a, b end, catch 1, not X, - Y, A andalso B orelse C, P ! m, L ++ R -- S."),
    P("[X || X <- L, X > 1], << <<B>> || <<B>> <= Bin >>, fun F(0) -> 1; F(N) -> N * F(N-1) end."),
    P("\"ab\" \"cd\", {}, [], #{}."),
    ok.
