#!/usr/bin/env escript
%% init:restart/0 under escript: the applications are stopped (without
%% reports), every process ends, and the node boots again with the same
%% arguments, which runs the script again from its start. What the first
%% run left behind: its files stay; its processes, ETS tables, loaded
%% modules, persistent terms and application environment do not. The
%% script counts its runs in a file.
-mode(compile).

main(Args) ->
    Run = case file:read_file("run") of
              {ok, B} -> binary_to_integer(B) + 1;
              _ -> 1
          end,
    ok = file:write_file("run", integer_to_binary(Run)),
    io:format("run ~p, args ~p~n", [Run, Args]),
    io:format("  ets t           -> ~p~n", [ets:info(t, size)]),
    io:format("  persistent k    -> ~p~n", [persistent_term:get(k, none)]),
    io:format("  registered srv  -> ~p~n", [whereis(srv)]),
    io:format("  m loaded        -> ~p~n", [code:is_loaded(m)]),
    io:format("  sasl env        -> ~p~n", [application:get_env(sasl, extra)]),
    io:format("  running         -> ~p~n", [running()]),
    case Run of
        1 ->
            {ok, m} = compile:file("m.erl", [report_errors]),
            {module, m} = code:load_file(m),
            ets:new(t, [named_table, public]),
            true = ets:insert(t, {a, 1}),
            persistent_term:put(k, v),
            register(srv, spawn(fun() -> receive stop -> ok end end)),
            ok = application:load(sasl),
            ok = application:set_env(sasl, extra, 1),
            io:format("  start sasl      -> ~p~n", [application:start(sasl)]),
            io:format("  running         -> ~p~n", [running()]),
            init:restart(),
            receive after infinity -> ok end;
        2 ->
            ok
    end.

running() ->
    lists:sort([A || {A, _, _} <- application:which_applications()]).
