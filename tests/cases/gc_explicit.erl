-module(gc_explicit).
-mode(compile).
-export([main/1]).

%% erlang:garbage_collect/0,1,2: return values, the async answer, badarg
%% for a bad pid or option, and data kept intact across the collections.
main(_) ->
    Keep = {lists:seq(1, 300), <<"bin">>, #{a => 1}},
    _ = [lists:seq(1, 50) || _ <- lists:seq(1, 40)],
    io:format("~p~n", [garbage_collect()]),
    io:format("~p~n", [garbage_collect(self())]),
    io:format("~p~n", [garbage_collect(self(), [{type, minor}])]),
    io:format("~p~n", [garbage_collect(self(), [{type, major}])]),
    Ref = make_ref(),
    io:format("~p~n", [garbage_collect(self(), [{async, Ref}])]),
    receive {garbage_collect, Ref, R} -> io:format("async ~p~n", [R]) end,
    io:format("~p~n", [catch_badarg(fun() -> garbage_collect(not_a_pid) end)]),
    io:format("~p~n", [catch_badarg(fun() -> garbage_collect(self(), [{type, medium}]) end)]),
    io:format("~p~n", [catch_badarg(fun() -> garbage_collect(self(), not_a_list) end)]),
    Idle = spawn(fun() -> receive {From, stop} -> From ! {stopped, length(element(1, Keep))} end end),
    io:format("~p~n", [garbage_collect(Idle)]),
    Idle ! {self(), stop},
    receive {stopped, N} -> io:format("idle process kept its data: ~p~n", [N]) end,
    Dead = spawn(fun() -> ok end),
    Mon = monitor(process, Dead),
    receive {'DOWN', Mon, process, Dead, _} -> ok end,
    io:format("~p~n", [garbage_collect(Dead)]),
    io:format("~p~n", [garbage_collect(Dead, [{async, dead}])]),
    receive {garbage_collect, dead, R2} -> io:format("async dead ~p~n", [R2]) end,
    io:format("~p~n", [Keep =:= {lists:seq(1, 300), <<"bin">>, #{a => 1}}]).

catch_badarg(F) ->
    try F() of
        V -> {returned, V}
    catch
        error:badarg -> badarg
    end.
