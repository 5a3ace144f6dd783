%% Stack traces see whether the running function has its frame yet:
%% processes waiting in functions with and without a frame, and errors
%% raised in functions with a frame, before and after a call.
-module(stacktrace_frames).
-mode(compile).
-export([main/1]).

main(_) ->
    show(spawn(fun() -> frameless_wait() end)),
    show(spawn(fun() -> framed_wait(1) end)),
    show(spawn(fun() -> deep(3) end)),
    trace(fun() -> with_frame(id(x)) end),
    trace(fun() -> after_call(id(x)) end),
    ok.

show(Pid) ->
    timer:sleep(20),
    {current_stacktrace, S} = process_info(Pid, current_stacktrace),
    io:format("~p~n", [[{M, F, A} || {M, F, A, _} <- S]]),
    exit(Pid, kill).

trace(F) ->
    try F() of
        V -> io:format("value ~p~n", [V])
    catch
        C:R:S -> io:format("~p:~p ~p~n", [C, R, [{M, Fn, A} || {M, Fn, A, _} <- S]])
    end.

frameless_wait() ->
    receive stop -> ok end.

framed_wait(N) ->
    X = receive stop -> N end,
    X + id(N).

deep(0) -> frameless_wait();
deep(N) -> [deep(N - 1)].

id(X) -> X.

with_frame(X) ->
    Y = id(X),
    Y + 1.

after_call(X) ->
    Y = id(X),
    [element(1, Y)].
