#!/usr/bin/env escript
-module(mon_multiple_watchers).
-mode(compile).
-export([main/1]).
main(_) ->
    Me = self(),
    Target = spawn(fun() -> receive stop -> exit(target_done) end end),
    Watchers = [spawn(fun() ->
                        R = monitor(process, Target),
                        Me ! {watching, I},
                        receive {'DOWN', R, process, Target, W} -> Me ! {saw, I, W} end
                      end) || I <- lists:seq(1, 5)],
    [receive {watching, I} -> ok end || I <- lists:seq(1, 5)],
    {monitored_by, By} = process_info(Target, monitored_by),
    io:format("monitored by all: ~p~n", [lists:sort(By) =:= lists:sort(Watchers)]),
    Target ! stop,
    Saw = lists:sort([receive {saw, I, W} -> {I, W} end || _ <- Watchers]),
    io:format("~p~n", [Saw]).
