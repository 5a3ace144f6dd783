#!/usr/bin/env escript
%% The atom table's limit: system_info(atom_limit) is OTP's default, each
%% new atom counts once in atom_count, an existing one not at all, and a
%% name past 255 characters is system_limit. (Filling the table is not a
%% case: OTP 25 stops the whole node there; ferl fails the one
%% list_to_atom/1 call with system_limit.)
-module(limit_atom_table).
-mode(compile).
main(_) ->
    Limit = erlang:system_info(atom_limit),
    io:format("limit ~p~n", [Limit]),
    %% A first round loads the code the count below then runs.
    make("limit_atom_warm_"),
    Before = erlang:system_info(atom_count),
    io:format("count below limit: ~p~n", [Before > 0 andalso Before < Limit]),
    io:format("same atoms: ~p~n", [make("limit_atom_table_")]),
    io:format("new atoms counted: ~p~n", [erlang:system_info(atom_count) - Before]),
    io:format("~p~n", [reason(catch list_to_atom(lists:duplicate(256, $a)))]),
    io:format("~p~n", [reason(catch binary_to_atom(binary:copy(<<"b">>, 256), utf8))]),
    io:format("~p~n", [length(atom_to_list(list_to_atom(lists:duplicate(255, $a))))]).

make(Prefix) ->
    New = [list_to_atom(Prefix ++ integer_to_list(I)) || I <- lists:seq(1, 1000)],
    New =:= [list_to_atom(atom_to_list(A)) || A <- New].

reason({'EXIT', {R, _}}) -> R;
reason(Other) -> {ok, Other}.
