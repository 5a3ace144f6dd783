#!/usr/bin/env escript
-module(prog_graph_algos).
-mode(compile).
-export([main/1]).
graph() ->
    Edges = [{a, b, 4}, {a, c, 2}, {b, c, 5}, {b, d, 10}, {c, e, 3}, {e, d, 4}, {d, f, 11}, {e, f, 20}, {g, h, 1}],
    lists:foldl(fun({U, V, W}, G) ->
        G1 = maps:update_with(U, fun(L) -> [{V, W} | L] end, [{V, W}], G),
        maps:update_with(V, fun(L) -> L end, [], G1)
    end, #{}, Edges).
bfs(G, Start) -> bfs(G, queue:from_list([Start]), #{Start => 0}, [Start]).
bfs(G, Q, Dist, Order) ->
    case queue:out(Q) of
        {empty, _} -> {lists:reverse(Order), Dist};
        {{value, U}, Q2} ->
            Ns = lists:sort([V || {V, _} <- maps:get(U, G)]),
            New = [V || V <- Ns, not is_map_key(V, Dist)],
            D = maps:get(U, Dist),
            Dist2 = lists:foldl(fun(V, Acc) -> Acc#{V => D + 1} end, Dist, New),
            bfs(G, lists:foldl(fun queue:in/2, Q2, New), Dist2, lists:reverse(New) ++ Order)
    end.
dfs(G, U, Seen) ->
    case sets:is_element(U, Seen) of
        true -> {[], Seen};
        false ->
            lists:foldl(fun(V, {Acc, S}) -> {Vs, S2} = dfs(G, V, S), {Acc ++ Vs, S2} end,
                        {[U], sets:add_element(U, Seen)}, lists:sort([V || {V, _} <- maps:get(U, G)]))
    end.
dijkstra(G, Src) -> dijk(G, gb_sets:singleton({0, Src}), #{Src => 0}).
dijk(G, Front, Dist) ->
    case gb_sets:is_empty(Front) of
        true -> Dist;
        false ->
            {{D, U}, F2} = gb_sets:take_smallest(Front),
            {F3, D3} = lists:foldl(fun({V, W}, {F, Ds}) ->
                case maps:get(V, Ds, infinity) of
                    Old when Old =:= infinity; D + W < Old -> {gb_sets:add({D + W, V}, F), Ds#{V => D + W}};
                    _ -> {F, Ds}
                end end, {F2, Dist}, maps:get(U, G)),
            dijk(G, F3, D3)
    end.
topo(G) ->
    In = maps:fold(fun(_, Vs, Acc) -> lists:foldl(fun({V, _}, A) -> maps:update_with(V, fun(X) -> X + 1 end, A) end, Acc, Vs) end,
                   maps:map(fun(_, _) -> 0 end, G), G),
    topo(G, lists:sort([V || {V, 0} <- maps:to_list(In)]), In, []).
topo(_, [], _, Acc) -> lists:reverse(Acc);
topo(G, [U | Rest], In, Acc) ->
    {In2, Ready} = lists:foldl(fun({V, _}, {I, R}) ->
        N = maps:get(V, I) - 1, {I#{V := N}, if N =:= 0 -> [V | R]; true -> R end} end, {In, []}, maps:get(U, G)),
    topo(G, lists:sort(Rest ++ Ready), In2, [U | Acc]).
main(_) ->
    G = graph(),
    io:format("~p~n", [G]),
    {Order, Dist} = bfs(G, a),
    io:format("bfs ~p~n~p~n", [Order, Dist]),
    {DfsOrder, Seen} = dfs(G, a, sets:new()),
    io:format("dfs ~p ~p~n", [DfsOrder, lists:sort(sets:to_list(Seen))]),
    io:format("dijkstra ~p~n", [dijkstra(G, a)]),
    io:format("dijkstra g ~p~n", [dijkstra(G, g)]),
    io:format("topo ~p~n", [topo(G)]),
    Reach = [{V, lists:sort(element(1, dfs(G, V, sets:new())))} || V <- maps:keys(G)],
    io:format("~p~n", [Reach]).
