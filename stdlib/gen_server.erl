%% gen_server: the generic server behaviour, as OTP 25's. A server is a
%% proc_lib process that loops receiving calls ('$gen_call'), casts
%% ('$gen_cast'), system messages (through sys) and plain messages, and
%% hands each to its callback module. When it stops abnormally it logs
%% the "Generic server ... terminating" report.
%%
%% The internal functions keep OTP's names and call structure (loop,
%% decode_msg, handle_msg, handle_common_reply, try_dispatch, terminate)
%% because they show up in stack traces and crash reports.
%%
%% Not supported: multi_call and abcast to other nodes (the local node
%% only).
-module(gen_server).

-export([start/3, start/4, start_link/3, start_link/4, start_monitor/3, start_monitor/4,
         stop/1, stop/3, call/2, call/3, send_request/2, send_request/4,
         wait_response/2, receive_response/2, check_response/2,
         wait_response/3, receive_response/3, check_response/3,
         reqids_new/0, reqids_size/1, reqids_add/3, reqids_to_list/1,
         cast/2, reply/2, abcast/2, abcast/3, multi_call/2, multi_call/3, multi_call/4,
         enter_loop/3, enter_loop/4, enter_loop/5]).
-export([init_it/6, wake_hib/6]).
-export([system_continue/3, system_terminate/4, system_code_change/4,
         system_get_state/1, system_replace_state/2, format_status/2]).
-export([format_log/1, format_log/2]).

%% The callbacks (behaviour_info/1 is generated from these).
-callback init(Args :: term()) -> term().
-callback handle_call(Request :: term(), From :: {pid(), term()}, State :: term()) -> term().
-callback handle_cast(Request :: term(), State :: term()) -> term().
-callback handle_info(Info :: timeout | term(), State :: term()) -> term().
-callback handle_continue(Info :: term(), State :: term()) -> term().
-callback terminate(Reason :: term(), State :: term()) -> term().
-callback code_change(OldVsn :: term(), State :: term(), Extra :: term()) -> {ok, term()} | {error, term()}.
-callback format_status(Opt :: normal | terminate, StatusData :: [term()]) -> term().
-callback format_status(Status :: map()) -> map().
-optional_callbacks([handle_info/2, handle_continue/2, terminate/2, code_change/3,
                     format_status/1, format_status/2]).

%% Where the process is, for exits that have no stack trace of their own
%% (inline, like OTP's macro, so the trace starts in the caller).
-define(STACKTRACE(), element(2, erlang:process_info(self(), current_stacktrace))).

%%% Starting and stopping

start(Mod, Args, Options) -> gen:start(?MODULE, nolink, Mod, Args, Options).
start(Name, Mod, Args, Options) -> gen:start(?MODULE, nolink, Name, Mod, Args, Options).
start_link(Mod, Args, Options) -> gen:start(?MODULE, link, Mod, Args, Options).
start_link(Name, Mod, Args, Options) -> gen:start(?MODULE, link, Name, Mod, Args, Options).
start_monitor(Mod, Args, Options) -> gen:start(?MODULE, monitor, Mod, Args, Options).
start_monitor(Name, Mod, Args, Options) -> gen:start(?MODULE, monitor, Name, Mod, Args, Options).

stop(Server) -> gen:stop(Server).
stop(Server, Reason, Timeout) -> gen:stop(Server, Reason, Timeout).

%%% Requests

-file("gen_server.erl", 364).
call(Server, Request) ->
    case catch gen:call(Server, '$gen_call', Request) of
        {ok, Reply} ->
            Reply;
        {'EXIT', Reason} ->
            exit({Reason, {?MODULE, call, [Server, Request]}})
    end.

-file("gen_server.erl", 379).
call(Server, Request, Timeout) ->
    case catch gen:call(Server, '$gen_call', Request, Timeout) of
        {ok, Reply} ->
            Reply;
        {'EXIT', Reason} ->
            exit({Reason, {?MODULE, call, [Server, Request, Timeout]}})
    end.

send_request(Server, Request) ->
    gen:send_request(Server, '$gen_call', Request).

send_request(Server, Request, Label, Collection) ->
    try gen:send_request(Server, '$gen_call', Request, Label, Collection)
    catch error:badarg -> error(badarg, [Server, Request, Label, Collection])
    end.

wait_response(RequestId, Timeout) -> gen:wait_response(RequestId, Timeout).
receive_response(RequestId, Timeout) -> gen:receive_response(RequestId, Timeout).
check_response(Msg, RequestId) -> gen:check_response(Msg, RequestId).

wait_response(Collection, Timeout, Delete) ->
    try gen:wait_response(Collection, Timeout, Delete)
    catch error:badarg -> error(badarg, [Collection, Timeout, Delete])
    end.

receive_response(Collection, Timeout, Delete) ->
    try gen:receive_response(Collection, Timeout, Delete)
    catch error:badarg -> error(badarg, [Collection, Timeout, Delete])
    end.

check_response(Msg, Collection, Delete) ->
    try gen:check_response(Msg, Collection, Delete)
    catch error:badarg -> error(badarg, [Msg, Collection, Delete])
    end.

reqids_new() -> gen:reqids_new().

reqids_size(Collection) ->
    try gen:reqids_size(Collection)
    catch error:badarg -> error(badarg, [Collection])
    end.

-file("gen_server.erl", 544).
reqids_add(ReqId, Label, Collection) ->
    try gen:reqids_add(ReqId, Label, Collection)
    catch error:badarg -> error(badarg, [ReqId, Label, Collection]) % not a request id
    end.

reqids_to_list(Collection) ->
    try gen:reqids_to_list(Collection)
    catch error:badarg -> error(badarg, [Collection])
    end.

cast({global, Name}, Request) ->
    catch global:send(Name, {'$gen_cast', Request}),
    ok;
cast({via, Mod, Name}, Request) ->
    catch Mod:send(Name, {'$gen_cast', Request}),
    ok;
cast({Name, Node} = Dest, Request) when is_atom(Name), is_atom(Node) ->
    send_quietly(Dest, {'$gen_cast', Request});
cast(Dest, Request) when is_atom(Dest); is_pid(Dest) ->
    send_quietly(Dest, {'$gen_cast', Request}).

send_quietly(Dest, Msg) ->
    try erlang:send(Dest, Msg) of
        _ -> ok
    catch
        error:_ -> ok
    end.

reply(From, Reply) -> gen:reply(From, Reply).

abcast(Name, Request) -> abcast([node()], Name, Request).

abcast(Nodes, Name, Request) when is_list(Nodes), is_atom(Name) ->
    [send_quietly(Name, {'$gen_cast', Request}) || Node <- Nodes, Node =:= node()],
    abcast.

multi_call(Name, Request) -> multi_call([node()], Name, Request, infinity).
multi_call(Nodes, Name, Request) -> multi_call(Nodes, Name, Request, infinity).

multi_call(Nodes, Name, Request, Timeout) when is_list(Nodes), is_atom(Name) ->
    lists:foldr(
      fun(Node, {Replies, Bad}) when Node =:= node() ->
              case catch gen:call(Name, '$gen_call', Request, Timeout) of
                  {ok, Reply} -> {[{Node, Reply} | Replies], Bad};
                  _ -> {Replies, [Node | Bad]}
              end;
         (Node, {Replies, Bad}) ->
              {Replies, [Node | Bad]}
      end, {[], []}, Nodes).

%% Makes the calling process (started by proc_lib) a server.
enter_loop(Mod, Options, State) ->
    enter_loop(Mod, Options, State, self(), infinity).

enter_loop(Mod, Options, State, ServerName = {Scope, _}) when Scope == local; Scope == global ->
    enter_loop(Mod, Options, State, ServerName, infinity);
enter_loop(Mod, Options, State, ServerName = {via, _, _}) ->
    enter_loop(Mod, Options, State, ServerName, infinity);
enter_loop(Mod, Options, State, Timeout) ->
    enter_loop(Mod, Options, State, self(), Timeout).

enter_loop(Mod, Options, State, ServerName, Timeout) ->
    Name = gen:get_proc_name(ServerName),
    Parent = gen:get_parent(),
    Debug = gen:debug_options(Name, Options),
    HibernateAfter = gen:hibernate_after(Options),
    loop(Parent, Name, State, Mod, Timeout, HibernateAfter, Debug).

%%% The new process

-file("gen_server.erl", 807).
init_it(Starter, self, Name, Mod, Args, Options) ->
    init_it(Starter, self(), Name, Mod, Args, Options);
init_it(Starter, Parent, Name0, Mod, Args, Options) ->
    Name = gen:name(Name0),
    Debug = gen:debug_options(Name, Options),
    HibernateAfter = gen:hibernate_after(Options),
    case init_it(Mod, Args) of
        {ok, {ok, State}} ->
            proc_lib:init_ack(Starter, {ok, self()}),
            loop(Parent, Name, State, Mod, infinity, HibernateAfter, Debug);
        {ok, {ok, State, TimeoutOrAction}} ->
            proc_lib:init_ack(Starter, {ok, self()}),
            loop(Parent, Name, State, Mod, TimeoutOrAction, HibernateAfter, Debug);
        {ok, {stop, Reason}} ->
            %% The name goes before the starter hears of the failure, so
            %% that it can start the server again at once.
            gen:unregister_name(Name0),
            proc_lib:init_ack(Starter, {error, Reason}),
            exit(Reason);
        {ok, ignore} ->
            gen:unregister_name(Name0),
            proc_lib:init_ack(Starter, ignore),
            exit(normal);
        {ok, Else} ->
            Error = {bad_return_value, Else},
            proc_lib:init_ack(Starter, {error, Error}),
            exit(Error);
        {'EXIT', Class, Reason, Stacktrace} ->
            gen:unregister_name(Name0),
            proc_lib:init_ack(Starter, {error, terminate_reason(Class, Reason, Stacktrace)}),
            erlang:raise(Class, Reason, Stacktrace)
    end.

-file("gen_server.erl", 848).
init_it(Mod, Args) ->
    try
        {ok, Mod:init(Args)}
    catch
        throw:R -> {ok, R};
        Class:R:S -> {'EXIT', Class, R, S}
    end.

%%% The main loop

-file("gen_server.erl", 863).
loop(Parent, Name, State, Mod, {continue, Continue} = Msg, HibernateAfter, Debug) ->
    Reply = try_dispatch(Mod, handle_continue, Continue, State),
    case Debug of
        [] ->
            handle_common_reply(Reply, Parent, Name, undefined, Msg, Mod, HibernateAfter, State);
        _ ->
            Debug1 = sys:handle_debug(Debug, fun print_event/3, Name, Msg),
            handle_common_reply(Reply, Parent, Name, undefined, Msg, Mod, HibernateAfter, State, Debug1)
    end;
loop(Parent, Name, State, Mod, hibernate, HibernateAfter, Debug) ->
    proc_lib:hibernate(?MODULE, wake_hib, [Parent, Name, State, Mod, HibernateAfter, Debug]);
loop(Parent, Name, State, Mod, infinity, HibernateAfter, Debug) ->
    receive
        Msg -> decode_msg(Msg, Parent, Name, State, Mod, infinity, HibernateAfter, Debug, false)
    after HibernateAfter ->
        loop(Parent, Name, State, Mod, hibernate, HibernateAfter, Debug)
    end;
loop(Parent, Name, State, Mod, Time, HibernateAfter, Debug) ->
    Msg = receive
              Input -> Input
          after Time -> timeout
          end,
    decode_msg(Msg, Parent, Name, State, Mod, Time, HibernateAfter, Debug, false).

wake_hib(Parent, Name, State, Mod, HibernateAfter, Debug) ->
    Msg = receive
              Input -> Input
          end,
    decode_msg(Msg, Parent, Name, State, Mod, hibernate, HibernateAfter, Debug, true).

%% OTP's one `case` as clauses: only the 'EXIT' and debug clauses make
%% calls that return, so only they get a frame (as one clause the
%% function saved all nine arguments in one for every message). The
%% calls that can show in a stack trace stay on OTP's lines (908, 912).
-file("gen_server.erl", 902).
decode_msg({system, From, Req}, Parent, Name, State, Mod, Time, HibernateAfter, Debug, Hib) ->
    sys:handle_system_msg(Req, From, Parent, ?MODULE, Debug,
                          [Name, State, Mod, Time, HibernateAfter], Hib);
decode_msg({'EXIT', Parent, Reason} = Msg, Parent, Name, State, Mod, _Time, _HibernateAfter,
           Debug, _Hib) ->

    terminate(Reason, ?STACKTRACE(), Name, undefined, Msg, Mod, State, Debug);
decode_msg(Msg, Parent, Name, State, Mod, _Time, HibernateAfter, [], _Hib) ->
    handle_msg(Msg, Parent, Name, State, Mod, HibernateAfter);
decode_msg(Msg, Parent, Name, State, Mod, _Time, HibernateAfter, Debug, _Hib) ->
    Debug1 = sys:handle_debug(Debug, fun print_event/3, Name, {in, Msg}),
    handle_msg(Msg, Parent, Name, State, Mod, HibernateAfter, Debug1).

%%% Calling the callbacks

try_dispatch({'$gen_cast', Msg}, Mod, State) ->
    try_dispatch(Mod, handle_cast, Msg, State);
try_dispatch(Info, Mod, State) ->
    try_dispatch(Mod, handle_info, Info, State).

-file("gen_server.erl", 1120).
try_dispatch(Mod, Func, Msg, State) ->
    try
        {ok, Mod:Func(Msg, State)}
    catch
        throw:R ->
            {ok, R};
        error:undef = R:Stacktrace when Func == handle_info ->
            %% handle_info is optional: without it a message is logged
            %% and dropped.
            case erlang:function_exported(Mod, handle_info, 2) of
                false ->
                    logger:log(warning,
                               #{label => {gen_server, no_handle_info}, module => Mod, message => Msg},
                               #{domain => [otp], report_cb => fun gen_server:format_log/2,
                                 error_logger => #{tag => warning_msg, report_cb => fun gen_server:format_log/1}}),
                    {ok, {noreply, State}};
                true ->
                    {'EXIT', error, R, Stacktrace}
            end;
        Class:R:Stacktrace ->
            {'EXIT', Class, R, Stacktrace}
    end.

-file("gen_server.erl", 1146).
try_handle_call(Mod, Msg, From, State) ->
    try
        {ok, Mod:handle_call(Msg, From, State)}
    catch
        throw:R -> {ok, R};
        Class:R:Stacktrace -> {'EXIT', Class, R, Stacktrace}
    end.

-file("gen_server.erl", 1156).
try_terminate(Mod, Reason, State) ->
    case erlang:function_exported(Mod, terminate, 2) of
        true ->
            try
                {ok, Mod:terminate(Reason, State)}
            catch
                throw:R -> {ok, R};
                Class:R:Stacktrace -> {'EXIT', Class, R, Stacktrace}
            end;
        false ->
            {ok, ok}
    end.

%%% Handling one message

-file("gen_server.erl", 1176).
handle_msg({'$gen_call', From, Msg}, Parent, Name, State, Mod, HibernateAfter) ->
    Result = try_handle_call(Mod, Msg, From, State),
    case Result of
        {ok, {reply, Reply, NState}} ->
            reply(From, Reply),
            loop(Parent, Name, NState, Mod, infinity, HibernateAfter, []);
        {ok, {reply, Reply, NState, Time}} ->
            reply(From, Reply),
            loop(Parent, Name, NState, Mod, Time, HibernateAfter, []);
        {ok, {noreply, NState}} ->
            loop(Parent, Name, NState, Mod, infinity, HibernateAfter, []);
        {ok, {noreply, NState, Time}} ->
            loop(Parent, Name, NState, Mod, Time, HibernateAfter, []);
        {ok, {stop, Reason, Reply, NState}} ->
            try

                terminate(Reason, ?STACKTRACE(), Name, From, Msg, Mod, NState, [])
            after reply(From, Reply)
            end;
        Other ->
            handle_common_reply(Other, Parent, Name, From, Msg, Mod, HibernateAfter, State)
    end;
handle_msg(Msg, Parent, Name, State, Mod, HibernateAfter) ->
    Reply = try_dispatch(Msg, Mod, State),
    handle_common_reply(Reply, Parent, Name, undefined, Msg, Mod, HibernateAfter, State).

handle_msg({'$gen_call', From, Msg}, Parent, Name, State, Mod, HibernateAfter, Debug) ->
    case try_handle_call(Mod, Msg, From, State) of
        {ok, {reply, Reply, NState}} ->
            Debug1 = reply(Name, From, Reply, NState, Debug),
            loop(Parent, Name, NState, Mod, infinity, HibernateAfter, Debug1);
        {ok, {reply, Reply, NState, Time}} ->
            Debug1 = reply(Name, From, Reply, NState, Debug),
            loop(Parent, Name, NState, Mod, Time, HibernateAfter, Debug1);
        {ok, {noreply, NState}} ->
            Debug1 = sys:handle_debug(Debug, fun print_event/3, Name, {noreply, NState}),
            loop(Parent, Name, NState, Mod, infinity, HibernateAfter, Debug1);
        {ok, {noreply, NState, Time}} ->
            Debug1 = sys:handle_debug(Debug, fun print_event/3, Name, {noreply, NState}),
            loop(Parent, Name, NState, Mod, Time, HibernateAfter, Debug1);
        {ok, {stop, Reason, Reply, NState}} ->
            try
                terminate(Reason, ?STACKTRACE(), Name, From, Msg, Mod, NState, Debug)
            after
                _ = reply(Name, From, Reply, NState, Debug)
            end;
        Other ->
            handle_common_reply(Other, Parent, Name, From, Msg, Mod, HibernateAfter, State, Debug)
    end;
handle_msg(Msg, Parent, Name, State, Mod, HibernateAfter, Debug) ->
    handle_common_reply(try_dispatch(Msg, Mod, State), Parent, Name, undefined, Msg, Mod, HibernateAfter, State, Debug).

-file("gen_server.erl", 1233).
handle_common_reply(Reply, Parent, Name, From, Msg, Mod, HibernateAfter, State) ->
    case Reply of
        {ok, {noreply, NState}} ->
            loop(Parent, Name, NState, Mod, infinity, HibernateAfter, []);
        {ok, {noreply, NState, Time}} ->
            loop(Parent, Name, NState, Mod, Time, HibernateAfter, []);
        {ok, {stop, Reason, NState}} ->
            terminate(Reason, ?STACKTRACE(), Name, From, Msg, Mod, NState, []);
        {'EXIT', Class, Reason, Stacktrace} ->
            terminate(Class, Reason, Stacktrace, Name, From, Msg, Mod, State, []);
        {ok, BadReply} ->
            terminate({bad_return_value, BadReply}, ?STACKTRACE(), Name, From, Msg, Mod, State, [])
    end.

handle_common_reply(Reply, Parent, Name, From, Msg, Mod, HibernateAfter, State, Debug) ->
    case Reply of
        {ok, {noreply, NState}} ->
            Debug1 = sys:handle_debug(Debug, fun print_event/3, Name, {noreply, NState}),
            loop(Parent, Name, NState, Mod, infinity, HibernateAfter, Debug1);
        {ok, {noreply, NState, Time}} ->
            Debug1 = sys:handle_debug(Debug, fun print_event/3, Name, {noreply, NState}),
            loop(Parent, Name, NState, Mod, Time, HibernateAfter, Debug1);
        {ok, {stop, Reason, NState}} ->
            terminate(Reason, ?STACKTRACE(), Name, From, Msg, Mod, NState, Debug);
        {'EXIT', Class, Reason, Stacktrace} ->
            terminate(Class, Reason, Stacktrace, Name, From, Msg, Mod, State, Debug);
        {ok, BadReply} ->
            terminate({bad_return_value, BadReply}, ?STACKTRACE(), Name, From, Msg, Mod, State, Debug)
    end.

reply(Name, From, Reply, State, Debug) ->
    reply(From, Reply),
    sys:handle_debug(Debug, fun print_event/3, Name, {out, Reply, From, State}).

%%% sys callbacks

system_continue(Parent, Debug, [Name, State, Mod, Time, HibernateAfter]) ->
    loop(Parent, Name, State, Mod, Time, HibernateAfter, Debug).

-file("gen_server.erl", 1283).
system_terminate(Reason, _Parent, Debug, [Name, State, Mod, _Time, _HibernateAfter]) ->
    terminate(Reason, ?STACKTRACE(), Name, undefined, [], Mod, State, Debug).

system_code_change([Name, State, Mod, Time, HibernateAfter], _Module, OldVsn, Extra) ->
    case catch Mod:code_change(OldVsn, State, Extra) of
        {ok, NewState} -> {ok, [Name, NewState, Mod, Time, HibernateAfter]};
        Else -> Else
    end.

system_get_state([_Name, State, _Mod, _Time, _HibernateAfter]) ->
    {ok, State}.

system_replace_state(StateFun, [Name, State, Mod, Time, HibernateAfter]) ->
    NState = StateFun(State),
    {ok, NState, [Name, NState, Mod, Time, HibernateAfter]}.

%% sys debug output: events as the callback module sees them.
print_event(Dev, {in, Msg}, Name) ->
    case Msg of
        {'$gen_call', {From, _Tag}, Call} ->
            io:format(Dev, "*DBG* ~tp got call ~tp from ~tw~n", [Name, Call, From]);
        {'$gen_cast', Cast} ->
            io:format(Dev, "*DBG* ~tp got cast ~tp~n", [Name, Cast]);
        _ ->
            io:format(Dev, "*DBG* ~tp got ~tp~n", [Name, Msg])
    end;
print_event(Dev, {out, Msg, {To, _Tag}, State}, Name) ->
    io:format(Dev, "*DBG* ~tp sent ~tp to ~tw, new state ~tp~n", [Name, Msg, To, State]);
print_event(Dev, {noreply, State}, Name) ->
    io:format(Dev, "*DBG* ~tp new state ~tp~n", [Name, State]);
print_event(Dev, Event, Name) ->
    io:format(Dev, "*DBG* ~tp dbg  ~tp~n", [Name, Event]).

%%% Terminating

%% A stop asked for by the callback: the report shows the bare reason.
terminate(Reason, Stacktrace, Name, From, Msg, Mod, State, Debug) ->
    terminate(exit, Reason, Stacktrace, Reason, Name, From, Msg, Mod, State, Debug).

%% A callback that raised: the report shows the reason with its trace.
terminate(Class, Reason, Stacktrace, Name, From, Msg, Mod, State, Debug) ->
    terminate(Class, Reason, Stacktrace, {Reason, Stacktrace}, Name, From, Msg, Mod, State, Debug).

-file("gen_server.erl", 1349).
terminate(Class, Reason, Stacktrace, ReportReason, Name, From, Msg, Mod, State, Debug) ->
    case try_terminate(Mod, terminate_reason(Class, Reason, Stacktrace), State) of
        {'EXIT', C, R, S} ->
            error_info({R, S}, Name, From, Msg, Mod, State, Debug),
            erlang:raise(C, R, S);
        _ ->
            case {Class, Reason} of
                {exit, normal} -> ok;
                {exit, shutdown} -> ok;
                {exit, {shutdown, _}} -> ok;
                _ -> error_info(ReportReason, Name, From, Msg, Mod, State, Debug)
            end
    end,
    case Stacktrace of
        [] -> erlang:Class(Reason);
        _ -> erlang:raise(Class, Reason, Stacktrace)
    end.

terminate_reason(error, Reason, Stacktrace) -> {Reason, Stacktrace};
terminate_reason(exit, Reason, _Stacktrace) -> Reason.

%% application_controller's own end is reported by init, not here.
error_info(_Reason, application_controller, _From, _Msg, _Mod, _State, _Debug) ->
    ok;
error_info(Reason, Name, From, Msg, Mod, State, Debug) ->
    Log = sys:get_log(Debug),
    Status = status_for(terminate, Mod, get(), #{reason => Reason, state => State,
                                                   message => Msg, log => Log}),
    logger:log(error,
               #{label => {gen_server, terminate},
                 name => Name,
                 last_message => maps:get(message, Status),
                 state => maps:get(state, Status),
                 log => format_log_state(Mod, maps:get(log, Status)),
                 reason => maps:get(reason, Status),
                 client_info => client_stacktrace(From)},
               #{domain => [otp], report_cb => fun gen_server:format_log/2,
                 error_logger => #{tag => error, report_cb => fun gen_server:format_log/1}}),
    ok.

client_stacktrace(undefined) ->
    undefined;
client_stacktrace({From, _Tag}) ->
    client_stacktrace(From);
client_stacktrace(From) when is_pid(From), node(From) =:= node() ->
    case process_info(From, [current_stacktrace, registered_name]) of
        undefined -> {From, dead};
        [{current_stacktrace, Stack}, {registered_name, []}] -> {From, {From, Stack}};
        [{current_stacktrace, Stack}, {registered_name, Name}] -> {From, {Name, Stack}}
    end;
client_stacktrace(From) when is_pid(From) ->
    {From, remote}.

%%% Status

%% What format_status/1 (a map) or format_status/2 (the old form) of the
%% callback module make of the status; their failure leaves it as it is.
status_for(Opt, Mod, PDict, Status) ->
    case erlang:function_exported(Mod, format_status, 1) of
        true ->
            try Mod:format_status(Status) of
                New when is_map(New) -> maps:merge(Status, New);
                _ -> Status
            catch
                _:_ -> Status
            end;
        false ->
            case erlang:function_exported(Mod, format_status, 2) of
                true ->
                    case catch Mod:format_status(Opt, [PDict, maps:get(state, Status)]) of
                        {'EXIT', _} -> Status;
                        Shown -> Status#{state => Shown}
                    end;
                false ->
                    Status
            end
    end.

%% sys:get_status/1 calls this for the last element of the status.
format_status(Opt, [PDict, SysState, Parent, Debug, [Name, State, Mod, _Time, _HibernateAfter]]) ->
    Header = gen:format_status_header("Status for generic server", Name),
    Log = sys:get_log(Debug),
    Status = status_for(Opt, Mod, PDict, #{state => State, log => Log}),
    Specific = case erlang:function_exported(Mod, format_status, 2) andalso
                   not erlang:function_exported(Mod, format_status, 1) of
                   true ->
                       case maps:get(state, Status) of
                           S when is_list(S) -> S;
                           S -> [S]
                       end;
                   false ->
                       [{data, [{"State", maps:get(state, Status)}]}]
               end,
    [{header, Header},
     {data, [{"Status", SysState}, {"Parent", Parent},
             {"Logged events", format_log_state(Mod, maps:get(log, Status))}]}
     | Specific].

format_log_state(Mod, Log) ->
    [case Event of
         {out, Msg, From, State} ->
             {out, Msg, From, maps:get(state, status_for(terminate, Mod, get(), #{state => State}))};
         {noreply, State} ->
             {noreply, maps:get(state, status_for(terminate, Mod, get(), #{state => State}))};
         _ ->
             Event
     end || Event <- Log].

%%% Report texts

%% The reports' text (gen_server_log).
format_log(Report) ->
    gen_server_log:format_log(Report).

format_log(Report, Opts) ->
    gen_server_log:format_log(Report, Opts).
