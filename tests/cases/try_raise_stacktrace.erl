#!/usr/bin/env escript
-module(try_raise_stacktrace).
-mode(compile).
-export([main/1, id/1]).
id(X) -> X.
a(X) -> b(X) + 1.
b(X) -> c(X) * 2.
c(X) -> case ?MODULE:id(X) of 5 -> erlang:error(myerr, [X, extra]); _ -> X end.
frame({M, F, A, Loc}) -> {M, F, if is_list(A) -> {args, A}; true -> A end, lists:keyfind(line, 1, Loc)}.
main(_) ->
    try a(5) catch error:R:St ->
        io:format("~p~n~p~n", [R, frame(hd(St))]),
        io:format("~p~n", [[F || {_, F, _, _} <- lists:sublist(St, 3)]])
    end,
    try error(badthing, none) catch error:R2:St2 -> io:format("~p ~p~n", [R2, frame(hd(St2))]) end,
    try erlang:raise(throw, custom, [{m, f, 1, [{file, "x.erl"}, {line, 9}]}])
    catch throw:C:St3 -> io:format("~p ~p~n", [C, St3]) end,
    try erlang:raise(error, r, [{m, f, [a], []}, {n, g, 2, []}])
    catch error:C4:St4 -> io:format("~p ~p~n", [C4, St4]) end,
    io:format("~p~n", [catch erlang:raise(bad_class, r, [])]),
    io:format("~p~n", [catch erlang:raise(error, r, not_a_list)]),
    Rethrow = fun(F) -> try F() catch Cl:Re:S -> erlang:raise(Cl, {wrapped, Re}, S) end end,
    [begin
         try Rethrow(Fn) catch Cl:Re:S ->
             io:format("~p ~p ~p~n", [Cl, Re, is_atom(element(2, hd(S)))])
         end
     end || Fn <- [fun() -> throw(t) end, fun() -> exit(x) end, fun() -> a(5) end]],
    try lists:map(fun(X) -> 1 / X end, [1, 0]) catch error:badarith:S5 ->
        {M, _, A, _} = hd(S5),
        io:format("~p~n", [{M, A}])
    end,
    try binary_to_atom(id(<<1:1>>)) catch error:E6:S6 -> io:format("~p ~p~n", [E6, element(2, hd(S6))]) end,
    try list_to_integer(id("12x")) catch error:E7:S7 -> {M7, F7, A7, _} = hd(S7), io:format("~p ~p~n", [E7, {M7, F7, A7}]) end.
