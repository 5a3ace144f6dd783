#!/usr/bin/env escript
-module(err_stacktrace_shapes).
-mode(compile).
-export([main/1]).
id(X) -> X.
only_one(1) -> ok.
local_fail(X) -> id(X) + 1.
main(_) ->
    try local_fail(id(a)) catch error:badarith:S1 -> io:format("~p~n", [length(S1) > 1]) end,
    try only_one(id(2)) catch error:function_clause:S2 -> io:format("~p~n", [hd(S2)]) end,
    try atom_to_list(id(1)) catch error:badarg:S3 -> io:format("~p~n", [hd(S3)]) end,
    try (id(fun(A) -> {A} end))(1, 2) catch error:{badarity, _}:S4 -> io:format("~p~n", [length(S4) > 0]) end,
    try throw(id(x)) catch throw:x:S5 -> [{M, F, A, Info} | _] = S5, io:format("~p~n", [{M, F, A, Info}]) end,
    try erlang:error(e, [id(1), 2]) catch error:e:S6 -> io:format("~p~n", [hd(S6)]) end,
    try (id(nomod)):f(1) catch error:undef:S7 -> io:format("~p~n", [hd(S7)]) end,
    St = try erlang:error(x) catch _:_:S8 -> S8 end,
    io:format("~p~n", [[is_list(St), is_tuple(hd(St)), tuple_size(hd(St))]]).
