#!/usr/bin/env escript
-module(case_nested_exports).
-mode(compile).
-export([main/1]).
parse_cmd(Line) ->
    case string:lexemes(Line, " ") of
        [Cmd | Args] ->
            case Cmd of
                "set" when length(Args) =:= 2 ->
                    [K, V] = Args,
                    Type = case string:to_integer(V) of
                               {I, []} -> Val = I, int;
                               _ -> Val = V, str
                           end;
                "get" when length(Args) =:= 1 -> [K] = Args, Val = none, Type = query;
                "del" -> K = hd(Args ++ ["?"]), Val = none, Type = delete;
                _ -> K = Cmd, Val = Args, Type = unknown
            end;
        [] -> K = "", Val = none, Type = empty
    end,
    {Type, K, Val}.
apply_cmd({int, K, V}, S) -> S#{K => V};
apply_cmd({str, K, V}, S) -> S#{K => V};
apply_cmd({delete, K, _}, S) -> maps:remove(K, S);
apply_cmd(_, S) -> S.
id(X) -> X.
describe(X) ->
    Size = case X of
        L when is_list(L) -> Kind = list, length(L);
        T when is_tuple(T) -> Kind = tuple, tuple_size(T);
        M when is_map(M) -> Kind = map, map_size(M);
        B when is_binary(B) -> Kind = binary, byte_size(B);
        _ -> Kind = scalar, 1
    end,
    Label = if Size > 3 -> large; Size > 0 -> small; true -> empty end,
    {Kind, Size, Label}.
main(_) ->
    Lines = ["set x 10", "set name bob", "get x", "del x", "del", "frob a b", "", "set y -5", "set z"],
    Cmds = [parse_cmd(L) || L <- Lines],
    [io:format("~-14s ~p~n", [L, C]) || {L, C} <- lists:zip(Lines, Cmds)],
    io:format("~p~n", [lists:foldl(fun apply_cmd/2, #{}, Cmds)]),
    io:format("~p~n", [[describe(X) || X <- [[], [1, 2, 3, 4], {}, {a}, #{a => 1}, <<"abcde">>, 42]]]),
    X = 5,
    Y = case X of 5 -> case X * 2 of 10 -> Z = ten, ten_inner; _ -> Z = other, other end; _ -> Z = no, no end,
    io:format("~p ~p~n", [Y, Z]),
    Res = case {X rem 2, X > 3} of {1, true} -> odd_big; {1, false} -> odd_small; {0, _} -> even end,
    io:format("~p~n", [Res]),
    W = case catch list_to_integer(id("12z")) of {'EXIT', _} -> bad; N -> N end,
    io:format("~p~n", [W]).
