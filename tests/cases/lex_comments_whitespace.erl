#!/usr/bin/env escript
-module(lex_comments_whitespace).
-mode(compile).
-export([main/1]).
%% a comment line
% another
main(_) -> % trailing comment
    X = 1 %% comment mid-expression
        + 2,
	io:format("~p~n", [X]),   % tab-indented line above
    io:format("~p~n", ["% not a comment"]),
    io:format("~p~n", ['%atom']),
    io:format("~p~n", [$%]),
    Y = [1,2
        ,3],
    io:format("~p~n", [Y]),
    io:format("~p~n",
              [
               {a,
                b}
              ]).
