#!/usr/bin/env escript
-module(sup_bridge).
-mode(compile).
-export([main/1, init/1, terminate/2, loop/1]).
%% supervisor_bridge: a plain process in a supervision tree. The bridge
%% stops with its process, and calls Mod:terminate/2 when the supervisor
%% stops it. Plus its format_log/2 in single-line form.
main(_) ->
    register(tester, self()),
    process_flag(trap_exit, true),
    %% The bridge whose init fails exits with that reason: silence its
    %% crash report (it shows heap sizes).
    logger:set_primary_config(level, none),
    io:format("ignore: ~p~n", [supervisor_bridge:start_link(?MODULE, ignore)]),
    receive {'EXIT', _, R} -> io:format("  exit: ~p~n", [R]) end,
    io:format("error: ~p~n", [supervisor_bridge:start_link(?MODULE, fail)]),
    receive {'EXIT', _, R0} -> io:format("  exit: ~p~n", [R0]) end,
    {ok, B} = supervisor_bridge:start_link({local, bridge}, ?MODULE, one),
    io:format("events: ~p~n", [events()]),
    io:format("which_children: ~p~n", [supervisor:which_children(bridge)]),
    io:format("other call: ~p~n", [gen_server:call(bridge, hello)]),
    gen_server:cast(bridge, hello),
    bridge ! hello,
    Ref = monitor(process, B),
    exit(B, shutdown),
    receive {'DOWN', Ref, _, _, R1} -> io:format("bridge down: ~p~n", [R1]) end,
    io:format("events: ~p~n", [events()]),
    {ok, B2} = supervisor_bridge:start_link(?MODULE, two),
    _ = events(),
    Ref2 = monitor(process, B2),
    child_of(B2) ! {exit, normal},
    receive {'DOWN', Ref2, _, _, R2} -> io:format("bridge down: ~p~n", [R2]) end,
    io:format("events: ~p~n", [events()]),
    Prog = #{label => {supervisor, progress},
             report => [{supervisor, {local, bridge}}, {started, [{pid, the_pid}, {mfa, {m, init, [[a, b]]}}]}]},
    Err = #{label => {supervisor, error},
            report => [{supervisor, {local, bridge}}, {errorContext, child_terminated},
                       {reason, {bad, [1, 2, 3]}}, {offender, [{pid, the_pid}, {mod, m}]}]},
    [io:format("~p:~n~ts~n", [O, supervisor_bridge:format_log(Rep, O)])
     || Rep <- [Prog, Err], O <- [#{}, #{single_line => true}, #{single_line => true, depth => 2}]],
    ok.

child_of(B) ->
    {links, Links} = process_info(B, links),
    hd([P || P <- Links, P =/= self()]).

events() ->
    receive {event, E} -> [E | events()] after 0 -> [] end.


init(ignore) -> ignore;
init(fail) -> {error, no_good};
init(Tag) ->
    Pid = spawn_link(?MODULE, loop, [Tag]),
    tester ! {event, {init, Tag}},
    {ok, Pid, {state_of, Tag}}.

terminate(Reason, State) ->
    tester ! {event, {terminate, Reason, State}}.

loop(Tag) ->
    receive
        {exit, R} -> exit(R);
        _ -> loop(Tag)
    end.
