#!/usr/bin/env escript
-module(mon_alias_taken).
-mode(compile).
-export([main/1]).
%% Whether a message sent to an alias arrives is decided when the owner
%% takes it: one sent while the alias was active but taken after unalias
%% (or after the monitor it belongs to ended) is dropped.
main(_) ->
    A = alias(), A ! hi, R1 = unalias(A),
    io:format("unalias before taking: ~p ~p~n", [R1, flush()]),
    B = alias([reply]), B ! one, B ! two,
    io:format("reply alias: ~p ~p~n", [flush(), unalias(B)]),
    C = alias(), self() ! x, C ! y, unalias(C),
    io:format("mixed: ~p ~p~n", [flush(), unalias(C)]),
    D = alias(), D ! a, D ! b,
    io:format("active: ~p ~p~n", [flush(), unalias(D)]),
    P = spawn(fun() -> receive {R, M} -> R ! M, R ! M end end),
    M = monitor(process, P, [{alias, explicit_unalias}]),
    P ! {M, via},
    receive {'DOWN', M2, process, P, normal} ->
        io:format("down ref equal: ~p~n", [M2 =:= M]),
        M2 ! again
    end,
    io:format("explicit_unalias outlives its monitor: ~p~n", [flush()]),
    M3 = binary_to_term(term_to_binary(M)),
    io:format("decoded equal: ~p~n", [M3 =:= M]),
    M3 ! decoded,
    io:format("decoded still routes: ~p ~p~n", [flush(), unalias(M)]),
    M ! gone,
    io:format("after unalias: ~p~n", [flush()]),
    Q = spawn(fun() -> receive {To, Msg} -> To ! Msg end end),
    N = monitor(process, Q, [{alias, demonitor}]),
    Q ! {N, sent},
    receive {'DOWN', N, process, Q, normal} -> ok end,
    io:format("demonitor alias after DOWN: ~p ~p~n", [flush(), unalias(N)]),
    S = spawn(fun() -> receive go -> ok end end),
    K = monitor(process, S, [{alias, demonitor}]),
    K ! early, true = demonitor(K),
    io:format("demonitored before taking: ~p~n", [flush()]),
    make_ref() ! plain,
    io:format("plain ref: ~p~n", [flush()]),
    S ! go.
flush() -> flush([]).
flush(Acc) -> receive X -> flush([X | Acc]) after 0 -> lists:reverse(Acc) end.
