#!/usr/bin/env escript
%% A selective receive over messages of many shapes: tuples of the wanted
%% arity with another first element, other arities, atoms, lists, binaries
%% (small and shared), big messages; what each receive takes and what stays
%% queued, in order.
-module(recv_skip_shapes).
-mode(compile).
-export([main/1]).

main(_) ->
    Big = lists:seq(1, 300),
    Bin = list_to_binary(lists:duplicate(200, $x)),
    Msgs = [{other, 1}, {wanted}, {wanted, 1, 2}, wanted, [wanted, 1],
            {wanted_not, 2}, <<"wanted">>, Bin, {Big, Bin}, {wanted, Big},
            {wanted, 3}, stop, {wanted, {Bin, <<1,2,3>>}}, [], {}],
    [self() ! M || M <- Msgs],
    A = receive {wanted, X} -> X end,
    io:format("first: ~p~n", [length(A)]),
    B = receive {wanted, Y} -> Y end,
    io:format("second: ~p~n", [B]),
    C = receive stop -> stop end,
    io:format("atom: ~p~n", [C]),
    D = receive {wanted, {Bn, Small}} -> {byte_size(Bn), Small} end,
    io:format("binaries: ~p~n", [D]),
    E = receive [] -> nil end,
    io:format("nil: ~p~n", [E]),
    F = receive {_, _, _} = T -> T end,
    io:format("triple: ~p~n", [F]),
    G = receive {Bg, Bb} when is_list(Bg) -> {lists:sum(Bg), byte_size(Bb)} end,
    io:format("big: ~p~n", [G]),
    io:format("left: ~p~n", [summary(drain([]))]),
    %% A sender that keeps adding junk while we wait for the one match.
    Self = self(),
    spawn(fun() ->
                  [Self ! {junk, I} || I <- lists:seq(1, 500)],
                  Self ! {wanted, last},
                  [Self ! {junk, I} || I <- lists:seq(501, 600)]
          end),
    L = receive {wanted, Z} -> Z after 5000 -> timeout end,
    io:format("late: ~p~n", [L]),
    timer:sleep(50),
    Junk = drain([]),
    io:format("junk: ~p ~p~n", [length(Junk), lists:sum([I || {junk, I} <- Junk])]),
    %% A receive that times out after skipping everything.
    [self() ! {n, I} || I <- lists:seq(1, 50)],
    R = receive {y, _} -> y after 20 -> timed_out end,
    io:format("timeout: ~p ~p~n", [R, length(drain([]))]).

drain(Acc) ->
    receive M -> drain([M | Acc]) after 0 -> lists:reverse(Acc) end.

summary(Ms) ->
    [if is_binary(M) -> {binary, byte_size(M)};
        is_tuple(M), tuple_size(M) > 0, is_list(element(1, M)) -> big;
        true -> M
     end || M <- Ms].
