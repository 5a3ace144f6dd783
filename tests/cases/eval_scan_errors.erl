%% erl_scan errors and erl_scan:format_error/1.
-module(eval_scan_errors).
-mode(compile).
-export([main/1]).

main(_) ->
    Show = fun(S) -> R = erl_scan:string(S), io:format("~p~n", [R]), case R of {error, {_, M, D}, _} -> io:format("~s~n", [M:format_error(D)]); _ -> ok end end,
    Show("\"abc"),
    Show("'abc"),
    Show("x = 12#zz."),
    Show("1e"),
    Show("$"),
    Show("37#1"),
    Show("a § b"),
    ok.
