%% Messages a process sends itself: they come after its own earlier
%% signals to itself (a trapped exit), in the order sent, whichever way
%% self is named, and survive garbage collections while queued.
-module(send_self_order).
-mode(compile).
-export([main/1]).

main(_) ->
    process_flag(trap_exit, true),
    exit(self(), foo),
    self() ! after_exit,
    self() ! {big, lists:seq(1, 20), <<0:800>>, <<"abc">>},
    self() ! [1.5 | 7],
    register(me, self()),
    me ! by_name,
    {me, node()} ! by_name_node,
    erlang:send(self(), via_send2),
    erlang:send(self(), via_send3, [noconnect]),
    flush(),
    T = {lists:seq(1, 1000), make_ref(), #{a => 1.0, b => <<1:300>>}},
    self() ! {keep, T},
    self() ! {later, 2},
    _ = [length(lists:seq(1, 100)) || _ <- lists:seq(1, 2000)],
    receive {later, N} -> io:format("selective first: ~p~n", [N]) end,
    _ = [length(lists:seq(1, 100)) || _ <- lists:seq(1, 2000)],
    receive {keep, T2} -> io:format("kept intact: ~p~n", [T2 =:= T]) end,
    flush().

flush() ->
    receive
        {'EXIT', P, R} -> io:format("~p~n", [{'EXIT', P =:= self(), R}]), flush();
        M -> io:format("~p~n", [M]), flush()
    after 0 -> io:format("empty~n")
    end.
