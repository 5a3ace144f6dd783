#!/usr/bin/env escript
-module(rec_funs_in_structs).
-mode(compile).
-export([main/1]).
-record(shape, {name, area, scale = fun(F, K) -> F * K end}).
-record(machine, {state = idle, trans = #{}, log = []}).
mk_circle(R) -> #shape{name = circle, area = fun() -> 3 * R * R end}.
mk_rect(W, H) -> #shape{name = rect, area = fun() -> W * H end, scale = fun(F, K) -> F * K * K end}.
fire(M = #machine{state = S, trans = T, log = L}, Ev) ->
    case maps:find({S, Ev}, T) of
        {ok, {Next, Action}} -> M#machine{state = Next, log = [Action(S, Ev) | L]};
        error -> M#machine{log = [{ignored, S, Ev} | L]}
    end.
main(_) ->
    Shapes = [mk_circle(2), mk_rect(3, 4), #shape{name = unit, area = fun() -> 1 end}],
    [io:format("~p ~p ~p~n", [N, A(), Sc(A(), 2)]) || #shape{name = N, area = A, scale = Sc} <- Shapes],
    Log = fun(From, Ev) -> {From, Ev} end,
    T = #{{idle, coin} => {ready, Log}, {ready, push} => {vending, fun(_, _) -> vend end},
          {vending, done} => {idle, fun(S, _) -> {back_from, S} end}, {ready, refund} => {idle, Log}},
    M = lists:foldl(fun(E, Acc) -> fire(Acc, E) end, #machine{trans = T}, [coin, push, push, done, push, coin, refund]),
    io:format("~p~n~p~n", [M#machine.state, lists:reverse(M#machine.log)]),
    Ops = #{add => fun erlang:'+'/2, sub => fun erlang:'-'/2, pow => fun(A, B) -> round(math:pow(A, B)) end},
    io:format("~p~n", [[{K, (maps:get(K, Ops))(7, 3)} || K <- lists:sort(maps:keys(Ops))]]),
    Dispatch = [{fun is_integer/1, int}, {fun is_atom/1, atom}, {fun(X) -> is_list(X) andalso X =/= [] end, nonempty}],
    Classify = fun(V) -> case [Tag || {P, Tag} <- Dispatch, P(V)] of [] -> other; [Tag | _] -> Tag end end,
    io:format("~p~n", [[Classify(V) || V <- [1, a, [x], [], 2.0]]]),
    Stack = lists:foldl(fun(F, Acc) -> [F(hd(Acc)) | Acc] end, [1], [fun(X) -> X + 1 end, fun(X) -> X * 10 end, fun(X) -> -X end]),
    io:format("~p~n", [Stack]),
    Tup = {fun(X) -> {wrapped, X} end, fun lists:reverse/1},
    io:format("~p ~p~n", [(element(1, Tup))(1), (element(2, Tup))([1, 2])]),
    S2 = (hd(Shapes))#shape{scale = fun(_, _) -> replaced end},
    io:format("~p~n", [(S2#shape.scale)(1, 1)]).
