#!/usr/bin/env escript
-module(prog_worker_pool).
-mode(compile).
-export([main/1]).
%% A pool of 4 workers pulling jobs from a dispatcher until it runs dry.
worker(Id, Dispatcher, Collector) ->
    Dispatcher ! {want_job, self()},
    receive
        {job, N} -> Collector ! {result, N, N * N, Id}, worker(Id, Dispatcher, Collector);
        no_more -> Collector ! {worker_done, Id}
    end.
dispatcher([]) ->
    receive {want_job, W} -> W ! no_more, dispatcher([]) end;
dispatcher([J | Js]) ->
    receive {want_job, W} -> W ! {job, J}, dispatcher(Js) end.
collect(Results, Done, NWorkers) when Done =:= NWorkers -> Results;
collect(Results, Done, NWorkers) ->
    receive
        {result, N, R, Id} -> collect([{N, R, Id} | Results], Done, NWorkers);
        {worker_done, _} -> collect(Results, Done + 1, NWorkers)
    end.
main(_) ->
    Me = self(),
    D = spawn(fun() -> dispatcher(lists:seq(1, 30)) end),
    Ws = [spawn(fun() -> worker(I, D, Me) end) || I <- lists:seq(1, 4)],
    Results = lists:sort(collect([], 0, length(Ws))),
    io:format("~p jobs done~n", [length(Results)]),
    io:format("~p~n", [[{N, R} || {N, R, _} <- Results]]),
    Ids = lists:usort([Id || {_, _, Id} <- Results]),
    io:format("worker ids valid: ~p~n", [Ids -- [1, 2, 3, 4] =:= []]),
    io:format("sum ~p~n", [lists:sum([R || {_, R, _} <- Results])]),
    exit(D, kill).
