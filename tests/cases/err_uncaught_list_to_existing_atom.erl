#!/usr/bin/env escript
-module(err_uncaught_list_to_existing_atom).
-mode(compile).
-export([main/1]).
main(_) ->
    list_to_existing_atom("this_atom_surely_does_not_exist_anywhere_xyz").
