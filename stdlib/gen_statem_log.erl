%% gen_statem_log: what gen_statem says about itself. The crash report
%% ("** State machine ... terminating") sent to logger and its formatting
%% (gen_statem:format_log/1,2 delegate here), the sys debug lines
%% ("*DBG* ..."), the status that sys:get_status shows, the format_status
%% callback protocol, and the OTP-shaped stack traces gen_statem raises.
%%
%% Not supported / known differences:
%%  * The client stack trace of a crash during a call is the calling
%%    process's stack as this VM reports it.
-module(gen_statem_log).

-export([error_info/6, format_log/1, format_log/2, format_status/2,
         print_event/3, here/1, callback_stack/2]).

%%%=========================================================================
%%% Stack traces
%%%=========================================================================

%% Where OTP's gen_statem would be: the given frames of OTP 25's
%% gen_statem.erl ({Function, Arity, Line}, innermost first) on top of the
%% frames that called into the state machine (proc_lib, or the caller of
%% enter_loop). This is what OTP takes from process_info(self(),
%% current_stacktrace) when it raises an error of its own.
-spec here([{atom(), arity(), pos_integer()}]) -> list().
here(OtpFrames) ->
    Below = try throw(here) catch throw:here:Stack -> drop_own_frames(Stack) end,
    otp_frames(OtpFrames) ++ Below.

%% The stack trace of an exception from a callback: the callback's frames,
%% then OTP's frames of the function that called it, then the callers of
%% the state machine. gen_statem's own frames are replaced.
-spec callback_stack(list(), [{atom(), arity(), pos_integer()}]) -> list().
callback_stack(Stack, OtpFrames) ->
    {Callback, Rest} = lists:splitwith(fun(Frame) -> not is_invoker(Frame) end, Stack),
    case Rest of
        [] -> Stack;
        _ -> Callback ++ otp_frames(OtpFrames) ++ drop_own_frames(Rest)
    end.

%% The functions of gen_statem that call a callback inside a try.
is_invoker({gen_statem, F, _, _}) ->
    lists:member(F, [call_init, call_state_function, callback_mode, terminate,
                     system_code_change]);
is_invoker(_) ->
    false.

drop_own_frames([{M, _, _, _} | Stack]) when M =:= gen_statem; M =:= gen_statem_log ->
    drop_own_frames(Stack);
drop_own_frames(Stack) ->
    Stack.

otp_frames(Frames) ->
    [{gen_statem, F, A, [{file, "gen_statem.erl"}, {line, Line}]} || {F, A, Line} <- Frames].

%%%=========================================================================
%%% The crash report
%%%=========================================================================

%% Info is what gen_statem knows of the server: name, modules,
%% callback_mode, state_enter, state, data, postponed, timers.
-spec error_info(atom(), term(), list(), list(), map(), list()) -> ok.
error_info(Class, Reason, Stack, Debug, Info, Q) ->
    #{name := Name, modules := [Module | _] = Modules, callback_mode := Mode,
      state_enter := StateEnter, state := State, data := Data,
      postponed := Postponed, timers := Timers} = Info,
    {NumTimers, ListTimers} = gen_statem_timeouts:list(Timers),
    Status = callback_status(Module, terminate,
                             #{reason => Reason, state => State, data => Data,
                               queue => Q, postponed => Postponed,
                               timeouts => ListTimers, log => get_log(Debug)},
                             [get(), State, Data]),
    FmtState = case maps:find('$status', Status) of
                   error -> {maps:get(state, Status), maps:get(data, Status)};
                   {ok, Formatted} -> Formatted
               end,
    Report = #{label => {gen_statem, terminate},
               name => Name,
               queue => maps:get(queue, Status),
               postponed => maps:get(postponed, Status),
               modules => Modules,
               callback_mode => Mode,
               state_enter => StateEnter,
               state => FmtState,
               timeouts => {NumTimers, maps:get(timeouts, Status)},
               log => maps:get(log, Status),
               reason => {Class, maps:get(reason, Status), Stack},
               client_info => client_info(Q)},
    Location = #{mfa => {gen_statem, error_info, 7}, line => 2666,
                 file => "gen_statem.erl"},
    Meta = #{domain => [otp],
             report_cb => fun gen_statem:format_log/2,
             error_logger => #{tag => error,
                               report_cb => fun gen_statem:format_log/1}},
    %% The level check comes after format_status, as in OTP's ?LOG_ERROR.
    case logger:allow(error, gen_statem) of
        true -> logger:macro_log(Location, error, Report, Meta);
        false -> ok
    end,
    ok.

%% The caller of a call that crashed the machine, and where it waits.
client_info([{{call, {Pid, _Tag}}, _Request} | _]) when is_pid(Pid), node(Pid) =:= node() ->
    case process_info(Pid, [current_stacktrace, registered_name]) of
        undefined -> {Pid, dead};
        [{current_stacktrace, Stack}, {registered_name, []}] -> {Pid, {Pid, Stack}};
        [{current_stacktrace, Stack}, {registered_name, Name}] -> {Pid, {Name, Stack}}
    end;
client_info([{{call, {Pid, _Tag}}, _Request} | _]) when is_pid(Pid) ->
    {Pid, remote};
client_info(_) ->
    undefined.

get_log([]) -> [];
get_log(Debug) -> sys:get_log(Debug).

%% The format_status callback: format_status/1 (a map in, a map out) if
%% exported, else format_status/2 (its result goes under '$status'), else
%% the status unchanged. A failing callback leaves a note under 'EXIT'.
callback_status(Module, Opt, Status, Args) ->
    case {erlang:function_exported(Module, format_status, 1),
          erlang:function_exported(Module, format_status, 2)} of
        {true, _} -> format_status1(Module, Status);
        {false, true} -> format_status2(Module, Opt, Status, Args);
        {false, false} -> Status
    end.

format_status1(Module, Status) ->
    Prefix = atom_to_list(Module),
    case try {ok, Module:format_status(Status)} catch _:_ -> crashed end of
        {ok, New} when is_map(New) ->
            Merged = maps:merge(Status, New),
            case maps:size(Merged) =:= maps:size(New) of
                true -> Merged;
                false ->
                    Status#{'EXIT' => Prefix ++ ":format_status/1 returned a map with unknown keys"}
            end;
        {ok, _} ->
            Status#{'EXIT' => Prefix ++ ":format_status/1 did not return a map"};
        crashed ->
            Status#{'EXIT' => Prefix ++ ":format_status/1 crashed"}
    end.

format_status2(Module, Opt, Status, Args) ->
    case try {ok, Module:format_status(Opt, Args)}
         catch
             throw:Thrown -> {ok, Thrown};
             _:_ -> crashed
         end of
        {ok, Result} -> Status#{'$status' => Result};
        crashed -> Status#{'EXIT' => atom_to_list(Module) ++ ":format_status/2 crashed"}
    end.

%%%=========================================================================
%%% sys:get_status
%%%=========================================================================

format_status(Opt, [PDict, SysState, Parent, Debug, Info]) ->
    #{name := Name, modules := [Module | _] = Modules, state := State, data := Data,
      postponed := Postponed, timers := Timers} = Info,
    Header = gen:format_status_header("Status for state machine", Name),
    {NumTimers, ListTimers} = gen_statem_timeouts:list(Timers),
    StatusMap = #{state => State, data => Data, postponed => Postponed,
                  log => get_log(Debug), timeouts => ListTimers},
    New = case callback_status(Module, Opt, StatusMap, [PDict, State, Data]) of
              #{'EXIT' := R} ->
                  StatusMap#{'$status' => [{data, [{"State", {State, R}}]}]};
              #{'$status' := L} = SM when is_list(L) ->
                  SM;
              #{'$status' := T} = SM ->
                  SM#{'$status' := [T]};
              #{state := S, data := D} = SM ->
                  SM#{'$status' => [{data, [{"State", {S, D}}]}]}
          end,
    [{header, Header},
     {data, [{"Status", SysState},
             {"Parent", Parent},
             {"Modules", Modules},
             {"Time-outs", {NumTimers, maps:get(timeouts, New)}},
             {"Logged Events", maps:get(log, New)},
             {"Postponed", maps:get(postponed, New)}]}
     | maps:get('$status', New)].

%%%=========================================================================
%%% sys debug lines
%%%=========================================================================

print_event(Dev, SystemEvent, Name) ->
    case SystemEvent of
        {in, Event, State} ->
            io:format(Dev, "*DBG* ~tp receive ~ts in state ~tp~n",
                      [Name, event_string(Event), State]);
        {out, Reply, {To, _Tag}} ->
            io:format(Dev, "*DBG* ~tp send ~tp to ~tw~n", [Name, Reply, To]);
        {enter, Module, State} ->
            io:format(Dev, "*DBG* ~tp enter ~tp in state ~tp~n", [Name, Module, State]);
        {module, Module, State} ->
            io:format(Dev, "*DBG* ~tp module ~tp in state ~tp~n", [Name, Module, State]);
        {start_timer, Action, State} ->
            io:format(Dev, "*DBG* ~tp start_timer ~tp in state ~tp~n", [Name, Action, State]);
        {insert_timeout, Event, State} ->
            io:format(Dev, "*DBG* ~tp insert_timeout ~tp in state ~tp~n", [Name, Event, State]);
        {terminate, Reason, State} ->
            io:format(Dev, "*DBG* ~tp terminate ~tp in state ~tp~n", [Name, Reason, State]);
        {Tag, Event, State, NextState} when Tag =:= postpone; Tag =:= consume ->
            StateString = case NextState of
                              State -> io_lib:format("~tp", [State]);
                              _ -> io_lib:format("~tp => ~tp", [State, NextState])
                          end,
            io:format(Dev, "*DBG* ~tp ~tw ~ts in state ~ts~n",
                      [Name, Tag, event_string(Event), StateString])
    end.

event_string({{call, {Pid, _Tag}}, Request}) ->
    io_lib:format("call ~tp from ~tw", [Request, Pid]);
event_string({EventType, EventContent}) ->
    io_lib:format("~tw ~tp", [EventType, EventContent]).

%%%=========================================================================
%%% Formatting the report
%%%=========================================================================

%% For error_logger-style handlers: multi-line, with the format depth.
format_log(Report) ->
    Depth = format_depth(),
    FormatOpts = #{chars_limit => unlimited, depth => Depth,
                   single_line => false, encoding => utf8},
    format_log_multi(limit_report(Report, Depth), FormatOpts).

format_depth() ->
    try error_logger:get_format_depth()
    catch error:undef -> unlimited
    end.

%% For logger's formatter: chardata, honouring depth, chars_limit and
%% single_line.
format_log(Report, FormatOpts0) ->
    FormatOpts = ferl_report:options(FormatOpts0),
    {Format, Args} = format_log_single(Report, FormatOpts),
    ferl_report:text(Format, Args, FormatOpts).

limit_report(Report, unlimited) ->
    Report;
limit_report(#{queue := Q, postponed := Postponed, modules := Modules, state := FmtData,
               timeouts := Timeouts, log := Log, reason := {Class, Reason, Stack},
               client_info := ClientInfo} = Report, Depth) ->
    Limit = fun(Term) -> io_lib:limit_term(Term, Depth) end,
    Report#{queue => case Q of
                         [Event | Events] -> [Limit(Event) | Limit(Events)];
                         _ -> []
                     end,
            postponed => case Postponed of [] -> []; _ -> Limit(Postponed) end,
            modules => Limit(Modules),
            state => Limit(FmtData),
            timeouts => case Timeouts of {0, _} -> Timeouts; _ -> Limit(Timeouts) end,
            log => [Limit(Entry) || Entry <- Log],
            reason => {Class, Limit(Reason), Limit(Stack)},
            client_info => case ClientInfo of
                               {Pid, {Name, ClientStack}} -> {Pid, {Name, Limit(ClientStack)}};
                               _ -> ClientInfo
                           end}.

format_log_single(#{name := Name, queue := Q, state := FmtData, log := Log,
                    reason := {Class, Reason, Stack}, client_info := ClientInfo},
                  #{single_line := true, depth := Depth} = FormatOpts) ->
    P = ferl_report:directive(FormatOpts),
    {FixedReason, FixedStack} = fix_reason(Class, Reason, Stack),
    {ClientFmt, ClientArgs} = client_single(ClientInfo, P, Depth),
    Parts = [{"State machine " ++ P, Name},
             {" terminating. Reason: " ++ P, FixedReason}]
        ++ [{". Stack: " ++ P, FixedStack} || FixedStack =/= []]
        ++ [{". Last event: " ++ P, hd(Q)} || Q =/= []]
        ++ [{". State: " ++ P, FmtData}]
        ++ [{". Log: " ++ P, Log} || Log =/= []],
    Format = lists:append([F || {F, _} <- Parts]) ++ ".",
    Args = ferl_report:with_depth([A || {_, A} <- Parts], Depth),
    {Format ++ ClientFmt, Args ++ ClientArgs};
format_log_single(Report, FormatOpts) ->
    format_log_multi(Report, FormatOpts).

format_log_multi(#{name := Name, queue := Q, postponed := Postponed, modules := Modules,
                   callback_mode := Mode, state_enter := StateEnter, state := FmtData,
                   timeouts := Timeouts, log := Log, reason := {Class, Reason, Stack},
                   client_info := ClientInfo},
                 #{depth := Depth} = FormatOpts) ->
    P = ferl_report:directive(FormatOpts),
    {FixedReason, FixedStack} = fix_reason(Class, Reason, Stack),
    {ClientFmt, ClientArgs} = client_multi(ClientInfo, P, Depth),
    CallbackMode = case StateEnter of
                       true -> [Mode, state_enter];
                       false -> Mode
                   end,
    Lines = [{"** State machine " ++ P ++ " terminating~n", [Name]}]
        ++ [{"** Last event = " ++ P ++ "~n", [hd(Q)]} || Q =/= []]
        ++ [{"** When server state  = " ++ P ++ "~n", [FmtData]},
            {"** Reason for termination = " ++ P ++ ":" ++ P ++ "~n", [Class, FixedReason]},
            {"** Callback modules = " ++ P ++ "~n", [Modules]},
            {"** Callback mode = " ++ P ++ "~n", [CallbackMode]}]
        ++ [{"** Queued = " ++ P ++ "~n", [tl(Q)]} || length(Q) >= 2]
        ++ [{"** Postponed = " ++ P ++ "~n", [Postponed]} || Postponed =/= []]
        ++ [{"** Stacktrace =~n**  " ++ P ++ "~n", [FixedStack]} || FixedStack =/= []]
        ++ [{"** Time-outs: " ++ P ++ "~n", [Timeouts]} || element(1, Timeouts) =/= 0]
        ++ [{"** Log =~n**  " ++ P ++ "~n", [Log]} || Log =/= []],
    Format = lists:append([F || {F, _} <- Lines]),
    Args = ferl_report:with_depth(lists:append([A || {_, A} <- Lines]), Depth),
    {Format ++ ClientFmt, Args ++ ClientArgs}.

%% An undef of a callback is explained: the module could not be loaded,
%% or the function is not exported.
fix_reason(error, undef, [{M, F, Args, _} | Rest] = Stack) ->
    case code:is_loaded(M) of
        false ->
            {{'module could not be loaded', M}, Rest};
        _ ->
            Arity = if is_list(Args) -> length(Args); is_integer(Args) -> Args end,
            case erlang:function_exported(M, F, Arity) of
                true -> {undef, Stack};
                false -> {{'function not exported', {M, F, Arity}}, Rest}
            end
    end;
fix_reason(_Class, Reason, Stack) ->
    {Reason, Stack}.

client_multi(undefined, _, _) ->
    {"", []};
client_multi({Pid, dead}, _, _) ->
    {"** Client ~p is dead~n", [Pid]};
client_multi({Pid, remote}, _, _) ->
    {"** Client ~p is remote on node ~p~n", [Pid, node(Pid)]};
client_multi({_Pid, {Name, Stack}}, P, Depth) ->
    {"** Client " ++ P ++ " stacktrace~n** " ++ P ++ "~n", ferl_report:with_depth([Name, Stack], Depth)}.

client_single(undefined, _, _) ->
    {"", []};
client_single({Pid, dead}, _, _) ->
    {" Client ~0p is dead.", [Pid]};
client_single({Pid, remote}, _, _) ->
    {" Client ~0p is remote on node ~0p.", [Pid, node(Pid)]};
client_single({_Pid, {Name, Stack}}, P, Depth) ->
    {" Client " ++ P ++ " stacktrace: " ++ P ++ ".",
     ferl_report:with_depth([Name, lists:sublist(Stack, 4)], Depth)}.
