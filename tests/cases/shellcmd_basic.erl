%% Shell commands of c and shell_default called directly: flush/0's
%% `Shell got` lines, pid/3, mm/0, help texts and their return values.
-module(shellcmd_basic).
-mode(compile).
-export([main/1]).

main(_) ->
    self() ! hello,
    self() ! {a, "str", <<"bin">>, [1, 2]},
    ok = c:flush(),
    ok = c:flush(),
    io:format("~p~n", [c:pid(0, 77, 0)]),
    io:format("~p~n", [c:mm()]),
    io:format("~p~n", [c:help()]),
    io:format("~p~n", [shell_default:help()]).
