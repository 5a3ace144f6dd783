#!/usr/bin/env escript
%% ETS ownership: a table ends with its owner unless an heir takes it;
%% give_away; who may read and write private, protected and public tables.
-mode(compile).

main(_) ->
    Self = self(),
    %% A table whose owner ends is gone.
    {P1, M1} = spawn_monitor(fun() -> ets:new(short, [named_table, public]), Self ! made, receive go -> ok end end),
    receive made -> ok end,
    p({ets:info(short, size), ets:insert(short, {1, x})}),
    P1 ! go,
    receive {'DOWN', M1, _, _, _} -> ok end,
    p(ets:info(short)),
    %% An heir gets it, with a message.
    {P2, M2} = spawn_monitor(fun() ->
        T = ets:new(inherit, [named_table, {heir, Self, my_data}]),
        ets:insert(T, {k, v}),
        Self ! made, receive go -> ok end end),
    receive made -> ok end,
    p(ets:info(inherit, owner) =:= P2),
    P2 ! go,
    receive {'DOWN', M2, _, _, _} -> ok end,
    receive {'ETS-TRANSFER', Tab, From, Data} -> p({Tab, From =:= P2, Data}) end,
    p({ets:info(inherit, owner) =:= Self, ets:lookup(inherit, k), ets:info(inherit, heir) =:= Self}),
    %% give_away.
    {P3, M3} = spawn_monitor(fun() ->
        receive {'ETS-TRANSFER', T, F, G} -> Self ! {got, T, F, G, ets:info(T, owner) =:= self()} end,
        receive go -> ok end end),
    true = ets:give_away(inherit, P3, gift),
    receive {got, T3, F3, G3, Owns} -> p({T3, F3 =:= Self, G3, Owns}) end,
    p(try ets:insert(inherit, {z, z}) catch error:badarg:St0 -> [{_, _, _, I} | _] = St0, I end),
    P3 ! go,
    receive {'DOWN', M3, _, _, _} -> ok end,
    p([I || {K, _} = I <- ets:info(inherit), not lists:member(K, [id, memory, owner, heir])]),
    p({ets:info(inherit, owner) =:= Self, ets:info(inherit, heir) =:= Self}),
    %% Access from another process.
    Priv = ets:new(priv, [named_table, private]),
    Prot = ets:new(prot, [named_table, protected]),
    Pub = ets:new(pub, [named_table, public]),
    [ets:insert(T, {a, 1}) || T <- [Priv, Prot, Pub]],
    Try = fun(F) -> try F() catch error:badarg:St -> [{_, _, _, Info} | _] = St, proplists:get_value(error_info, Info) end end,
    spawn(fun() ->
        R = [Try(fun() -> ets:lookup(T, a) end) || T <- [priv, prot, pub]]
            ++ [Try(fun() -> ets:insert(T, {b, 2}) end) || T <- [priv, prot, pub]]
            ++ [Try(fun() -> ets:info(priv, size) end), Try(fun() -> ets:info(priv) =/= undefined end)],
        Self ! {access, R} end),
    receive {access, R} -> p(R) end,
    p(lists:sort(ets:tab2list(pub))),
    p([ets:info(T, protection) || T <- [priv, prot, pub]]),
    p(ets:setopts(pub, {protection, private})),
    p(ets:info(pub, protection)),
    ok.

p(T) -> io:format("~p~n", [T]).
