#!/usr/bin/env escript
-module(fmt_p_maps).
-mode(compile).
-export([main/1]).
main(_) ->
    io:format("~p~n", [#{}]),
    io:format("~p~n", [#{a => 1}]),
    io:format("~p~n", [#{name => "Alice", age => 30, email => "alice@example.com", roles => [admin, user, guest]}]),
    io:format("~p~n", [#{config => #{db => #{host => "localhost", port => 5432, user => "postgres"}, cache => #{ttl => 300, size => 1000}}}]),
    io:format("~p~n", [maps:from_list([{N, lists:duplicate(N, x)} || N <- lists:seq(1, 12)])]),
    io:format("~p~n", [[#{id => N, label => "item"} || N <- lists:seq(1, 5)]]),
    io:format("~p~n", [#{[1, 2] => {tuple, key}, "string key" => <<"bin value">>, {a, b} => #{}}]),
    io:format("~w~n", [#{b => 2, a => 1}]),
    io:format("~P~n", [#{a => 1, b => #{c => 2}}, 3]).
