#!/usr/bin/env escript
-module(sup_init_errors).
-mode(compile).
-export([main/1, init/1]).
%% What supervisor:start_link returns when init/1 gives bad flags, bad
%% child specs or a bad return value. (The supervisor then exits with that
%% reason; its crash report is silenced.)
main(_) ->
    logger:set_primary_config(level, none),
    process_flag(trap_exit, true),
    Cases = [{bad_strategy, #{strategy => one_for_some}, []},
             {bad_intensity, #{intensity => -1}, []},
             {bad_period, #{period => 0}, []},
             {bad_auto_shutdown, #{auto_shutdown => sometimes}, []},
             {bad_tuple, {one_for_one, 1}, []},
             {bad_tuple_period, {one_for_all, 1, x}, []},
             {bad_type, flags, []},
             {bad_spec, #{}, [#{id => a}]},
             {duplicate, #{}, [#{id => a, start => {m, f, []}}, #{id => a, start => {m, g, []}}]},
             {significant_never, #{}, [#{id => a, start => {m, f, []}, significant => true}]},
             {simple_two_specs, #{strategy => simple_one_for_one},
              [#{id => a, start => {m, f, []}}, #{id => b, start => {m, f, []}}]},
             {simple_no_spec, #{strategy => simple_one_for_one}, []},
             {simple_bad_spec, #{strategy => simple_one_for_one}, [#{id => a, start => x}]}],
    [begin
         R = supervisor:start_link(?MODULE, {Flags, Specs}),
         io:format("~p: ~p~n", [Name, R]),
         wait_exit()
     end || {Name, Flags, Specs} <- Cases],
    io:format("bad_return: ~p~n", [supervisor:start_link(?MODULE, bad_return)]),
    wait_exit(),
    io:format("bad_return2: ~p~n", [supervisor:start_link(?MODULE, {ok, bad})]),
    wait_exit(),
    io:format("ignore: ~p~n", [supervisor:start_link({local, s}, ?MODULE, ignore)]),
    wait_exit(),
    io:format("registered after ignore: ~p~n", [whereis(s)]),
    {ok, _} = supervisor:start_link({local, s}, ?MODULE, {#{}, []}),
    io:format("already_started: ~p~n",
              [element(1, element(2, supervisor:start_link({local, s}, ?MODULE, {#{}, []})))]),
    flush(),
    ok.

%% The supervisor that failed to start exits (after start_link returned).
wait_exit() ->
    receive {'EXIT', _, Reason} -> io:format("  exit: ~p~n", [Reason]) end.

%% Nothing else is expected.
flush() ->
    receive {'EXIT', _, Reason} -> io:format("  exit: ~p~n", [Reason]), flush()
    after 0 -> ok
    end.

init(bad_return) -> {ok, bad, return};
init({ok, bad}) -> {ok, bad};
init(ignore) -> ignore;
init({Flags, Specs}) -> {ok, {Flags, Specs}}.
