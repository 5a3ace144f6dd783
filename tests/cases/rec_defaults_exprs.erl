#!/usr/bin/env escript
-module(rec_defaults_exprs).
-mode(compile).
-export([main/1]).
-record(cfg, {name = default_name(), size = 2 * 8, tags = [a, b], sub = #{k => v}, none}).
default_name() -> "generated".
main(_) ->
    C = #cfg{},
    io:format("~p~n", [C]),
    io:format("~p~n", [C#cfg.size]),
    io:format("~p~n", [C#cfg.none]),
    C2 = C#cfg{tags = [c | C#cfg.tags]},
    io:format("~p~n", [C2#cfg.tags]),
    Cs = [#cfg{size = N} || N <- [1, 2, 3]],
    io:format("~p~n", [[X#cfg.size || X <- Cs]]),
    io:format("~p~n", [lists:map(fun(#cfg{size = S}) -> S * 10 end, Cs)]),
    M = #{rec => C2},
    #{rec := #cfg{name = N}} = M,
    io:format("~p~n", [N]),
    io:format("~p~n", [[is_record(X, cfg) || X <- [C, {cfg}, {cfg, 1, 2, 3, 4, 5}]]]).
