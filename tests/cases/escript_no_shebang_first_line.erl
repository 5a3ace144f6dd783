this first line is not erlang: escript always skips line 1 ((( [
-mode(compile).
-export([main/1]).
main(_) ->
    io:format("line ~p~n", [?LINE]),
    io:format("~p~n", [?FILE]),
    io:format("~p~n", [is_atom(?MODULE)]),
    io:format("~p~n", [lists:prefix("escript_no_shebang_first_line", atom_to_list(?MODULE))]).
