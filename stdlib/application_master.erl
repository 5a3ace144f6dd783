%% application_master: the process that runs one started application, as
%% in OTP 25. It becomes the group leader of the application's processes
%% (that is how application:get_application/0 and get_env/1 find the
%% application, and how the master finds every process to kill when the
%% application stops). A helper process it links to calls the callback
%% module's start/2, watches the top process (usually a supervisor), and
%% calls prep_stop/1 and stop/1 when the application stops or the top
%% process ends.
%%
%% Not supported / known differences:
%% - the master relays io_request messages to its own group leader; when
%%   that is ferl's standard leader (not a process) it answers them itself.
%% - start phases are run for the application itself only (OTP's
%%   application_starter also runs those of included applications);
%%   takeover and failover start types do not exist.
%% - maxP is accepted and not enforced (neither is it in OTP).
-module(application_master).

-export([start_link/2, stop/1, stop/2, get_child/1, start_type/0]).
%% Internal: process entry points.
-export([init/4, start_it/4]).

-record(state, {child, data, children = [], gleader, req = []}).

%% Data: #{name, mod, phases, maxT} from application_controller.
%% {ok, Master} | {error, Reason}; the caller is linked to the master
%% until the application has started.
-spec start_link(map(), atom()) -> {ok, pid()} | {error, term()}.
start_link(Data, Type) ->
    Controller = whereis(application_controller),
    proc_lib:start_link(?MODULE, init, [Controller, self(), Data, Type]).

%% Stops the application and its master; ok.
-spec stop(pid()) -> ok.
stop(Master) ->
    Tag = make_ref(),
    Mon = erlang:monitor(process, Master),
    Master ! {stop, Tag, self()},
    receive
        {'DOWN', Mon, process, _, _} -> ok;
        {Tag, Result} -> erlang:demonitor(Mon, [flush]), Result
    end.

%% The same, for a caller that has to keep answering some requests while
%% it waits: Serve is given each `{'$gen_call', _, {read, _}}` message.
-spec stop(pid(), fun((tuple()) -> term())) -> ok.
stop(Master, Serve) ->
    Tag = make_ref(),
    Mon = erlang:monitor(process, Master),
    Master ! {stop, Tag, self()},
    await_stop(Tag, Mon, Serve).

await_stop(Tag, Mon, Serve) ->
    receive
        {'DOWN', Mon, process, _, _} ->
            ok;
        {Tag, Result} ->
            erlang:demonitor(Mon, [flush]),
            Result;
        {'$gen_call', _From, {read, _}} = Request ->
            Serve(Request),
            await_stop(Tag, Mon, Serve)
    end.

%% {TopPid, CallbackModule} of a running application, or error.
-spec get_child(pid()) -> {pid(), module()} | error | ok.
get_child(Master) ->
    Tag = make_ref(),
    Mon = erlang:monitor(process, Master),
    Master ! {get_child, Tag, self()},
    receive
        {'DOWN', Mon, process, _, _} -> ok;
        {Tag, Result} -> erlang:demonitor(Mon, [flush]), Result
    end.

%% The start type of the application the caller belongs to.
-spec start_type() -> atom() | {error, timeout}.
start_type() ->
    group_leader() ! {start_type, self()},
    receive
        {start_type, Type} -> Type
    after 5000 ->
        {error, timeout}
    end.

%%%-------------------------------------------------------------------------
%%% The master
%%%-------------------------------------------------------------------------

init(Controller, Starter, Data, Type) ->
    link(Controller),
    process_flag(trap_exit, true),
    OldLeader = group_leader(),
    group_leader(self(), self()),
    Name = maps:get(name, Data),
    ok = application_controller:register_master(Name, self()),
    State = #state{data = Data, gleader = OldLeader},
    case start_it(State, Type) of
        {ok, Pid} ->
            ok = set_timer(maps:get(maxT, Data, infinity)),
            unlink(Starter),
            proc_lib:init_ack(Starter, {ok, self()}),
            main_loop(Controller, State#state{child = Pid});
        {error, Reason} ->
            exit(Reason);
        Other ->
            exit(Other)
    end.

%% The start function runs in a helper process, so that the master stays
%% free for the requests that arrive meanwhile.
start_it(State, Type) ->
    Tag = make_ref(),
    Pid = spawn_link(?MODULE, start_it, [Tag, State#state.data, self(), Type]),
    init_loop(Pid, Tag, State, Type).

init_loop(Pid, Tag, State, Type) ->
    receive
        IoRequest when element(1, IoRequest) =:= io_request ->
            relay_io(IoRequest, State),
            init_loop(Pid, Tag, State, Type);
        {Tag, Result} ->
            Result;
        {'EXIT', Pid, Reason} ->
            {error, Reason};
        {start_type, From} ->
            From ! {start_type, Type},
            init_loop(Pid, Tag, State, Type);
        Other ->
            init_loop(Pid, Tag, handle_msg(Other, State), Type)
    end.

main_loop(Controller, State) ->
    receive
        IoRequest when element(1, IoRequest) =:= io_request ->
            relay_io(IoRequest, State),
            main_loop(Controller, State);
        {'EXIT', Controller, Reason} ->
            terminate(Reason, State);
        {'EXIT', Child, Reason} when Child =:= State#state.child ->
            terminate(Reason, State#state{child = undefined});
        {'EXIT', _, timeout} ->
            terminate(normal, State);
        {'EXIT', Pid, _Reason} ->
            main_loop(Controller, State#state{children = lists:delete(Pid, State#state.children)});
        {start_type, From} ->
            From ! {start_type, local},
            main_loop(Controller, State);
        Other ->
            main_loop(Controller, handle_msg(Other, State))
    end.

terminate_loop(Child, State) ->
    receive
        IoRequest when element(1, IoRequest) =:= io_request ->
            relay_io(IoRequest, State),
            terminate_loop(Child, State);
        {'EXIT', Child, _} ->
            ok;
        Other ->
            terminate_loop(Child, handle_msg(Other, State))
    end.

handle_msg({get_child, Tag, From}, State) ->
    ask_child(Tag, From, State);
handle_msg({stop, Tag, From}, State) ->
    catch terminate(normal, State),
    From ! {Tag, ok},
    exit(normal);
handle_msg({child, Ref, Top, Mod}, State) ->
    case lists:keytake(Ref, 1, State#state.req) of
        {value, {_, Tag, From}, Requests} ->
            From ! {Tag, {Top, Mod}},
            State#state{req = Requests};
        false ->
            State
    end;
handle_msg(_, State) ->
    State.

ask_child(Tag, From, State = #state{child = Child}) ->
    case is_pid(Child) andalso is_process_alive(Child) of
        true ->
            Ref = make_ref(),
            Child ! {self(), get_child, Ref},
            State#state{req = [{Ref, Tag, From} | State#state.req]};
        false ->
            From ! {Tag, error},
            State
    end.

%% Stops the application gently through the helper, then kills whatever
%% is left of it: every process whose group leader is this master.
terminate(Reason, State = #state{child = Child}) ->
    [From ! {Tag, error} || {_, Tag, From} <- State#state.req],
    case Child of
        undefined ->
            ok;
        _ ->
            Child ! {self(), terminate},
            terminate_loop(Child, State)
    end,
    lists:foreach(fun(Pid) -> exit(Pid, kill) end, State#state.children),
    kill_all_procs(),
    exit(Reason).

kill_all_procs() ->
    Self = self(),
    Mine = [P || P <- processes(), P =/= Self,
                 process_info(P, group_leader) =:= {group_leader, Self}],
    lists:foreach(fun(P) -> exit(P, kill) end, Mine),
    case Mine of
        [] -> ok;
        _ -> kill_all_procs()
    end.

%% The standard group leader is not a process: its requests are answered
%% here (output at once, input from a helper so that the master is never
%% blocked), as that leader would answer them.
relay_io({io_request, From, ReplyAs, Request} = IoRequest, State) ->
    Leader = State#state.gleader,
    case ferl_io:is_standard(Leader) of
        false ->
            Leader ! IoRequest;
        true when element(1, Request) =:= put_chars ->
            From ! {io_reply, ReplyAs, io:request(Leader, Request)};
        true ->
            spawn(fun() -> From ! {io_reply, ReplyAs, io:request(Leader, Request)} end)
    end;
relay_io(IoRequest, State) ->
    State#state.gleader ! IoRequest.

set_timer(infinity) ->
    ok;
set_timer(Time) ->
    {ok, _} = timer:exit_after(Time, timeout),
    ok.

%%%-------------------------------------------------------------------------
%%% The helper: calls Mod:start/2 (and the start phases), then watches
%%% the top process.
%%%-------------------------------------------------------------------------

start_it(Tag, Data, Master, Type) ->
    process_flag(trap_exit, true),
    case maps:get(phases, Data, undefined) of
        undefined -> start_it_old(Tag, Master, Type, maps:get(mod, Data));
        Phases -> start_it_new(Tag, Master, Type, maps:get(mod, Data), Phases)
    end.

%% Named as OTP's: a crash in start/2 shows this frame in its stack trace.
-file("application_master.erl", 291).
start_it_old(Tag, Master, Type, {Mod, Args}) ->
    case catch Mod:start(Type, Args) of
        {ok, Top} ->
            link(Top),
            Master ! {Tag, {ok, self()}},
            loop_it(Master, Top, Mod, []);
        {ok, Top, AppState} ->
            link(Top),
            Master ! {Tag, {ok, self()}},
            loop_it(Master, Top, Mod, AppState);
        Other ->
            Master ! {Tag, start_error(Mod, Type, Args, Other)}
    end.

start_it_new(Tag, Master, Type, {Mod, Args}, Phases) ->
    Started = (catch Mod:start(Type, Args)),
    case Started of
        {ok, Top} -> run_phases(Tag, Master, Type, Mod, Phases, Top, []);
        {ok, Top, AppState} -> run_phases(Tag, Master, Type, Mod, Phases, Top, AppState);
        Other -> Master ! {Tag, start_error(Mod, Type, Args, Other)}
    end.

start_error(Mod, Type, Args, Result) ->
    Call = {Mod, start, [Type, Args]},
    case Result of
        {error, Reason} -> {error, {Reason, Call}};
        {'EXIT', normal} -> {error, {{'EXIT', normal}, Call}};
        Other -> {error, {bad_return, {Call, Other}}}
    end.

%% Mod:start_phase(Phase, Type, PhaseArgs) for each phase, in order.
run_phases(Tag, Master, Type, Mod, Phases, Top, AppState) ->
    link(Top),
    case phases(Mod, Type, Phases) of
        ok ->
            Master ! {Tag, {ok, self()}},
            loop_it(Master, Top, Mod, AppState);
        Error ->
            unlink(Top),
            Master ! {Tag, Error}
    end.

phases(Mod, Type, [{Phase, PhaseArgs} | Phases]) ->
    Call = {Mod, start_phase, [Phase, Type, PhaseArgs]},
    case catch Mod:start_phase(Phase, Type, PhaseArgs) of
        ok -> phases(Mod, Type, Phases);
        {error, Reason} -> {error, {Reason, Call}};
        Other -> {error, {bad_return, {Call, Other}}}
    end;
phases(_Mod, _Type, []) ->
    ok.

loop_it(Master, Top, Mod, AppState) ->
    receive
        {Master, get_child, Ref} ->
            Master ! {child, Ref, Top, Mod},
            loop_it(Master, Top, Mod, AppState);
        {Master, terminate} ->
            AppState1 = prep_stop(Mod, AppState),
            exit(Top, shutdown),
            receive {'EXIT', Top, _} -> ok end,
            catch Mod:stop(AppState1),
            exit(normal);
        {'EXIT', Master, Reason} ->
            AppState1 = prep_stop(Mod, AppState),
            exit(Top, Reason),
            receive {'EXIT', Top, _} -> ok end,
            catch Mod:stop(AppState1),
            exit(Reason);
        {'EXIT', Top, Reason} ->
            %% Every reason, normal too, ends the application.
            AppState1 = prep_stop(Mod, AppState),
            catch Mod:stop(AppState1),
            exit(Reason);
        _ ->
            loop_it(Master, Top, Mod, AppState)
    end.

prep_stop(Mod, AppState) ->
    case catch Mod:prep_stop(AppState) of
        {'EXIT', {undef, _}} ->
            AppState;
        {'EXIT', Reason} ->
            error_logger:error_report([{?MODULE, shutdown_error},
                                       {Mod, {prep_stop, [AppState]}},
                                       {error_info, Reason}]),
            AppState;
        AppState1 ->
            AppState1
    end.
