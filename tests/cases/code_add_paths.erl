#!/usr/bin/env escript
%% code:add_patha/add_pathz with directories already in the path, and
%% add_paths/add_pathsa/add_pathsz.
-mode(compile).

main(_) ->
    Tmp = "/tmp/code_add_paths_" ++ os:getpid(),
    D = fun(N) -> filename:join(Tmp, N) end,
    [ok = filelib:ensure_dir(filename:join(D(N), "x")) || N <- ["pa", "pb", "pc", "pd", "pe"]],
    Mine = fun() -> [filename:basename(P) || P <- code:get_path(), lists:prefix(Tmp, P)] end,
    p([code:add_patha(D("pa")), code:add_patha(D("pb")), code:add_pathz(D("pc"))]),
    p(Mine()),
    p(code:add_pathz(D("pa"))),
    p(Mine()),
    p(code:add_patha(D("pc"))),
    p(Mine()),
    p(code:add_pathz(D("nope"))),
    P = code:get_path(),
    p({hd(P) =:= D("pc"), lists:last(P) =:= D("pa")}),
    p(code:add_pathsa([D("pd"), D("pe"), D("nope")])),
    p(Mine()),
    p(code:add_pathsz([D("pd"), D("pb")])),
    p(Mine()),
    p(code:add_paths([D("pa")])),
    p(Mine()),
    [code:del_path(D(N)) || N <- ["pa", "pb", "pc", "pd", "pe"]],
    p(Mine()),
    [file:del_dir(D(N)) || N <- ["pa", "pb", "pc", "pd", "pe"]],
    file:del_dir(Tmp).

p(T) -> io:format("~p~n", [T]).
