#!/usr/bin/env escript
-module(logger_custom_handler).
-mode(compile).
-export([main/1, log/2, adding_handler/1]).
%% A handler module of one's own: logger calls its log/2 in the logging
%% process with the event. Here it hands the events to the main process,
%% which prints them (a crash report also with proc_lib:format/1,3 and
%% proc_lib:report_cb/2).

log(#{msg := Msg, level := L, meta := Meta}, #{config := #{to := Pid}}) ->
    Pid ! {logged, L, Msg, maps:with([domain, error_logger, logger_formatter], Meta)}.

adding_handler(#{config := #{refuse := true}}) -> {error, refused};
adding_handler(Config) -> {ok, Config}.

%% Pids as <PID> (they are not in a report block here).
no_pids([$<, $0, $. | T]) -> "<PID>" ++ no_pids(lists:nthtail(1, lists:dropwhile(fun(C) -> C =/= $> end, T)));
no_pids([C | T]) -> [C | no_pids(T)];
no_pids([]) -> [].

%% Nor are the VM-specific sizes.
no_sizes(Text) ->
    Lines = string:split(Text, "\n", all),
    Keep = [L || L <- Lines, string:find(L, "heap_size") =:= nomatch,
                 string:find(L, "stack_size") =:= nomatch,
                 string:find(L, "reductions") =:= nomatch],
    lists:join("\n", Keep).

main(_) ->
    ok = logger:add_handler(catcher, ?MODULE, #{config => #{to => self()}}),
    ok = logger:remove_handler(default),
    io:format("ids: ~p~n", [logger:get_handler_ids()]),
    io:format("again: ~p~n", [logger:add_handler(catcher, ?MODULE, #{})]),
    io:format("no log/2: ~p~n", [logger:add_handler(other, lists, #{})]),
    io:format("refused: ~p~n", [logger:add_handler(other, ?MODULE, #{config => #{refuse => true}})]),
    _ = proc_lib:spawn(erlang, exit, [{some, reason}]),
    receive {logged, L, {report, #{label := Label, report := Rep}}, Meta} ->
        io:format("~p ~p~n~p~n", [L, Label, Meta]),
        io:format("~s~n", [no_sizes(no_pids(lists:flatten(proc_lib:format(Rep))))]),
        io:format("~s~n", [no_sizes(no_pids(lists:flatten(proc_lib:format(Rep, latin1, 3))))]),
        Single = proc_lib:report_cb(#{label => Label, report => Rep}, #{single_line => true}),
        [Before, _] = string:split(no_pids(lists:flatten(Single)), ", heap_size"),
        io:format("~s~n", [Before])
    end,
    logger:error("hello ~p", [1]),
    receive {logged, L2, M2, Meta2} -> io:format("~p ~p ~p~n", [L2, M2, Meta2]) end,
    error_logger:error_msg("em ~p", [2]),
    receive {logged, L3, M3, Meta3} -> io:format("~p ~p~n~p~n", [L3, M3, maps:remove(report_cb, Meta3)]) end,
    logger:notice("notice"),
    logger:info("info dropped by the primary level"),
    receive {logged, L4, M4, _} -> io:format("~p ~p~n", [L4, M4]) end,
    receive Other -> io:format("unexpected: ~p~n", [Other]) after 0 -> ok end,
    io:format("done~n").
