#!/usr/bin/env escript
-module(file_filelib).
-mode(compile).
-export([main/1]).

%% filelib: is_file, is_dir, is_regular, file_size, ensure_dir, wildcard.
main(_) ->
    D = "file_scratch_filelib",
    ok = file:make_dir(D),
    ok = file:set_cwd(D),
    [ok = file:make_dir(X) || X <- ["d1", "d1/sub", "d2"]],
    [ok = file:write_file(F, F) || F <- ["a.erl", "b.erl", ".h.erl", "c.txt", "d1/x.erl",
                                          "d1/sub/y.erl", "d2/z.erl"]],
    Patterns = ["*.erl", "*", "d*/*.erl", "?.erl", "d1/*", "nope/*", "a.erl", "nope",
                "*/sub/*", "./*.txt", "d1/../*.txt", "d?", "*.{erl,txt}", "[ab].erl",
                "[a-b].erl", "d1//x.erl", "*/", "*.t?t"],
    [io:format("~s: ~p~n", [P, filelib:wildcard(P)]) || P <- Patterns],
    io:format("~p~n", [filelib:wildcard("*.erl", "d1")]),
    io:format("~p~n", [[filelib:is_file(X) || X <- ["a.erl", "d1", "nope", 123, <<"a.erl">>]]]),
    io:format("~p~n", [[filelib:is_dir(X) || X <- ["a.erl", "d1", "nope", 123]]]),
    io:format("~p~n", [[filelib:is_regular(X) || X <- ["a.erl", "d1", "nope", 123]]]),
    io:format("~p~n", [[filelib:file_size(X) || X <- ["a.erl", "nope", "d1/sub/y.erl"]]]),
    io:format("~p~n", [[filelib:ensure_dir(X) || X <- ["n1/n2/f", "n1/n2/", "a.erl/x/y", "d1/f", "/", "x"]]]),
    io:format("~p~n", [filelib:wildcard("n1/*")]),
    ok = file:set_cwd(".."),
    Rm = fun Rm(P) ->
                 case filelib:is_dir(P) of
                     true ->
                         {ok, L} = file:list_dir(P),
                         [Rm(filename:join(P, N)) || N <- L],
                         ok = file:del_dir(P);
                     false ->
                         ok = file:delete(P)
                 end
         end,
    Rm(D),
    io:format("~p~n", [filelib:is_dir(D)]).
