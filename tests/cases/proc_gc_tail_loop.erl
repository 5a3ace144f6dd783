#!/usr/bin/env escript
%% A loop of tail calls that builds a new term each time and keeps no frame
%% still collects its garbage: its heap stays small.
-module(proc_gc_tail_loop).
-mode(compile).
-export([main/1]).

main(_) ->
    Self = self(),
    spawn(fun() ->
                  ok = loop(1000000, []),
                  {total_heap_size, S} = process_info(self(), total_heap_size),
                  Self ! {heap_stays_small, S < 100000}
          end),
    receive R -> io:format("~p~n", [R]) end,
    io:format("~p~n", [map_size(maps(1, 3000, #{}))]).

loop(0, _) -> ok;
loop(N, _) -> loop(N - 1, [N, N, N]).

maps(I, N, M) when I > N -> M;
maps(I, N, M) -> maps(I + 1, N, M#{I => I}).
