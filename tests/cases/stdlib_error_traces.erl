#!/usr/bin/env escript
%% Errors raised inside stdlib functions (a bad argument, a fun that
%% crashes) show OTP 25's frames and lines for lists, proplists, orddict,
%% gb_trees, queue, sets and maps.
-module(stdlib_error_traces).
-mode(compile).
main(_) ->
    F2 = fun(X, A) -> A / X end,
    put(a, a), put(b, b),
    Tests = [fun() -> lists:keysort(0, [{a}]) end, fun() -> lists:keymap(fun(X) -> 1 / X end, 1, [{0}]) end,
             fun() -> proplists:get_value(a, notalist) end,
             fun() -> orddict:fetch(a, []) end, fun() -> gb_trees:get(a, gb_trees:empty()) end,
             fun() -> lists:append(get(a), get(b)) end, fun() -> lists:member(a, b) end, fun() -> lists:reverse(a) end,
             fun() -> lists:flatten(a) end, fun() -> lists:concat([{a}]) end, fun() -> lists:zip([1], [1, 2]) end,
             fun() -> lists:unzip([a]) end, fun() -> lists:delete(a, b) end, fun() -> lists:keystore(a, 1, b, {a}) end,
             fun() -> lists:foldl(fun(_, _) -> throw(x) end, 0, [1]) end, fun() -> lists:mapfoldr(F2, 1, [0]) end,
             fun() -> lists:splitwith(fun(X) -> 1 / X end, [0]) end, fun() -> lists:search(fun(X) -> 1 / X end, [0]) end,
             fun() -> lists:keyreplace(a, 0, [], {}) end,
             fun() -> queue:get(queue:new()) end, fun() -> sets:is_element(a, notaset) end,
             fun() -> string:tokens(notalist, " ") end, fun() -> string:tokens(notalist, " ,") end, fun() -> string:join([a], ",") end,
             fun() -> maps:update_with(a, fun(V) -> V end, #{}) end, fun() -> maps:filtermap(fun(_, V) -> 1 / V end, #{a => 0}) end],
    [try T() catch C:R:S -> io:format("~p ~p ~p~n", [C, R, [{M, Fn, args(A), proplists:get_value(line, Loc)} || {M, Fn, A, Loc} <- lists:sublist(S, 3), M =/= stdlib_error_traces]]) end || T <- Tests].

%% Funs print with numbers that differ between compilers: name them only.
args(A) when is_list(A) -> [case is_function(X) of true -> a_fun; false -> X end || X <- A];
args(A) -> A.
