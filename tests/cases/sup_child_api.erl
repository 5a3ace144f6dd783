#!/usr/bin/env escript
-module(sup_child_api).
-mode(compile).
-export([main/1, init/1, start/1]).
%% start_child / terminate_child / restart_child / delete_child /
%% get_childspec on a one_for_one supervisor, with their error returns.
main(_) ->
    {ok, Sup} = supervisor:start_link({local, sup}, ?MODULE, []),
    Spec = fun(Id, How) -> #{id => Id, start => {?MODULE, start, [How]}} end,
    p("start_child a", supervisor:start_child(sup, Spec(a, ok))),
    p("start_child a again", supervisor:start_child(sup, Spec(a, ok))),
    p("start_child tuple b", supervisor:start_child(sup, {b, {?MODULE, start, [ok]}, transient, 100, worker, []})),
    p("start_child bad spec", supervisor:start_child(sup, #{id => c})),
    p("start_child not a spec", supervisor:start_child(sup, foo)),
    p("start_child error", supervisor:start_child(sup, Spec(c, error))),
    p("start_child bad value", supervisor:start_child(sup, Spec(c, bad_value))),
    p("start_child info", supervisor:start_child(sup, Spec(c, with_info))),
    p("start_child ignore", supervisor:start_child(sup, Spec(d, ignore))),
    p("start_child ignore temporary", supervisor:start_child(sup, (Spec(e, ignore))#{restart => temporary})),
    p("which_children", supervisor:which_children(sup)),
    p("start_child d present", supervisor:start_child(sup, Spec(d, ok))),
    p("restart_child a", supervisor:restart_child(sup, a)),
    p("restart_child nope", supervisor:restart_child(sup, nope)),
    p("delete_child a", supervisor:delete_child(sup, a)),
    p("delete_child nope", supervisor:delete_child(sup, nope)),
    p("terminate_child a", supervisor:terminate_child(sup, a)),
    p("terminate_child a again", supervisor:terminate_child(sup, a)),
    p("restart_child a", supervisor:restart_child(sup, a)),
    p("terminate_child a", supervisor:terminate_child(sup, a)),
    p("delete_child a", supervisor:delete_child(sup, a)),
    p("get_childspec a", supervisor:get_childspec(sup, a)),
    p("restart_child d (ignore)", supervisor:restart_child(sup, d)),
    p("delete_child d", supervisor:delete_child(sup, d)),
    p("terminate_child c", supervisor:terminate_child(sup, c)),
    p("restart_child c", supervisor:restart_child(sup, c)),
    p("terminate_child by pid", supervisor:terminate_child(sup, hd([P || {b, P, _, _} <- supervisor:which_children(sup)]))),
    p("get_childspec b", supervisor:get_childspec(sup, b)),
    p("temporary child", supervisor:start_child(sup, (Spec(t, ok))#{restart => temporary})),
    p("get_childspec t", supervisor:get_childspec(sup, t)),
    p("terminate_child t", supervisor:terminate_child(sup, t)),
    p("get_childspec t", supervisor:get_childspec(sup, t)),
    p("which_children", supervisor:which_children(Sup)),
    p("count_children", supervisor:count_children(Sup)),
    ok.

p(What, Result) ->
    io:format("~s: ~p~n", [What, hide_pids(Result)]).

hide_pids(P) when is_pid(P) -> pid;
hide_pids(T) when is_tuple(T) -> list_to_tuple(hide_pids(tuple_to_list(T)));
hide_pids([H | T]) -> [hide_pids(H) | hide_pids(T)];
hide_pids(M) when is_map(M) -> maps:map(fun(_, V) -> hide_pids(V) end, M);
hide_pids(X) -> X.

init([]) ->
    {ok, {#{}, []}}.

start(ok) -> {ok, spawn_link(fun() -> receive never -> ok end end)};
start(with_info) -> {ok, spawn_link(fun() -> receive never -> ok end end), extra_info};
start(error) -> {error, no_way};
start(bad_value) -> surprise;
start(ignore) -> ignore.
