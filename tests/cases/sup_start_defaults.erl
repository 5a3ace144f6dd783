#!/usr/bin/env escript
-module(sup_start_defaults).
-mode(compile).
-export([main/1, init/1, start_worker/1, worker/1]).
%% A supervisor started with map and tuple child specs: the defaults OTP
%% fills in (get_childspec), which_children order (last started first),
%% count_children, and start_link/2 (no name).
main(_) ->
    {ok, Sup} = supervisor:start_link({local, the_sup}, ?MODULE, specs),
    io:format("registered: ~p~n", [whereis(the_sup) =:= Sup]),
    io:format("which_children: ~p~n", [strip(supervisor:which_children(the_sup))]),
    io:format("count_children: ~p~n", [supervisor:count_children(the_sup)]),
    [io:format("get_childspec ~p: ~p~n", [Id, supervisor:get_childspec(the_sup, Id)])
     || Id <- [a, b, c, d, nope]],
    {ok, Sup2} = supervisor:start_link(?MODULE, tuple_flags),
    io:format("unnamed: ~p ~p~n", [is_pid(Sup2), supervisor:which_children(Sup2)]),
    io:format("count_children: ~p~n", [supervisor:count_children(Sup2)]),
    io:format("callback: ~p~n", [supervisor:get_callback_module(Sup)]),
    io:format("callback: ~p~n", [supervisor:get_callback_module(Sup2)]),
    io:format("ignore: ~p~n", [supervisor:start_link(?MODULE, ignore)]),
    ok.

strip(Children) ->
    [{Id, is_pid(P), T, M} || {Id, P, T, M} <- Children].

init(specs) ->
    {ok, {#{},
          [#{id => a, start => {?MODULE, start_worker, [a]}},
           #{id => b, start => {?MODULE, start_worker, [b]}, type => supervisor},
           {c, {?MODULE, start_worker, [c]}, transient, 300, worker, dynamic},
           #{id => d, start => {?MODULE, start_worker, [d]}, restart => temporary,
             shutdown => brutal_kill, modules => [x, y]}]}};
init(tuple_flags) ->
    {ok, {{rest_for_one, 3, 7}, []}};
init(ignore) ->
    ignore.

start_worker(Tag) ->
    {ok, spawn_link(?MODULE, worker, [Tag])}.

worker(_Tag) ->
    receive stop -> ok end.
