#!/usr/bin/env escript
%% Binary segments whose size is past any limit: a size that is a bignum
%% fails with system_limit (not badarg) when constructing, and simply does
%% not match when matching; a negative size is badarg.
-module(limit_binary_size).
-mode(compile).
main(_) ->
    Sizes = [1 bsl 62, 1 bsl 64, 1 bsl 100],
    [io:format("~p~n", [reason(catch <<0:S>>)]) || S <- Sizes],
    Abc = id(<<"abc">>),
    [io:format("~p~n", [reason(catch <<Abc:S/binary>>)]) || S <- Sizes],
    [io:format("~p~n", [reason(catch <<1:S/unit:8>>)]) || S <- Sizes],
    io:format("~p~n", [reason(catch <<0:(id(-1))>>)]),
    B = <<1, 2, 3>>,
    [io:format("~p~n", [case B of <<_:S, _/bits>> -> matched; _ -> no_match end]) || S <- Sizes],
    [io:format("~p~n", [case B of <<_:S/binary, _/bits>> -> matched; _ -> no_match end]) || S <- Sizes],
    io:format("~p~n", [reason(catch binary:copy(B, -1))]),
    io:format("~p~n", [binary:copy(B, 0)]),
    {'EXIT', {system_limit, [{?MODULE, main, 1, Info} | _]}} = (catch <<0:(1 bsl 62)>>),
    io:format("~p~n", [proplists:get_value(error_info, Info)]).

id(X) -> X.

reason({'EXIT', {R, _}}) -> R;
reason(Other) -> {ok, Other}.
