#!/usr/bin/env escript
-module(string_unicode_binary).
-mode(compile).
-export([main/1]).
main(_) ->
    B = <<"Hello, Wörld! ñ"/utf8>>,
    io:format("~p~n", [string:length(B)]),
    io:format("~p~n", [byte_size(B)]),
    io:format("~p~n", [string:uppercase(B)]),
    io:format("~ts~n", [string:uppercase(B)]),
    io:format("~p~n", [string:split(B, ", ")]),
    io:format("~p~n", [string:slice(B, 7, 5)]),
    io:format("~ts~n", [string:slice(B, 7, 5)]),
    io:format("~p~n", [string:reverse("abc")]),
    io:format("~p~n", [string:trim(<<"  x  "/utf8>>)]),
    io:format("~p~n", [string:find(B, "W")]),
    io:format("~p~n", [string:lexemes(<<"a-b_c"/utf8>>, "-_")]),
    io:format("~p~n", [string:pad(<<"ab">>, 4, leading, $0)]),
    io:format("~p~n", [unicode:characters_to_list(string:lowercase(<<"ÀB"/utf8>>))]),
    io:format("~p~n", [string:equal(<<"abc">>, "abc")]),
    io:format("~p~n", [string:to_lower("MiXeD")]).
