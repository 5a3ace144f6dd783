#!/usr/bin/env escript
-module(sup_start_error_report).
-mode(compile).
-export([main/1, init/1, start/2]).
%% A child that fails to start makes the supervisor stop the children
%% already started (in reverse order), report start_error and fail with
%% {shutdown, {failed_to_start_child, Id, Reason}}.
main(_) ->
    register(tester, self()),
    process_flag(trap_exit, true),
    Results = [error_tuple, bad_value, ignore],
    [begin
         R = supervisor:start_link(?MODULE, How),
         receive {'EXIT', _, _} -> ok after 0 -> ok end,
         logger_std_h:filesync(default),
         io:format("~p: ~p~n", [How, short(R)]),
         io:format("  events: ~p~n", [events()])
     end || How <- Results],
    ok.

short({ok, Pid}) -> {ok, is_pid(Pid)};
short(Other) -> Other.

events() ->
    receive {event, E} -> [E | events()] after 0 -> [] end.

init(How) ->
    {ok, {#{strategy => one_for_one},
          [#{id => first, start => {?MODULE, start, [first, ok]}},
           #{id => second, start => {?MODULE, start, [second, ok]}, shutdown => brutal_kill},
           #{id => third, start => {?MODULE, start, [third, How]}},
           #{id => fourth, start => {?MODULE, start, [fourth, ok]}}]}}.

start(Id, ok) ->
    Pid = spawn_link(fun() ->
                             process_flag(trap_exit, true),
                             receive {'EXIT', _, Why} -> tester ! {event, {stopped, Id, Why}} end
                     end),
    tester ! {event, {started, Id}},
    {ok, Pid};
start(_Id, error_tuple) -> {error, no_resources};
start(_Id, bad_value) -> what;
start(Id, ignore) -> tester ! {event, {ignored, Id}}, ignore.
