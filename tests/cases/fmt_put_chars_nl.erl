#!/usr/bin/env escript
-module(fmt_put_chars_nl).
-mode(compile).
-export([main/1]).
main(_) ->
    io:put_chars("put_chars string\n"),
    io:put_chars(<<"binary\n">>),
    io:put_chars(["deep ", ["io", $l, "ist"], <<"\n">>]),
    io:nl(),
    io:put_chars(standard_io, "explicit device\n"),
    io:format(standard_io, "format to ~p~n", [standard_io]),
    io:fwrite("fwrite ~p~n", [works]),
    io:fwrite("fwrite no args~n"),
    io:format(user, "to user ~p~n", [1]),
    io:write({written, term}),
    io:nl(),
    io:put_chars([]),
    io:format("~s", [""]),
    io:format(""),
    io:format("last~n").
