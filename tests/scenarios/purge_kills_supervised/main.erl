#!/usr/bin/env escript
%% A purge that kills a supervised process: w loops with local calls, so
%% after a reload it runs old code. code:soft_purge/1 refuses and kills
%% nobody; code:purge/1, and the purge done by the next c:l/1, kill it
%% (reason killed); its supervisor restarts it in the current code and
%% it answers again.
-mode(compile).

main(_) ->
    logger:set_primary_config(level, none),
    build("v1", s),
    build("v1", w),
    {ok, Sup} = s:start_link(),
    unlink(Sup),
    P1 = whereis(w),
    p("w version             -> ~p", [w:version(P1)]),
    build("v2", w),
    p("l(w)                  -> ~p", [c:l(w)]),
    p("w old code            -> ~p", [erlang:check_process_code(P1, w)]),
    p("soft_purge(w)         -> ~p", [code:soft_purge(w)]),
    p("w alive, version      -> ~p ~p", [is_process_alive(P1), w:version(P1)]),
    R1 = erlang:monitor(process, P1),
    p("purge(w)              -> ~p", [code:purge(w)]),
    down(R1),
    P2 = restarted(P1),
    p("w version             -> ~p", [w:version(P2)]),
    p("l(w)                  -> ~p", [c:l(w)]),
    R2 = erlang:monitor(process, P2),
    p("l(w) again            -> ~p", [c:l(w)]),
    down(R2),
    P3 = restarted(P2),
    p("w version             -> ~p", [w:version(P3)]),
    p("workers               -> ~p", [proplists:get_value(workers, supervisor:count_children(s))]),
    ok.

down(Ref) ->
    receive {'DOWN', Ref, process, _, Why} -> p("w down                -> ~p", [Why]) end.

%% The supervisor has handled the exit by the time it answers a call.
restarted(Old) ->
    [{w, New, worker, [w]}] = supervisor:which_children(s),
    p("w restarted           -> ~p", [is_pid(New) andalso New =/= Old andalso whereis(w) =:= New]),
    New.

build(Dir, Mod) ->
    Src = atom_to_list(Mod) ++ ".erl",
    {ok, _} = file:copy(filename:join(Dir, Src), Src),
    {ok, Mod} = compile:file(Src, [report_errors]),
    ok.

p(Fmt, Args) -> io:format(Fmt ++ "~n", Args).
