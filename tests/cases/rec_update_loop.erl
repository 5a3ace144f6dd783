#!/usr/bin/env escript
-module(rec_update_loop).
-mode(compile).
-export([main/1]).
-record(acct, {id, balance = 0, history = [], frozen = false, limits = #{daily => 1000}}).
-record(stats, {n = 0, sum = 0, min, max, by_kind = #{}}).
apply_tx({deposit, Amt}, A = #acct{frozen = false, balance = B, history = H}) when Amt > 0 ->
    A#acct{balance = B + Amt, history = [{dep, Amt} | H]};
apply_tx({withdraw, Amt}, A = #acct{frozen = false, balance = B, history = H, limits = #{daily := L}})
  when Amt =< B, Amt =< L ->
    A#acct{balance = B - Amt, history = [{wd, Amt} | H]};
apply_tx(freeze, A) -> A#acct{frozen = true, history = [frozen | A#acct.history]};
apply_tx(thaw, A) -> A#acct{frozen = false, history = [thawed | A#acct.history]};
apply_tx({limit, L}, A = #acct{limits = Ls}) -> A#acct{limits = Ls#{daily := L}};
apply_tx(Tx, A) -> A#acct{history = [{rejected, Tx} | A#acct.history]}.
stat(#stats{n = N, sum = S, min = Mn, max = Mx, by_kind = K} = St, {Kind, V}) ->
    St#stats{n = N + 1, sum = S + V,
             min = case Mn of undefined -> V; _ -> min(Mn, V) end,
             max = if Mx =:= undefined -> V; V > Mx -> V; true -> Mx end,
             by_kind = maps:update_with(Kind, fun(C) -> C + 1 end, 1, K)}.
main(_) ->
    Txs = [{deposit, 500}, {withdraw, 200}, {withdraw, 900}, {deposit, -5}, freeze, {deposit, 100},
           thaw, {deposit, 2000}, {withdraw, 1500}, {limit, 2000}, {withdraw, 1500}, bogus],
    Final = lists:foldl(fun apply_tx/2, #acct{id = 1}, Txs),
    io:format("~p~n", [Final#acct{history = length(Final#acct.history)}]),
    [io:format("  ~p~n", [H]) || H <- lists:reverse(Final#acct.history)],
    Accts = [lists:foldl(fun apply_tx/2, #acct{id = I}, [{deposit, I * 100} || _ <- lists:seq(1, I)]) || I <- lists:seq(1, 5)],
    io:format("~p~n", [[{A#acct.id, A#acct.balance} || A <- Accts]]),
    Rich = [A#acct.id || A = #acct{balance = B} <- Accts, B > 500],
    io:format("~p~n", [Rich]),
    S = lists:foldl(fun(X, St) -> stat(St, X) end, #stats{},
                    [{K, V} || {K, V} <- [{dep, Amt} || {dep, Amt} <- Final#acct.history] ++ [{wd, Amt} || {wd, Amt} <- Final#acct.history]]),
    io:format("~p~n", [S]),
    Loop = fun L(0, R) -> R; L(N, R = #stats{n = C}) -> L(N - 1, R#stats{n = C + 1, sum = R#stats.sum + N}) end,
    io:format("~p~n", [Loop(100000, #stats{})]),
    io:format("~p~n", [(lists:last(Accts))#acct.limits]).
