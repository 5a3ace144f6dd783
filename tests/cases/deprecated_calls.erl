#!/usr/bin/env escript
%% Calls of functions OTP 25 marks deprecated or removed get erl_lint's
%% warnings (also for auto-imported BIFs called without erlang:); a
%% -compile option turns them off for the functions or modules it lists.
%% erlang:now/0 still works; removed functions are undefined.
-module(deprecated_calls).
-mode(compile).
-compile({nowarn_deprecated_function, [{erlang, phash, 2}]}).
-compile({nowarn_removed, [filename]}).

main(_) ->
    A = now(),
    B = erlang:now(),
    F = fun erlang:now/0,
    C = erlang:phash(a, 10),
    D = queue:lait(queue:from_list([1, 2])),
    G = (catch erlang:hash(a, 1)),
    H = (catch erlang:get_stacktrace()),
    I = (catch filename:safe_relative_path("a")),
    J = fun() -> random:uniform() end,
    io:format("~p~n", [[is_tuple(A), is_tuple(B), B > A, is_function(F), C, queue:to_list(D)]]),
    [io:format("~p~n", [element(1, element(2, X))]) || X <- [G, H, I]],
    true = is_function(J),
    ok.
