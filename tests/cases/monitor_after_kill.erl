#!/usr/bin/env escript
%% A monitor or link asked for right after a kill signal to the same
%% process (so both wait in its queue, behind each other) is answered as
%% one reaching a process that has ended: 'DOWN' with noproc, an exit
%% signal noproc. This is a call to a server that is being killed: it must
%% end, not wait for ever.
-mode(compile).

main(_) ->
    Waiter = fun() -> receive stop -> ok end end,
    A = spawn(Waiter),
    exit(A, kill),
    Ref = erlang:monitor(process, A),
    io:format("monitor: ~p~n", [receive {'DOWN', Ref, process, A, Why} -> Why after 1000 -> timeout end]),
    B = spawn(Waiter),
    exit(B, kill),
    process_flag(trap_exit, true),
    link(B),
    io:format("link: ~p~n", [receive {'EXIT', B, Why2} -> Why2 after 1000 -> timeout end]),
    C = spawn(Waiter),
    exit(C, kill),
    io:format("call: ~p~n", [case catch gen_server:call(C, hello, 1000) of
                                 {'EXIT', {R, _}} -> R;
                                 X -> X
                             end]).
