#!/usr/bin/env escript
-module(sup_simple_one_for_one).
-mode(compile).
-export([main/1, init/1, start/2, start/3]).
%% simple_one_for_one: children started with extra arguments appended to
%% the template's, listed with id undefined, terminated by pid, restarted
%% with their own arguments; the calls that need an id are refused.
main(_) ->
    register(tester, self()),
    process_flag(trap_exit, true),
    {ok, Sup} = supervisor:start_link({local, pool}, ?MODULE, permanent),
    p("no children", supervisor:which_children(pool)),
    p("start_child [one]", supervisor:start_child(pool, [one])),
    p("start_child [two]", supervisor:start_child(pool, [two])),
    p("start_child [ignore]", supervisor:start_child(pool, [ignore])),
    p("start_child [fail]", supervisor:start_child(pool, [fail])),
    p("start_child [info]", supervisor:start_child(pool, [info])),
    p("start_child [a, b]", short(supervisor:start_child(pool, [a, b]))),
    p("events", events()),
    p("which_children", supervisor:which_children(pool)),
    p("count_children", supervisor:count_children(pool)),
    p("get_childspec x", supervisor:get_childspec(pool, x)),
    p("restart_child", supervisor:restart_child(pool, x)),
    p("delete_child", supervisor:delete_child(pool, x)),
    p("terminate_child by id", supervisor:terminate_child(pool, x)),
    p("terminate_child not ours", supervisor:terminate_child(pool, self())),
    Dead = spawn(fun() -> ok end),
    Ref = monitor(process, Dead),
    receive {'DOWN', Ref, _, _, _} -> ok end,
    p("terminate_child dead pid", supervisor:terminate_child(pool, Dead)),
    [P1 | _] = [P || {_, P, _, _} <- supervisor:which_children(pool)],
    P1 ! {tell, self()},
    Arg = receive {arg, A} -> A end,
    exit(P1, crash),
    receive {event, {start, Arg}} -> ok end,
    logger_std_h:filesync(default),
    p("restarted with its own argument", Arg),
    p("terminate_child by pid", supervisor:terminate_child(pool, hd([P || {_, P, _, _} <- supervisor:which_children(pool)]))),
    p("count_children", supervisor:count_children(pool)),
    Mon = monitor(process, Sup),
    exit(Sup, shutdown),
    receive {'DOWN', Mon, _, _, Why} -> p("supervisor down", Why) end,
    p("stop events", lists:sort(events())),
    {ok, _} = supervisor:start_link({local, temps}, ?MODULE, temporary),
    {ok, T} = supervisor:start_child(temps, [t1]),
    exit(T, crash),
    wait_empty(temps),
    logger_std_h:filesync(default),
    p("temporary child after crash", supervisor:which_children(temps)),
    p("count_children", supervisor:count_children(temps)),
    ok.

short({error, {'EXIT', {undef, [{M, F, A, _} | _]}}}) -> {error, {'EXIT', {undef, [{M, F, A}]}}};
short(X) -> X.

wait_empty(Sup) ->
    case supervisor:which_children(Sup) of
        [] -> ok;
        _ -> timer:sleep(5), wait_empty(Sup)
    end.

p(What, Result) ->
    io:format("~s: ~p~n", [What, hide_pids(Result)]).

hide_pids(P) when is_pid(P) -> pid;
hide_pids(T) when is_tuple(T) -> list_to_tuple(hide_pids(tuple_to_list(T)));
hide_pids([H | T]) -> [hide_pids(H) | hide_pids(T)];
hide_pids(X) -> X.

events() ->
    receive {event, E} -> [E | events()] after 0 -> [] end.

init(Restart) ->
    {ok, {#{strategy => simple_one_for_one, intensity => 3, period => 10},
          [#{id => ignored_id, start => {?MODULE, start, [template_arg]}, restart => Restart,
             shutdown => 500, type => worker}]}}.

start(template_arg, ignore) -> ignore;
start(template_arg, fail) -> {error, failed};
start(template_arg, Arg) ->
    tester ! {event, {start, Arg}},
    Pid = spawn_link(fun() -> process_flag(trap_exit, true), child(Arg) end),
    case Arg of
        info -> {ok, Pid, some_info};
        _ -> {ok, Pid}
    end.

start(template_arg, A, B) -> {error, {unexpected, A, B}}.

child(Arg) ->
    receive
        {tell, To} -> To ! {arg, Arg}, child(Arg);
        {'EXIT', _, R} -> tester ! {event, {stop, Arg, R}}, exit(R)
    end.
