#!/usr/bin/env escript
-module(lint_unterminated_string).
-mode(compile).
-export([main/1]).
main(_) ->
    io:format("this string never ends~n).
other() -> ok.
