#!/usr/bin/env escript
-module(proc_spawn_opt).
-mode(compile).
-export([main/1, child/1]).
child(Reason) -> exit(Reason).
main(_) ->
    process_flag(trap_exit, true),
    P = spawn_opt(fun() -> exit(linked) end, [link]),
    io:format("link: ~p~n", [is_pid(P)]),
    receive {'EXIT', P, W1} -> io:format("exit msg: ~p~n", [W1]) end,
    {P2, R2} = spawn_opt(fun() -> exit(monitored) end, [monitor]),
    io:format("monitor: ~p ~p~n", [is_pid(P2), is_reference(R2)]),
    receive {'DOWN', R2, process, P2, W2} -> io:format("down msg: ~p~n", [W2]) end,
    {P3, R3} = spawn_opt(?MODULE, child, [both], [link, monitor]),
    receive {'EXIT', P3, W3} -> io:format("both exit: ~p~n", [W3]) end,
    receive {'DOWN', R3, process, P3, W4} -> io:format("both down: ~p~n", [W4]) end,
    P4 = spawn_opt(?MODULE, child, [plain], []),
    io:format("plain: ~p~n", [is_pid(P4)]),
    receive Any -> io:format("unexpected ~p~n", [Any]) after 50 -> io:format("no message from plain~n") end.
