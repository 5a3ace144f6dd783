#!/usr/bin/env escript
%% Upgrading a simple_one_for_one supervisor: code_change takes the single
%% new spec as the template (flags replaced too); running children keep
%% their processes and arguments, but a restart or a new start_child uses
%% the new template. A new init with more than one spec is refused
%% ({error, {ok, Children}} from code_change, wrapped by sys).
-mode(compile).

main(_) ->
    logger:set_primary_config(level, none),
    build("v1", wk3), {module, wk3} = code:load_file(wk3),
    build("v1", wpool), {module, wpool} = code:load_file(wpool),
    {ok, Sup} = wpool:start_link(), unlink(Sup),
    {ok, A} = supervisor:start_child(wpool, [a]),
    p("child a                 -> ~p", [tag(A)]),
    p("suspend                 -> ~p", [sys:suspend(wpool)]),
    build("v2", wpool),
    p("load wpool v2           -> ~p", [code:load_file(wpool)]),
    p("change_code             -> ~p", [sys:change_code(wpool, wpool, "1", [])]),
    p("resume                  -> ~p", [sys:resume(wpool)]),
    p("child a same pid        -> ~p", [[A] =:= [P || {_, P, _, _} <- supervisor:which_children(wpool)]]),
    p("child a                 -> ~p", [tag(A)]),
    {ok, B} = supervisor:start_child(wpool, [b]),
    p("child b                 -> ~p", [tag(B)]),
    p("get_childspec(w2)       -> ~p", [supervisor:get_childspec(wpool, w2)]),
    p("intensity               -> ~p", [element(6, sys:get_state(wpool))]),
    Ref = monitor(process, A), exit(A, kill),
    receive {'DOWN', Ref, _, _, _} -> ok end,
    A2 = wait_new(A, B),
    p("a restarted             -> ~p", [tag(A2)]),
    p("count_children          -> ~p", [supervisor:count_children(wpool)]),
    ok = sys:suspend(wpool),
    code:purge(wpool), build("bad", wpool), {module, wpool} = code:load_file(wpool),
    p("change_code (2 specs)   -> ~p", [short(sys:change_code(wpool, wpool, "2", []))]),
    ok = sys:resume(wpool),
    p("count_children          -> ~p", [supervisor:count_children(wpool)]),
    ok.

short({error, {error, {ok, {Ids, _Db}}}}) -> {error, {error, {ok, {Ids, db}}}};
short(X) -> X.

tag(Pid) -> Pid ! {get, self()}, receive {S, Pid} -> S end.

wait_new(Old, Other) ->
    case [P || {_, P, _, _} <- supervisor:which_children(wpool), P =/= Old, P =/= Other] of
        [New] when is_pid(New) -> New;
        _ -> timer:sleep(10), wait_new(Old, Other)
    end.

build(Dir, Mod) ->
    Src = atom_to_list(Mod) ++ ".erl",
    {ok, _} = file:copy(filename:join(Dir, Src), Src),
    {ok, Mod} = compile:file(Src, [report_errors]),
    ok.

p(Fmt, Args) -> io:format(Fmt ++ "~n", Args).
