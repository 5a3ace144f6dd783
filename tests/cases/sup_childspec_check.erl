#!/usr/bin/env escript
-module(sup_childspec_check).
-mode(compile).
-export([main/1]).
%% supervisor:check_childspecs/1,2: OTP 25's error term for each kind of
%% bad child spec, in map and tuple form, and the defaults it accepts.
main(_) ->
    Ok = #{id => a, start => {m, f, []}},
    Specs =
        [[Ok],
         [{a, {m, f, []}, permanent, 5000, worker, [m]}],
         [{a, {m, f, []}, transient, brutal_kill, supervisor, dynamic}],
         [#{start => {m, f, []}}],
         [#{id => a}],
         [#{id => a, start => {m, f}}],
         [#{id => a, start => {"m", f, []}}],
         [#{id => a, start => {m, f, x}}],
         [Ok#{restart => sometimes}],
         [Ok#{type => boss}],
         [Ok#{shutdown => -1}],
         [Ok#{shutdown => soon}],
         [Ok#{shutdown => infinity, type => supervisor}],
         [Ok#{modules => m}],
         [Ok#{modules => [m, "n"]}],
         [Ok#{significant => maybe}],
         [Ok#{significant => true}],
         [Ok#{significant => true, restart => transient}],
         [Ok#{significant => false, restart => temporary}],
         [Ok, Ok],
         [Ok, Ok#{id => b}, {b, {m, f, []}, permanent, 5000, worker, []}],
         [{a, {m, f, []}, permanent, 5000, worker}],
         [not_a_spec],
         [Ok#{restart => bad, type => bad}],
         [#{id => a, start => bad, restart => bad}],
         [],
         not_a_list],
    [io:format("~p~n  -> ~p~n", [S, supervisor:check_childspecs(S)]) || S <- Specs],
    Sig = [Ok#{significant => true, restart => transient}],
    [io:format("auto_shutdown ~p -> ~p~n", [A, supervisor:check_childspecs(Sig, A)])
     || A <- [undefined, never, any_significant, all_significant, sometimes]],
    io:format("~p~n", [supervisor:check_childspecs(not_a_list, bad)]),
    io:format("~p~n", [supervisor:check_childspecs([], bad)]).
