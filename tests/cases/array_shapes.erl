#!/usr/bin/env escript
%% array builds OTP's very terms: new with options, set (expanding paths,
%% growing the root), reset, resize, fix/relax, from_list and from_orddict
%% (gaps of every size), map and sparse_map (what they expand and what
%% they write past the size), and the list, orddict and fold views.
%% Random operations come from rand with a fixed seed (OTP's numbers).
-module(array_shapes).
-mode(compile).

main(_) ->
    [io:format("~p~n", [A]) || A <- [array:new(), array:new(5), array:new(5, fixed),
                                     array:new([{default, x}, 12]), array:new(100, {fixed, false}),
                                     array:new({size, 10}), array:new(0, [{default, 0}])]],
    [io:format("from_list ~p: ~p~n", [N, array:from_list(lists:seq(1, N), d)])
     || N <- [0, 1, 9, 10, 11, 20, 21, 99, 100, 101, 111]],
    io:format("~p~n", [erlang:phash2(array:from_list(lists:seq(1, 1234)))]),
    Dicts = [[], [{0, a}], [{9, a}], [{10, a}], [{11, a}], [{20, a}], [{25, a}, {26, b}],
             [{3, a}, {250, b}], [{3, a}, {1000, b}, {1001, c}], [{105, a}],
             [{0, a}, {99, b}, {100, c}, {999, d}], [{5, a}, {12345, b}],
             [{I * 7, I} || I <- lists:seq(0, 40)], [{I * 37, I} || I <- lists:seq(0, 30)]],
    [io:format("from_orddict ~p:~n  ~p~n", [D, array:from_orddict(D, z)]) || D <- lists:sublist(Dicts, 12)],
    [io:format("from_orddict ~p ~p~n", [length(D), erlang:phash2(array:from_orddict(D))]) || D <- Dicts],
    S0 = rand:seed_s(exsss, 2026),
    {_, Arrays} = lists:foldl(fun(K, {S, Acc}) -> {A, S1} = random_array(S, K), {S1, [A | Acc]} end,
                              {S0, []}, lists:seq(1, 40)),
    [show(A) || A <- lists:reverse(Arrays)],
    A1 = array:set(3, x, array:from_list(lists:seq(1, 25))),
    A2 = array:resize(12, A1),
    io:format("~p~n~p~n", [A2, array:map(fun(I, V) -> {I, V} end, A2)]),
    io:format("~p~n", [array:sparse_map(fun(I, V) -> {I, V} end, array:resize(12, array:from_list(lists:seq(1, 25), 5)))]),
    A3 = array:set(250, late, array:new()),
    io:format("~p~n~p~n", [A3, array:map(fun(_, V) -> V end, A3)]),
    io:format("~p~n", [array:sparse_map(fun(_, V) -> {V} end, A3)]),
    io:format("~p ~p~n", [array:reset(250, A3) =:= A3, array:reset(5, A3) =:= A3]),
    io:format("~p~n", [array:reset(250, A3)]),
    io:format("~p ~p~n", [array:relax(array:fix(A3)), array:is_fix(array:fix(A3))]),
    F = array:fix(array:from_list([a, b, c])),
    io:format("~p~n~p~n", [array:resize(25, F), array:resize(1, array:resize(25, F))]),
    io:format("~p~n", [array:resize(array:set(30, q, array:set(77, undefined, array:new())))]),
    io:format("~p~n", [[array:foldl(fun(I, V, Acc) -> [{I, V} | Acc] end, [], A3) =:= lists:reverse(array:to_orddict(A3)),
                        array:sparse_foldr(fun(I, V, Acc) -> [{I, V} | Acc] end, [], A3),
                        array:sparse_size(A3), array:size(A3), array:default(array:new({default, q}))]]),
    ok.

%% An array from a few random sets, resets and resizes.
random_array(S0, K) ->
    {Ops, S1} = rand:uniform_s(12, S0),
    lists:foldl(fun(_, {A, S}) ->
                        {Op, Sa} = rand:uniform_s(10, S),
                        {Ix, Sb} = rand:uniform_s(case K rem 3 of 0 -> 30; 1 -> 300; 2 -> 3000 end, Sa),
                        {op(Op, Ix - 1, A), Sb}
                end, {case K rem 4 of 0 -> array:new(); 1 -> array:new({default, 0});
                                      2 -> array:from_list(lists:seq(1, K)); 3 -> array:new(K) end, S1},
                lists:seq(1, Ops)).

op(Op, Ix, A) when Op =< 6 ->
    case array:is_fix(A) andalso Ix >= array:size(A) of
        true -> array:set(Ix, Ix, array:relax(A));
        false -> array:set(Ix, Ix, A)
    end;
op(7, Ix, A) -> catch_reset(Ix, A);
op(8, Ix, A) -> array:resize(Ix, A);
op(9, _, A) -> array:fix(A);
op(10, _, A) -> array:relax(A).

catch_reset(Ix, A) ->
    try array:reset(Ix, A) catch error:badarg -> A end.

show(A) ->
    io:format("~p ~p ~p ~p~n  ~p~n  ~p~n", [array:size(A), array:sparse_size(A), array:is_fix(A),
                                          erlang:phash2(A), array:sparse_to_orddict(A),
                                          erlang:phash2({array:to_list(A), array:map(fun(I, V) -> {I, V} end, A),
                                                         array:sparse_map(fun(I, V) -> {I, V} end, A),
                                                         array:foldr(fun(I, V, Acc) -> [I, V | Acc] end, [], A)})]).
