#!/usr/bin/env escript
%% Loading errors leave the running version alone: a corrupt or truncated
%% object file is {error,badfile}, a missing one {error,nofile}; a module
%% that does not compile gives error from compile:file and c:c.
-mode(compile).

main(_) ->
    logger:set_primary_config(level, none),
    {ok, _} = file:copy("v1/y.erl", "y.erl"),
    p("compile v1              -> ~p", [compile:file("y.erl", [])]),
    p("load v1                 -> ~p", [code:load_file(y)]),
    P = spawn(y, loop, []),
    {ok, Good} = file:read_file("y.beam"),
    ok = file:write_file("y.beam", <<"garbage, not an object file">>),
    p("load garbage            -> ~p", [code:load_file(y)]),
    ok = file:write_file("y.beam", binary:part(Good, 0, byte_size(Good) div 2)),
    p("load truncated          -> ~p", [code:load_file(y)]),
    p("load_binary garbage     -> ~p", [code:load_binary(y, "y.beam", <<1, 2, 3>>)]),
    p("y:version() still       -> ~p", [y:version()]),
    p("process still answers   -> ~p", [ping(P)]),
    p("old code after failures -> ~p", [erlang:check_old_code(y)]),
    ok = file:delete("y.beam"),
    p("load missing beam       -> ~p", [code:load_file(y)]),
    p("load unknown module     -> ~p", [code:load_file(no_such_module_here)]),
    p("ensure_loaded unknown   -> ~p", [code:ensure_loaded(no_such_module_here)]),
    p("function_exported       -> ~p ~p", [erlang:function_exported(y, version, 0),
                                            erlang:function_exported(y, nope, 0)]),
    p("exports                 -> ~p", [lists:sort(y:module_info(exports))]),
    ok.

ping(P) ->
    P ! {self(), ping},
    receive {pong, V} -> V after 1000 -> timeout end.

p(Fmt, Args) -> io:format(Fmt ++ "~n", Args).
