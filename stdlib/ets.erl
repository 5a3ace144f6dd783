%% ets: the functions of ETS that call funs (the tables themselves are
%% native: vm/src/bif/ets.rs). A fold walks the keys with first/next
%% (last/prev for foldr) on a fixed table, as OTP's does: on a set, bag or
%% duplicate_bag foldr goes in the same order as foldl. The blank lines keep
%% the lines OTP's stack traces show for the folds.
-module(ets).
-export([foldl/3, foldr/3, fun2ms/1]).

%% fun2ms/1 called at run time: the compiler rewrites the calls in a module
%% that includes ms_transform.hrl (compiler/src/ms_transform.rs), so a
%% fun reaching here was not rewritten. (OTP also takes a fun made in
%% its shell here.)
-file("ets.erl", 600).
fun2ms(Fun) when is_function(Fun) ->
    exit({badarg, {ets, fun2ms, [function, called, with, real, 'fun', should, be, transformed,
                                 with, parse_transform, 'or', called, with, a, 'fun', generated,
                                 in, the, shell]}}).
-file("ets.erl", 630).
foldl(F, Acc, T) ->
    true = ets:safe_fixtable(T, true),
    Start = ets:first(T),
    try
        do_foldl(F, Acc, Start, T)
    after
        ets:safe_fixtable(T, false)
    end.

do_foldl(_F, Acc, '$end_of_table', _T) ->
    Acc;
do_foldl(F, Acc, Key, T) ->



    Acc1 = lists:foldl(F, Acc, ets:lookup(T, Key)),
    do_foldl(F, Acc1, ets:next(T, Key), T).










foldr(F, Acc, T) ->
    true = ets:safe_fixtable(T, true),
    Start = ets:last(T),
    try
        do_foldr(F, Acc, Start, T)
    after
        ets:safe_fixtable(T, false)
    end.

do_foldr(_F, Acc, '$end_of_table', _T) ->
    Acc;
do_foldr(F, Acc, Key, T) ->



    Acc1 = lists:foldr(F, Acc, ets:lookup(T, Key)),
    do_foldr(F, Acc1, ets:prev(T, Key), T).
