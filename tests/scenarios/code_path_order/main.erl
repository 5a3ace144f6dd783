#!/usr/bin/env escript
%% The code path: outdir puts the object file elsewhere, load_file finds it
%% only once its directory is on the path, add_patha wins over add_pathz,
%% del_path removes a directory, and a deleted module is loaded again from
%% the path on its next call (undef when nothing is found).
-mode(compile).

main(_) ->
    logger:set_primary_config(level, none),
    ok = file:make_dir("a"),
    ok = file:make_dir("b"),
    {ok, _} = file:copy("v1/w.erl", "w.erl"),
    p("compile v1 to a         -> ~p", [compile:file("w.erl", [{outdir, "a"}])]),
    {ok, _} = file:copy("v2/w.erl", "w.erl"),
    p("compile v2 to b         -> ~p", [compile:file("w.erl", [{outdir, "b"}])]),
    p("files in a              -> ~p", [file:list_dir("a")]),
    p("load before path        -> ~p", [code:load_file(w)]),
    p("add_pathz(b)            -> ~p", [code:add_pathz("b")]),
    p("add_patha(a)            -> ~p", [code:add_patha("a")]),
    p("add_patha(missing)      -> ~p", [code:add_patha("no_such_dir")]),
    p("a before b in path      -> ~p", [order(code:get_path())]),
    p("load_file(w)            -> ~p", [code:load_file(w)]),
    p("which(w)                -> ~p", [rel(code:which(w))]),
    p("w:version()             -> ~p", [w:version()]),
    p("del_path(a)             -> ~p", [code:del_path("a")]),
    p("del_path(a) again       -> ~p", [code:del_path("a")]),
    p("delete(w)               -> ~p", [code:delete(w)]),
    p("purge(w)                -> ~p", [code:purge(w)]),
    p("w:version() reloads     -> ~p", [w:version()]),
    p("which(w)                -> ~p", [rel(code:which(w))]),
    p("del_path(b)             -> ~p", [code:del_path("b")]),
    p("delete(w)               -> ~p", [code:delete(w)]),
    p("purge(w)                -> ~p", [code:purge(w)]),
    p("w:version() not found   -> ~p", [catch_error(fun() -> w:version() end)]),
    p("ensure_loaded(w)        -> ~p", [code:ensure_loaded(w)]),
    ok.

order(Path) ->
    Names = [filename:basename(D) || D <- Path],
    [D || D <- Names, D =:= "a" orelse D =:= "b"].

rel(F) when is_list(F) -> filename:basename(filename:dirname(F)) ++ "/" ++ filename:basename(F);
rel(Other) -> Other.

catch_error(F) ->
    try F() catch C:R -> {C, R} end.

p(Fmt, Args) -> io:format(Fmt ++ "~n", Args).
