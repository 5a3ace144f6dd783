#!/usr/bin/env escript
%% ETS failures: badarg with the cause OTP records, and the explanations
%% erl_error:format_exception gives for them.
-mode(compile).

main(_) ->
    ets:new(errs, [named_table, {keypos, 2}]),
    ets:insert(errs, {x, k, 1, a}),
    ets:new(errb, [named_table, bag]),
    Self = self(),
    Other = spawn(fun() -> ets:new(priv, [named_table, private]), ets:new(prot, [named_table]),
                           Self ! ready, receive stop -> ok end end),
    receive ready -> ok end,
    Dead = spawn(fun() -> ok end),
    Ref = monitor(process, Dead),
    receive {'DOWN', Ref, _, _, _} -> ok end,
    t(fun() -> ets:lookup(nosuch, 1) end),
    t(fun() -> ets:lookup("str", 1) end),
    t(fun() -> ets:lookup(priv, 1) end),
    t(fun() -> ets:delete(prot, 1) end),
    t(fun() -> ets:insert(errs, {a}) end),
    t(fun() -> ets:insert(errs, foo) end),
    t(fun() -> ets:insert(errs, {}) end),
    t(fun() -> ets:insert(errs, [{a, b}, x]) end),
    t(fun() -> ets:new(errs, [named_table]) end),
    t(fun() -> ets:new(x, [bogus]) end),
    t(fun() -> ets:new("x", []) end),
    t(fun() -> ets:new(x, notlist) end),
    t(fun() -> ets:lookup_element(errs, nokey, 2) end),
    t(fun() -> ets:lookup_element(errs, k, 9) end),
    t(fun() -> ets:lookup_element(errs, k, 0) end),
    t(fun() -> ets:update_counter(errs, nokey, 1) end),
    t(fun() -> ets:update_counter(errs, k, {2, 1}) end),
    t(fun() -> ets:update_counter(errs, k, {9, 1}) end),
    t(fun() -> ets:update_counter(errs, k, {4, 1}) end),
    t(fun() -> ets:update_counter(errs, k, bad) end),
    t(fun() -> ets:update_counter(errb, k, 1) end),
    t(fun() -> ets:update_counter(errs, nokey, 1, {}) end),
    t(fun() -> ets:update_element(errs, k, {2, y}) end),
    t(fun() -> ets:update_element(errs, k, {7, y}) end),
    t(fun() -> ets:update_element(errs, k, bad) end),
    t(fun() -> ets:next(errs, nokey) end),
    t(fun() -> ets:info(errs, bogus) end),
    t(fun() -> ets:select(errs, [bad]) end),
    t(fun() -> ets:give_away(errs, Self, gift) end, no_args),
    t(fun() -> ets:give_away(errs, Dead, gift) end, no_args),
    t(fun() -> ets:give_away(errs, notpid, gift) end),
    t(fun() -> ets:rename(errs, errb) end),
    t(fun() -> ets:rename(errs, "x") end),
    t(fun() -> ets:delete_object(errs, notuple) end),
    t(fun() -> ets:safe_fixtable(errs, maybe) end),
    t(fun() -> ets:whereis("x") end),
    t(fun() -> ets:delete(nosuch) end),
    Other ! stop,
    ok.

t(F) -> t(F, args).

%% no_args: the "called as" line is left out (its arguments hold a pid).
t(F, Args) ->
    try F() of
        V -> io:format("no error: ~p~n", [V])
    catch
        Class:Reason:St ->
            [{M, Fn, A, Info} | _] = St,
            io:format("~p ~p:~p/~p ~p~n", [Reason, M, Fn, length(A), proplists:get_value(error_info, Info)]),
            Trim = fun(Mod, _, _) -> Mod =/= ets end,
            Text = lists:flatten(erl_error:format_exception(Class, Reason, [hd(St)], #{stack_trim_fun => Trim})),
            Lines = [L || L <- string:split(Text, "\n", all), Args =:= args orelse string:find(L, "called as") =:= nomatch],
            io:format("~ts~n", [lists:join("\n", Lines)])
    end.
