#!/usr/bin/env escript
-mode(compile).
%% filelib:ensure_path/1, last_modified/1, file_size/1 and safe_relative_path/2.
main(_) ->
    T = "/tmp/fl_" ++ os:getpid(),
    io:format("~p~n", [filelib:ensure_path(T ++ "/a/b/c")]),
    io:format("~p~n", [{filelib:is_dir(T ++ "/a/b/c"), filelib:ensure_path(T ++ "/a/b/c")}]),
    ok = file:write_file(T ++ "/f", <<"x">>),
    io:format("~p~n", [catch filelib:ensure_path(T ++ "/f/g")]),
    io:format("~p~n", [{filelib:last_modified(T ++ "/nope"), is_tuple(filelib:last_modified(T ++ "/f"))}]),
    io:format("~p~n", [{filelib:file_size(T ++ "/f"), filelib:is_regular(T ++ "/f")}]),
    io:format("~p~n", [[filelib:safe_relative_path(P, T) || P <- ["a/b", "../x", "a/../b", "/abs", "a/./b", "", "a/../../b", "a/b/", "./", "..", "a/..", <<"a/../b">>, <<"x/./y">>]]]),
    [file:delete(T ++ "/f")], [file:del_dir(T ++ X) || X <- ["/a/b/c", "/a/b", "/a", ""]].
