%% systools_rc_deps: the DepMods graph of systools_rc. The instructions
%% that carry DepMods (update, load_module, add_module, delete_module, in
%% their long forms) are vertices named by their module, with an edge from
%% a module to each module it depends on. groups/1 splits them into the
%% weakly connected components, each in dependency order: dependents
%% before their dependencies, a cycle (strong component) in appup order.
%%
%% OTP 25 does this with digraph/digraph_utils, whose traversal order is
%% ETS hash order. Here the same traversals (Kosaraju strong components,
%% reverse post-order topological sort of the condensation) visit vertices
%% in appup order and edges in DepMods order. Where dependencies fix the
%% order (a chain, a cycle) the result is OTP's; where they leave it open
%% (two independent dependencies of one module) the choice may differ.
-module(systools_rc_deps).

-export([is_dep_instr/1, groups/1]).

%% Throws {error, {muldef_module, M}} when two instructions name the same
%% module and {error, {undef_module, M}} for a DepMods entry without an
%% instruction of its own. Returns the groups as lists of instructions,
%% each group in dependency order, the groups in order of their first
%% instruction.
-spec groups([tuple()]) -> [[tuple()]].
groups(Instrs) ->
    Numbered = lists:zip(lists:seq(1, length(Instrs)), Instrs),
    Vertices = vertices(Numbered, #{}),
    Edges = [{mod_of(I), D} || {_, I} <- Numbered, D <- deps_of(I)],
    lists:foreach(fun({_, D}) ->
                          case maps:is_key(D, Vertices) of
                              true -> ok;
                              false -> throw({error, {undef_module, D}})
                          end
                  end, Edges),
    Order = [mod_of(I) || {_, I} <- Numbered],
    Out = adjacency(Edges, #{}),
    In = adjacency([{B, A} || {A, B} <- Edges], #{}),
    Components = components(Order, Out, In),
    [order_component(C, Out, Vertices) || C <- Components].

-spec is_dep_instr(term()) -> boolean().
is_dep_instr(I) when is_tuple(I), tuple_size(I) > 1 ->
    lists:member(element(1, I), [update, load_module, add_module, delete_module]);
is_dep_instr(_) ->
    false.

mod_of(I) -> element(2, I).
deps_of(I) -> element(tuple_size(I), I).

vertices([{N, I} | Rest], Acc) ->
    M = mod_of(I),
    case maps:is_key(M, Acc) of
        true -> throw({error, {muldef_module, M}});
        false -> vertices(Rest, Acc#{M => {N, I}})
    end;
vertices([], Acc) ->
    Acc.

adjacency([{A, B} | Rest], Acc) ->
    adjacency(Rest, Acc#{A => maps:get(A, Acc, []) ++ [B]});
adjacency([], Acc) ->
    Acc.

neighbours(V, Adj) -> maps:get(V, Adj, []).

%%--------------------------------------------------------------------------
%% Weak components, in order of their first vertex.
%%--------------------------------------------------------------------------

components(Order, Out, In) ->
    {Comps, _} =
        lists:foldl(fun(V, {Acc, Seen}) ->
                            case maps:is_key(V, Seen) of
                                true -> {Acc, Seen};
                                false ->
                                    {C, Seen1} = reach([V], fun(X) -> neighbours(X, Out) ++ neighbours(X, In) end,
                                                       Seen, []),
                                    {[C | Acc], Seen1}
                            end
                    end, {[], #{}}, Order),
    lists:reverse(Comps).

%% The vertices reachable from Stack through Next, not already in Seen,
%% in visiting order.
reach([V | Stack], Next, Seen, Acc) ->
    case maps:is_key(V, Seen) of
        true -> reach(Stack, Next, Seen, Acc);
        false -> reach(Next(V) ++ Stack, Next, Seen#{V => true}, [V | Acc])
    end;
reach([], _Next, Seen, Acc) ->
    {lists:reverse(Acc), Seen}.

%%--------------------------------------------------------------------------
%% One component in dependency order
%%--------------------------------------------------------------------------

order_component(Component, Out, Vertices) ->
    Order = lists:sort(fun(A, B) -> maps:get(A, Vertices) =< maps:get(B, Vertices) end,
                       Component),
    OutC = fun(V) -> [W || W <- neighbours(V, Out), lists:member(W, Component)] end,
    Sccs = strong_components(Order, OutC),
    Sorted = topsort(Sccs, fun(Scc) -> condensed_out(Scc, Sccs, OutC) end),
    [I || Scc <- Sorted,
          {_, I} <- lists:keysort(1, [maps:get(V, Vertices) || V <- Scc])].

%% Kosaraju: reverse post-order on the graph, then trees on the reversed
%% graph in that order.
strong_components(Order, OutC) ->
    Post = revpostorder(Order, OutC),
    InC = fun(V) -> [U || U <- Order, lists:member(V, OutC(U))] end,
    {Sccs, _} = lists:foldl(fun(V, {Acc, Seen}) ->
                                    case maps:is_key(V, Seen) of
                                        true -> {Acc, Seen};
                                        false ->
                                            {C, Seen1} = reach([V], InC, Seen, []),
                                            {[C | Acc], Seen1}
                                    end
                            end, {[], #{}}, Post),
    lists:reverse(Sccs).

%% An edge between strong components when one reaches the other.
condensed_out(Scc, Sccs, OutC) ->
    {Reached, _} = reach(Scc, OutC, #{}, []),
    [Other || Other <- Sccs, Other =/= Scc, lists:member(hd(Other), Reached)].

%% The condensation is acyclic, so its reverse post-order is a
%% topological order.
topsort(Vs, Out) ->
    revpostorder(Vs, Out).

revpostorder(Vs, Out) ->
    {L, _} = post(Vs, Out, #{}, []),
    L.

post([V | Vs], Out, Seen, L) ->
    case maps:is_key(V, Seen) of
        true ->
            post(Vs, Out, Seen, L);
        false ->
            {Below, Seen1} = post(Out(V), Out, Seen#{V => true}, L),
            post(Vs, Out, Seen1, [V | Below])
    end;
post([], _Out, Seen, L) ->
    {L, Seen}.
