#!/usr/bin/env escript
%% Which processes use old code: one looping in it (a return address or a
%% current function there) does, one that only holds a fun made by it does
%% not.  check_process_code/2 says so, soft_purge refuses while a process
%% uses old code, load_binary purges brutally, and after a purge the held
%% fun raises badfun.
-mode(compile).

main(_) ->
    logger:set_primary_config(level, none),
    B1 = build("v1"),
    {module, k} = code:load_binary(k, "k.beam", B1),
    Looper = spawn(k, loop, []),
    Holder = spawn(fun() -> holder(k:make_fun()) end),
    Idle = spawn(fun() -> receive stop -> ok end end),
    MLoop = monitor(process, Looper),
    MHold = monitor(process, Holder),
    sync(Looper),
    B2 = build("v2"),
    p("load_file v2               -> ~p", [code:load_file(k)]),
    p("check_process_code looper  -> ~p", [erlang:check_process_code(Looper, k)]),
    p("check_process_code holder  -> ~p", [erlang:check_process_code(Holder, k)]),
    p("check_process_code idle    -> ~p", [erlang:check_process_code(Idle, k)]),
    p("soft_purge while used      -> ~p", [code:soft_purge(k)]),
    p("looper alive               -> ~p", [is_process_alive(Looper)]),
    p("load_file again            -> ~p", [code:load_file(k)]),
    p("load_binary purges         -> ~p", [code:load_binary(k, "k.beam", B2)]),
    p("looper down                -> ~p", [down(MLoop)]),
    p("holder alive               -> ~p", [is_process_alive(Holder)]),
    Holder ! {call, self()},
    p("holder calls its fun       -> ~p", [receive {result, R} -> R end]),
    p("holder down                -> ~p", [down(MHold)]),
    p("purge with nothing old     -> ~p", [code:purge(k)]),
    p("k:version()                -> ~p", [k:version()]),
    Idle ! stop,
    ok.

holder(F) ->
    receive
        {call, From} ->
            R = try F() catch C:E -> {C, strip(E)} end,
            From ! {result, R},
            holder(F)
    end.

strip({badfun, F}) when is_function(F) -> {badfun, fun_of_old_code};
strip(E) -> E.

sync(P) ->
    P ! {self(), ping},
    receive {pong, _} -> ok end.

down(M) ->
    receive {'DOWN', M, process, _, Reason} -> Reason after 1000 -> still_alive end.

build(Dir) ->
    {ok, _} = file:copy(filename:join(Dir, "k.erl"), "k.erl"),
    {ok, k} = compile:file("k.erl", [report_errors]),
    {ok, Bin} = file:read_file("k.beam"),
    Bin.

p(Fmt, Args) -> io:format(Fmt ++ "~n", Args).
