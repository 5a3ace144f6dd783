#!/usr/bin/env escript
%% What gen_server:start returns for each kind of init/1 result, and that
%% the name is free again after a failed start.
-module(gs_init_returns).
-behaviour(gen_server).
-mode(compile).
-export([main/1, init/1, handle_call/3, handle_cast/2, handle_continue/2, handle_info/2]).

main(_) ->
    logger:set_primary_config(level, none),
    Show = fun(Arg) ->
                   R = gen_server:start({local, srv}, ?MODULE, Arg, []),
                   io:format("~p -> ~p~n", [Arg, shape(R)]),
                   case R of
                       {ok, P} -> gen_server:stop(P);
                       _ -> ok
                   end,
                   io:format("  name free -> ~p~n", [whereis(srv)])
           end,
    lists:foreach(Show, [ok, continue, timeout, ignore, stop, bad, throw_ok, throw_bad,
                         error, exit, hibernate]),
    {ok, P} = gen_server:start(?MODULE, continue, []),
    io:format("continue ran first -> ~p~n", [gen_server:call(P, get)]),
    {ok, P2} = gen_server:start(?MODULE, timeout, []),
    io:format("init timeout fired -> ~p~n", [gen_server:call(P2, get)]),
    io:format("start timeout -> ~p~n", [gen_server:start(?MODULE, slow, [{timeout, 50}])]),
    process_flag(trap_exit, true),
    io:format("start_link error -> ~p~n", [(catch gen_server:start_link(?MODULE, stop, []))]),
    receive {'EXIT', _, R} -> io:format("got EXIT ~p~n", [R]) after 0 -> io:format("no EXIT (not trapping)~n") end,
    io:format("start_monitor -> ~p~n", [shape(gen_server:start_monitor(?MODULE, ok, []))]).

shape({ok, P}) when is_pid(P) -> {ok, pid};
shape({ok, {P, R}}) when is_pid(P), is_reference(R) -> {ok, {pid, ref}};
shape({error, {E, [{M, F, A, _} | _]}}) -> {error, {E, [{M, F, A} | '...']}};
shape(Other) -> Other.

init(ok) -> {ok, init};
init(continue) -> {ok, init, {continue, more}};
init(timeout) -> {ok, init, 0};
init(hibernate) -> {ok, init, hibernate};
init(ignore) -> ignore;
init(stop) -> {stop, no_way};
init(bad) -> what;
init(throw_ok) -> throw({ok, thrown});
init(throw_bad) -> throw(oops);
init(error) -> error(broken);
init(exit) -> exit(gone);
init(slow) -> receive after 1000 -> {ok, slow} end.

handle_continue(more, init) -> {noreply, continued}.

handle_call(get, _From, S) -> {reply, S, S}.

handle_cast(_, S) -> {noreply, S}.

handle_info(timeout, init) -> {noreply, timed_out}.
