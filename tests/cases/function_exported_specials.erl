#!/usr/bin/env escript
-mode(compile).
%% erlang:function_exported/3 for the functions the VM runs itself.
main(_) ->
    io:format("~p~n", [[erlang:function_exported(erlang, F, A) || {F, A} <- [{apply, 2}, {apply, 3}, {halt, 0}, {halt, 1}, {halt, 2}, {hibernate, 3}, {get_module_info, 1}, {get_module_info, 2}, {apply, 4}, {halt, 3}]]]).
