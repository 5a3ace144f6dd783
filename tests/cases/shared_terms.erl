#!/usr/bin/env escript
%% persistent_term, atomics and counters: values, ranges, wrap-around,
%% and the explanations erl_erts_errors gives for bad calls.
-mode(compile).

main(_) ->
    p(persistent_term:put(k, {v, [1, 2]})),
    p(persistent_term:get(k)),
    p(persistent_term:put(k, other)),
    p({persistent_term:get(k), persistent_term:get(nok, dflt)}),
    p({persistent_term:erase(k), persistent_term:erase(k)}),
    persistent_term:put({a, b}, 1),
    persistent_term:put(<<"bin">>, 2),
    p(lists:sort([X || {K, _} = X <- persistent_term:get(), K =:= {a, b} orelse K =:= <<"bin">>])),
    p(lists:sort(maps:keys(persistent_term:info()))),
    C = counters:new(3, []),
    ok = counters:add(C, 1, 5), ok = counters:sub(C, 2, 2), ok = counters:put(C, 3, 42),
    p([counters:get(C, I) || I <- [1, 2, 3]]),
    p(counters:info(C)),
    p(element(1, C)),
    W = counters:new(2, [write_concurrency]),
    counters:add(W, 2, 1 bsl 40),
    p({element(1, W), counters:get(W, 2), maps:get(size, counters:info(W))}),
    A = atomics:new(2, [{signed, false}]),
    atomics:add(A, 1, 3), atomics:put(A, 2, 7),
    p({atomics:get(A, 1), atomics:add_get(A, 1, 2), atomics:exchange(A, 2, 9),
       atomics:compare_exchange(A, 2, 9, 10), atomics:compare_exchange(A, 2, 9, 11), atomics:get(A, 2)}),
    p(atomics:info(A)),
    p(atomics:sub(A, 1, 100)),
    p(atomics:get(A, 1)),
    S = atomics:new(1, []),
    atomics:put(S, 1, (1 bsl 63) - 1),
    p({atomics:add_get(S, 1, 1), atomics:sub_get(S, 1, 1), atomics:info(S)}),
    p(is_reference(A)),
    Self = self(),
    spawn(fun() -> atomics:add(A, 2, 5), counters:add(C, 1, 1), Self ! done end),
    receive done -> ok end,
    p({atomics:get(A, 2), counters:get(C, 1)}),
    t(fun() -> persistent_term:get(nok) end),
    t(fun() -> counters:get(C, 4) end),
    t(fun() -> counters:add(C, 1, x) end),
    t(fun() -> counters:add(C, 0, 1) end),
    t(fun() -> counters:get(make_ref(), 1) end),
    t(fun() -> counters:new(0, []) end),
    t(fun() -> counters:new(2, [bad]) end),
    t(fun() -> atomics:put(A, 1, -1) end),
    t(fun() -> atomics:get(A, 3) end),
    t(fun() -> atomics:new(2, [{signed, maybe}]) end),
    t(fun() -> atomics:new(2, nolist) end),
    t(fun() -> atomics:compare_exchange(A, 1, x, 2) end),
    t(fun() -> atomics:info(notref) end),
    t(fun() -> atomics:add(make_ref(), 1, 1) end),
    ok.

p(T) -> io:format("~p~n", [T]).

t(F) ->
    try F() of
        V -> io:format("no error: ~p~n", [V])
    catch
        Class:Reason:St ->
            [{M, Fn, A, Info} | _] = St,
            io:format("~p ~p:~p/~p ~p~n", [Reason, M, Fn, length(A), proplists:get_value(error_info, Info)]),
            Text = lists:flatten(erl_error:format_exception(Class, Reason, [hd(St)])),
            Keep = fun(L) -> string:find(L, "***") =/= nomatch orelse string:find(L, "in function") =/= nomatch end,
            io:format("~ts~n", [lists:join("\n", [L || L <- string:split(Text, "\n", all), Keep(L)])])
    end.
