#!/usr/bin/env escript
-module(rec_defaults_nested).
-mode(compile).
-export([main/1]).
-record(pos, {x = 0, y = 0}).
-record(size, {w = 10, h = 5 * 2}).
-record(rect, {origin = #pos{}, size = #size{h = 3}, tags = [default], id = make_id()}).
-record(scene, {name = "untitled", items = [#rect{}, #rect{origin = #pos{x = 1}}], count = length([a, b])}).
-record(counter, {n = 0, hist = []}).
make_id() -> put(ids, case get(ids) of undefined -> 1; N -> N + 1 end), get(ids).
area(#rect{size = #size{w = W, h = H}}) -> W * H.
move(R = #rect{origin = O = #pos{x = X, y = Y}}, DX, DY) -> R#rect{origin = O#pos{x = X + DX, y = Y + DY}}.
tick(C = #counter{n = N, hist = H}) -> C#counter{n = N + 1, hist = [N | H]}.
main(_) ->
    R1 = #rect{},
    io:format("~p~n", [R1]),
    R2 = #rect{tags = [custom]},
    io:format("~p~n", [R2]),
    S = #scene{},
    io:format("~p~n", [S]),
    io:format("ids so far ~p~n", [get(ids)]),
    io:format("~p~n", [[area(R) || R <- S#scene.items]]),
    R3 = lists:foldl(fun(I, R) -> move(R, I, -I) end, R1, lists:seq(1, 10)),
    io:format("~p~n", [R3#rect.origin]),
    C = lists:foldl(fun(_, Acc) -> tick(Acc) end, #counter{}, lists:seq(1, 8)),
    io:format("~p~n", [C]),
    io:format("~p~n", [#rect.size]),
    Sz = (R3#rect.size)#size{w = 7},
    io:format("~p ~p~n", [Sz, area(R3#rect{size = Sz})]),
    #rect{origin = #pos{x = PX}, size = #size{}} = R3,
    io:format("~p~n", [PX]),
    Ps = [#pos{x = X, y = X * X} || X <- lists:seq(1, 4)],
    io:format("~p~n", [[P#pos.y || P <- Ps, P#pos.x rem 2 =:= 0]]),
    io:format("~p~n", [lists:keyfind(3, #pos.x, Ps)]),
    io:format("~p~n", [lists:keysort(#pos.y, [#pos{x = 1, y = 9}, #pos{x = 2, y = 1}])]),
    io:format("~p~n", [#scene{items = []}#scene.count]),
    Upd = S#scene{name = "named", count = 99},
    io:format("~p ~p ~p~n", [Upd#scene.name, Upd#scene.count, length(Upd#scene.items)]),
    io:format("~p~n", [try (id(x))#pos.x catch error:E -> E end]).
id(X) -> X.
