#!/usr/bin/env escript
-module(file_read_write).
-mode(compile).
-export([main/1]).

%% file:read_file/1 and write_file/2,3: round trips, iodata, modes, errors.
r(F) -> try F() catch C:R -> {C, R} end.

main(_) ->
    D = "file_scratch_read_write",
    ok = file:make_dir(D),
    F = D ++ "/a.txt",
    io:format("~p~n", [file:write_file(F, <<"hello\n">>)]),
    io:format("~p~n", [file:read_file(F)]),
    io:format("~p~n", [file:write_file(F, ["ab", $c, [<<"de">>, [$f]], <<>>])]),
    io:format("~p~n", [file:read_file(F)]),
    io:format("~p~n", [file:write_file(F, "+more", [append])]),
    io:format("~p~n", [file:write_file(F, <<"!">>, [append, binary])]),
    io:format("~p~n", [file:read_file(F)]),
    io:format("~p~n", [file:write_file(F, "x", [exclusive])]),
    io:format("~p~n", [file:write_file(D ++ "/b.txt", "new", [exclusive])]),
    io:format("~p~n", [file:read_file(D ++ "/b.txt")]),
    io:format("~p~n", [file:write_file(F, "replaced", [write])]),
    io:format("~p~n", [file:read_file(F)]),
    io:format("~p~n", [file:write_file(F, <<>>)]),
    io:format("~p~n", [file:read_file(F)]),
    Big = list_to_binary(lists:seq(0, 255)),
    ok = file:write_file(F, [Big, Big]),
    {ok, Back} = file:read_file(F),
    io:format("~p~n", [{byte_size(Back), Back =:= <<Big/binary, Big/binary>>}]),
    %% errors
    io:format("~p~n", [file:read_file(D ++ "/missing")]),
    io:format("~p~n", [file:read_file(D)]),
    io:format("~p~n", [file:read_file(F ++ "/x")]),
    io:format("~p~n", [file:write_file(D ++ "/no/such", "x")]),
    io:format("~p~n", [file:write_file(D, "x")]),
    io:format("~p~n", [[file:write_file(D ++ "/c", X) || X <- [foo, 1.0, <<1:3>>, [1 | 2], [256]]]]),
    io:format("~p~n", [[file:read_file(X) || X <- [123, {a}, [1.0], self()]]]),
    io:format("~p~n", [r(fun() -> file:write_file(F, "x", bogus) end)]),
    [ok = file:delete(D ++ "/" ++ N) || N <- ["a.txt", "b.txt"]],
    io:format("~p~n", [file:del_dir(D)]).
