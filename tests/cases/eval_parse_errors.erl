%% erl_parse:parse_exprs/1 syntax errors and erl_parse:format_error/1.
-module(eval_parse_errors).
-mode(compile).
-export([main/1]).

main(_) ->
    P = fun(S) -> {ok, T, _} = erl_scan:string(S), R = erl_parse:parse_exprs(T), io:format("~p~n", [R]), case R of {error, {_, M, D}} -> io:format("~s~n", [M:format_error(D)]); _ -> ok end end,
    P("1 + ."),
    P("1 + "),
    P("foo(."),
    P("a\nb."),
    P("case X of end."),
    P("X = {1, 2."),
    P("a § b."),
    ok.
