#!/usr/bin/env escript
-module(prog_bank_records).
-mode(compile).
-export([main/1]).
-export([deposit/2, withdraw/2]).
-record(account, {id, owner, balance = 0, history = []}).
deposit(A = #account{balance = B, history = H}, Amt) when Amt > 0 ->
    {ok, A#account{balance = B + Amt, history = [{deposit, Amt} | H]}};
deposit(_, Amt) -> {error, {invalid_amount, Amt}}.
withdraw(A = #account{balance = B, history = H}, Amt) when Amt =< B ->
    {ok, A#account{balance = B - Amt, history = [{withdraw, Amt} | H]}};
withdraw(#account{balance = B}, Amt) -> {error, {insufficient, B, Amt}}.
run(A, []) -> A;
run(A, [{Op, Amt} | Rest]) ->
    case ?MODULE:Op(A, Amt) of
        {ok, A2} -> run(A2, Rest);
        {error, E} -> io:format("error: ~p~n", [E]), run(A, Rest)
    end.
main(_) ->
    A0 = #account{id = 1, owner = "Ann"},
    A = run(A0, [{deposit, 100}, {withdraw, 30}, {withdraw, 500}, {deposit, -5}, {deposit, 12}]),
    io:format("~p~n", [A]),
    io:format("balance: ~w~n", [A#account.balance]),
    io:format("~p~n", [lists:reverse(A#account.history)]),
    io:format("~10s|~8.2f|~n", [A#account.owner, A#account.balance / 1]).
