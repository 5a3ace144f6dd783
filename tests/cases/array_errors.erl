#!/usr/bin/env escript
%% array's errors: badarg (and {badarg, Rest} from from_orddict) from
%% functions of OTP's names on OTP's lines.
-module(array_errors).
-mode(compile).
main(_) ->
    A = array:new(5, fixed),
    Tests = [fun() -> array:new(-1, []) end, fun() -> array:new([bad]) end, fun() -> array:new(bad) end,
             fun() -> array:size(x) end, fun() -> array:default(x) end, fun() -> array:fix(x) end,
             fun() -> array:is_fix(x) end, fun() -> array:relax(x) end, fun() -> array:resize(-1, A) end,
             fun() -> array:resize(x) end,
             fun() -> array:set(7, a, A) end, fun() -> array:set(-1, a, A) end,
             fun() -> array:get(7, A) end, fun() -> array:get(x, A) end,
             fun() -> array:reset(7, A) end, fun() -> array:reset(x, A) end,
             fun() -> array:to_list(x) end, fun() -> array:sparse_to_list(x) end,
             fun() -> array:from_list(x) end, fun() -> array:from_list([1,2|x]) end,
             fun() -> array:from_list(lists:seq(1,25) ++ x) end,
             fun() -> array:to_orddict(x) end, fun() -> array:sparse_to_orddict(x) end,
             fun() -> array:from_orddict(x) end, fun() -> array:from_orddict([{1,a},{1,b}]) end,
             fun() -> array:from_orddict([a]) end, fun() -> array:from_orddict([{a,1}]) end,
             fun() -> array:from_orddict([{3,a},{2,b}]) end,
             fun() -> array:map(x, A) end, fun() -> array:sparse_map(x, A) end,
             fun() -> array:foldl(x, 0, A) end, fun() -> array:foldr(x, 0, A) end,
             fun() -> array:sparse_foldl(x, 0, A) end, fun() -> array:sparse_foldr(x, 0, A) end,
             fun() -> array:sparse_size(x) end],
    [try T() of R -> io:format("ok ~p~n", [R])
     catch C:E:St -> io:format("~p ~p ~p~n", [C, E, [{F, Ar, proplists:get_value(line, L)} || {array, F, Ar0, L} <- St, Ar <- [if is_list(Ar0) -> length(Ar0); true -> Ar0 end]]])
     end || T <- Tests],
    ok.
