#!/usr/bin/env escript
-module(main_multiple_clauses).
-mode(compile).
-export([main/1]).
main([]) ->
    io:format("no args clause~n"),
    main(["fake", "args"]);
main([A, B]) ->
    io:format("two args: ~s ~s~n", [A, B]);
main(_) ->
    io:format("other~n").
