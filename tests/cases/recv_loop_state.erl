#!/usr/bin/env escript
-module(recv_loop_state).
-mode(compile).
-export([main/1]).
loop(State) ->
    receive
        {push, X} -> loop([X | State]);
        {pop, From} ->
            case State of
                [H | T] -> From ! {popped, H}, loop(T);
                [] -> From ! empty, loop([])
            end;
        {dump, From} -> From ! {state, State}, loop(State);
        stop -> ok
    end.
main(_) ->
    P = spawn(fun() -> loop([]) end),
    [P ! {push, X} || X <- [a, b, c]],
    P ! {pop, self()},
    receive {popped, V} -> io:format("popped ~p~n", [V]) end,
    P ! {dump, self()},
    receive {state, S} -> io:format("state ~p~n", [S]) end,
    P ! {pop, self()}, P ! {pop, self()}, P ! {pop, self()},
    R = [receive {popped, X} -> X; empty -> empty end || _ <- [1, 2, 3]],
    io:format("~p~n", [R]),
    P ! stop.
