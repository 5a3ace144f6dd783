#!/usr/bin/env escript
-module(proc_dictionary_other).
-mode(compile).
-export([main/1]).
main(_) ->
    put(shared, main_value),
    put(counter, 0),
    Me = self(),
    P = spawn(fun() ->
                      Before = get(shared),
                      put(shared, child_value),
                      put(counter, 100),
                      Me ! {child, Before, get(shared), lists:sort(get())}
              end),
    receive {child, B, A, All} ->
            io:format("child before ~p after ~p~n", [B, A]),
            io:format("child dict ~p~n", [All])
    end,
    io:format("main ~p ~p~n", [get(shared), get(counter)]),
    io:format("~p~n", [is_pid(P)]),
    Ps = [spawn(fun() -> put(id, I), [put(id, get(id) + 1) || _ <- lists:seq(1, I)], Me ! {id, I, get(id)} end)
          || I <- lists:seq(1, 4)],
    Res = lists:sort([receive {id, I, V} -> {I, V} end || _ <- Ps]),
    io:format("~p~n", [Res]),
    io:format("main keys ~p~n", [lists:sort(get_keys())]).
