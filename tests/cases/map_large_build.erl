#!/usr/bin/env escript
-module(map_large_build).
-mode(compile).
-export([main/1, id/1]).

%% Maps crossing 32 keys (where BEAM changes representation). Large maps
%% are printed sorted: OTP 25 iterates maps above 32 keys in hash order.

id(X) -> X.

r(F) -> try F() catch C:R -> {C, R} end.

build(N) -> build(1, N, #{}).
build(I, N, M) when I > N -> M;
build(I, N, M) -> build(I + 1, N, M#{I => I * I}).

sorted(M) -> lists:sort(maps:to_list(M)).

main(_) ->
    [io:format("~p: size ~p sum ~p~n", [N, map_size(build(N)), lists:sum(maps:values(build(N)))])
     || N <- [31, 32, 33, 34, 64, 65, 100, 1000]],
    M40 = build(40),
    io:format("~w~n", [sorted(M40)]),
    io:format("~p ~p ~p~n", [maps:get(33, M40), maps:get(1, M40), maps:get(40, M40)]),
    io:format("~p ~p~n", [maps:is_key(41, M40), maps:find(41, M40)]),
    io:format("~p~n", [r(fun() -> maps:get(id(41), M40) end)]),
    %% Updating existing keys keeps the size.
    U = M40#{1 := one, 40 := forty, 33 := 0},
    io:format("~p ~p ~p ~p~n", [map_size(U), maps:get(1, U), maps:get(40, U), maps:get(33, U)]),
    io:format("~p~n", [r(fun() -> (id(M40))#{41 := x} end)]),
    io:format("~p~n", [r(fun() -> maps:update(41, x, M40) end)]),
    U2 = maps:update(2, two, maps:put(3, three, M40)),
    io:format("~p ~p ~p~n", [map_size(U2), maps:get(2, U2), maps:get(3, U2)]),
    io:format("~p ~p~n", [maps:put(5, 25, M40) =:= M40, maps:put(5, 25.0, M40) == M40]),
    %% The old version is untouched.
    io:format("~p ~p~n", [maps:get(1, M40), map_size(M40)]),
    %% Remove back below 32 keys: equal to a map built flat.
    Small = lists:foldl(fun maps:remove/2, M40, lists:seq(1, 10)),
    io:format("~p ~p~n", [map_size(Small), Small]),
    Flat = maps:from_list([{I, I * I} || I <- lists:seq(11, 40)]),
    io:format("~p ~p ~p~n", [Small =:= Flat, Small == Flat, erlang:phash2(Small) =:= erlang:phash2(Flat)]),
    io:format("~p~n", [maps:remove(99, M40) =:= M40]),
    {V7, M39} = maps:take(7, M40),
    io:format("~p ~p ~p ~p~n", [V7, map_size(M39), maps:is_key(7, M39), maps:take(7, M39)]),
    %% Built in different orders: all equal.
    A = build(50),
    B = maps:from_list([{I, I * I} || I <- lists:reverse(lists:seq(1, 50))]),
    C = lists:foldl(fun(I, Acc) -> maps:put(I, I * I, Acc) end, #{},
                    [(I * 17) rem 50 + 1 || I <- lists:seq(0, 49)]),
    D = maps:merge(build(20), maps:from_list([{I, I * I} || I <- lists:seq(21, 50)])),
    io:format("~p~n", [[X =:= Y || X <- [A, B, C, D], Y <- [A, B, C, D]]]),
    io:format("~p~n", [[erlang:phash2(X) || X <- [A, B, C, D]]]),
    ok.
