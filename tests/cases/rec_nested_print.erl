#!/usr/bin/env escript
-module(rec_nested_print).
-mode(compile).
-export([main/1]).
-record(address, {street = "Main St", city = "Springfield", zip = 12345}).
-record(employee, {name, title = engineer, address = #address{}, skills = [], manager}).
main(_) ->
    E = #employee{name = "Homer Simpson", title = safety_inspector,
                  skills = [eating, sleeping, "donuts", {level, 99}],
                  manager = #employee{name = "Mr. Burns", title = owner}},
    io:format("~p~n", [E]),
    io:format("~w~n", [E]),
    io:format("~p~n", [[#address{}, #address{street = "Evergreen Terrace 742"}]]),
    io:format("~p~n", [#address{}]).
