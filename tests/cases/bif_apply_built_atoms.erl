#!/usr/bin/env escript
-module(bif_apply_built_atoms).
-mode(compile).
-export([main/1, op_add/2, op_mul/2, op_neg/1, handle_ping/0, handle_echo/1]).
op_add(A, B) -> A + B.
op_mul(A, B) -> A * B.
op_neg(A) -> -A.
handle_ping() -> pong.
handle_echo(X) -> {echo, X}.
dispatch(Name, Args) ->
    F = list_to_atom("op_" ++ atom_to_list(Name)),
    apply(?MODULE, F, Args).
handle(Cmd, Args) ->
    F = binary_to_atom(<<"handle_", Cmd/binary>>, utf8),
    case erlang:function_exported(?MODULE, F, length(Args)) of
        true -> apply(?MODULE, F, Args);
        false -> {no_handler, F, length(Args)}
    end.
id(X) -> X.
r(F) -> try F() catch C:R -> {C, R} end.
main(_) ->
    io:format("~p~n", [[dispatch(add, [1, 2]), dispatch(mul, [3, 4]), dispatch(neg, [5])]]),
    io:format("~p~n", [[handle(<<"ping">>, []), handle(<<"echo">>, [hi]), handle(<<"echo">>, []), handle(<<"nope">>, [1])]]),
    io:format("~p~n", [[apply(M, F, A) || {M, F, A} <- [{lists, reverse, [[1, 2]]}, {erlang, list_to_tuple, [[a]]},
                                                      {string, uppercase, ["abc"]}, {maps, from_list, [[{k, v}]]},
                                                      {erlang, '+', [1, 2]}, {erlang, element, [2, {x, y}]}]]]),
    io:format("~p~n", [r(fun() -> apply(?MODULE, list_to_atom("op_" ++ "div"), [1, 2]) end)]),
    io:format("~p~n", [r(fun() -> apply(no_such_module_xyz, f, []) end)]),
    io:format("~p~n", [r(fun() -> apply(?MODULE, op_add, [1]) end)]),
    io:format("~p~n", [element(1, element(2, r(fun() -> apply(fun(X) -> X end, [1, 2]) end)))]),
    io:format("~p~n", [r(fun() -> apply(id(42), [1]) end)]),
    F = fun ?MODULE:op_mul/2,
    io:format("~p ~p~n", [apply(F, [6, 7]), F(2, 3)]),
    Ms = [?MODULE, lists], Fn = seq,
    io:format("~p~n", [(lists:last(Ms)):Fn(1, 5)]),
    Names = [list_to_atom([C]) || C <- "abc"],
    io:format("~p ~p~n", [Names, [atom_to_binary(N, utf8) || N <- Names]]),
    io:format("~p~n", [r(fun() -> list_to_existing_atom("surely_not_an_existing_atom_qq") end)]),
    io:format("~p~n", [list_to_existing_atom("op_add")]),
    io:format("~p~n", [erlang:apply(erlang, atom_to_list, [hello])]).
