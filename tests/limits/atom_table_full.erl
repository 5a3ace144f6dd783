#!/usr/bin/env escript
%% ferl's answer when the atom table is full (OTP 25 stops the node with
%% "no more index entries in atom_tab"): each path that would make a new
%% atom fails for the calling process alone, existing atoms still work,
%% and the node goes on (processes, messages, code already loaded).
-module(atom_table_full).
-mode(compile).
main(_) ->
    Src = "atom_table_full_mod.erl",
    ok = file:write_file(Src, "-module(atom_table_full_mod).\n-export([f/0]).\n"
                              "f() -> {fresh_atom_in_a_module, [deep, {fresh_atom_in_a_literal}]}.\n"),
    {ok, atom_table_full_mod} = compile:file(Src),
    {ok, Beam} = file:read_file("atom_table_full_mod.beam"),
    ok = file:delete(Src),
    ok = file:delete("atom_table_full_mod.beam"),
    Consult = "atom_table_full.terms",
    ok = file:write_file(Consult, "{fresh_atom_in_a_file}.\n"),
    Made = fill(0),
    io:format("made: ~p~n", [Made > 1000000]),
    io:format("full: ~p~n", [erlang:system_info(atom_count) >= erlang:system_info(atom_limit)]),
    p(list_to_atom, catch list_to_atom("fresh_atom_1")),
    p(binary_to_atom, catch binary_to_atom(<<"fresh_atom_2">>, utf8)),
    p(list_to_existing_atom, catch list_to_existing_atom("fresh_atom_3")),
    p(existing, catch list_to_atom("ok")),
    p(binary_to_term, catch binary_to_term(<<131, 119, 12, "fresh_atom_4">>)),
    p(binary_to_term_safe, catch binary_to_term(<<131, 119, 12, "fresh_atom_5">>, [safe])),
    p(binary_to_term_existing, catch binary_to_term(term_to_binary({ok, main}))),
    p(erl_scan, catch erl_scan:string("fresh_atom_6 ok")),
    p(erl_scan_existing, catch erl_scan:string("ok main")),
    p(erl_scan_var, catch erl_scan:string("Fresh_var_7")),
    p(consult, catch file:consult(Consult)),
    ok = file:delete(Consult),
    p(load_binary, catch code:load_binary(atom_table_full_mod, "atom_table_full_mod.beam", Beam)),
    {Pid, Ref} = spawn_monitor(fun() -> list_to_atom("fresh_atom_8") end),
    receive {'DOWN', Ref, process, Pid, {Why, _}} -> p(spawned, Why) end,
    Self = self(),
    spawn(fun() -> Self ! {still, serving} end),
    receive Msg -> p(message, Msg) end.

%% Makes atoms until the table refuses.
fill(N) ->
    try list_to_atom("atom_table_full_" ++ integer_to_list(N)) of
        _ -> fill(N + 1)
    catch error:system_limit -> N
    end.

p(What, {'EXIT', {R, _}}) -> io:format("~p: ~p~n", [What, R]);
p(What, Other) -> io:format("~p: ~p~n", [What, Other]).
