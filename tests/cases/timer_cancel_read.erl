#!/usr/bin/env escript
-module(timer_cancel_read).
-mode(compile).
-export([main/1]).
main(_) ->
    T = erlang:send_after(10000, self(), never),
    Left = erlang:read_timer(T),
    io:format("read: ~p ~p~n", [is_integer(Left), Left > 0 andalso Left =< 10000]),
    C = erlang:cancel_timer(T),
    io:format("cancel: ~p ~p~n", [is_integer(C), C > 0 andalso C =< 10000]),
    io:format("cancel again: ~p~n", [erlang:cancel_timer(T)]),
    io:format("read cancelled: ~p~n", [erlang:read_timer(T)]),
    T2 = erlang:send_after(5, self(), fired),
    receive fired -> ok end,
    io:format("cancel fired: ~p~n", [erlang:cancel_timer(T2)]),
    io:format("read fired: ~p~n", [erlang:read_timer(T2)]),
    T3 = erlang:start_timer(10000, self(), never),
    io:format("~p~n", [is_integer(erlang:cancel_timer(T3))]),
    receive never -> io:format("wrong~n") after 0 -> io:format("nothing delivered~n") end,
    io:format("~p~n", [erlang:cancel_timer(make_ref())]),
    T4 = erlang:send_after(10000, self(), x),
    io:format("async: ~p~n", [erlang:cancel_timer(T4, [{async, false}, {info, false}])]),
    io:format("~p~n", [erlang:read_timer(T4)]).
