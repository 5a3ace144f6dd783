#!/usr/bin/env escript
-module(rec_basic).
-mode(compile).
-export([main/1]).
-record(person, {name, age = 0, email = "none"}).
-record(empty, {}).
-record(nested, {inner = #person{}, tag = t}).
main(_) ->
    P = #person{name = "Ann", age = 30},
    io:format("~p~n", [P]),
    io:format("~p~n", [P#person.name]),
    io:format("~p~n", [P#person.email]),
    P2 = P#person{age = 31, email = "a@b"},
    io:format("~p~n", [P2]),
    io:format("~p~n", [#person{}]),
    io:format("~p~n", [#empty{}]),
    io:format("~p~n", [#nested{}]),
    N = #nested{inner = P},
    io:format("~p~n", [N#nested.inner#person.name]),
    io:format("~p~n", [#person.age]),
    io:format("~p~n", [#person.name]),
    io:format("~p~n", [record_info(fields, person)]),
    io:format("~p~n", [record_info(size, person)]),
    io:format("~p~n", [record_info(fields, empty)]),
    io:format("~p~n", [is_record(P, person)]),
    io:format("~p~n", [is_record(P, person, 4)]),
    io:format("~p~n", [is_record({person, 1}, person)]),
    io:format("~p~n", [is_record(P, empty)]),
    io:format("~p~n", [element(1, P)]),
    io:format("~p~n", [tuple_size(P)]),
    io:format("~p~n", [P =:= {person, "Ann", 30, "none"}]),
    io:format("~p~n", [#person{name = x, _ = default}]).
