%% supervisor_children: the children of a `supervisor`, seen one at a time
%% or as the {Ids, Db} collection a static supervisor keeps. Starting a
%% child process, stopping it with OTP's shutdown protocol (stopping a
%% whole simple_one_for_one population at once), and the logger reports a
%% supervisor writes (SUPERVISOR REPORT, PROGRESS REPORT), including their
%% text for supervisor:format_log/1,2.
%%
%% Runs inside the supervisor process; supervisor.erl decides what to
%% start, stop and restart.
-module(supervisor_children).

-export([from_spec/1, to_spec/1]).
-export([map/2, split/2, append/2, set_pid/3, forget/2, remove/2,
         find_by_pid/2]).
-export([start/2, start_all/2, start_mfa/3]).
-export([terminate/2, terminate_all/2, terminate_dynamic/3]).
-export([report_error/4, format_log/1, format_log/2]).
%% Shared with supervisor_bridge, whose reports have the same layout.
-export([format_multi/2]).

%% The same record as in supervisor.erl (OTP 25's layout); keep them equal.
-record(child, {pid = undefined,     % pid() | undefined | {restarting, _}
                id,
                mfargs,
                restart_type,
                significant,
                shutdown,
                child_type,
                modules = []}).

%%==========================================================================
%% Child specs and #child records
%%==========================================================================

%% A spec map checked by supervisor_spec:check_childspec/2.
from_spec(#{id := Id, start := Start, restart := Restart,
            significant := Significant, shutdown := Shutdown,
            type := Type, modules := Modules}) ->
    #child{id = Id, mfargs = Start, restart_type = Restart,
           significant = Significant, shutdown = Shutdown,
           child_type = Type, modules = Modules}.

to_spec(#child{id = Id, mfargs = Start, restart_type = Restart,
               significant = Significant, shutdown = Shutdown,
               child_type = Type, modules = Modules}) ->
    #{id => Id, start => Start, restart => Restart, significant => Significant,
      shutdown => Shutdown, type => Type, modules => Modules}.

%%==========================================================================
%% The collection: {Ids, #{Id => #child{}}}, Ids most recent first
%%==========================================================================

%% Applies Fun to each child in Ids order. Fun returns {update, Child},
%% remove or {abort, Reason}. The result lists the ids in reverse order
%% (so a start in start order leaves the most recent first); on abort every
%% id is kept: {error, Children, Reason}.
map(Fun, {Ids, Db}) ->
    map(Fun, Ids, Db, []).

map(Fun, [Id | Ids], Db, Done) ->
    case Fun(Id, maps:get(Id, Db)) of
        {update, Child} -> map(Fun, Ids, Db#{Id => Child}, [Id | Done]);
        remove -> map(Fun, Ids, maps:remove(Id, Db), Done);
        {abort, Reason} -> {error, {lists:reverse(Ids) ++ [Id | Done], Db}, Reason}
    end;
map(_Fun, [], Db, Done) ->
    {ok, {Done, Db}}.

%% For rest_for_one: {the children started after Id plus Id itself (whose
%% process is gone), those started before it}.
split(Id, {Ids, Db}) ->
    {Newer, [Id | Older]} = lists:splitwith(fun(I) -> I =/= Id end, Ids),
    After = Newer ++ [Id],
    #{Id := Child} = AfterDb = maps:with(After, Db),
    {{After, AfterDb#{Id := Child#child{pid = undefined}}},
     {Older, maps:with(Older, Db)}}.

append({Ids1, Db1}, {Ids2, Db2}) ->
    {Ids1 ++ Ids2, maps:merge(Db1, Db2)}.

set_pid(Pid, Id, {Ids, Db}) ->
    {Ids, maps:update_with(Id, fun(Child) -> Child#child{pid = Pid} end, Db)}.

%% The child's process is gone: a temporary child is forgotten, the others
%% keep their spec with no process.
forget(Id, {Ids, Db}) ->
    case maps:get(Id, Db) of
        #child{restart_type = temporary} -> remove(Id, {Ids, Db});
        Child -> {Ids, Db#{Id := Child#child{pid = undefined}}}
    end.

remove(Id, {Ids, Db}) ->
    {lists:delete(Id, Ids), maps:remove(Id, Db)}.

find_by_pid(Pid, {_Ids, Db}) ->
    case [C || #child{pid = P} = C <- maps:values(Db), P =:= Pid] of
        [Child | _] -> {ok, Child};
        [] -> error
    end.

%%==========================================================================
%% Starting
%%==========================================================================

%% Starts the children of a collection in start order; stops at the first
%% failure (reported) with {error, Children, {failed_to_start_child, Id, R}}.
start_all(Children, SupName) ->
    Start = fun(Id, Child) ->
                    case start(SupName, Child) of
                        {ok, undefined} when Child#child.restart_type =:= temporary ->
                            remove;
                        {ok, Pid} -> {update, Child#child{pid = Pid}};
                        {ok, Pid, _Info} -> {update, Child#child{pid = Pid}};
                        {error, Reason} ->
                            report_error(start_error, Reason, Child, SupName),
                            {abort, {failed_to_start_child, Id, Reason}}
                    end
            end,
    map(Start, Children).

%% Runs the child's start function; a started child gets a progress report.
%% {ok, undefined} stands for `ignore`.
start(SupName, #child{mfargs = {M, F, A}} = Child) ->
    case start_mfa(M, F, A) of
        {ok, Pid} = Ok when is_pid(Pid) ->
            report_progress(Child#child{pid = Pid}, SupName),
            Ok;
        {ok, Pid, _Info} = Ok when is_pid(Pid) ->
            report_progress(Child#child{pid = Pid}, SupName),
            Ok;
        Other ->
            Other
    end.

start_mfa(M, F, A) ->
    case catch apply(M, F, A) of
        {ok, Pid} = Ok when is_pid(Pid) -> Ok;
        {ok, Pid, _Info} = Ok when is_pid(Pid) -> Ok;
        ignore -> {ok, undefined};
        {error, _} = Error -> Error;
        Other -> {error, Other}
    end.

%%==========================================================================
%% Stopping
%%==========================================================================

%% Stops the children of a collection, most recent first; temporary ones
%% are forgotten. Returns the collection, ids in start order.
terminate_all(Children, SupName) ->
    Stop = fun(_Id, Child) ->
                   terminate(Child, SupName),
                   case Child#child.restart_type of
                       temporary -> remove;
                       _ -> {update, Child#child{pid = undefined}}
                   end
           end,
    {ok, Stopped} = map(Stop, Children),
    Stopped.

%% Stops one child (if it has a process); a bad exit reason is reported.
terminate(#child{pid = Pid} = Child, SupName) when is_pid(Pid) ->
    case shutdown(Child) of
        ok -> ok;
        {error, Reason} -> report_error(shutdown_error, Reason, Child, SupName)
    end,
    ok;
terminate(_Child, _SupName) ->
    ok.

%% The shutdown protocol: exit(Pid, shutdown), wait Time for it to die,
%% then kill it (brutal_kill kills at once). The monitor sees the death
%% even if the child unlinked itself.
shutdown(#child{pid = Pid, shutdown = brutal_kill} = Child) ->
    Mon = erlang:monitor(process, Pid),
    exit(Pid, kill),
    receive
        {'DOWN', Mon, process, Pid, Reason} ->
            shutdown_result(exit_reason(Pid, Reason), killed, Child)
    end;
shutdown(#child{pid = Pid, shutdown = Time} = Child) ->
    Mon = erlang:monitor(process, Pid),
    exit(Pid, shutdown),
    receive
        {'DOWN', Mon, process, Pid, Reason} ->
            shutdown_result(exit_reason(Pid, Reason), shutdown, Child)
    after Time ->
            exit(Pid, kill),
            receive
                {'DOWN', Mon, process, Pid, Reason} ->
                    shutdown_result(exit_reason(Pid, Reason), shutdown, Child)
            end
    end.

%% The reason in the child's EXIT signal (if it came) is the one that counts.
exit_reason(Pid, DownReason) ->
    unlink(Pid),
    receive
        {'EXIT', Pid, Reason} -> Reason
    after 0 ->
            DownReason
    end.

%% Expected is `killed` for brutal_kill, `shutdown` otherwise; a child that
%% is not permanent may also have ended normally on its own.
shutdown_result(Expected, Expected, _Child) ->
    ok;
shutdown_result(Reason, _Expected, #child{restart_type = RestartType}) ->
    case RestartType =/= permanent andalso is_normal_exit(Reason) of
        true -> ok;
        false -> {error, Reason}
    end.

is_normal_exit(normal) -> true;
is_normal_exit(shutdown) -> true;
is_normal_exit({shutdown, _}) -> true;
is_normal_exit(_) -> false.

%% simple_one_for_one: all Pids (the template's children) are told to stop
%% at once, then awaited; one shutdown_error report per distinct bad exit
%% reason, listing its pids.
terminate_dynamic(Template, Pids, SupName) ->
    Signal = case Template#child.shutdown of
                 brutal_kill -> kill;
                 _ -> shutdown
             end,
    Monitors = maps:from_list(
                 [begin
                      Mon = erlang:monitor(process, P),
                      exit(P, Signal),
                      {{P, Mon}, true}
                  end || P <- Pids]),
    Timer = case Template#child.shutdown of
                brutal_kill -> undefined;
                infinity -> undefined;
                Time -> erlang:start_timer(Time, self(), kill)
            end,
    Expected = case Signal of
                   kill -> killed;
                   shutdown -> shutdown
               end,
    Errors = await_dynamic(Template, Expected, Monitors, Timer, #{}),
    maps:foreach(fun(Reason, Failed) ->
                         report_error(shutdown_error, Reason,
                                      Template#child{pid = Failed}, SupName)
                 end, Errors).

await_dynamic(_Child, _Expected, Monitors, Timer, Errors)
  when map_size(Monitors) =:= 0 ->
    cancel_kill_timer(Timer),
    Errors;
await_dynamic(Child, Expected, Monitors, Timer, Errors) ->
    receive
        {'DOWN', Mon, process, Pid, Reason0} when is_map_key({Pid, Mon}, Monitors) ->
            Rest = maps:remove({Pid, Mon}, Monitors),
            Reason = exit_reason(Pid, Reason0),
            Errors1 = case shutdown_result(Reason, Expected, Child) of
                          ok -> Errors;
                          {error, _} -> prepend(Reason, Pid, Errors)
                      end,
            await_dynamic(Child, Expected, Rest, Timer, Errors1);
        {timeout, Timer, kill} when Timer =/= undefined ->
            maps:foreach(fun({P, _}, _) -> exit(P, kill) end, Monitors),
            await_dynamic(Child, Expected, Monitors, undefined, Errors)
    end.

cancel_kill_timer(undefined) ->
    ok;
cancel_kill_timer(Timer) ->
    _ = erlang:cancel_timer(Timer),
    receive
        {timeout, Timer, kill} -> ok
    after 0 ->
            ok
    end.

prepend(Key, Value, Map) ->
    maps:update_with(Key, fun(Values) -> [Value | Values] end, [Value], Map).

%%==========================================================================
%% Reports
%%==========================================================================

%% A SUPERVISOR REPORT (error level). Context is start_error,
%% child_terminated, shutdown_error or shutdown.
report_error(Context, Reason, Child, SupName) ->
    case logger:allow(error, supervisor) of
        true ->
            Report = #{label => {supervisor, Context},
                       report => [{supervisor, SupName},
                                  {errorContext, Context},
                                  {reason, Reason},
                                  {offender, extract_child(Child)}]},
            logger:macro_log(#{}, error, Report,
                             report_meta("SUPERVISOR REPORT", error_report,
                                         supervisor_report));
        false ->
            ok
    end.

%% A PROGRESS REPORT (info level: not shown by default).
report_progress(Child, SupName) ->
    case logger:allow(info, supervisor) of
        true ->
            Report = #{label => {supervisor, progress},
                       report => [{supervisor, SupName},
                                  {started, extract_child(Child)}]},
            logger:macro_log(#{}, info, Report,
                             report_meta("PROGRESS REPORT", info_report,
                                         progress));
        false ->
            ok
    end.

report_meta(Title, Tag, Type) ->
    #{domain => [otp, sasl],
      report_cb => fun supervisor:format_log/2,
      logger_formatter => #{title => Title},
      error_logger => #{tag => Tag, type => Type,
                        report_cb => fun supervisor:format_log/1}}.

%% The child as reports show it; a list of pids (simple_one_for_one
%% children that failed to stop alike) is shown as their number.
extract_child(#child{pid = Pids} = Child) when is_list(Pids) ->
    [{nb_children, length(Pids)} | child_fields(Child)];
extract_child(#child{pid = Pid} = Child) ->
    [{pid, Pid} | child_fields(Child)].

child_fields(#child{id = Id, mfargs = MFA, restart_type = Restart,
                    significant = Significant, shutdown = Shutdown,
                    child_type = Type}) ->
    [{id, Id}, {mfargs, MFA}, {restart_type, Restart},
     {significant, Significant}, {shutdown, Shutdown}, {child_type, Type}].

%% The error_logger (legacy) form: {Format, Args}, multi-line, depth-limited
%% by the error_logger_format_depth setting.
format_log(LogReport) ->
    Depth = error_logger:get_format_depth(),
    Opts = #{chars_limit => unlimited, depth => Depth, single_line => false,
             encoding => utf8},
    format_multi(limit_report(LogReport, Depth), Opts).

%% The logger form: chardata, shaped by the formatter's options.
format_log(Report, Opts0) ->
    Opts = ferl_report:options(Opts0),
    {Format, Args} = case Opts of
                         #{single_line := true} -> format_single(Report, Opts);
                         _ -> format_multi(Report, Opts)
                     end,
    ferl_report:text(Format, Args, Opts).

limit_report(Report, unlimited) ->
    Report;
limit_report(#{label := {supervisor, progress},
               report := [Sup, {started, Child}]} = Report, Depth) ->
    Report#{report => [Sup, {started, io_lib:limit_term(Child, Depth)}]};
limit_report(#{label := {supervisor, _},
               report := [Sup, {errorContext, Ctxt}, {reason, Reason},
                          {offender, Child}]} = Report, Depth) ->
    Limit = fun(T) -> io_lib:limit_term(T, Depth) end,
    Report#{report => [Sup, {errorContext, Limit(Ctxt)},
                       {reason, Limit(Reason)},
                       {offender, Limit(Child)}]}.

format_single(#{label := {supervisor, progress},
                report := [{supervisor, SupName}, {started, Child}]}, Opts) ->
    P = ferl_report:directive(Opts),
    {ChildFormat, ChildArgs} = child_single(Child, "Started:"),
    {"Supervisor: " ++ P ++ "." ++ ChildFormat,
     ferl_report:with_depth([SupName], Opts) ++ ChildArgs};
format_single(#{label := {supervisor, _},
                report := [{supervisor, SupName}, {errorContext, Ctxt},
                           {reason, Reason}, {offender, Child}]}, Opts) ->
    P = ferl_report:directive(Opts),
    {ChildFormat, ChildArgs} = child_single(Child, "Offender:"),
    {"Supervisor: " ++ P ++ ". Context: " ++ P ++ ". Reason: " ++ P ++ "."
     ++ ChildFormat,
     ferl_report:with_depth([SupName, Ctxt, Reason], Opts) ++ ChildArgs};
format_single(Report, Opts) ->
    format_multi(Report, Opts).

format_multi(#{label := {supervisor, progress},
               report := [{supervisor, SupName}, {started, Child}]}, Opts) ->
    P = ferl_report:directive(Opts),
    {"    supervisor: " ++ P ++ "~n    started: " ++ P ++ "~n",
     ferl_report:with_depth([SupName, Child], Opts)};
format_multi(#{label := {supervisor, _},
               report := [{supervisor, SupName}, {errorContext, Ctxt},
                          {reason, Reason}, {offender, Child}]}, Opts) ->
    P = ferl_report:directive(Opts),
    {"    supervisor: " ++ P ++ "~n    errorContext: " ++ P
     ++ "~n    reason: " ++ P ++ "~n    offender: " ++ P ++ "~n",
     ferl_report:with_depth([SupName, Ctxt, Reason, Child], Opts)}.

%% " Offender: id=...,pid=..." (or nb_children for several pids).
child_single(Child, Tag) ->
    {id, Id} = lists:keyfind(id, 1, Child),
    case lists:keyfind(pid, 1, Child) of
        {pid, Pid} ->
            {" ~s id=~w,pid=~w.", [Tag, Id, Pid]};
        false ->
            {nb_children, N} = lists:keyfind(nb_children, 1, Child),
            {" ~s id=~w,nb_children=~w.", [Tag, Id, N]}
    end.
