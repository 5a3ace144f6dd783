#!/usr/bin/env escript
-module(filename_dots).
-mode(compile).
-export([main/1]).

%% filename:extension/1 and rootname/1,2 on names with dots at the start
%% of components (OTP 25 keeps ".profile" whole).
main(_) ->
[io:format("~p: ~p ~p ~p ~p~n", [N, filename:extension(N), filename:rootname(N), filename:rootname(list_to_binary(N)), filename:extension(list_to_binary(N))]) || N <- ["/.", "/.a", "/..", "./a.b", "./.a", ".//", "./", "a/./", "x.y.", "a//.b", "./.", "...", ".a.b", "..", "a/..", "a/..b", ".a/b", "x/.a.b", "..a", "a.", ".", "a/.", "x.y/.a", "a.b/", "a.b/c", ".a/"]],
io:format("~p~n", [[filename:rootname(A,B) || {A,B} <- [{"dir/.erl",".erl"}, {".erl", ".erl"}, {"a/b.erl", ".erl"}, {<<"dir/.erl">>,<<".erl">>}, {"a.erl.erl", ".erl"}]]]).
