#!/usr/bin/env escript
%% gen_event's rarer paths, each with OTP's frames in the reasons it
%% returns or reports: a terminate that crashes (its {'EXIT', _} is the
%% delete_handler reply), an init that crashes, a swap into a handler
%% whose init fails (reported as OTP does), a handler without
%% handle_info, format_status/1 and /2 in crash reports and in
%% sys:get_status, a failing code_change, supervised handlers whose owner
%% dies, stop with a crashing terminate, sys:trace output, hibernation.
-module(gen_event_edges).
-mode(compile).
-export([main/1, init/1, handle_event/2, handle_call/2, terminate/2, code_change/3,
         format_status/1, log/2]).

log(#{msg := {report, R}, meta := #{report_cb := Cb}}, _) when is_function(Cb, 2) ->
    io:format("REPORT ~ts~n", [Cb(R, #{})]);
log(#{level := L, msg := M}, _) ->
    io:format("LOG ~p ~p~n", [L, M]).

init({fail_init, _}) -> {error, cannot};
init(crash) -> error(init_error);
init(hib) -> {ok, hib, hibernate};
init(S) -> {ok, S}.

handle_event({swap_to_failing, S}, S) -> {swap_handler, a1, S, {?MODULE, failing}, fail_init};
handle_event(crash, S) -> throw({thrown, S});
handle_event(hib, S) -> {ok, S, hibernate};
handle_event(E, S) -> io:format("~p got ~p~n", [S, E]), {ok, S}.

handle_call(hib, S) -> {ok, hibernating, S, hibernate};
handle_call(Q, S) -> {ok, {Q, S}, S}.

terminate(_, crash_in_terminate) -> error(terminate_failed);
terminate(Args, S) -> io:format("terminate ~p ~p~n", [Args, S]), ok.

code_change(_, fail, _) -> {error, no};
code_change(_, S, _) -> {ok, S}.

format_status(#{state := {secret, _}} = St) -> St#{state := hidden};
format_status(St) -> St.

main(_) ->
    ok = logger:remove_handler(default),
    ok = logger:add_handler(print, ?MODULE, #{}),
    {ok, M} = gen_event:start({local, edges}),
    ok = gen_event:add_handler(edges, {?MODULE, t}, crash_in_terminate),
    {Class, {Reason, Stack}} = gen_event:delete_handler(edges, {?MODULE, t}, go),
    io:format("delete with crashing terminate: ~p ~p~n~p~n", [Class, Reason, Stack]),
    io:format("~p~n", [gen_event:add_handler(edges, {?MODULE, c}, crash)]),
    ok = gen_event:add_handler(edges, {?MODULE, s}, 5),
    ok = gen_event:sync_notify(edges, {swap_to_failing, 5}),
    io:format("after failed swap: ~p~n", [gen_event:which_handlers(edges)]),
    ok = gen_event:add_handler(edges, no_info_handler(), x),
    ok = gen_event:add_handler(edges, {?MODULE, secret}, {secret, 1}),
    M ! unexpected_info,
    ok = gen_event:sync_notify(edges, crash),
    io:format("~p~n", [gen_event:which_handlers(edges)]),
    ok = gen_event:add_handler(edges, {?MODULE, secret2}, {secret, 2}),
    {status, _, _, [_, _, _, _, Items]} = sys:get_status(edges),
    io:format("~p~n", [Items]),
    ok = gen_event:add_handler(edges, {?MODULE, f}, fail),
    ok = sys:suspend(edges),
    {error, CCErr} = sys:change_code(edges, ?MODULE, old, extra),
    ok = sys:resume(edges),
    io:format("code_change failure: ~p~n", [CCErr]),
    ok = gen_event:add_handler(edges, {?MODULE, h}, hib),
    io:format("~p~n", [gen_event:call(edges, {?MODULE, h}, hib)]),
    ok = gen_event:sync_notify(edges, hib),
    io:format("~p~n", [gen_event:call(edges, {?MODULE, h}, q)]),
    Self = self(),
    Owner = spawn(fun() ->
                          ok = gen_event:add_sup_handler(edges, {?MODULE, sup}, sup_state),
                          Self ! added,
                          receive stop -> ok end
                  end),
    receive added -> ok end,
    Ref = monitor(process, Owner),
    Owner ! stop,
    receive {'DOWN', Ref, _, _, _} -> ok end,
    ok = gen_event:sync_notify(edges, after_owner),
    io:format("~p~n", [gen_event:which_handlers(edges)]),
    sys:trace(edges, true),
    ok = gen_event:notify(edges, traced),
    _ = gen_event:call(edges, {?MODULE, h}, traced_call),
    sys:trace(edges, false),
    ok = gen_event:add_handler(edges, {?MODULE, t2}, crash_in_terminate),
    io:format("stop: ~p~n", [gen_event:stop(edges)]),
    io:format("~p~n", [catch gen_event:call(M, x, y)]),
    io:format("~p~n", [catch gen_event:sync_notify(M, x)]),
    ok.

%% A handler module without handle_info: this very module's exports do not
%% include it, so the module itself serves.
no_info_handler() -> {?MODULE, no_info}.
