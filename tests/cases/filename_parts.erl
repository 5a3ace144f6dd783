#!/usr/bin/env escript
-module(filename_parts).
-mode(compile).
-export([main/1]).

%% filename: basename, dirname, extension, rootname, split, pathtype,
%% nativename, flatten, join, absname/2 on strings, deep lists, atoms and
%% binaries.
r(F) -> try F() catch C:R -> {C, R} end.
main(_) ->
    Names = ["", "/", "//", "a", "a/", "a//", "/a", "/a/b", "a/b/", "a/b//", "./a", "a/./b", "../a",
             "a.erl", "a.b.c", ".a", "a/.b", "a.d/b", "/usr/lib/x.tar.gz", "foo//bar", "a/b.erl/",
             ["ab", [$/, "c.d"]], [foo, "/", bar], foo, 'x.y', "ø/é.txt"],
    Bins = [unicode:characters_to_binary(filename:flatten(N)) || N <- Names],
    Fs = [{basename, fun filename:basename/1}, {dirname, fun filename:dirname/1},
          {extension, fun filename:extension/1}, {rootname, fun filename:rootname/1},
          {split, fun filename:split/1}, {pathtype, fun filename:pathtype/1},
          {nativename, fun filename:nativename/1}, {flatten, fun filename:flatten/1},
          {join1, fun(N) -> filename:join([N]) end}],
    [io:format("~p ~p: ~p~n", [Tag, N, r(fun() -> F(N) end)]) || {Tag, F} <- Fs, N <- Names ++ Bins],
    Pairs = [{"a", "b"}, {"a/", "b"}, {"/a", "/b"}, {"a", "./b"}, {"a/.", "b"}, {".", "b"}, {"a", ""}, {"", "b"},
             {"a//b", "c//"}, {<<"a">>, "b"}, {"a", <<"b">>}, {<<"a/">>, <<"/b">>}, {foo, bar}, {"a", [c,"d"]},
             {"ø", <<"x">>}, {"a", "../b"}],
    [io:format("join ~p: ~p~n", [P, r(fun() -> filename:join(A, B) end)]) || {A, B} = P <- Pairs],
    io:format("~p~n", [r(fun() -> filename:join(["a", "b", <<"c">>, "/d", "e"]) end)]),
    io:format("~p~n", [r(fun() -> filename:join([]) end)]),
    io:format("~p~n", [r(fun() -> filename:join(1, "a") end)]),
    Exts = [{"a.erl", ".erl"}, {"/x/a.erl", ".erl"}, {"a.erl", "erl"}, {"a.jam", ".erl"}, {"a.erl/", ".erl"},
            {<<"a.erl">>, ".erl"}, {"a.erl", <<".erl">>}, {"dir/.erl", ".erl"}, {".erl", ".erl"}, {"a", "longer.ext"}],
    [io:format("basename2 ~p: ~p~n", [P, r(fun() -> filename:basename(A, B) end)]) || {A, B} = P <- Exts],
    [io:format("rootname2 ~p: ~p~n", [P, r(fun() -> filename:rootname(A, B) end)]) || {A, B} = P <- Exts],
    [io:format("absname ~p: ~p~n", [N, r(fun() -> filename:absname(N, "/base/dir") end)]) || N <- ["a", "/x", "../y", <<"b">>, "", "./c/"]],
    io:format("~p~n", [r(fun() -> filename:absname(<<"b">>, "/ø") end)]),
    io:format("~p~n", [r(fun() -> filename:basename(123) end)]),
    io:format("~p~n", [r(fun() -> filename:pathtype(123) end)]),
    io:format("~p~n", [r(fun() -> filename:dirname(123) end)]).
