#!/usr/bin/env escript
-module(err_uncaught_format_tilde_a).
-mode(compile).
-export([main/1]).
%% ~a is not a valid io:format control in OTP 25: the linter warns
%% (on stdout) and the call fails with badarg at run time.
main(_) ->
    io:format("~s~n", [works_with_s]),
    io:format("~a~n", [fails_with_a]).
