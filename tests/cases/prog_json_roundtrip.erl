#!/usr/bin/env escript
-module(prog_json_roundtrip).
-mode(compile).
-export([main/1]).
enc(null) -> "null";
enc(true) -> "true";
enc(false) -> "false";
enc(N) when is_integer(N) -> integer_to_list(N);
enc(F) when is_float(F) -> float_to_list(F, [short]);
enc(B) when is_binary(B) -> [$", esc(binary_to_list(B)), $"];
enc(L) when is_list(L) -> [$[, join([enc(X) || X <- L]), $]];
enc(M) when is_map(M) ->
    [${, join([[enc(K), $:, enc(V)] || {K, V} <- lists:sort(maps:to_list(M))]), $}].
join([]) -> [];
join([H | T]) -> [H | [[$, | X] || X <- T]].
esc([]) -> [];
esc([$" | T]) -> [$\\, $" | esc(T)];
esc([$\\ | T]) -> [$\\, $\\ | esc(T)];
esc([$\n | T]) -> [$\\, $n | esc(T)];
esc([C | T]) when C < 32 -> [io_lib:format("\\u~4.16.0b", [C]) | esc(T)];
esc([C | T]) -> [C | esc(T)].
ws([C | T]) when C =:= $\s; C =:= $\n; C =:= $\t -> ws(T);
ws(S) -> S.
dec(S) -> {V, R} = val(ws(S)), {V, ws(R)}.
val("null" ++ R) -> {null, R};
val("true" ++ R) -> {true, R};
val("false" ++ R) -> {false, R};
val([$" | R]) -> str(R, []);
val([$[ | R]) -> arr(ws(R), []);
val([${ | R]) -> obj(ws(R), #{});
val(S) -> num(S).
str([$" | R], Acc) -> {list_to_binary(lists:reverse(Acc)), R};
str([$\\, $n | R], Acc) -> str(R, [$\n | Acc]);
str([$\\, $u, A, B, C, D | R], Acc) -> str(R, [list_to_integer([A, B, C, D], 16) | Acc]);
str([$\\, X | R], Acc) -> str(R, [X | Acc]);
str([X | R], Acc) -> str(R, [X | Acc]).
arr([$] | R], Acc) -> {lists:reverse(Acc), R};
arr(S, Acc) ->
    {V, R} = dec(S),
    case R of
        [$, | R2] -> arr(ws(R2), [V | Acc]);
        [$] | R2] -> {lists:reverse([V | Acc]), R2}
    end.
obj([$} | R], M) -> {M, R};
obj(S, M) ->
    {K, [$: | R]} = dec(S),
    {V, R2} = dec(R),
    case R2 of
        [$, | R3] -> obj(ws(R3), M#{K => V});
        [$} | R3] -> {M#{K => V}, R3}
    end.
num(S) ->
    {Tok, R} = lists:splitwith(fun(C) -> lists:member(C, "-+.eE0123456789") end, S),
    case lists:any(fun(C) -> lists:member(C, ".eE") end, Tok) of
        true -> {list_to_float(Tok), R};
        false -> {list_to_integer(Tok), R}
    end.
main(_) ->
    Docs = [null, 1, -42, 3.25, 1.0e-7, <<"a\"b\\c\nd">>, <<1, 31>>, [], #{},
            [1, [2, [3, [4, []]]]],
            #{<<"name">> => <<"ferl">>, <<"tags">> => [<<"vm">>, <<"rust">>],
              <<"nested">> => #{<<"x">> => 1.5, <<"y">> => [true, false, null]}}],
    lists:foreach(fun(D) ->
        J = lists:flatten(enc(D)),
        {Back, []} = dec(J),
        io:format("~s~n  same=~p~n", [J, Back =:= D])
    end, Docs),
    {V, Rest} = dec("  { \"a\" : [ 1 , 2.5e3 , \"x\\u0041\" ] , \"b\" : { } }  tail"),
    io:format("~p~n~p~n", [V, Rest]).
