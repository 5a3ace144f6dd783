#!/usr/bin/env escript
-module(timer_module_send_apply).
-mode(compile).
-export([main/1, notify/2]).
notify(Pid, Msg) -> Pid ! {applied, Msg}.
main(_) ->
    {ok, T} = timer:send_after(10, self(), via_timer),
    io:format("~p~n", [T =/= undefined]),
    receive via_timer -> io:format("via_timer~n") end,
    {ok, _} = timer:send_after(10, via_timer_again),
    receive via_timer_again -> io:format("send_after/2 goes to self~n") end,
    {ok, _} = timer:apply_after(10, ?MODULE, notify, [self(), hello]),
    receive {applied, M} -> io:format("applied ~p~n", [M]) end,
    {ok, T2} = timer:send_after(10000, self(), never),
    io:format("~p~n", [timer:cancel(T2)]),
    receive never -> io:format("wrong~n") after 20 -> io:format("cancelled~n") end,
    {ok, _} = timer:apply_after(0, erlang, send, [self(), direct]),
    receive direct -> io:format("direct~n") end.
