#!/usr/bin/env escript
%% gen_event: handlers added with and without ids (newest first), notify,
%% sync_notify, call, info messages, delete_handler's return, swaps (the
%% old terminate result reaches the new init), remove_handler, a crashing
%% handler removed with OTP's report, bad returns, a handler without
%% handle_info, supervised handlers and gen_event_EXIT, the sys protocol
%% (get_state, replace_state, change_code, get_status), stop.
%% Reports are printed by a logger handler that runs in the manager, so
%% their order is fixed.
-module(gen_event_basics).
-mode(compile).
-export([main/1, init/1, handle_event/2, handle_call/2, handle_info/2, terminate/2,
         code_change/3, log/2]).

log(#{msg := {report, R}, meta := #{report_cb := Cb}}, _) when is_function(Cb, 2) ->
    io:format("REPORT ~ts~n", [Cb(R, #{})]);
log(#{level := L, msg := M}, _) ->
    io:format("LOG ~p ~p~n", [L, M]).

init({swapped_in, {Args, Old}}) -> io:format("init swapped ~p ~p~n", [Args, Old]), {ok, {swapped, Old}};
init(bad) -> {error, nope};
init(crash) -> error(init_crash);
init(hib) -> {ok, hib_state, hibernate};
init(N) -> {ok, N}.

handle_event(crash, _) -> error(event_crash);
handle_event(bad_return, _) -> what;
handle_event(remove_me, S) -> {ok, S};
handle_event({remove, S}, S) -> remove_handler;
handle_event({swap, S}, S) -> {swap_handler, swap_args, {old, S}, ?MODULE, {swapped_in, new}};
handle_event(E, S) -> io:format("handler ~p got ~p~n", [S, E]), {ok, S}.

handle_call(get, S) -> {ok, S, S};
handle_call({set, V}, _) -> {ok, ok, V};
handle_call(remove, S) -> {remove_handler, {removed, S}};
handle_call(crash, _) -> error(call_crash);
handle_call(X, S) -> {ok, {unknown, X}, S}.

handle_info(I, S) -> io:format("handler ~p info ~p~n", [S, I]), {ok, S}.

terminate(Args, S) -> io:format("terminate ~p ~p~n", [Args, S]), {terminated, S}.

code_change(Old, S, Extra) -> {ok, {changed, Old, S, Extra}}.

main(_) ->
    ok = logger:remove_handler(default),
    ok = logger:add_handler(print, ?MODULE, #{}),
    {ok, M} = gen_event:start_link({local, evm}),
    io:format("~p~n", [gen_event:which_handlers(evm)]),
    ok = gen_event:add_handler(evm, ?MODULE, 1),
    ok = gen_event:add_handler(evm, {?MODULE, a}, 2),
    ok = gen_event:add_handler(evm, {?MODULE, b}, 3),
    io:format("~p~n", [gen_event:add_handler(evm, {?MODULE, c}, bad)]),
    {'EXIT', {init_crash, _}} = gen_event:add_handler(evm, {?MODULE, d}, crash),
    io:format("~p~n", [gen_event:which_handlers(evm)]),
    ok = gen_event:notify(evm, hello),
    ok = gen_event:sync_notify(evm, world),
    io:format("~p~n", [[gen_event:call(evm, H, get) || H <- [?MODULE, {?MODULE, a}, {?MODULE, b}]]]),
    io:format("~p~n", [gen_event:call(evm, {?MODULE, zz}, get)]),
    io:format("~p~n", [gen_event:call(evm, ?MODULE, {set, 10})]),
    M ! some_info,
    ok = gen_event:sync_notify(evm, after_info),
    io:format("delete: ~p~n", [gen_event:delete_handler(evm, {?MODULE, a}, bye)]),
    io:format("delete missing: ~p~n", [gen_event:delete_handler(evm, {?MODULE, a}, bye)]),
    io:format("swap: ~p~n", [gen_event:swap_handler(evm, {{?MODULE, b}, sw1}, {{?MODULE, s}, {swapped_in, x}})]),
    io:format("~p~n", [gen_event:which_handlers(evm)]),
    ok = gen_event:sync_notify(evm, {remove, 10}),
    io:format("~p~n", [gen_event:which_handlers(evm)]),
    ok = gen_event:add_handler(evm, {?MODULE, e}, 5),
    ok = gen_event:sync_notify(evm, {swap, 5}),
    io:format("~p~n", [gen_event:which_handlers(evm)]),
    ok = gen_event:sync_notify(evm, crash),
    io:format("after crash: ~p~n", [gen_event:which_handlers(evm)]),
    ok = gen_event:add_handler(evm, {?MODULE, f}, 6),
    ok = gen_event:add_handler(evm, {?MODULE, g}, 7),
    io:format("call remove: ~p~n", [gen_event:call(evm, {?MODULE, f}, remove)]),
    io:format("call crash: ~p~n", [gen_event:call(evm, {?MODULE, g}, crash)]),
    ok = gen_event:add_handler(evm, {?MODULE, h}, 8),
    ok = gen_event:sync_notify(evm, bad_return),
    io:format("~p~n", [gen_event:which_handlers(evm)]),
    ok = gen_event:add_handler(evm, {?MODULE, i}, 9),
    io:format("state: ~p~n", [sys:get_state(evm)]),
    sys:replace_state(evm, fun({Mod, i, S}) -> {Mod, i, S * 100}; (T) -> T end),
    io:format("replaced: ~p~n", [sys:get_state(evm)]),
    ok = sys:suspend(evm),
    ok = sys:change_code(evm, ?MODULE, "1", extra),
    ok = sys:resume(evm),
    io:format("changed: ~p~n", [sys:get_state(evm)]),
    {status, _, {module, gen_event}, [_PDict, SysState, Parent, _Dbg, Items]} = sys:get_status(evm),
    io:format("status ~p ~p~n~p~n", [SysState, Parent =:= self(), Items]),
    %% Supervised handlers: the owner is linked and told when it goes.
    Self = self(),
    Owner = spawn(fun() ->
                          ok = gen_event:add_sup_handler(evm, {?MODULE, sup1}, 11),
                          ok = gen_event:add_sup_handler(evm, {?MODULE, sup2}, 12),
                          Self ! added,
                          receive go -> ok end,
                          gen_event:delete_handler(evm, {?MODULE, sup1}, del),
                          receive {gen_event_EXIT, H, R} -> Self ! {exit_msg, H, R} end,
                          receive stop -> ok end
                  end),
    receive added -> ok end,
    {links, Links} = process_info(Owner, links),
    io:format("owner linked to manager: ~p~n", [lists:member(M, Links)]),
    Owner ! go,
    receive {exit_msg, _, _} = X -> io:format("~p~n", [X]) end,
    exit(Owner, kill),
    ok = gen_event:sync_notify(evm, owner_gone),
    io:format("~p~n", [gen_event:which_handlers(evm)]),
    io:format("stop: ~p~n", [gen_event:stop(evm)]),
    io:format("whereis: ~p~n", [whereis(evm)]),
    unlink(M),
    {ok, P2} = gen_event:start(),
    io:format("~p~n", [catch gen_event:call(P2, nobody, get)]),
    gen_event:stop(P2),
    io:format("~p~n", [catch gen_event:which_handlers(P2)]),
    ok.
