%% gen_statem: OTP 25's generic state machine behaviour. This module owns
%% the API (start/call/cast/reply/stop/enter_loop/requests), the server
%% process (init, the event queue, state callbacks, transition actions,
%% postponing, the three kinds of timeouts, state enter calls, hibernation,
%% termination) and the sys callbacks (code change, get/replace state,
%% status). The timers live in gen_statem_timeouts; crash reports, their
%% formatting (format_log/1,2), sys debug lines and status formatting in
%% gen_statem_log.
%%
%% Not supported / known differences:
%%  * Request id collections (send_request/4, wait_response/3,
%%    receive_response/3, check_response/3, reqids_*) are passed to gen,
%%    which does not have them yet: they fail with undef.
%%  * `{global, Name}` and `{via, Mod, Name}` work only as far as gen and
%%    global/the via module do (one node).
%%  * Stack traces in crash reports and exit reasons show OTP 25's
%%    gen_statem frames (function, arity, file and line of OTP's
%%    gen_statem.erl) in place of this module's own frames, so that they
%%    print as under OTP; the frames below (proc_lib, the caller of
%%    enter_loop) are whatever the VM reports. The caller's frames of a
%%    call (call_dirty/4 and the clean_timeout proxy fun) are real, with
%%    their lines pinned to OTP's by scripts/pin_otp_lines.py.
-module(gen_statem).

-export([start/3, start/4, start_link/3, start_link/4,
         start_monitor/3, start_monitor/4,
         stop/1, stop/3,
         cast/2, call/2, call/3,
         send_request/2, send_request/4,
         wait_response/1, wait_response/2, wait_response/3,
         receive_response/1, receive_response/2, receive_response/3,
         check_response/2, check_response/3,
         reqids_new/0, reqids_size/1, reqids_add/3, reqids_to_list/1,
         enter_loop/4, enter_loop/5, enter_loop/6,
         reply/1, reply/2]).

%% gen
-export([init_it/6]).

%% sys
-export([system_continue/3, system_terminate/4, system_code_change/4,
         system_get_state/1, system_replace_state/2, format_status/2]).

%% proc_lib:hibernate/3
-export([wakeup_from_hibernate/3]).

%% logger report callbacks
-export([format_log/1, format_log/2]).

-export_type([event_type/0, from/0, callback_mode_result/0,
              init_result/1, state_enter_result/1, event_handler_result/1,
              reply_action/0, enter_action/0, action/0,
              server_name/0, server_ref/0, start_opt/0, start_ret/0,
              start_mon_ret/0, enter_loop_opt/0]).

%% The server's fixed parameters: callback mode (and state_enter), the
%% parent, the callback module stack (current first), the name for
%% reports and the hibernate_after time.
-record(params, {callback_mode = state_functions :: state_functions | handle_event_function,
                 state_enter = false :: boolean(),
                 parent :: pid() | undefined,
                 modules = [gen_statem] :: [module(), ...],
                 name :: term(),
                 hibernate_after = infinity :: timeout()}).

%% The server's changing state: {State, Data}, the postponed events
%% (newest first), the running timeouts (Type => {TimerRef | 0, Msg}, with
%% t0q listing the zero timeouts still due, in order) and whether to
%% hibernate when the queue runs dry.
-record(state, {state_data = {undefined, undefined} :: {term(), term()},
                postponed = [] :: list(),
                timers = gen_statem_timeouts:new() :: map(),
                hibernate = false :: boolean()}).

-type from() :: {To :: pid(), Tag :: term()}.
-type state() :: atom() | term().
-type data() :: term().
-type event_type() :: {call, From :: from()} | cast | info | internal
                    | timeout | {timeout, Name :: term()} | state_timeout.
-type callback_mode_result() ::
        state_functions | handle_event_function
      | [state_functions | handle_event_function | state_enter].
-type reply_action() :: {reply, From :: from(), Reply :: term()}.
-type enter_action() :: hibernate | {hibernate, boolean()}
                      | timeout() | {timeout | state_timeout | {timeout, term()},
                                     timeout() | integer() | update | cancel, term()}
                      | tuple() | reply_action().
-type action() :: postpone | {postpone, boolean()}
                | {next_event, event_type(), term()}
                | {change_callback_module, module()}
                | {push_callback_module, module()}
                | pop_callback_module
                | enter_action().
-type init_result(StateType) ::
        {ok, StateType, data()} | {ok, StateType, data(), [action()] | action()}
      | ignore | {stop, Reason :: term()}.
-type state_enter_result(StateType) ::
        {next_state, StateType, data()}
      | {next_state, StateType, data(), [enter_action()] | enter_action()}
      | term().
-type event_handler_result(StateType) ::
        {next_state, StateType, data()}
      | {next_state, StateType, data(), [action()] | action()}
      | term().
-type server_name() :: {local, atom()} | {global, term()} | {via, module(), term()}.
-type server_ref() :: pid() | atom() | {atom(), atom()} | {global, term()}
                    | {via, module(), term()}.
-type enter_loop_opt() :: {hibernate_after, timeout()} | {debug, [term()]}.
-type start_opt() :: {timeout, timeout()} | {spawn_opt, [term()]} | enter_loop_opt().
-type start_ret() :: {ok, pid()} | ignore | {error, term()}.
-type start_mon_ret() :: {ok, {pid(), reference()}} | ignore | {error, term()}.

-callback init(Args :: term()) -> init_result(state()).
-callback callback_mode() -> callback_mode_result().
-callback state_name(enter, OldStateName :: atom(), data()) ->
    state_enter_result(state_name);
                    (event_type(), EventContent :: term(), data()) ->
    event_handler_result(atom()).
-callback handle_event(enter, OldState :: state(), state(), data()) ->
    state_enter_result(state());
                      (event_type(), EventContent :: term(), state(), data()) ->
    event_handler_result(state()).
-callback terminate(Reason :: term(), state(), data()) -> any().
-callback code_change(OldVsn :: term() | {down, term()}, state(), data(),
                      Extra :: term()) ->
    {ok, NewState :: state(), NewData :: data()} | (Reason :: term()).
-callback format_status(normal | terminate, list()) -> term().
-callback format_status(map()) -> map().
-optional_callbacks([format_status/1, format_status/2, terminate/3,
                     code_change/4, state_name/3, handle_event/4]).

%% What one callback result asks for, gathered while its actions are read:
%% the next {State, Data}, events to insert (newest first), hibernation,
%% timeout actions (newest first), whether the current event is postponed,
%% and whether a state enter call is due.
-record(trans, {state_data,
                next_events = [] :: list(),
                hibernate = false :: boolean(),
                timeouts = [] :: list(),
                postpone = false :: boolean(),
                enter = false :: boolean()}).

%%%=========================================================================
%%% API
%%%=========================================================================

-spec start(module(), term(), [start_opt()]) -> start_ret().
start(Module, Args, Opts) ->
    gen:start(?MODULE, nolink, Module, Args, Opts).

-spec start(server_name(), module(), term(), [start_opt()]) -> start_ret().
start(ServerName, Module, Args, Opts) ->
    gen:start(?MODULE, nolink, ServerName, Module, Args, Opts).

-spec start_link(module(), term(), [start_opt()]) -> start_ret().
start_link(Module, Args, Opts) ->
    gen:start(?MODULE, link, Module, Args, Opts).

-spec start_link(server_name(), module(), term(), [start_opt()]) -> start_ret().
start_link(ServerName, Module, Args, Opts) ->
    gen:start(?MODULE, link, ServerName, Module, Args, Opts).

-spec start_monitor(module(), term(), [start_opt()]) -> start_mon_ret().
start_monitor(Module, Args, Opts) ->
    gen:start(?MODULE, monitor, Module, Args, Opts).

-spec start_monitor(server_name(), module(), term(), [start_opt()]) ->
          start_mon_ret().
start_monitor(ServerName, Module, Args, Opts) ->
    gen:start(?MODULE, monitor, ServerName, Module, Args, Opts).

-spec stop(server_ref()) -> ok.
stop(ServerRef) ->
    gen:stop(ServerRef).

-spec stop(server_ref(), term(), timeout()) -> ok.
stop(ServerRef, Reason, Timeout) ->
    gen:stop(ServerRef, Reason, Timeout).

-spec cast(server_ref(), term()) -> ok.
cast(ServerRef, Msg) when is_pid(ServerRef); is_atom(ServerRef) ->
    send(ServerRef, {'$gen_cast', Msg});
cast({global, Name}, Msg) ->
    try global:send(Name, {'$gen_cast', Msg}) of _ -> ok
    catch _:_ -> ok
    end;
cast({via, RegMod, Name}, Msg) ->
    try RegMod:send(Name, {'$gen_cast', Msg}) of _ -> ok
    catch _:_ -> ok
    end;
cast({Name, Node} = ServerRef, Msg) when is_atom(Name), is_atom(Node) ->
    send(ServerRef, {'$gen_cast', Msg}).

%% A cast never fails, even to a name nobody has.
send(Dest, Msg) ->
    try erlang:send(Dest, Msg) catch error:_ -> ok end,
    ok.

-spec call(server_ref(), term()) -> term().
call(ServerRef, Request) ->
    call(ServerRef, Request, infinity).

-spec call(server_ref(), term(),
           timeout() | {clean_timeout, timeout()} | {dirty_timeout, timeout()}) ->
          term().
call(ServerRef, Request, infinity = Timeout) ->
    call_dirty(ServerRef, Request, Timeout, infinity);
call(ServerRef, Request, {dirty_timeout, T} = Timeout) ->
    call_dirty(ServerRef, Request, Timeout, T);
call(ServerRef, Request, {clean_timeout, T} = Timeout) ->
    call_clean(ServerRef, Request, Timeout, T);
call(ServerRef, Request, {_, _} = Timeout) ->
    erlang:error(badarg, [ServerRef, Request, Timeout]);
call(ServerRef, Request, Timeout) ->
    call_clean(ServerRef, Request, Timeout, Timeout).

%% Waits for the reply in the caller itself; a reply arriving after a
%% timeout is dropped by the call's alias.
-file("gen_statem.erl", 898).
call_dirty(ServerRef, Request, Timeout, T) ->
    try gen:call(ServerRef, '$gen_call', Request, T) of
        {ok, Reply} -> Reply
    catch
        exit:Reason:Stack ->
            erlang:raise(exit, {Reason, {?MODULE, call, [ServerRef, Request, Timeout]}},
                         Stack)
    end.

%% OTP shields the caller from late replies with a proxy process unless
%% the server is a local pid or a {Name, node()} pair; a plain registered
%% name takes the proxy path too, which is visible as the caller's pid in
%% {call, From}. The proxy is a fun here, as in OTP, for its stack frame.
-file("gen_statem.erl", 924).
call_clean(ServerRef, Request, Timeout, T)
  when is_pid(ServerRef), node(ServerRef) =:= node();
       tuple_size(ServerRef) =:= 2, is_atom(element(1, ServerRef)),
       element(2, ServerRef) =:= node() ->
    call_dirty(ServerRef, Request, Timeout, T);
call_clean(ServerRef, Request, Timeout, T) ->
    Ref = make_ref(),
    Caller = self(),
    Proxy = spawn(fun() ->
                          Caller ! try gen:call(ServerRef, '$gen_call', Request, T) of
                                       Result -> {Ref, Result}
                                   catch
                                       Class:Reason:Stack -> {Ref, Class, Reason, Stack}
                                   end
                  end),
    Mon = erlang:monitor(process, Proxy),
    receive
        {Ref, {ok, Reply}} ->
            erlang:demonitor(Mon, [flush]),
            Reply;
        {Ref, exit, Reason, Stack} ->
            erlang:demonitor(Mon, [flush]),
            erlang:raise(exit, {Reason, {?MODULE, call, [ServerRef, Request, Timeout]}},
                         Stack);
        {Ref, Class, Reason, Stack} ->
            erlang:demonitor(Mon, [flush]),
            erlang:raise(Class, Reason, Stack);
        {'DOWN', Mon, _, _, Reason} ->
            exit(Reason)
    end.

-spec send_request(server_ref(), term()) -> term().
send_request(ServerRef, Request) ->
    try gen:send_request(ServerRef, '$gen_call', Request)
    catch error:badarg -> error(badarg, [ServerRef, Request])
    end.

-spec send_request(server_ref(), term(), term(), term()) -> term().
send_request(ServerRef, Request, Label, ReqIds) ->
    try gen:send_request(ServerRef, '$gen_call', Request, Label, ReqIds)
    catch error:badarg -> error(badarg, [ServerRef, Request, Label, ReqIds])
    end.

-spec wait_response(term()) -> term().
wait_response(ReqId) ->
    wait_response(ReqId, infinity).

-spec wait_response(term(), timeout() | {abs, integer()}) -> term().
wait_response(ReqId, WaitTime) ->
    try gen:wait_response(ReqId, WaitTime)
    catch error:badarg -> error(badarg, [ReqId, WaitTime])
    end.

-spec wait_response(term(), timeout() | {abs, integer()}, boolean()) -> term().
wait_response(ReqIds, WaitTime, Delete) ->
    try gen:wait_response(ReqIds, WaitTime, Delete)
    catch error:badarg -> error(badarg, [ReqIds, WaitTime, Delete])
    end.

-spec receive_response(term()) -> term().
receive_response(ReqId) ->
    receive_response(ReqId, infinity).

-spec receive_response(term(), timeout() | {abs, integer()}) -> term().
receive_response(ReqId, Timeout) ->
    try gen:receive_response(ReqId, Timeout)
    catch error:badarg -> error(badarg, [ReqId, Timeout])
    end.

-spec receive_response(term(), timeout() | {abs, integer()}, boolean()) -> term().
receive_response(ReqIds, Timeout, Delete) ->
    try gen:receive_response(ReqIds, Timeout, Delete)
    catch error:badarg -> error(badarg, [ReqIds, Timeout, Delete])
    end.

-spec check_response(term(), term()) -> term().
check_response(Msg, ReqId) ->
    try gen:check_response(Msg, ReqId)
    catch error:badarg -> error(badarg, [Msg, ReqId])
    end.

-spec check_response(term(), term(), boolean()) -> term().
check_response(Msg, ReqIds, Delete) ->
    try gen:check_response(Msg, ReqIds, Delete)
    catch error:badarg -> error(badarg, [Msg, ReqIds, Delete])
    end.

-spec reqids_new() -> term().
reqids_new() ->
    gen:reqids_new().

-spec reqids_size(term()) -> non_neg_integer().
reqids_size(ReqIds) ->
    try gen:reqids_size(ReqIds)
    catch error:badarg -> error(badarg, [ReqIds])
    end.

-spec reqids_add(term(), term(), term()) -> term().
reqids_add(ReqId, Label, ReqIds) ->
    try gen:reqids_add(ReqId, Label, ReqIds)
    catch error:badarg -> error(badarg, [ReqId, Label, ReqIds])
    end.

-spec reqids_to_list(term()) -> [{term(), term()}].
reqids_to_list(ReqIds) ->
    try gen:reqids_to_list(ReqIds)
    catch error:badarg -> error(badarg, [ReqIds])
    end.

-spec reply([reply_action()] | reply_action()) -> ok.
reply({reply, From, Reply}) ->
    reply(From, Reply);
reply(Replies) when is_list(Replies) ->
    replies(Replies).

replies([{reply, From, Reply} | Replies]) ->
    reply(From, Reply),
    replies(Replies);
replies([]) ->
    ok.

-spec reply(from(), term()) -> ok.
reply(From, Reply) ->
    gen:reply(From, Reply).

-spec enter_loop(module(), [enter_loop_opt()], state(), data()) -> no_return().
enter_loop(Module, Opts, State, Data) ->
    enter_loop(Module, Opts, State, Data, self()).

-spec enter_loop(module(), [enter_loop_opt()], state(), data(),
                 server_name() | pid() | [action()]) -> no_return().
enter_loop(Module, Opts, State, Data, Actions) when is_list(Actions) ->
    enter_loop(Module, Opts, State, Data, self(), Actions);
enter_loop(Module, Opts, State, Data, Server) ->
    enter_loop(Module, Opts, State, Data, Server, []).

-spec enter_loop(module(), [enter_loop_opt()], state(), data(),
                 server_name() | pid(), [action()] | action()) -> no_return().
enter_loop(Module, Opts, State, Data, Server, Actions) ->
    is_atom(Module) orelse error({atom, Module}),
    Parent = gen:get_parent(),
    Name = gen:get_proc_name(Server),
    Debug = gen:debug_options(Name, Opts),
    HibernateAfter = gen:hibernate_after(Opts),
    enter(Parent, Debug, Module, Name, HibernateAfter, State, Data, Actions).

%%%=========================================================================
%%% Starting: init/1 and the first state
%%%=========================================================================

init_it(Starter, self, ServerRef, Module, Args, Opts) ->
    init_it(Starter, self(), ServerRef, Module, Args, Opts);
init_it(Starter, Parent, ServerRef, Module, Args, Opts) ->
    Name = gen:get_proc_name(ServerRef),
    Debug = gen:debug_options(Name, Opts),
    HibernateAfter = gen:hibernate_after(Opts),
    Start = {Starter, Parent, ServerRef, Module, Name, Debug, HibernateAfter},
    case call_init(Module, Args) of
        {ok, Result} ->
            init_result(Start, Result);
        {raised, Class, Reason, Stack0} ->
            Stack = gen_statem_log:callback_stack(Stack0, [{init_it, 6, 1018}]),
            gen:unregister_name(ServerRef),
            proc_lib:init_ack(Starter, {error, Reason}),
            P = #params{parent = Parent, name = Name, modules = [Module]},
            error_info(Class, Reason, Stack, Debug, P, #state{}, []),
            erlang:raise(Class, Reason, Stack)
    end.

call_init(Module, Args) ->
    try {ok, Module:init(Args)}
    catch
        throw:Result -> {ok, Result};
        Class:Reason:Stack -> {raised, Class, Reason, Stack}
    end.

init_result({Starter, Parent, ServerRef, Module, Name, Debug, HibernateAfter}, Result) ->
    case Result of
        {ok, State, Data} ->
            proc_lib:init_ack(Starter, {ok, self()}),
            enter(Parent, Debug, Module, Name, HibernateAfter, State, Data, []);
        {ok, State, Data, Actions} ->
            proc_lib:init_ack(Starter, {ok, self()}),
            enter(Parent, Debug, Module, Name, HibernateAfter, State, Data, Actions);
        {stop, Reason} ->
            gen:unregister_name(ServerRef),
            proc_lib:init_ack(Starter, {error, Reason}),
            erlang:raise(exit, Reason, gen_statem_log:here([{init_result, 8, 1058}]));
        ignore ->
            gen:unregister_name(ServerRef),
            proc_lib:init_ack(Starter, ignore),
            exit(normal);
        _ ->
            gen:unregister_name(ServerRef),
            Error = {bad_return_from_init, Result},
            proc_lib:init_ack(Starter, {error, Error}),
            Stack = gen_statem_log:here([{init_result, 8, 1068}]),
            P = #params{parent = Parent, name = Name, modules = [Module]},
            error_info(error, Error, Stack, Debug, P, #state{}, []),
            erlang:raise(exit, Error, gen_statem_log:here([{init_result, 8, 1071}]))
    end.

%% The machine starts as if it had just made a transition into State,
%% consuming a made-up event: init actions run like a state callback's,
%% and with state_enter the first state's enter call follows.
enter(Parent, Debug, Module, Name, HibernateAfter, State, Data, Actions) ->
    Q = [{internal, init_state}],
    P0 = #params{parent = Parent, name = Name, hibernate_after = HibernateAfter},
    S = #state{state_data = {State, Data}},
    case callback_mode(P0, [Module], [{enter, 8, 1000}]) of
        #params{} = P ->
            Debug1 = debug(Debug, P, {enter, Module, State}),
            T = #trans{state_data = {State, Data}, enter = true},
            actions(P, Debug1, S, Q, T, true, listify(Actions) ++ [{postpone, false}]);
        {Class, Reason, Stack} ->
            terminate(Class, Reason, Stack, P0#params{modules = [Module]}, Debug, S, Q)
    end.

%% Asks the (new) callback module for its mode. Returns the updated params
%% or the {Class, Reason, Stack} of the failure; Below are OTP's frames of
%% the caller, used to build the stack trace.
callback_mode(P, [Module | _] = Modules, Below) ->
    case try {ok, Module:callback_mode()}
         catch
             throw:Thrown -> {ok, Thrown};
             Class:Reason:Stack0 -> {raised, Class, Reason, Stack0}
         end of
        {ok, Result} ->
            callback_mode_result(P, Modules, Result, Below);
        {raised, C, R, Stack} ->
            {C, R, gen_statem_log:callback_stack(Stack, [{get_callback_mode, 2, 2507} | Below])}
    end.

callback_mode_result(P, Modules, Result, Below) ->
    case parse_callback_mode(listify(Result), undefined, false) of
        {ok, Mode, StateEnter} ->
            P#params{modules = Modules, callback_mode = Mode, state_enter = StateEnter};
        {error, Line} ->
            {error, {bad_return_from_callback_mode, Result},
             gen_statem_log:here([{callback_mode_result, 6, Line} | Below])}
    end.

parse_callback_mode([], undefined, _) ->
    {error, 2549};
parse_callback_mode([], Mode, StateEnter) ->
    {ok, Mode, StateEnter};
parse_callback_mode([M | Ms], _, StateEnter)
  when M =:= state_functions; M =:= handle_event_function ->
    parse_callback_mode(Ms, M, StateEnter);
parse_callback_mode([state_enter | Ms], Mode, _) ->
    parse_callback_mode(Ms, Mode, true);
parse_callback_mode(_, _, _) ->
    {error, 2539}.

%%%=========================================================================
%%% sys callbacks
%%%=========================================================================

system_continue(Parent, Debug, {P, S}) ->
    loop(P#params{parent = Parent}, Debug, S).

system_terminate(Reason, Parent, Debug, {P, S}) ->
    Stack = gen_statem_log:here([{system_terminate, 4, 1086}]),
    terminate(exit, Reason, Stack, P#params{parent = Parent}, Debug, S, []).

%% Only a throw is caught here: an error or exit in code_change/4 reaches
%% sys, which replies {error, {'EXIT', ...}}. The callback mode is read
%% again from the (new) module.
system_code_change({#params{modules = [Module | _] = Modules} = P,
                    #state{state_data = {State, Data}} = S},
                   _Module, OldVsn, Extra) ->
    case try Module:code_change(OldVsn, State, Data, Extra)
         catch
             throw:Thrown -> Thrown;
             Raised:Why:Where ->
                 erlang:raise(Raised, Why, gen_statem_log:callback_stack(
                                             Where, [{system_code_change, 4, 1094}]))
         end of
        {ok, NewState, NewData} ->
            case callback_mode(P, Modules, [{system_code_change, 4, 1100}]) of
                #params{} = P1 ->
                    {ok, {P1, S#state{state_data = {NewState, NewData}}}};
                {Class, Reason, Stack} ->
                    erlang:raise(Class, Reason, Stack)
            end;
        {ok, _} = Bad ->
            Stack = gen_statem_log:here([{system_code_change, 4, 1109}]),
            erlang:raise(error, {case_clause, Bad}, Stack);
        Error ->
            Error
    end.

system_get_state({_P, #state{state_data = StateData}}) ->
    {ok, StateData}.

system_replace_state(Fun, {P, #state{state_data = StateData} = S}) ->
    New = Fun(StateData),
    {ok, New, {P, S#state{state_data = New}}}.

format_status(Opt, [PDict, SysState, Parent, Debug, {P, S}]) ->
    gen_statem_log:format_status(Opt, [PDict, SysState, Parent, Debug, report_info(P, S)]).

format_log(Report) ->
    gen_statem_log:format_log(Report).

format_log(Report, FormatOpts) ->
    gen_statem_log:format_log(Report, FormatOpts).

%%%=========================================================================
%%% The event loop
%%%=========================================================================

loop(P, Debug, #state{hibernate = true} = S) ->
    hibernate(P, Debug, S);
loop(P, Debug, S) ->
    loop_receive(P, Debug, S).

hibernate(P, Debug, S) ->
    proc_lib:hibernate(?MODULE, wakeup_from_hibernate, [P, Debug, S]).

wakeup_from_hibernate(P, Debug, S) ->
    loop_receive(P, Debug, S).

loop_receive(#params{hibernate_after = HibernateAfter} = P, Debug, S) ->
    receive
        Msg -> dispatch(P, Debug, S, Msg)
    after HibernateAfter ->
        hibernate(P, Debug, S)
    end.

dispatch(#params{parent = Parent} = P, Debug, S, Msg) ->
    case Msg of
        {'$gen_call', From, Request} ->
            incoming(P, Debug, S, {{call, From}, Request});
        {'$gen_cast', Cast} ->
            incoming(P, Debug, S, {cast, Cast});
        {timeout, TimerRef, TimeoutType} ->
            timer_fired(P, Debug, S, Msg, TimerRef, TimeoutType);
        {system, From, Request} ->
            sys:handle_system_msg(Request, From, Parent, ?MODULE, Debug, {P, S},
                                  S#state.hibernate);
        {'EXIT', Parent, Reason} ->
            Stack = gen_statem_log:here([{loop_receive, 3, 1316}]),
            terminate(exit, Reason, Stack, P, Debug, S, []);
        _ ->
            incoming(P, Debug, S, {info, Msg})
    end.

%% A timer message is a timeout event only while its timer is the one
%% registered for that timeout type; a stale one is an ordinary info.
timer_fired(P, Debug, #state{timers = Timers} = S, Msg, TimerRef, TimeoutType) ->
    case gen_statem_timeouts:fired(TimerRef, TimeoutType, Timers) of
        {ok, TimeoutMsg, Timers1} ->
            incoming(P, Debug, S#state{timers = Timers1}, {TimeoutType, TimeoutMsg});
        stale ->
            incoming(P, Debug, S, {info, Msg})
    end.

incoming(P, Debug, #state{state_data = {State, _}} = S, Event) ->
    Debug1 = debug(Debug, P, {in, Event, State}),
    handle_queue(P, Debug1, S, [Event]).

%% Q is the queue of events to handle, the current one first.
handle_queue(P, Debug, #state{hibernate = Hibernate, state_data = StateData} = S,
             [Event | _] = Q) ->
    %% Hibernation was asked for but events are pending: collect garbage
    %% instead, as OTP does.
    Hibernate andalso garbage_collect(),
    state_callback(P, Debug, S, Q, StateData, #trans{}, true, Event).

%% Runs a state callback: an event (StateCall) or a state enter call.
%% StateData is the {State, Data} the callback sees; T carries what an
%% earlier callback of the same transition asked for.
state_callback(#params{callback_mode = Mode, modules = [Module | _]} = P, Debug, S, Q,
               {State, Data} = StateData, T, StateCall, {Type, Content}) ->
    case call_state_function(Mode, Module, Type, Content, State, Data) of
        {ok, Result} ->
            callback_result(P, Debug, S, Q, StateData, T, StateCall, Result);
        {raised, Class, Reason, Stack0} ->
            Line = case Mode of state_functions -> 1426; handle_event_function -> 1428 end,
            Stack = gen_statem_log:callback_stack(Stack0, [{loop_state_callback, 11, Line}]),
            terminate(Class, Reason, Stack, P, Debug, S, Q)
    end.

call_state_function(Mode, Module, Type, Content, State, Data) ->
    try
        case Mode of
            state_functions -> {ok, Module:State(Type, Content, Data)};
            handle_event_function -> {ok, Module:handle_event(Type, Content, State, Data)}
        end
    catch
        throw:Result -> {ok, Result};
        Class:Reason:Stack -> {raised, Class, Reason, Stack}
    end.

%% Interprets what a state callback returned. Only an event callback may
%% change the state; a state enter call must stay (or repeat).
callback_result(P, Debug, S, Q, {State, _} = StateData, T, StateCall, Result) ->
    case Result of
        {next_state, State, NewData} ->
            then_actions(P, Debug, S, Q, T, StateCall, {State, NewData}, false, []);
        {next_state, NextState, NewData} when StateCall ->
            then_actions(P, Debug, S, Q, T, StateCall, {NextState, NewData}, true, []);
        {next_state, _, _} ->
            bad_enter_return(P, Debug, S, Q, StateData, T, Result, 1469);
        {next_state, State, NewData, Actions} ->
            then_actions(P, Debug, S, Q, T, StateCall, {State, NewData}, false, Actions);
        {next_state, NextState, NewData, Actions} when StateCall ->
            then_actions(P, Debug, S, Q, T, StateCall, {NextState, NewData}, true, Actions);
        {next_state, _, _, _} ->
            bad_enter_return(P, Debug, S, Q, StateData, T, Result, 1489);
        {keep_state, NewData} ->
            then_actions(P, Debug, S, Q, T, StateCall, {State, NewData}, false, []);
        {keep_state, NewData, Actions} ->
            then_actions(P, Debug, S, Q, T, StateCall, {State, NewData}, false, Actions);
        keep_state_and_data ->
            then_actions(P, Debug, S, Q, T, StateCall, StateData, false, []);
        {keep_state_and_data, Actions} ->
            then_actions(P, Debug, S, Q, T, StateCall, StateData, false, Actions);
        {repeat_state, NewData} ->
            then_actions(P, Debug, S, Q, T, StateCall, {State, NewData}, true, []);
        {repeat_state, NewData, Actions} ->
            then_actions(P, Debug, S, Q, T, StateCall, {State, NewData}, true, Actions);
        repeat_state_and_data ->
            then_actions(P, Debug, S, Q, T, StateCall, StateData, true, []);
        {repeat_state_and_data, Actions} ->
            then_actions(P, Debug, S, Q, T, StateCall, StateData, true, Actions);
        stop ->
            stop_machine(P, Debug, S, Q, StateData, T, normal, [], 1541);
        {stop, Reason} ->
            stop_machine(P, Debug, S, Q, StateData, T, Reason, [], 1548);
        {stop, Reason, NewData} ->
            stop_machine(P, Debug, S, Q, {State, NewData}, T, Reason, [], 1555);
        {stop_and_reply, Reason, Replies} ->
            stop_machine(P, Debug, S, Q, StateData, T, Reason, listify(Replies), 1563);
        {stop_and_reply, Reason, Replies, NewData} ->
            stop_machine(P, Debug, S, Q, {State, NewData}, T, Reason, listify(Replies), 1570);
        _ ->
            Stack = gen_statem_log:here([{loop_state_callback_result, 11, 1580}]),
            terminate(error, {bad_return_from_state_function, Result}, Stack, P, Debug,
                      S#state{state_data = StateData, hibernate = T#trans.hibernate}, Q)
    end.

bad_enter_return(P, Debug, S, Q, StateData, T, Result, Line) ->
    Stack = gen_statem_log:here([{loop_state_callback_result, 11, Line}]),
    terminate(error, {bad_state_enter_return_from_state_function, Result}, Stack, P, Debug,
              S#state{state_data = StateData, hibernate = T#trans.hibernate}, Q).

then_actions(P, Debug, S, Q, T, StateCall, NextStateData, Enter, Actions) ->
    T1 = T#trans{state_data = NextStateData, enter = Enter},
    actions(P, Debug, S, Q, T1, StateCall, listify(Actions)).

%% Stop, sending the replies first. A bad reply stops the machine with
%% bad_reply_action_from_state_function instead.
stop_machine(P, Debug, S, Q, StateData, T, Reason, Replies, Line) ->
    S1 = S#state{state_data = StateData, hibernate = T#trans.hibernate},
    case stop_replies(P, Debug, Replies) of
        {ok, Debug1} ->
            Stack = gen_statem_log:here([{loop_state_callback_result, 11, Line}]),
            terminate(exit, Reason, Stack, P, Debug1, S1, Q);
        {bad, Debug1, Bad, BadLine} ->
            Stack = gen_statem_log:here([{do_reply_then_terminate, 8, BadLine}]),
            terminate(error, {bad_reply_action_from_state_function, Bad}, Stack, P,
                      Debug1, S1, Q)
    end.

stop_replies(_P, Debug, []) ->
    {ok, Debug};
stop_replies(P, Debug, [{reply, From, Reply} = R | Rs]) ->
    case is_from(From) of
        true ->
            reply(From, Reply),
            stop_replies(P, debug(Debug, P, {out, Reply, From}), Rs);
        false ->
            {bad, Debug, R, 2585}
    end;
stop_replies(_P, Debug, [R | _]) ->
    {bad, Debug, R, 2592}.

%%%=========================================================================
%%% Transition actions
%%%=========================================================================

%% Reads the actions in order; replies are sent as they are read. Then
%% makes the state enter call if one is due, else the transition.
actions(P, Debug, S, Q, T, _StateCall, []) ->
    case T#trans.enter andalso P#params.state_enter of
        true -> state_enter_call(P, Debug, S, Q, T);
        false -> transition(P, Debug, S, Q, T)
    end;
actions(P, Debug, S, Q, T, StateCall, [Action | Actions]) ->
    case action(P, Debug, T, StateCall, Action) of
        {ok, P1, Debug1, T1} ->
            actions(P1, Debug1, S, Q, T1, StateCall, Actions);
        {bad, Debug1, Reason, Line} ->
            Stack = gen_statem_log:here([Line]),
            terminate(error, Reason, Stack, P, Debug1, bad_action_state(S, T), Q);
        {raised, Class, Reason, Stack} ->
            terminate(Class, Reason, Stack, P, Debug, bad_action_state(S, T), Q)
    end.

bad_action_state(S, T) ->
    S#state{state_data = T#trans.state_data, hibernate = T#trans.hibernate}.

state_enter_call(P, Debug, #state{state_data = {PrevState, _}} = S, Q, T) ->
    state_callback(P, Debug, S, Q, T#trans.state_data, T, false, {enter, PrevState}).

%% One action: {ok, P, Debug, T}, {bad, Debug, Reason, OtpFrame} or, when a
%% new callback module fails to give its mode, {raised, Class, Reason, Stack}.
action(P, Debug, T, StateCall, Action) ->
    case Action of
        {reply, From, Reply} ->
            case is_from(From) of
                true ->
                    reply(From, Reply),
                    {ok, P, debug(Debug, P, {out, Reply, From}), T};
                false ->
                    bad(Debug, bad_action_from_state_function, Action,
                        {loop_actions_reply, 14, 1943})
            end;
        {hibernate, Hibernate} when is_boolean(Hibernate) ->
            {ok, P, Debug, T#trans{hibernate = Hibernate}};
        hibernate ->
            {ok, P, Debug, T#trans{hibernate = true}};
        {postpone, Postpone} when Postpone =:= false; Postpone =:= true, StateCall ->
            {ok, P, Debug, T#trans{postpone = Postpone}};
        postpone when StateCall ->
            {ok, P, Debug, T#trans{postpone = true}};
        postpone ->
            bad(Debug, bad_state_enter_action_from_state_function, Action,
                {loop_actions_list, 12, 1682});
        {next_event, Type, Content} ->
            next_event_action(P, Debug, T, StateCall, Type, Content);
        {change_callback_module, Module} when is_atom(Module) ->
            module_action(P, Debug, T, StateCall, Action,
                          [Module | tl(P#params.modules)], Module, 1706, 1729);
        {push_callback_module, Module} when is_atom(Module) ->
            module_action(P, Debug, T, StateCall, Action,
                          [Module | P#params.modules], Module, 1706, 1729);
        pop_callback_module when tl(P#params.modules) =/= [] ->
            [_ | Modules] = P#params.modules,
            module_action(P, Debug, T, StateCall, Action, Modules, hd(Modules), 1739, 1762);
        _ ->
            timeout_action(P, Debug, T, Action)
    end.

bad(Debug, Tag, Action, {F, A, Line}) ->
    {bad, Debug, {Tag, Action}, {F, A, Line}}.

next_event_action(P, Debug, T, true, Type, Content) ->
    case is_event_type(Type) of
        true ->
            Event = {Type, Content},
            {NextState, _} = T#trans.state_data,
            Debug1 = debug(Debug, P, {in, Event, NextState}),
            {ok, P, Debug1, T#trans{next_events = [Event | T#trans.next_events]}};
        false ->
            bad(Debug, bad_action_from_state_function, {next_event, Type, Content},
                {loop_actions_next_event_bad, 9, 1994})
    end;
next_event_action(_P, Debug, _T, false, Type, Content) ->
    bad(Debug, bad_state_enter_action_from_state_function, {next_event, Type, Content},
        {loop_actions_next_event_bad, 9, 1994}).

%% change/push/pop_callback_module: only in an event callback.
module_action(P, Debug, T, true, _Action, Modules, Module, Line, _EnterLine) ->
    case callback_mode(P, Modules, [{loop_actions_list, 12, Line}]) of
        #params{} = P1 ->
            {NextState, _} = T#trans.state_data,
            {ok, P1, debug(Debug, P, {module, Module, NextState}), T};
        {Class, Reason, Stack} ->
            {raised, Class, Reason, Stack}
    end;
module_action(_P, Debug, _T, false, Action, _Modules, _Module, _Line, EnterLine) ->
    bad(Debug, bad_state_enter_action_from_state_function, Action,
        {loop_actions_list, 12, EnterLine}).

%% Timeout actions, allowed in state enter calls too.
timeout_action(P, Debug, T, Action) ->
    case gen_statem_timeouts:action(Action) of
        {ok, Timeout} ->
            {ok, P, Debug, T#trans{timeouts = [Timeout | T#trans.timeouts]}};
        {bad, OtpFrame} ->
            bad(Debug, bad_action_from_state_function, Action, OtpFrame)
    end.

%%%=========================================================================
%%% The transition
%%%=========================================================================

%% The current event is consumed or postponed. A state change cancels the
%% state timeout and brings back the postponed events (oldest first) ahead
%% of the queue; any transition cancels the event timeout. Then the timeout
%% actions run, and inserted events go first.
transition(P, Debug, #state{state_data = {State, _}, postponed = Postponed} = S,
           [Event | Events], #trans{state_data = {NextState, _}} = T) ->
    Postponed1 = case T#trans.postpone of
                     true -> [Event | Postponed];
                     false -> Postponed
                 end,
    Tag = case T#trans.postpone of true -> postpone; false -> consume end,
    Debug1 = debug(Debug, P, {Tag, Event, State, NextState}),
    Timers0 = S#state.timers,
    {Queue, Postponed2, Timers} =
        case NextState =:= State of
            true ->
                {Events, Postponed1, gen_statem_timeouts:cancel(timeout, Timers0)};
            false ->
                {lists:reverse(Postponed1, Events), [],
                 gen_statem_timeouts:cancel(
                   timeout, gen_statem_timeouts:cancel(state_timeout, Timers0))}
        end,
    {Debug2, Timers1} = gen_statem_timeouts:start(Debug1, P#params.name, NextState,
                                                  T#trans.timeouts, Timers),
    S1 = S#state{state_data = T#trans.state_data, postponed = Postponed2,
                 timers = Timers1, hibernate = T#trans.hibernate},
    next_event(P, Debug2, S1, lists:reverse(T#trans.next_events, Queue)).

%% Handles the next queued event; with none, a zero timeout that is due
%% fires before the mailbox is looked at.
next_event(P, Debug, S, [_ | _] = Q) ->
    handle_queue(P, Debug, S, Q);
next_event(P, Debug, #state{timers = Timers} = S, []) ->
    case gen_statem_timeouts:next_zero(Timers) of
        {TimeoutType, TimeoutMsg, Timers1} ->
            incoming(P, Debug, S#state{timers = Timers1}, {TimeoutType, TimeoutMsg});
        none ->
            loop(P, Debug, S)
    end.

%%%=========================================================================
%%% Termination
%%%=========================================================================

%% Calls terminate/3 (if exported), reports an abnormal stop, and exits
%% with the reason, raising it with the given stack trace.
terminate(Class, Reason, Stack, #params{modules = [Module | _]} = P, Debug,
          #state{state_data = {State, Data}} = S, Q) ->
    case erlang:function_exported(Module, terminate, 3) of
        true ->
            case try Module:terminate(Reason, State, Data), ok
                 catch
                     throw:_ -> ok;
                     Class1:Reason1:Stack1 -> {raised, Class1, Reason1, Stack1}
                 end of
                ok ->
                    ok;
                {raised, C, R, ST0} ->
                    ST = gen_statem_log:callback_stack(ST0, [{terminate, 7, 2602}]),
                    error_info(C, R, ST, Debug, P, S, Q),
                    erlang:raise(C, R, ST)
            end;
        false ->
            ok
    end,
    case Reason of
        normal -> debug(Debug, P, {terminate, Reason, State});
        shutdown -> debug(Debug, P, {terminate, Reason, State});
        {shutdown, _} -> debug(Debug, P, {terminate, Reason, State});
        _ -> error_info(Class, Reason, Stack, Debug, P, S, Q)
    end,
    case Stack of
        [] -> erlang:Class(Reason);
        _ -> erlang:raise(Class, Reason, Stack)
    end.

%%%=========================================================================
%%% Helpers
%%%=========================================================================

error_info(Class, Reason, Stack, Debug, P, S, Q) ->
    gen_statem_log:error_info(Class, Reason, Stack, Debug, report_info(P, S), Q).

%% What gen_statem_log needs to know of the server, for reports and status.
report_info(#params{name = Name, modules = Modules, callback_mode = Mode,
                    state_enter = StateEnter},
            #state{state_data = {State, Data}, postponed = Postponed, timers = Timers}) ->
    #{name => Name, modules => Modules, callback_mode => Mode,
      state_enter => StateEnter, state => State, data => Data,
      postponed => Postponed, timers => Timers}.

debug([], _P, _Event) ->
    [];
debug(Debug, #params{name = Name}, Event) ->
    sys:handle_debug(Debug, fun gen_statem_log:print_event/3, Name, Event).

is_from({Pid, _}) when is_pid(Pid) -> true;
is_from(_) -> false.

is_event_type({call, From}) -> is_from(From);
is_event_type(cast) -> true;
is_event_type(info) -> true;
is_event_type(internal) -> true;
is_event_type(Type) -> gen_statem_timeouts:is_type(Type).

listify(List) when is_list(List) -> List;
listify(Item) -> [Item].
