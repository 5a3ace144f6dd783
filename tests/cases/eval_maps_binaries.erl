%% erl_eval: maps and the bit syntax, construction and matching.
-module(eval_maps_binaries).
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
    ev("M = #{a => 1, b => 2}, M2 = M#{a := 10, c => 3}, #{a := A} = M2, {A, M2}."),
    ev("K = k, #{K := V} = #{k => v}, V."),
    ev("#{a := 1} = #{a => 2}."),
    ev("B = <<1, 2, 300:16/little, \"hi\", 3.5/float>>, <<X:8, Y:8, Z:16/little, S:2/binary, F/float>> = B, {X, Y, Z, S, F, B}."),
    ev("<<A:3, B:5/signed>> = <<255>>, {A, B}."),
    ev("<<\"é\"/utf8, 1:1, 2:3>>."),
    ev("<<C/utf8, R/binary>> = <<\"éa\"/utf8>>, {C, R}."),
    ev("N = 2, <<H:N/binary, T/bits>> = <<1, 2, 3>>, {H, T}."),
    ev("<<L:8, D:L/binary>> = <<2, 7, 8>>, D."),
    ev("<<1:4, 2:4/little, -1:8/signed-little>>."),
    ev("<<X:8>> = <<1, 2>>."),
    ev("<<(a)>>."),
    ok.
