%% supervisor: OTP 25's generic supervisor behaviour, a gen_server callback
%% module. It starts, watches, restarts and stops child processes according
%% to the child specifications returned by the callback module's init/1,
%% limits restarts (intensity/period), and logs SUPERVISOR REPORTs
%% (start_error, child_terminated, shutdown_error, shutdown) and progress
%% reports through logger exactly as OTP 25 does. Its code_change calls the
%% new Mod:init(Args) again and merges the new specs without starting or
%% stopping children.
%%
%% Flag and spec checks live in supervisor_spec.erl; starting, stopping and
%% storing children, and the reports, in supervisor_children.erl.
%%
%% Not supported / known differences:
%%  - {global, Name} and {via, Mod, Name} supervisor names work only as far
%%    as gen_server and gen support them.
%%  - Reports carry no location metadata (OTP adds mfa, file and line,
%%    which the default formatter does not print).
-module(supervisor).

-behaviour(gen_server).

%% API
-export([start_link/2, start_link/3,
         start_child/2, restart_child/2, delete_child/2, terminate_child/2,
         which_children/1, count_children/1,
         check_childspecs/1, check_childspecs/2,
         get_childspec/2]).

%% gen_server callbacks
-export([init/1, handle_call/3, handle_cast/2, handle_info/2,
         terminate/2, code_change/3, format_status/2]).

%% logger callbacks
-export([format_log/1, format_log/2]).

%% For release_handler
-export([get_callback_module/1]).

%% The callback (behaviour_info/1 is generated from it).
-callback init(Args :: term()) -> {ok, {SupFlags :: term(), [ChildSpec :: term()]}} | ignore.

-export_type([sup_flags/0, child_spec/0, strategy/0,
              startchild_ret/0, startchild_err/0,
              startlink_ret/0, startlink_err/0]).

-type auto_shutdown() :: 'never' | 'any_significant' | 'all_significant'.
-type child() :: 'undefined' | pid().
-type child_id() :: term().
-type mfargs() :: {M :: module(), F :: atom(), A :: [term()] | undefined}.
-type modules() :: [module()] | 'dynamic'.
-type restart() :: 'permanent' | 'transient' | 'temporary'.
-type significant() :: boolean().
-type shutdown() :: 'brutal_kill' | timeout().
-type worker() :: 'worker' | 'supervisor'.
-type sup_name() :: {'local', Name :: atom()}
                  | {'global', Name :: term()}
                  | {'via', Module :: module(), Name :: any()}.
-type sup_ref() :: (Name :: atom())
                 | {Name :: atom(), Node :: node()}
                 | {'global', Name :: term()}
                 | {'via', Module :: module(), Name :: any()}
                 | pid().
-type child_spec() :: #{id := child_id(), start := mfargs(),
                        restart => restart(), significant => significant(),
                        shutdown => shutdown(), type => worker(),
                        modules => modules()}
                    | {Id :: child_id(), StartFunc :: mfargs(),
                       Restart :: restart(), Shutdown :: shutdown(),
                       Type :: worker(), Modules :: modules()}.
-type strategy() :: 'one_for_all' | 'one_for_one'
                  | 'rest_for_one' | 'simple_one_for_one'.
-type sup_flags() :: #{strategy => strategy(), intensity => non_neg_integer(),
                       period => pos_integer(),
                       auto_shutdown => auto_shutdown()}
                   | {RestartStrategy :: strategy(),
                      Intensity :: non_neg_integer(),
                      Period :: pos_integer()}.
-type startlink_err() :: {'already_started', pid()} | {'shutdown', term()}
                       | term().
-type startlink_ret() :: {'ok', pid()} | 'ignore' | {'error', startlink_err()}.
-type startchild_err() :: 'already_present'
                        | {'already_started', Child :: child()} | term().
-type startchild_ret() :: {'ok', Child :: child()}
                        | {'ok', Child :: child(), Info :: term()}
                        | {'error', startchild_err()}.

-callback init(Args :: term()) ->
    {ok, {SupFlags :: sup_flags(), [ChildSpec :: child_spec()]}} | ignore.

%% The record layouts are OTP 25's: both show up to users (sys:get_state/1,
%% and a #child{} inside start_child's {error, {Reason, Child}}).
-record(child, {pid = undefined,     % pid() | undefined | {restarting, _}
                id,
                mfargs,
                restart_type,
                significant,
                shutdown,
                child_type,
                modules = []}).

%% children: {Ids, #{Id => #child{}}}, Ids most recently started first
%% (the order in which they are stopped).
%% dynamics (simple_one_for_one only): {maps, #{Pid => Args}}, or
%% {mapsets, #{Pid => []}} when children are temporary (args never needed).
-record(state, {name,
                strategy,
                children = {[], #{}},
                dynamics,
                intensity,
                period,
                restarts = [],
                dynamic_restarts = 0,
                auto_shutdown,
                module,
                args}).

-define(IS_SIMPLE(State), State#state.strategy =:= simple_one_for_one).

%%==========================================================================
%% API
%%==========================================================================

-spec start_link(Module, Args) -> startlink_ret() when
      Module :: module(), Args :: term().
start_link(Mod, Args) ->
    gen_server:start_link(supervisor, {self, Mod, Args}, []).

-spec start_link(SupName, Module, Args) -> startlink_ret() when
      SupName :: sup_name(), Module :: module(), Args :: term().
start_link(SupName, Mod, Args) ->
    gen_server:start_link(SupName, supervisor, {SupName, Mod, Args}, []).

-spec start_child(SupRef, ChildSpec) -> startchild_ret() when
      SupRef :: sup_ref(), ChildSpec :: child_spec() | (List :: [term()]).
start_child(Sup, ChildSpec) ->
    call(Sup, {start_child, ChildSpec}).

-spec restart_child(SupRef, Id) -> Result when
      SupRef :: sup_ref(), Id :: child_id(),
      Result :: {ok, child()} | {ok, child(), term()} | {error, term()}.
restart_child(Sup, Id) ->
    call(Sup, {restart_child, Id}).

-spec delete_child(SupRef, Id) -> ok | {error, Error} when
      SupRef :: sup_ref(), Id :: child_id(),
      Error :: running | restarting | not_found | simple_one_for_one.
delete_child(Sup, Id) ->
    call(Sup, {delete_child, Id}).

-spec terminate_child(SupRef, Id) -> ok | {error, Error} when
      SupRef :: sup_ref(), Id :: pid() | child_id(),
      Error :: not_found | simple_one_for_one.
terminate_child(Sup, Id) ->
    call(Sup, {terminate_child, Id}).

-spec get_childspec(SupRef, Id) -> {ok, child_spec()} | {error, not_found} when
      SupRef :: sup_ref(), Id :: pid() | child_id().
get_childspec(Sup, Id) ->
    call(Sup, {get_childspec, Id}).

-spec which_children(SupRef) -> [{Id, Child, Type, Modules}] when
      SupRef :: sup_ref(), Id :: child_id() | undefined,
      Child :: child() | restarting, Type :: worker(), Modules :: modules().
which_children(Sup) ->
    call(Sup, which_children).

-spec count_children(SupRef) -> [{specs | active | supervisors | workers,
                                  non_neg_integer()}] when
      SupRef :: sup_ref().
count_children(Sup) ->
    call(Sup, count_children).

call(Sup, Request) ->
    gen_server:call(Sup, Request, infinity).

-spec check_childspecs([child_spec()]) -> ok | {error, term()}.
check_childspecs(ChildSpecs) ->
    check_childspecs(ChildSpecs, undefined).

-spec check_childspecs([child_spec()], undefined | auto_shutdown()) ->
          ok | {error, term()}.
check_childspecs(ChildSpecs, AutoShutdown) when is_list(ChildSpecs) ->
    case AutoShutdown =:= undefined
        orelse supervisor_spec:check_auto_shutdown(AutoShutdown) of
        true ->
            case check_startspec(ChildSpecs, AutoShutdown) of
                {ok, _} -> ok;
                Error -> {error, Error}
            end;
        false ->
            {error, {badarg, AutoShutdown}}
    end;
check_childspecs(X, _AutoShutdown) ->
    {error, {badarg, X}}.

%% The callback module of a running supervisor (the release handler asks).
-spec get_callback_module(Pid :: pid()) -> module().
get_callback_module(Pid) ->
    {status, _Pid, {module, _Mod}, [_PDict, _SysState, _Parent, _Dbg, Misc]} =
        sys:get_status(Pid),
    case lists:keyfind(supervisor, 1, Misc) of
        {supervisor, [{"Callback", Mod}]} ->
            Mod;
        _ ->
            [_Header, _Data, {data, [{"State", State}]} | _] = Misc,
            State#state.module
    end.

%%==========================================================================
%% gen_server callbacks
%%==========================================================================

-spec init({sup_name() | self, module(), term()}) ->
          {ok, #state{}} | ignore | {stop, term()}.
init({SupName, Mod, Args}) ->
    process_flag(trap_exit, true),
    case Mod:init(Args) of
        {ok, {Flags, Specs}} ->
            State0 = #state{name = sup_name(SupName, Mod), module = Mod,
                            args = Args, auto_shutdown = never},
            case set_flags(Flags, State0) of
                {ok, State} when ?IS_SIMPLE(State) -> init_dynamic(State, Specs);
                {ok, State} -> init_children(State, Specs);
                Error -> {stop, {supervisor_data, Error}}
            end;
        ignore ->
            ignore;
        Other ->
            {stop, {bad_return, {Mod, init, Other}}}
    end.

sup_name(self, Mod) -> {self(), Mod};
sup_name(Name, _Mod) -> Name.

init_children(State, Specs) ->
    case check_startspec(Specs, State#state.auto_shutdown) of
        {ok, Children} ->
            case supervisor_children:start_all(Children, State#state.name) of
                {ok, Started} ->
                    {ok, State#state{children = Started}};
                {error, Partly, Reason} ->
                    _ = supervisor_children:terminate_all(Partly, State#state.name),
                    {stop, {shutdown, Reason}}
            end;
        Error ->
            {stop, {start_spec, Error}}
    end.

%% simple_one_for_one: exactly one spec, a template; nothing starts now.
init_dynamic(State, [Spec]) ->
    case check_startspec([Spec], State#state.auto_shutdown) of
        {ok, Children} -> {ok, dyn_init(State#state{children = Children})};
        Error -> {stop, {start_spec, Error}}
    end;
init_dynamic(_State, Specs) ->
    {stop, {bad_start_spec, Specs}}.

-spec handle_call(term(), term(), #state{}) -> {reply, term(), #state{}}.
handle_call({start_child, ExtraArgs}, _From, State) when ?IS_SIMPLE(State) ->
    #child{mfargs = {M, F, A}} = dyn_template(State),
    Args = A ++ ExtraArgs,
    case supervisor_children:start_mfa(M, F, Args) of
        {ok, undefined} -> {reply, {ok, undefined}, State};
        {ok, Pid} = Ok -> {reply, Ok, dyn_store(Pid, Args, State)};
        {ok, Pid, _Info} = Ok -> {reply, Ok, dyn_store(Pid, Args, State)};
        Error -> {reply, Error, State}
    end;
handle_call({start_child, Spec}, _From, State) ->
    case check_childspec(Spec, State#state.auto_shutdown) of
        {ok, Child} ->
            {Reply, NewState} = add_and_start(Child, State),
            {reply, Reply, NewState};
        Error ->
            {reply, {error, Error}, State}
    end;
handle_call({terminate_child, Id}, _From, State)
  when not is_pid(Id), ?IS_SIMPLE(State) ->
    {reply, {error, simple_one_for_one}, State};
handle_call({terminate_child, Id}, _From, State) ->
    case find_child(Id, State) of
        {ok, Child} ->
            supervisor_children:terminate(Child, State#state.name),
            {reply, ok, del_child(Child, State)};
        error ->
            {reply, {error, not_found}, State}
    end;
handle_call({restart_child, _Id}, _From, State) when ?IS_SIMPLE(State) ->
    {reply, {error, simple_one_for_one}, State};
handle_call({restart_child, Id}, _From, State) ->
    case find_child(Id, State) of
        {ok, #child{pid = undefined} = Child} ->
            case supervisor_children:start(State#state.name, Child) of
                {ok, Pid} = Ok -> {reply, Ok, set_pid(Pid, Id, State)};
                {ok, Pid, _Info} = Ok -> {reply, Ok, set_pid(Pid, Id, State)};
                Error -> {reply, Error, State}
            end;
        Found ->
            {reply, not_stopped_error(Found), State}
    end;
handle_call({delete_child, _Id}, _From, State) when ?IS_SIMPLE(State) ->
    {reply, {error, simple_one_for_one}, State};
handle_call({delete_child, Id}, _From, State) ->
    case find_child(Id, State) of
        {ok, #child{pid = undefined}} -> {reply, ok, remove_child(Id, State)};
        Found -> {reply, not_stopped_error(Found), State}
    end;
handle_call({get_childspec, Id}, _From, State) ->
    case find_child(Id, State) of
        {ok, Child} -> {reply, {ok, supervisor_children:to_spec(Child)}, State};
        error -> {reply, {error, not_found}, State}
    end;
handle_call(which_children, _From, State) ->
    {reply, which_children_list(State), State};
handle_call(count_children, _From, State) ->
    {reply, count_children_list(State), State}.

%% Why restart_child/delete_child refuse a child that is not stopped.
not_stopped_error({ok, #child{pid = {restarting, _}}}) -> {error, restarting};
not_stopped_error({ok, _}) -> {error, running};
not_stopped_error(error) -> {error, not_found}.

which_children_list(State) when ?IS_SIMPLE(State) ->
    #child{child_type = Type, modules = Mods} = dyn_template(State),
    [{undefined, child_state(Pid), Type, Mods} || Pid <- dyn_pids(State)];
which_children_list(#state{children = {Ids, Db}}) ->
    [begin
         #child{pid = Pid, child_type = Type, modules = Mods} = maps:get(Id, Db),
         {Id, child_state(Pid), Type, Mods}
     end || Id <- Ids].

child_state({restarting, _}) -> restarting;
child_state(Pid) -> Pid.

%% A simple_one_for_one child whose restart failed still counts in
%% `supervisors`/`workers` but not in `active`.
count_children_list(State) when ?IS_SIMPLE(State) ->
    #child{child_type = Type} = dyn_template(State),
    Size = dyn_size(State),
    Active = Size - State#state.dynamic_restarts,
    case Type of
        supervisor -> counts(1, Active, Size, 0);
        worker -> counts(1, Active, 0, Size)
    end;
count_children_list(#state{children = {_Ids, Db}}) ->
    Count = fun(_Id, #child{pid = Pid, child_type = Type}, {S, A, Sup, W}) ->
                    Alive = case is_pid(Pid) andalso is_process_alive(Pid) of
                                true -> 1;
                                false -> 0
                            end,
                    case Type of
                        supervisor -> {S + 1, A + Alive, Sup + 1, W};
                        worker -> {S + 1, A + Alive, Sup, W + 1}
                    end
            end,
    {Specs, Active, Sups, Workers} = maps:fold(Count, {0, 0, 0, 0}, Db),
    counts(Specs, Active, Sups, Workers).

counts(Specs, Active, Sups, Workers) ->
    [{specs, Specs}, {active, Active}, {supervisors, Sups}, {workers, Workers}].

%% A restart that failed is retried through our own mailbox, so that other
%% requests get a turn in between.
-spec handle_cast({try_again_restart, term()}, #state{}) ->
          {noreply, #state{}} | {stop, shutdown, #state{}}.
handle_cast({try_again_restart, IdOrRestarting}, State) ->
    case find_child_and_args(IdOrRestarting, State) of
        {ok, #child{pid = {restarting, _}} = Child} ->
            case restart(Child, State) of
                {ok, State1} -> {noreply, State1};
                {shutdown, State1} -> {stop, shutdown, State1}
            end;
        _ ->
            {noreply, State}
    end.

-spec handle_info(term(), #state{}) ->
          {noreply, #state{}} | {stop, shutdown, #state{}}.
handle_info({'EXIT', Pid, Reason}, State) ->
    case child_exited(Pid, Reason, State) of
        {ok, State1} -> {noreply, State1};
        {shutdown, State1} -> {stop, shutdown, State1}
    end;
handle_info(Msg, State) ->
    case logger:allow(error, ?MODULE) of
        true ->
            logger:macro_log(#{}, error,
                             "Supervisor received unexpected message: ~tp~n",
                             [Msg], #{domain => [otp],
                                      error_logger => #{tag => error}});
        false ->
            ok
    end,
    {noreply, State}.

-spec terminate(term(), #state{}) -> term().
terminate(_Reason, State) when ?IS_SIMPLE(State) ->
    supervisor_children:terminate_dynamic(dyn_template(State),
                                          [P || P <- dyn_pids(State), is_pid(P)],
                                          State#state.name);
terminate(_Reason, State) ->
    supervisor_children:terminate_all(State#state.children, State#state.name).

%% Code upgrade: ask the (new) callback module for its specs again. Flags
%% are replaced; specs are merged by id (see merge_children/2); no child is
%% started or stopped. Any failure leaves the state as it was.
-spec code_change(term(), #state{}, term()) -> {ok, #state{}} | term().
code_change(_OldVsn, State, _Extra) ->
    Mod = State#state.module,
    case Mod:init(State#state.args) of
        {ok, {Flags, Specs}} ->
            case set_flags(Flags, State) of
                {ok, State1} -> update_childspecs(State1, Specs);
                {invalid_type, Flags} -> {error, {bad_flags, Flags}};
                Error -> {error, Error}
            end;
        ignore ->
            {ok, State};
        Error ->
            Error
    end.

update_childspecs(State, Specs) when ?IS_SIMPLE(State) ->
    case check_startspec(Specs, State#state.auto_shutdown) of
        {ok, {[_], _} = Children} -> {ok, State#state{children = Children}};
        Error -> {error, Error}
    end;
update_childspecs(State, Specs) ->
    case check_startspec(Specs, State#state.auto_shutdown) of
        {ok, New} ->
            {ok, State#state{children =
                                 merge_children(State#state.children, New)}};
        Error ->
            {error, Error}
    end.

%% Old children (most recent first) merged with the new specs (in init
%% order): a child in both gets the new spec but keeps its process; one
%% only in the new specs is added, not running; one only in the old state
%% is kept as it is. The resulting order is OTP's.
merge_children({OldIds, OldDb}, {NewIds, NewDb}) ->
    {Db, Kept} =
        lists:foldl(
          fun(Id, {Db0, Kept0}) ->
                  case maps:find(Id, Db0) of
                      {ok, NewChild} ->
                          Pid = (maps:get(Id, OldDb))#child.pid,
                          {Db0#{Id := NewChild#child{pid = Pid}}, Kept0};
                      error ->
                          {Db0, [Id | Kept0]}
                  end
          end, {NewDb, []}, OldIds),
    {lists:reverse(NewIds ++ Kept), maps:merge(maps:with(Kept, OldDb), Db)}.

-spec format_status(terminate | normal, [term()]) -> term().
format_status(terminate, [_PDict, State]) ->
    State;
format_status(_, [_PDict, State]) ->
    [{data, [{"State", State}]},
     {supervisor, [{"Callback", State#state.module}]}].

%%==========================================================================
%% Starting children
%%==========================================================================

%% start_child/2 for the static strategies.
add_and_start(#child{id = Id} = Child, State) ->
    case find_child(Id, State) of
        error ->
            case supervisor_children:start(State#state.name, Child) of
                {ok, undefined} when Child#child.restart_type =:= temporary ->
                    {{ok, undefined}, State};
                {ok, Pid} = Ok ->
                    {Ok, save_child(Child#child{pid = Pid}, State)};
                {ok, Pid, _Info} = Ok ->
                    {Ok, save_child(Child#child{pid = Pid}, State)};
                {error, Reason} ->
                    {{error, {Reason, Child}}, State}
            end;
        {ok, #child{pid = Pid}} when is_pid(Pid) ->
            {{error, {already_started, Pid}}, State};
        {ok, _} ->
            {{error, already_present}, State}
    end.

%% A temporary child is never restarted, so its arguments are not kept.
save_child(#child{id = Id, restart_type = temporary, mfargs = {M, F, _}} = Child,
           #state{children = {Ids, Db}} = State) ->
    State#state{children = {[Id | Ids],
                            Db#{Id => Child#child{mfargs = {M, F, undefined}}}}};
save_child(#child{id = Id} = Child, #state{children = {Ids, Db}} = State) ->
    State#state{children = {[Id | Ids], Db#{Id => Child}}}.

%%==========================================================================
%% A child exited: restart it (or not)
%%==========================================================================

child_exited(Pid, Reason, State) ->
    case find_child_and_args(Pid, State) of
        {ok, Child} -> child_exited(Reason, Child, State, Child#child.restart_type);
        error -> {ok, State}
    end.

child_exited(Reason, Child, State, permanent) ->
    report(child_terminated, Reason, Child, State),
    restart(Child, State);
child_exited(Reason, Child, State, RestartType) ->
    case is_normal_exit(Reason) of
        true ->
            auto_shutdown(Child, del_child(Child, State));
        false when RestartType =:= transient ->
            report(child_terminated, Reason, Child, State),
            restart(Child, State);
        false ->
            report(child_terminated, Reason, Child, State),
            auto_shutdown(Child, del_child(Child, State))
    end.

is_normal_exit(normal) -> true;
is_normal_exit(shutdown) -> true;
is_normal_exit({shutdown, _}) -> true;
is_normal_exit(_) -> false.

%% A significant child is gone: maybe the supervisor goes too.
auto_shutdown(_Child, #state{auto_shutdown = never} = State) ->
    {ok, State};
auto_shutdown(#child{significant = false}, State) ->
    {ok, State};
auto_shutdown(_Child, #state{auto_shutdown = any_significant} = State) ->
    {shutdown, State};
auto_shutdown(_Child, State) when ?IS_SIMPLE(State) ->
    case dyn_size(State) of
        0 -> {shutdown, State};
        _ -> {ok, State}
    end;
auto_shutdown(_Child, #state{children = {_Ids, Db}} = State) ->
    Running = maps:filter(fun(_Id, #child{pid = Pid, significant = Sig}) ->
                                  Sig =:= true andalso Pid =/= undefined
                          end, Db),
    case map_size(Running) of
        0 -> {shutdown, State};
        _ -> {ok, State}
    end.

restart(Child, State) ->
    case add_restart(State) of
        {ok, State1} ->
            case restart(State1#state.strategy, Child, State1) of
                {{try_again, Again}, State2} ->
                    gen_server:cast(self(), {try_again_restart, Again}),
                    {ok, State2};
                Other ->
                    Other
            end;
        {terminate, State1} ->
            report(shutdown, reached_max_restart_intensity, Child, State),
            {shutdown, del_child(Child, State1)}
    end.

restart(simple_one_for_one, #child{pid = OldPid, mfargs = {M, F, A}} = Child,
        State0) ->
    State1 = case OldPid of
                 {restarting, _} ->
                     State0#state{dynamic_restarts =
                                      State0#state.dynamic_restarts - 1};
                 _ ->
                     State0
             end,
    State2 = dyn_erase(OldPid, State1),
    case supervisor_children:start_mfa(M, F, A) of
        {ok, Pid} ->
            {ok, dyn_store(Pid, A, State2)};
        {ok, Pid, _Info} ->
            {ok, dyn_store(Pid, A, State2)};
        {error, Reason} ->
            Restarting = restarting(OldPid),
            State3 = dyn_store(Restarting, A,
                               State2#state{dynamic_restarts =
                                                State2#state.dynamic_restarts + 1}),
            report(start_error, Reason, Child, State3),
            {{try_again, Restarting}, State3}
    end;
restart(one_for_one, #child{id = Id, pid = OldPid} = Child, State) ->
    case supervisor_children:start(State#state.name, Child) of
        {ok, Pid} ->
            {ok, set_pid(Pid, Id, State)};
        {ok, Pid, _Info} ->
            {ok, set_pid(Pid, Id, State)};
        {error, Reason} ->
            State1 = set_pid(restarting(OldPid), Id, State),
            report(start_error, Reason, Child, State),
            {{try_again, Id}, State1}
    end;
restart(rest_for_one, #child{id = Id} = Child, #state{name = SupName} = State) ->
    {After, Before} = supervisor_children:split(Id, State#state.children),
    {Result, After1} = restart_children(Child, After, SupName),
    {Result, State#state{children = supervisor_children:append(After1, Before)}};
restart(one_for_all, Child, #state{name = SupName} = State) ->
    Children = supervisor_children:forget(Child#child.id, State#state.children),
    {Result, Children1} = restart_children(Child, Children, SupName),
    {Result, State#state{children = Children1}}.

%% Stops the given children and starts them again, in start order.
restart_children(Child, Children, SupName) ->
    Stopped = supervisor_children:terminate_all(Children, SupName),
    case supervisor_children:start_all(Stopped, SupName) of
        {ok, Started} ->
            {ok, Started};
        {error, Partly, {failed_to_start_child, FailedId, _Reason}} ->
            Marker = case FailedId =:= Child#child.id of
                         true -> restarting(Child#child.pid);
                         false -> {restarting, undefined}
                     end,
            Children1 = supervisor_children:set_pid(Marker, FailedId, Partly),
            {{try_again, FailedId}, Children1}
    end.

restarting(Pid) when is_pid(Pid) -> {restarting, Pid};
restarting(Other) -> Other.

%% Restarts within the last Period seconds, newest first; more than
%% Intensity of them and the supervisor gives up.
add_restart(#state{intensity = Intensity, period = Period,
                   restarts = Restarts} = State) ->
    Now = erlang:monotonic_time(1),
    Recent = lists:takewhile(fun(T) -> T >= Now - Period end, Restarts),
    NewRestarts = [Now | Recent],
    State1 = State#state{restarts = NewRestarts},
    case length(NewRestarts) =< Intensity of
        true -> {ok, State1};
        false -> {terminate, State1}
    end.

%%==========================================================================
%% Finding and updating children
%%==========================================================================

%% A child whose process is gone: temporary ones are forgotten, the others
%% keep their spec with no process.
del_child(#child{pid = Pid}, State) when ?IS_SIMPLE(State) ->
    dyn_erase(Pid, State);
del_child(#child{id = Id}, #state{children = Children} = State) ->
    State#state{children = supervisor_children:forget(Id, Children)}.

set_pid(Pid, Id, #state{children = Children} = State) ->
    State#state{children = supervisor_children:set_pid(Pid, Id, Children)}.

remove_child(Id, #state{children = Children} = State) ->
    State#state{children = supervisor_children:remove(Id, Children)}.

%% By id, or (simple_one_for_one) by pid: a pid of ours, a pid whose
%% restart is pending, or a pid that is already dead (nothing to stop).
find_child(Pid, State) when is_pid(Pid), ?IS_SIMPLE(State) ->
    case find_dynamic_child(Pid, State) of
        error ->
            case find_dynamic_child(restarting(Pid), State) of
                error ->
                    case is_process_alive(Pid) of
                        true -> error;
                        false -> {ok, dyn_template(State)}
                    end;
                Found ->
                    Found
            end;
        Found ->
            Found
    end;
find_child(Id, #state{children = {_Ids, Db}}) ->
    maps:find(Id, Db).

%% Like find_child, but also by pid for static supervisors, and with the
%% real start arguments for simple_one_for_one children.
find_child_and_args(Pid, State) when ?IS_SIMPLE(State) ->
    case find_dynamic_child(Pid, State) of
        {ok, #child{mfargs = {M, F, _}} = Child} ->
            {ok, Args} = dyn_args(Pid, State),
            {ok, Child#child{mfargs = {M, F, Args}}};
        error ->
            error
    end;
find_child_and_args(Pid, State) when is_pid(Pid) ->
    supervisor_children:find_by_pid(Pid, State#state.children);
find_child_and_args(Id, #state{children = {_Ids, Db}}) ->
    maps:find(Id, Db).

find_dynamic_child(Pid, State) ->
    case dyn_exists(Pid, State) of
        true -> {ok, (dyn_template(State))#child{pid = Pid}};
        false -> error
    end.

%%==========================================================================
%% The children of a simple_one_for_one supervisor
%%==========================================================================

dyn_template(#state{children = {[Id], Db}}) ->
    maps:get(Id, Db).

dyn_init(State) ->
    Kind = case dyn_template(State) of
               #child{restart_type = temporary} -> mapsets;
               _ -> maps
           end,
    State#state{dynamics = {Kind, #{}}}.

dyn_size(#state{dynamics = {_Kind, Db}}) ->
    map_size(Db).

dyn_pids(#state{dynamics = {_Kind, Db}}) ->
    maps:keys(Db).

dyn_exists(Pid, #state{dynamics = {_Kind, Db}}) ->
    is_map_key(Pid, Db).

dyn_store(Pid, _Args, #state{dynamics = {mapsets, Db}} = State) ->
    State#state{dynamics = {mapsets, Db#{Pid => []}}};
dyn_store(Pid, Args, #state{dynamics = {maps, Db}} = State) ->
    State#state{dynamics = {maps, Db#{Pid => Args}}}.

dyn_erase(Pid, #state{dynamics = {Kind, Db}} = State) ->
    State#state{dynamics = {Kind, maps:remove(Pid, Db)}}.

dyn_args(_Pid, #state{dynamics = {mapsets, _Db}}) ->
    {ok, undefined};
dyn_args(Pid, #state{dynamics = {maps, Db}}) ->
    maps:find(Pid, Db).

%%==========================================================================
%% Flags and specs (checked by supervisor_spec)
%%==========================================================================

set_flags(Flags, State) ->
    case supervisor_spec:check_flags(Flags) of
        {ok, #{strategy := Strategy, intensity := Intensity, period := Period,
               auto_shutdown := AutoShutdown}} ->
            {ok, State#state{strategy = Strategy, intensity = Intensity,
                             period = Period, auto_shutdown = AutoShutdown}};
        Error ->
            Error
    end.

%% A list of specs, in init order: {ok, {Ids, Db}} or the first error.
check_startspec(Specs, AutoShutdown) ->
    check_startspec(Specs, [], #{}, AutoShutdown).

check_startspec([Spec | Specs], Ids, Db, AutoShutdown) ->
    case check_childspec(Spec, AutoShutdown) of
        {ok, #child{id = Id} = Child} ->
            case is_map_key(Id, Db) of
                true -> {duplicate_child_name, Id};
                false -> check_startspec(Specs, [Id | Ids], Db#{Id => Child},
                                         AutoShutdown)
            end;
        Error ->
            Error
    end;
check_startspec([], Ids, Db, _AutoShutdown) ->
    {ok, {lists:reverse(Ids), Db}}.

check_childspec(Spec, AutoShutdown) ->
    case supervisor_spec:check_childspec(Spec, AutoShutdown) of
        {ok, Checked} -> {ok, supervisor_children:from_spec(Checked)};
        Error -> Error
    end.

%%==========================================================================
%% Reports
%%==========================================================================

report(Context, Reason, Child, State) ->
    supervisor_children:report_error(Context, Reason, Child, State#state.name).

-spec format_log(LogReport) -> {io:format(), [term()]} when
      LogReport :: map().
format_log(LogReport) ->
    supervisor_children:format_log(LogReport).

-spec format_log(LogReport, FormatOpts) -> unicode:chardata() when
      LogReport :: map(), FormatOpts :: map().
format_log(LogReport, FormatOpts) ->
    supervisor_children:format_log(LogReport, FormatOpts).
