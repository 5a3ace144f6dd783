%% sys: the system-message protocol every OTP process speaks, as OTP 25's
%% sys module does. Requests travel as `{system, From, Request}` through
%% gen:call; the process hands them to handle_system_msg/6, which answers
%% and then continues, suspends or terminates the process through its
%% module's system_continue/3, system_terminate/4 and system_code_change/4.
%% While suspended a process serves only system messages and its parent's
%% EXIT, so ordinary messages wait in its queue.
%%
%% Also here: the debug options (trace, log, log_to_file, statistics,
%% installed functions) behaviours keep in their Debug list.
%%
%% Not supported: hibernation while suspended (a hibernating process stays
%% awake; the observable behaviour is the same).
-module(sys).

-export([suspend/1, suspend/2, resume/1, resume/2, get_status/1, get_status/2,
         get_state/1, get_state/2, replace_state/2, replace_state/3,
         change_code/4, change_code/5, terminate/2, terminate/3,
         log/2, log/3, trace/2, trace/3, log_to_file/2, log_to_file/3,
         statistics/2, statistics/3, no_debug/1, no_debug/2,
         install/2, install/3, remove/2, remove/3]).
-export([handle_system_msg/6, handle_system_msg/7, handle_debug/4,
         print_log/1, get_log/1, get_debug/3, debug_options/1, suspend_loop_hib/6]).

%%% The requests

suspend(Name) -> send_system_msg(Name, suspend).
suspend(Name, Timeout) -> send_system_msg(Name, suspend, Timeout).
resume(Name) -> send_system_msg(Name, resume).
resume(Name, Timeout) -> send_system_msg(Name, resume, Timeout).
get_status(Name) -> send_system_msg(Name, get_status).
get_status(Name, Timeout) -> send_system_msg(Name, get_status, Timeout).

%% A failing state callback comes back as {error, Reason}, raised here.
-file("sys.erl", 137).
get_state(Name) ->
    case send_system_msg(Name, get_state) of
        {error, Reason} -> error(Reason);
        State -> State
    end.

get_state(Name, Timeout) ->
    case send_system_msg(Name, get_state, Timeout) of
        {error, Reason} -> error(Reason);
        State -> State
    end.

-file("sys.erl", 157).
replace_state(Name, Fun) ->
    case send_system_msg(Name, {replace_state, Fun}) of
        {error, Reason} -> error(Reason);
        State -> State
    end.

replace_state(Name, Fun, Timeout) ->
    case send_system_msg(Name, {replace_state, Fun}, Timeout) of
        {error, Reason} -> error(Reason);
        State -> State
    end.

change_code(Name, Mod, Vsn, Extra) -> send_system_msg(Name, {change_code, Mod, Vsn, Extra}).
change_code(Name, Mod, Vsn, Extra, Timeout) -> send_system_msg(Name, {change_code, Mod, Vsn, Extra}, Timeout).
terminate(Name, Reason) -> send_system_msg(Name, {terminate, Reason}).
terminate(Name, Reason, Timeout) -> send_system_msg(Name, {terminate, Reason}, Timeout).

log(Name, Flag) -> send_system_msg(Name, {debug, {log, Flag}}).
log(Name, Flag, Timeout) -> send_system_msg(Name, {debug, {log, Flag}}, Timeout).
trace(Name, Flag) -> send_system_msg(Name, {debug, {trace, Flag}}).
trace(Name, Flag, Timeout) -> send_system_msg(Name, {debug, {trace, Flag}}, Timeout).
log_to_file(Name, File) -> send_system_msg(Name, {debug, {log_to_file, File}}).
log_to_file(Name, File, Timeout) -> send_system_msg(Name, {debug, {log_to_file, File}}, Timeout).
statistics(Name, Flag) -> send_system_msg(Name, {debug, {statistics, Flag}}).
statistics(Name, Flag, Timeout) -> send_system_msg(Name, {debug, {statistics, Flag}}, Timeout).
no_debug(Name) -> send_system_msg(Name, {debug, no_debug}).
no_debug(Name, Timeout) -> send_system_msg(Name, {debug, no_debug}, Timeout).
install(Name, Spec) -> send_system_msg(Name, {debug, {install, Spec}}).
install(Name, Spec, Timeout) -> send_system_msg(Name, {debug, {install, Spec}}, Timeout).
remove(Name, Func) -> send_system_msg(Name, {debug, {remove, Func}}).
remove(Name, Func, Timeout) -> send_system_msg(Name, {debug, {remove, Func}}, Timeout).

%% A failed request exits with the reason and the sys call that failed.
-file("sys.erl", 334).
send_system_msg(Name, Request) ->
    case catch gen:call(Name, system, Request) of
        {ok, Result} -> Result;
        {'EXIT', Reason} -> exit({Reason, called(Name, Request)})
    end.

-file("sys.erl", 340).
send_system_msg(Name, Request, Timeout) ->
    case catch gen:call(Name, system, Request, Timeout) of
        {ok, Result} -> Result;
        {'EXIT', Reason} -> exit({Reason, called(Name, Request, Timeout)})
    end.

called(Name, Request, Timeout) ->
    {M, F, A} = called(Name, Request),
    {M, F, A ++ [Timeout]}.

called(Name, {debug, {Func, Arg}}) -> {sys, Func, [Name, Arg]};
called(Name, {change_code, Mod, Vsn, Extra}) -> {sys, change_code, [Name, Mod, Vsn, Extra]};
called(Name, {terminate, Reason}) -> {sys, terminate, [Name, Reason]};
called(Name, Request) -> {sys, Request, [Name]}.

%%% The process side

%% Never returns: continues in Mod:system_continue/3 or
%% Mod:system_terminate/4, or stays suspended.
%% /8 takes the arguments of /7 in the same order, so that /7, which
%% every gen_server system message goes through, only adds one.
handle_system_msg(Msg, From, Parent, Mod, Debug, Misc) ->
    handle_system_msg(Msg, From, Parent, Mod, Debug, Misc, false, running).

handle_system_msg(Msg, From, Parent, Mod, Debug, Misc, Hib) ->
    handle_system_msg(Msg, From, Parent, Mod, Debug, Misc, Hib, running).

%% The lines are OTP's: do_cmd is called on 388, and the reply of a
%% suspended, running and terminating outcome is sent on 390, 393 and 396
%% (what a stack trace through gen:reply shows).
-file("sys.erl", 386).
handle_system_msg(Msg, From, Parent, Mod, Debug, Misc, Hib, SysState) ->
    case do_cmd(SysState, Msg, Parent, Mod, Debug, Misc) of
        {suspended, Reply, NDebug, NMisc} ->
            _ = gen:reply(From, Reply),
            suspended(Parent, Mod, NDebug, NMisc, Hib);
        {running, Reply, NDebug, NMisc} ->
            _ = gen:reply(From, Reply),
            Mod:system_continue(Parent, NDebug, NMisc);
        {{terminating, Reason}, Reply, NDebug, NMisc} ->
            _ = gen:reply(From, Reply),
            Mod:system_terminate(Reason, Parent, NDebug, NMisc)
    end.

%% Suspended: only system messages and the parent's EXIT are taken.
suspended(Parent, Mod, Debug, Misc, Hib) ->
    receive
        {system, From, Msg} ->
            handle_system_msg(Msg, From, Parent, Mod, Debug, Misc, Hib, suspended);
        {'EXIT', Parent, Reason} ->
            Mod:system_terminate(Reason, Parent, Debug, Misc)
    end.

%% Kept for code that hibernates through sys (OTP exports it).
suspend_loop_hib(_SysState, Parent, Mod, Debug, Misc, Hib) ->
    suspended(Parent, Mod, Debug, Misc, Hib).

%% {NextSysState, Reply, Debug, Misc}
-file("sys.erl", 478).
do_cmd(_, suspend, _Parent, _Mod, Debug, Misc) ->
    {suspended, ok, Debug, Misc};
do_cmd(_, resume, _Parent, _Mod, Debug, Misc) ->
    {running, ok, Debug, Misc};
do_cmd(SysState, get_state, _Parent, Mod, Debug, Misc) ->
    {SysState, state_of(Mod, Misc), Debug, Misc};
do_cmd(SysState, {replace_state, Fun}, _Parent, Mod, Debug, Misc) ->
    {Reply, NMisc} = replace(Fun, Mod, Misc),
    {SysState, Reply, Debug, NMisc};
do_cmd(SysState, get_status, Parent, Mod, Debug, Misc) ->
    {SysState, status(SysState, Parent, Mod, Debug, Misc), Debug, Misc};
do_cmd(SysState, {debug, What}, _Parent, _Mod, Debug, Misc) ->
    {Reply, NDebug} = debug_cmd(What, Debug),
    {SysState, Reply, NDebug, Misc};
do_cmd(_, {terminate, Reason}, _Parent, _Mod, Debug, Misc) ->
    {{terminating, Reason}, ok, Debug, Misc};
do_cmd(suspended, {change_code, Module, Vsn, Extra}, _Parent, Mod, Debug, Misc) ->
    %% Code changes only while suspended; a running process answers that
    %% it does not know the request, as OTP's does.
    {Reply, NMisc} = do_change_code(Mod, Module, Vsn, Extra, Misc),
    {suspended, Reply, Debug, NMisc};
do_cmd(SysState, Other, _Parent, _Mod, Debug, Misc) ->
    {SysState, {error, {unknown_system_msg, Other}}, Debug, Misc}.

-file("sys.erl", 604).
do_change_code(Mod, Module, Vsn, Extra, Misc) ->
    case catch Mod:system_code_change(Misc, Module, Vsn, Extra) of
        {ok, NMisc} -> {ok, NMisc};
        Else -> {{error, Else}, Misc}
    end.

state_of(Mod, Misc) ->
    case erlang:function_exported(Mod, system_get_state, 1) of
        true ->
            try Mod:system_get_state(Misc) of
                {ok, State} -> State
            catch
                Class:Reason ->
                    {error, {callback_failed, {Mod, system_get_state}, {Class, Reason}}}
            end;
        false ->
            Misc
    end.

replace(Fun, Mod, Misc) ->
    case erlang:function_exported(Mod, system_replace_state, 2) of
        true ->
            try Mod:system_replace_state(Fun, Misc) of
                {ok, State, NMisc} -> {State, NMisc}
            catch
                Class:Reason ->
                    {{error, {callback_failed, {Mod, system_replace_state}, {Class, Reason}}}, Misc}
            end;
        false ->
            try Fun(Misc) of
                NMisc -> {NMisc, NMisc}
            catch
                Class:Reason -> {{error, {callback_failed, Fun, {Class, Reason}}}, Misc}
            end
    end.

status(SysState, Parent, Mod, Debug, Misc) ->
    PDict = get(),
    Shown = case erlang:function_exported(Mod, format_status, 2) of
                true -> Mod:format_status(normal, [PDict, SysState, Parent, Debug, Misc]);
                false -> Misc
            end,
    {status, self(), {module, Mod}, [PDict, SysState, Parent, Debug, Shown]}.

%%% Debug options

debug_cmd({trace, true}, Debug) ->
    {ok, install_debug(trace, true, Debug)};
debug_cmd({trace, false}, Debug) ->
    {ok, remove_debug(trace, Debug)};
debug_cmd({log, true}, Debug) ->
    Log = get_debug(log, Debug, log_new(10)),
    {ok, install_debug(log, log_resize(10, Log), Debug)};
debug_cmd({log, {true, N}}, Debug) when is_integer(N), N >= 1 ->
    Log = get_debug(log, Debug, log_new(N)),
    {ok, install_debug(log, log_resize(N, Log), Debug)};
debug_cmd({log, false}, Debug) ->
    {ok, remove_debug(log, Debug)};
debug_cmd({log, print}, Debug) ->
    print_log(Debug),
    {ok, Debug};
debug_cmd({log, get}, Debug) ->
    {{ok, get_log(Debug)}, Debug};
debug_cmd({log_to_file, false}, Debug) ->
    {ok, close_log_file(Debug)};
debug_cmd({log_to_file, File}, Debug) ->
    NDebug = close_log_file(Debug),
    case file:open(File, [write, {encoding, utf8}]) of
        {ok, Fd} -> {ok, install_debug(log_to_file, Fd, NDebug)};
        _ -> {{error, open_file}, NDebug}
    end;
debug_cmd({statistics, true}, Debug) ->
    {ok, install_debug(statistics, stat_new(), Debug)};
debug_cmd({statistics, false}, Debug) ->
    {ok, remove_debug(statistics, Debug)};
debug_cmd({statistics, get}, Debug) ->
    {{ok, stat_get(get_debug(statistics, Debug, []))}, Debug};
debug_cmd(no_debug, Debug) ->
    _ = close_log_file(Debug),
    {ok, []};
debug_cmd({install, {Func, FuncState}}, Debug) ->
    {ok, install_debug(Func, FuncState, Debug)};
debug_cmd({install, {FuncId, Func, FuncState}}, Debug) ->
    {ok, install_debug(FuncId, {Func, FuncState}, Debug)};
debug_cmd({remove, FuncOrId}, Debug) ->
    {ok, remove_debug(FuncOrId, Debug)};
debug_cmd(_, Debug) ->
    {unknown_debug, Debug}.

%% Debug options given at start (gen:debug_options/2).
debug_options(Options) ->
    lists:foldl(fun debug_option/2, [], Options).

debug_option(trace, Debug) -> install_debug(trace, true, Debug);
debug_option(log, Debug) -> install_debug(log, log_new(10), Debug);
debug_option({log, N}, Debug) when is_integer(N), N > 0 -> install_debug(log, log_new(N), Debug);
debug_option(statistics, Debug) -> install_debug(statistics, stat_new(), Debug);
debug_option({log_to_file, File}, Debug) ->
    case file:open(File, [write, {encoding, utf8}]) of
        {ok, Fd} -> install_debug(log_to_file, Fd, Debug);
        _ -> Debug
    end;
debug_option({install, {Func, FuncState}}, Debug) -> install_debug(Func, FuncState, Debug);
debug_option({install, {FuncId, Func, FuncState}}, Debug) -> install_debug(FuncId, {Func, FuncState}, Debug);
debug_option(_, Debug) -> Debug.

%% Records Event in every debug option; returns the new Debug list.
%% FormFunc(Device, Event, Extra) prints an event.
handle_debug([], _FormFunc, _Extra, _Event) ->
    [];
handle_debug([{trace, true} = Opt | T], FormFunc, Extra, Event) ->
    FormFunc(standard_io, Event, Extra),
    [Opt | handle_debug(T, FormFunc, Extra, Event)];
handle_debug([{log, Log} | T], FormFunc, Extra, Event) ->
    [{log, log_put({Event, Extra, FormFunc}, Log)} | handle_debug(T, FormFunc, Extra, Event)];
handle_debug([{log_to_file, Fd} = Opt | T], FormFunc, Extra, Event) ->
    FormFunc(Fd, Event, Extra),
    [Opt | handle_debug(T, FormFunc, Extra, Event)];
handle_debug([{statistics, Stat} | T], FormFunc, Extra, Event) ->
    [{statistics, stat_count(Event, Stat)} | handle_debug(T, FormFunc, Extra, Event)];
handle_debug([{FuncId, {Func, FuncState}} | T], FormFunc, Extra, Event) when is_function(Func, 3) ->
    Rest = handle_debug(T, FormFunc, Extra, Event),
    case run_installed(Func, FuncState, Event, Extra) of
        done -> Rest;
        {keep, NState} -> [{FuncId, {Func, NState}} | Rest]
    end;
handle_debug([{Func, FuncState} | T], FormFunc, Extra, Event) ->
    Rest = handle_debug(T, FormFunc, Extra, Event),
    case run_installed(Func, FuncState, Event, Extra) of
        done -> Rest;
        {keep, NState} -> [{Func, NState} | Rest]
    end.

%% An installed function returns (or throws) `done` to remove itself, or
%% its new state; if it crashes it is removed.
run_installed(Func, FuncState, Event, Extra) ->
    try Func(FuncState, Event, Extra) of
        done -> done;
        NState -> {keep, NState}
    catch
        throw:done -> done;
        throw:NState -> {keep, NState};
        _:_ -> done
    end.

install_debug(Item, Data, Debug) ->
    case lists:keymember(Item, 1, Debug) of
        true -> Debug;
        false -> [{Item, Data} | Debug]
    end.

remove_debug(Item, Debug) ->
    lists:keydelete(Item, 1, Debug).

get_debug(Item, Debug, Default) ->
    case lists:keyfind(Item, 1, Debug) of
        {Item, Data} -> Data;
        false -> Default
    end.

close_log_file(Debug) ->
    case get_debug(log_to_file, Debug, []) of
        [] -> Debug;
        Fd ->
            ok = file:close(Fd),
            remove_debug(log_to_file, Debug)
    end.

print_log(Debug) ->
    Log = get_debug(log, Debug, log_new(10)),
    lists:foreach(fun({Event, Extra, FormFunc}) -> FormFunc(standard_io, Event, Extra) end,
                  log_items(Log)).

get_log(Debug) ->
    [Event || {Event, _Extra, _FormFunc} <- log_items(get_debug(log, Debug, log_new(10)))].

%% The log keeps the last N events: {N, NewestFirst}.
log_new(N) -> {N, []}.

log_put(Item, {N, Items}) -> {N, lists:sublist([Item | Items], N)}.

log_items({_N, Items}) -> lists:reverse(Items).

log_resize(N, {_Old, Items}) -> {N, lists:sublist(Items, N)}.

stat_new() ->
    {reductions, Reds} = process_info(self(), reductions),
    {erlang:localtime(), Reds, 0, 0}.

stat_get({Start, Reds0, In, Out}) ->
    {reductions, Reds} = process_info(self(), reductions),
    [{start_time, Start}, {current_time, erlang:localtime()},
     {reductions, Reds - Reds0}, {messages_in, In}, {messages_out, Out}];
stat_get(_) ->
    no_statistics.

stat_count({in, _}, {T, R, In, Out}) -> {T, R, In + 1, Out};
stat_count({in, _, _}, {T, R, In, Out}) -> {T, R, In + 1, Out};
stat_count({out, _, _}, {T, R, In, Out}) -> {T, R, In, Out + 1};
stat_count({out, _, _, _}, {T, R, In, Out}) -> {T, R, In, Out + 1};
stat_count(_, Stat) -> Stat.
