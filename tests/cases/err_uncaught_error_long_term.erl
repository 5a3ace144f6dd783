#!/usr/bin/env escript
-module(err_uncaught_error_long_term).
-mode(compile).
-export([main/1]).
main(_) ->
    Term = {a_rather_long_error_reason,
            [{key_number_one, "some string value here"},
             {key_number_two, lists:seq(1, 40)},
             {nested, #{map => with, several => keys, and_ => values}}],
            <<"a binary payload that is fairly long">>},
    erlang:error(Term).
