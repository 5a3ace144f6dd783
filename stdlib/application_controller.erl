%% application_controller: the registered process that knows every loaded
%% application (its .app keys and configuration parameters), starts and
%% stops them through application_master processes, and takes the node
%% down when a permanent application (or a transient one, abnormally)
%% terminates, as OTP 25's controller does.
%%
%% ferl has no boot script: the controller starts on first use, with
%% `kernel` and `stdlib` already loaded and started (OTP 25's keys and
%% kernel parameters), as in an OTP escript. It is a special process
%% speaking gen_server's call protocol, so `gen_server:call` and `sys`
%% work on it. OTP keeps its table (`ac_tab`) in ETS; here the table is
%% the controller's process dictionary, read through calls (or directly
%% when a callback running in the controller asks), and the controller
%% keeps answering reads while it waits for an application to stop, so
%% `stop/1` and `prep_stop/1` callbacks may read parameters.
%%
%% When the controller terminates, it stops the running applications,
%% then, like OTP's init half a second later, prints
%% `{"Kernel pid terminated",application_controller,Reason}` and halts
%% with the slogan `Kernel pid terminated (application_controller) (...)`.
%%
%% Internal API for release handling: change_application_data/2 (new
%% .app contents and configuration for loaded applications: keys, vsn,
%% parameters), prep_config_change/0 and config_change/1 (config_change/3
%% callbacks), get_master/1 (an application's master, whose
%% application_master:get_child/1 names the top supervisor).
%%
%% Not supported / known differences:
%% - distributed applications (control_application, permit_application,
%%   takeover and failover start types), start_p_false stays empty;
%% - `-config` files at start-up, configuration providers;
%% - parameter lists (get_all_env, get_key(App, env)) keep the order in
%%   which they were set; OTP's come in ETS hash order, which varies;
%% - loaded_applications/0 lists in load order (OTP: ETS hash order);
%% - kernel runs without a master process (its id in info/0 is undefined);
%% - when the controller terminates, OTP stops kernel (and with it the
%%   `user` process), so output of other processes in the last half
%%   second is lost there; ferl still prints it.
-module(application_controller).

-export([load_application/1, unload_application/1,
         start_application/2, stop_application/1,
         which_applications/0, which_applications/1, loaded_applications/0, info/0,
         get_env/2, get_all_env/1, get_pid_env/2, get_pid_all_env/1,
         get_key/2, get_all_key/1, get_pid_key/2, get_pid_all_key/1,
         get_master/1, get_application/1, get_application_module/1, start_type/1,
         set_env/2, set_env/3, set_env/4, unset_env/2, unset_env/3,
         change_application_data/2, prep_config_change/0, config_change/1,
         do_config_diff/2, is_running/1]).
%% Report formatting (logger report_cb).
-export([format_log/1, format_log/2]).
%% Used by application_master.
-export([register_master/2]).
%% Used by init while the node stops.
-export([shut_down_application/1]).
%% Used by systools (the .app of an application ferl carries built in).
-export([builtin_spec/1]).
%% The process.
-export([run_starter/3, halt_node/1]).
-export([system_continue/3, system_terminate/4, system_code_change/4,
         system_get_state/1, system_replace_state/2]).

-define(AC, ?MODULE).
%% The process that halts the node after the controller has terminated.
-define(HALTING, application_controller_halting).

%% A loaded application: the keys of its .app file.
-record(appl, {name, descr = "", id = "", vsn = "", mods = [], regs = [],
               apps = [], opt_apps = [], inc_apps = [], mod = [],
               phases = undefined, maxP = infinity, maxT = infinity}).

%% running:   [{Name, MasterPid | undefined}], latest first
%% started:   [{Name, RestartType}], also applications that have exited
%% starting:  [{Name, RestartType, StartType, From}]
%% start_req: [{Name, From}], callers waiting for a start
%% conf_data: [{Name, [{Par, Val}]}], configuration kept across loads
-record(state, {running = [], started = [], starting = [], start_req = [],
                conf_data = [], debug = []}).

%%%=========================================================================
%%% API
%%%=========================================================================

-spec load_application(atom() | tuple()) -> ok | {error, term()}.
load_application(Application) ->
    call({load_application, Application}, infinity).

-spec unload_application(atom()) -> ok | {error, term()}.
unload_application(Name) ->
    call({unload_application, Name}, infinity).

-spec start_application(atom(), atom()) -> ok | {error, term()}.
start_application(Name, RestartType) ->
    call({start_application, Name, RestartType}, infinity).

-spec stop_application(atom()) -> ok | {error, term()}.
stop_application(Name) ->
    call({stop_application, Name}, infinity).

%% As stop_application/1, without the report: OTP's init stops the
%% applications of a node that stops or restarts silently (only
%% application:stop/1 reports `exited: stopped`).
-spec shut_down_application(atom()) -> ok | {error, term()}.
shut_down_application(Name) ->
    call({stop_application, Name, silently}, infinity).

-spec is_running(atom()) -> boolean().
is_running(Name) when is_atom(Name) ->
    call({is_running, Name}, infinity).

-spec which_applications() -> [{atom(), string(), string()}].
which_applications() ->
    call(which_applications).

-spec which_applications(timeout()) -> [{atom(), string(), string()}].
which_applications(Timeout) ->
    call(which_applications, Timeout).

-spec loaded_applications() -> [{atom(), string(), string()}].
loaded_applications() ->
    read(loaded).

-spec info() -> [{atom(), list()}].
info() ->
    call(info).

-spec get_env(atom(), atom()) -> undefined | {ok, term()}.
get_env(Name, Key) -> read({env, Name, Key}).
-spec get_all_env(atom()) -> [{atom(), term()}].
get_all_env(Name) -> read({all_env, Name}).
-spec get_key(atom(), atom()) -> undefined | {ok, term()}.
get_key(Name, Key) -> read({key, Name, Key}).
-spec get_all_key(atom()) -> undefined | {ok, [{atom(), term()}]}.
get_all_key(Name) -> read({all_key, Name}).

%% The same for the application whose master is Master (a group leader).
-spec get_pid_env(pid(), atom()) -> undefined | {ok, term()}.
get_pid_env(Master, Key) -> read({by_master, Master, {env, Key}, undefined}).
-spec get_pid_all_env(pid()) -> [{atom(), term()}].
get_pid_all_env(Master) -> read({by_master, Master, all_env, []}).
-spec get_pid_key(pid(), atom()) -> undefined | {ok, term()}.
get_pid_key(Master, Key) -> read({by_master, Master, {key, Key}, undefined}).
-spec get_pid_all_key(pid()) -> [] | {ok, [{atom(), term()}]}.
get_pid_all_key(Master) -> read({by_master, Master, all_key, []}).

-spec get_master(atom()) -> pid() | undefined.
get_master(Name) -> read({master, Name}).
-spec get_application(pid()) -> undefined | {ok, atom()}.
get_application(Master) -> read({by_master, Master, name, undefined}).
-spec get_application_module(module()) -> undefined | {ok, atom()}.
get_application_module(Module) -> read({module, Module}).

-spec start_type(pid()) -> undefined | local | normal.
start_type(Master) ->
    case get_application(Master) of
        {ok, Name} -> call({start_type, Name}, infinity);
        undefined -> undefined
    end.

-spec set_env(atom(), atom(), term()) -> ok.
set_env(Name, Key, Value) ->
    call({set_env, Name, Key, Value, []}).

-spec set_env(atom(), atom(), term(), [tuple()]) -> ok.
set_env(Name, Key, Value, Opts) ->
    call({set_env, Name, Key, Value, Opts}, proplists:get_value(timeout, Opts, 5000)).

%% application:set_env/1,2: a whole configuration, checked first.
-spec set_env([{atom(), [{atom(), term()}]}], [tuple()]) -> ok | {error, string()}.
set_env(Config, Opts) ->
    case check_config(Config) of
        ok -> call({set_env, Config, Opts}, proplists:get_value(timeout, Opts, 5000));
        Error -> Error
    end.

-spec unset_env(atom(), atom()) -> ok.
unset_env(Name, Key) ->
    call({unset_env, Name, Key, []}).

-spec unset_env(atom(), atom(), [tuple()]) -> ok.
unset_env(Name, Key, Opts) ->
    call({unset_env, Name, Key, Opts}, proplists:get_value(timeout, Opts, 5000)).

%% Release handling: Applications are the new `{application, Name, Keys}`
%% terms of loaded applications, Config a sys.config (parameter lists and
%% names of further .config files). ok | {error, Reason}.
-spec change_application_data([tuple()], list()) -> ok | {error, term()}.
change_application_data(Applications, Config) ->
    call({change_application_data, Applications, Config}, infinity).

-spec prep_config_change() -> [{atom(), [{atom(), term()}]}].
prep_config_change() ->
    call(prep_config_change, infinity).

-spec config_change([{atom(), [{atom(), term()}]}]) -> ok | {error, list()}.
config_change(EnvBefore) ->
    call({config_change, EnvBefore}, infinity).

%% Called by a new application master before the application starts, so
%% that get_env/1 and friends work in its start function.
-spec register_master(atom(), pid()) -> ok.
register_master(Name, Master) ->
    call({register_master, Name, Master}, infinity).

%%%=========================================================================
%%% Calls
%%%=========================================================================

call(Request) ->
    ensure_running(),
    gen_server:call(?AC, Request).

call(Request, Timeout) ->
    ensure_running(),
    gen_server:call(?AC, Request, Timeout).

%% Reads the table: directly when asked from inside the controller (by a
%% callback it runs), else through a call.
read(Query) ->
    case whereis(?AC) of
        Self when Self =:= self() -> answer(Query);
        _ -> call({read, Query}, infinity)
    end.

%% Once the controller has terminated the node is going down: calls fail
%% (noproc) instead of starting a new controller.
ensure_running() ->
    case {whereis(?AC), whereis(?HALTING)} of
        {undefined, undefined} -> start_controller();
        _ -> ok
    end.

%% Two processes may race to start the controller: the loser's process
%% ends without a word and its caller uses the winner.
start_controller() ->
    Caller = self(),
    {Pid, Mon} = spawn_monitor(fun() -> init(Caller) end),
    receive
        {Pid, registered} -> erlang:demonitor(Mon, [flush]), ok;
        {'DOWN', Mon, process, Pid, _} -> ensure_running()
    end.

%%%=========================================================================
%%% The controller process
%%%=========================================================================

init(Caller) ->
    try register(?AC, self()) of
        true ->
            Caller ! {self(), registered},
            process_flag(trap_exit, true),
            put('$ancestors', [whereis(init)]),
            put('$initial_call', {application_controller, start, 1}),
            load_builtin(),
            loop(#state{running = [{stdlib, undefined}, {kernel, undefined}],
                        started = [{stdlib, permanent}, {kernel, permanent}]})
    catch
        error:badarg -> ok
    end.

loop(S) ->
    receive
        {'$gen_call', From, Request} ->
            step(fun() -> handle_call(Request, From, S) end, S);
        {'$gen_cast', {application_started, Name, Result}} ->
            step(fun() -> application_started(Name, Result, S) end, S);
        {system, From, Request} ->
            sys:handle_system_msg(Request, From, self(), ?MODULE, S#state.debug, S);
        {'EXIT', Pid, Reason} ->
            step(fun() -> master_exited(Pid, Reason, S) end, S);
        _ ->
            loop(S)
    end.

%% A request that fails brings the controller down, as a crash in a
%% gen_server callback would (OTP's controller is one).
step(Handle, S) ->
    Result = try Handle()
             catch
                 throw:Value -> {stop, {bad_return_value, Value}, S};
                 exit:Reason -> {stop, Reason, S};
                 error:Reason:Stack -> {stop, {Reason, Stack}, S}
             end,
    continue(Result).

continue({reply, Reply, From, S}) ->
    gen:reply(From, Reply),
    loop(S);
continue({noreply, S}) ->
    loop(S);
continue({stop, Reason, S}) ->
    terminate(Reason, S).

system_continue(_Parent, Debug, S) ->
    loop(S#state{debug = Debug}).

system_terminate(Reason, _Parent, _Debug, S) ->
    terminate(Reason, S).

system_code_change(S, _Module, _OldVsn, _Extra) ->
    {ok, S}.

system_get_state(S) ->
    {ok, S}.

system_replace_state(Fun, S) ->
    NewS = Fun(S),
    {ok, NewS, NewS}.

%% Stops what runs, latest first, then leaves the node to die as OTP's
%% init makes it die when the controller (a kernel process) exits.
terminate(Reason, S) ->
    lists:foreach(fun({_Name, Master}) when is_pid(Master) -> shut_down(Master);
                     (_) -> ok
                  end, S#state.running),
    %% Registered before the controller's name goes away.
    register(?HALTING, spawn(?MODULE, halt_node, [Reason])),
    exit(Reason).

shut_down(Master) ->
    Mon = erlang:monitor(process, Master),
    unlink(Master),
    exit(Master, shutdown),
    await_down(Mon).

await_down(Mon) ->
    receive
        {'DOWN', Mon, process, _, _} -> ok;
        {'$gen_call', From, {read, Query}} ->
            gen:reply(From, answer(Query)),
            await_down(Mon)
    end.

%% What OTP's init does when a kernel process ends: wait for reports to
%% be written, show the reason, halt with a crash dump slogan.
halt_node(Reason) ->
    receive after 500 -> ok end,
    erlang:display({"Kernel pid terminated", ?AC, Reason}),
    erlang:halt("Kernel pid terminated (" ++ atom_to_list(?AC) ++ ") ("
                ++ init_text(Reason, 0) ++ ")").

%% init's own short rendering of a term for the slogan.
init_text(X, D) when is_list(X), D < 4 ->
    Flat = lists:flatten(X),
    case Flat =/= [] andalso lists:all(fun init_printable/1, Flat) of
        true -> Flat;
        false -> "[" ++ lists:join(",", [init_text(E, D + 1) || E <- X]) ++ "]"
    end;
init_text(X, _D) when is_list(X) -> "[_]";
init_text(X, _D) when is_atom(X) -> atom_to_list(X);
init_text(X, _D) when is_pid(X) -> pid_to_list(X);
init_text(X, _D) when is_float(X) -> float_to_list(X);
init_text(X, _D) when is_integer(X) -> integer_to_list(X);
init_text(X, D) when is_tuple(X), D < 4 ->
    lists:flatten(["{", lists:join(",", [init_text(E, D + 1) || E <- tuple_to_list(X)]), "}"]);
init_text(X, _D) when is_tuple(X) -> "{_}";
init_text(_X, _D) -> "".

init_printable(C) when is_integer(C), C >= 32, C =< 126 -> true;
init_printable(C) -> C =:= $\n orelse C =:= $\r orelse C =:= $\t.

%%%=========================================================================
%%% Requests
%%%=========================================================================

handle_call({read, Query}, From, S) ->
    {reply, answer(Query), From, S};
handle_call({load_application, Application}, From, S) ->
    {reply, load_request(Application, S), From, S};
handle_call({unload_application, Name}, From, S) ->
    {reply, unload_request(Name, S), From, S};
handle_call({start_application, Name, RestartType}, From, S) ->
    start_request(Name, RestartType, From, S);
handle_call({stop_application, Name}, From, S) ->
    stop_request(Name, true, From, S);
handle_call({stop_application, Name, silently}, From, S) ->
    stop_request(Name, false, From, S);
handle_call({is_running, Name}, From, S) ->
    {reply, lists:keymember(Name, 1, S#state.running), From, S};
handle_call(which_applications, From, S) ->
    Apps = [{Name, Appl#appl.descr, Appl#appl.vsn}
            || {Name, _} <- S#state.running, {ok, Appl} <- [loaded(Name)]],
    {reply, Apps, From, S};
handle_call(info, From, S) ->
    Info = [{loaded, answer(loaded)},
            {loading, []},
            {started, S#state.started},
            {start_p_false, []},
            {running, S#state.running},
            {starting, S#state.starting}],
    {reply, Info, From, S};
handle_call({start_type, Name}, From, S) ->
    Type = case lists:keyfind(Name, 1, S#state.starting) of
               {_, _, StartType, _} -> StartType;
               false -> local
           end,
    {reply, Type, From, S};
handle_call({register_master, Name, Master}, From, S) ->
    put({master, Name}, Master),
    put({master_of, Master}, Name),
    {reply, ok, From, S};
handle_call({set_env, Name, Key, Value, Opts}, From, S) ->
    put_env(Name, lists:keystore(Key, 1, env(Name), {Key, Value})),
    Store = fun(Env) -> lists:keystore(Key, 1, Env, {Key, Value}) end,
    {reply, ok, From, persist(Name, Opts, Store, S)};
handle_call({unset_env, Name, Key, Opts}, From, S) ->
    put_env(Name, lists:keydelete(Key, 1, env(Name))),
    Remove = fun(Env) -> lists:keydelete(Key, 1, Env) end,
    {reply, ok, From, persist(Name, Opts, Remove, S)};
handle_call({set_env, Config, Opts}, From, S) ->
    S1 = lists:foldl(
           fun({Name, Env}, Acc) ->
                   lists:foldl(
                     fun({Key, Value}, Acc1) ->
                             put_env(Name, lists:keystore(Key, 1, env(Name), {Key, Value})),
                             Store = fun(E) -> lists:keystore(Key, 1, E, {Key, Value}) end,
                             persist(Name, Opts, Store, Acc1)
                     end, Acc, Env)
           end, S, Config),
    {reply, ok, From, S1};
handle_call({change_application_data, Applications, Config}, From, S) ->
    case catch change_apps(Applications, Config, S) of
        {ok, S1} -> {reply, ok, From, S1};
        {error, _} = Error -> {reply, Error, From, S};
        {'EXIT', Reason} -> {reply, {error, Reason}, From, S}
    end;
handle_call(prep_config_change, From, S) ->
    Before = [{Name, env(Name)} || {Name, _} <- S#state.running],
    {reply, Before, From, S};
handle_call({config_change, EnvBefore}, From, S) ->
    {reply, notify_config_change(S#state.running, EnvBefore), From, S}.

persist(Name, Opts, Change, S) ->
    case proplists:get_value(persistent, Opts, false) of
        true ->
            Conf = S#state.conf_data,
            Env = case lists:keyfind(Name, 1, Conf) of
                      {_, E} -> E;
                      false -> []
                  end,
            S#state{conf_data = lists:keystore(Name, 1, Conf, {Name, Change(Env)})};
        false ->
            S
    end.

%%%-------------------------------------------------------------------------
%%% Loading
%%%-------------------------------------------------------------------------

load_request(Application, S) ->
    case catch load_new(Application, S) of
        ok -> ok;
        {error, _} = Error -> Error;
        {'EXIT', Reason} -> {error, Reason}
    end.

load_new(Application, S) ->
    case loaded(app_name(Application)) of
        {ok, _} -> throw({error, {already_loaded, Application}});
        undefined -> ok
    end,
    case make_appl(Application) of
        {ok, {Appl, Env}} -> load(Appl, Env, S);
        Error -> Error
    end.

%% Records the keys, then the parameters (the .app file's, overridden by
%% the kept configuration, over what set_env/3 put before the load), then
%% loads the included applications. An error leaves what got loaded.
load(Appl, AppEnv, S) ->
    Name = Appl#appl.name,
    Env = merge_env(AppEnv, conf_env(Name, S)),
    put_env(Name, lists:foldl(fun({K, _} = KV, Acc) -> lists:keystore(K, 1, Acc, KV) end,
                              env(Name), Env)),
    put_loaded(Appl),
    lists:foreach(fun(Included) ->
                          case loaded(Included) of
                              {ok, _} -> ok;
                              undefined ->
                                  case load_new(Included, S) of
                                      ok -> ok;
                                      Error -> throw(Error)
                                  end
                          end
                  end, Appl#appl.inc_apps).

unload_request(Name, S) ->
    case lists:keymember(Name, 1, S#state.running) of
        true ->
            {error, {running, Name}};
        false ->
            case loaded(app_name(Name)) of
                {ok, Appl} -> unload(Appl);
                undefined -> {error, {not_loaded, Name}}
            end
    end.

unload(Appl) ->
    Name = Appl#appl.name,
    erase({env, Name}),
    erase({loaded, Name}),
    put(loaded_order, lists:delete(Name, loaded_order())),
    lists:foreach(fun(Included) ->
                          case loaded(Included) of
                              {ok, IncAppl} -> unload(IncAppl);
                              undefined -> ok
                          end
                  end, Appl#appl.inc_apps).

conf_env(Name, S) ->
    case lists:keyfind(Name, 1, S#state.conf_data) of
        {_, Env} -> Env;
        false -> []
    end.

app_name(Name) when is_atom(Name) -> Name;
app_name({application, Name, _}) when is_atom(Name) -> Name;
app_name(Other) -> throw({error, {bad_application, Other}}).

%% {ok, {#appl{}, Env}} | {error, Reason}; a bad spec throws.
make_appl(Name) when is_atom(Name) ->
    File = atom_to_list(Name) ++ ".app",
    case where_is_file(File) of
        non_existing ->
            case builtin_spec(Name) of
                {ok, Spec} -> {ok, make_appl_i(Spec)};
                none -> {error, {"no such file or directory", File}}
            end;
        Path ->
            case file:consult(Path) of
                {ok, [Spec]} -> {ok, make_appl_i(Spec)};
                {ok, Terms} -> erlang:raise(error, {case_clause, {ok, Terms}}, otp_trace(make_appl));
                {error, Reason} -> {error, {file_error_text(Reason), File}}
            end
    end;
make_appl(Spec) ->
    {ok, make_appl_i(Spec)}.

make_appl_i({application, Name, Opts}) when is_atom(Name), is_list(Opts) ->
    Mod = case opt(mod, Opts, []) of
              {M, _} = MA when is_atom(M) -> MA;
              [] -> [];
              Other -> throw({error, {badstartspec, Other}})
          end,
    Appl = #appl{name = Name,
                 descr = opt(description, Opts, ""),
                 id = opt(id, Opts, ""),
                 vsn = opt(vsn, Opts, ""),
                 mods = opt(modules, Opts, []),
                 regs = opt(registered, Opts, []),
                 apps = opt(applications, Opts, []),
                 opt_apps = opt(optional_applications, Opts, []),
                 inc_apps = opt(included_applications, Opts, []),
                 mod = Mod,
                 phases = opt(start_phases, Opts, undefined),
                 maxP = opt(maxP, Opts, infinity),
                 maxT = opt(maxT, Opts, infinity)},
    {Appl, opt(env, Opts, [])};
make_appl_i({application, Name, Opts}) when is_list(Opts) ->
    throw({error, {invalid_name, Name}});
make_appl_i({application, _Name, Opts}) ->
    throw({error, {invalid_options, Opts}});
make_appl_i(Other) ->
    throw({error, {bad_application, Other}}).

opt(Key, Opts, Default) ->
    case lists:keyfind(Key, 1, Opts) of
        {_, Value} -> Value;
        false -> Default
    end.

%% The .app file's parameters, with those of Conf replacing them. A
%% parameter list that is not a list of pairs fails as OTP's merge does.
merge_env(Env, Conf) ->
    merge_env(Env, Conf, []).

merge_env([{Key, Value} | Env], Conf, Acc) ->
    case lists:keytake(Key, 1, Conf) of
        {value, {_, New}, Conf1} -> merge_env(Env, Conf1, [{Key, New} | Acc]);
        false -> merge_env(Env, Conf, [{Key, Value} | Acc])
    end;
merge_env([], Conf, Acc) ->
    lists:reverse(Acc) ++ Conf;
merge_env(Env, Conf, Acc) ->
    erlang:raise(error, function_clause, otp_trace({merge_app_env, [Env, Conf, Acc]})).

%% The stack traces OTP 25's controller shows in the errors it returns
%% for malformed .app files (they name its own lines).
otp_trace(make_appl) ->
    [{?MODULE, make_appl, 1, otp_line(1479)},
     {?MODULE, do_load_application, 2, otp_line(1292)} | otp_call_trace()];
otp_trace({merge_app_env, Args}) ->
    [{?MODULE, merge_app_env, Args, otp_line(1700)},
     {?MODULE, load, 2, otp_line(1302)} | otp_call_trace()].

otp_call_trace() ->
    [{?MODULE, handle_call, 3, otp_line(639)},
     {gen_server, try_handle_call, 4, [{file, "gen_server.erl"}, {line, 1149}]},
     {gen_server, handle_msg, 6, [{file, "gen_server.erl"}, {line, 1178}]}].

otp_line(Line) ->
    [{file, "application_controller.erl"}, {line, Line}].

%% What file:format_error/1 says about a file:consult/1 error.
file_error_text({Line, Module, Descriptor}) ->
    [integer_to_list(Line), $:, $\s, descriptor_text(Module, Descriptor)];
file_error_text(enoent) -> "no such file or directory";
file_error_text(eacces) -> "permission denied";
file_error_text(eisdir) -> "illegal operation on a directory";
file_error_text(Reason) -> lists:flatten(io_lib:format("~tp", [Reason])).

descriptor_text(erl_scan, {string, Quote, Head}) ->
    Thing = case Quote of $' -> "atom"; _ -> "string" end,
    lists:flatten(["unterminated ", Thing, " starting with ", quoted(Head, Quote)]);
descriptor_text(erl_scan, {illegal, Type}) ->
    "illegal " ++ atom_to_list(Type);
descriptor_text(erl_scan, char) ->
    "unterminated character";
descriptor_text(erl_scan, {base, Base}) ->
    lists:flatten(io_lib:format("illegal base '~w'", [Base]));
descriptor_text(_Module, Message) ->
    case io_lib:deep_char_list(Message) of
        true -> Message;
        false -> lists:flatten(io_lib:format("~tp", [Message]))
    end.

%% Head written between Quote characters, escaped as io_lib does.
quoted(Head, $") ->
    io_lib:write_string(Head);
quoted(Head, Quote) ->
    [$" | Inner] = lists:flatten(io_lib:write_string(Head)),
    Unescaped = unescape_double_quotes(lists:droplast(Inner)),
    [Quote | lists:append([escape_quote(C, Quote) || C <- Unescaped])] ++ [Quote].

unescape_double_quotes([$\\, $" | Rest]) -> [$" | unescape_double_quotes(Rest)];
unescape_double_quotes([$\\, C | Rest]) -> [$\\, C | unescape_double_quotes(Rest)];
unescape_double_quotes([C | Rest]) -> [C | unescape_double_quotes(Rest)];
unescape_double_quotes([]) -> [].

escape_quote(Quote, Quote) -> [$\\, Quote];
escape_quote(C, _Quote) -> [C].

where_is_file(File) ->
    where_is_file(code:get_path(), File).

where_is_file([Dir | Dirs], File) ->
    Path = filename:join(Dir, File),
    case filelib:is_regular(Path) of
        true -> Path;
        false -> where_is_file(Dirs, File)
    end;
where_is_file([], _File) ->
    non_existing.

%%%-------------------------------------------------------------------------
%%% Starting: a starter process (linked to the controller) runs the
%%% application master's start while the controller keeps serving, and
%%% casts the result back.
%%%-------------------------------------------------------------------------

start_request(Name, RestartType, From, S) ->
    #state{start_req = Requests, starting = Starting} = S,
    case lists:keymember(Name, 1, Requests) of
        true ->
            {noreply, S#state{start_req = [{Name, From} | Requests]}};
        false ->
            case catch check_start(Name, RestartType, S) of
                {ok, Appl} ->
                    spawn_link(?MODULE, run_starter, [Appl, master_data(Appl), S#state.running]),
                    {noreply, S#state{starting = [{Name, RestartType, normal, From} | Starting],
                                      start_req = [{Name, From} | Requests]}};
                {error, _} = Error ->
                    {reply, Error, From, S}
            end
    end.

check_start(Name, RestartType, S) ->
    valid_restart_type(RestartType),
    case loaded(Name) of
        {ok, Appl} ->
            case lists:keymember(Name, 1, S#state.running) of
                true ->
                    {error, {already_started, Name}};
                false ->
                    Needed = Appl#appl.apps -- Appl#appl.opt_apps,
                    lists:foreach(fun(Other) ->
                                          case lists:keymember(Other, 1, S#state.started) of
                                              true -> ok;
                                              false -> throw({error, {not_started, Other}})
                                          end
                                  end, Needed),
                    {ok, Appl}
            end;
        undefined ->
            {error, {not_loaded, Name}}
    end.

valid_restart_type(permanent) -> ok;
valid_restart_type(transient) -> ok;
valid_restart_type(temporary) -> ok;
valid_restart_type(Other) -> throw({error, {invalid_restart_type, Other}}).

%% What the application master needs to know.
master_data(Appl) ->
    #{name => Appl#appl.name, mod => Appl#appl.mod, phases => Appl#appl.phases,
      maxT => Appl#appl.maxT, maxP => Appl#appl.maxP}.

run_starter(Appl, Data, Running) ->
    process_flag(trap_exit, true),
    Result = (catch start_appl(Appl, Data, Running)),
    gen_server:cast(?AC, {application_started, Appl#appl.name, Result}).

%% {ok, Master | undefined}; throws {error, R} or {info, R}.
start_appl(#appl{mod = []}, _Data, _Running) ->
    {ok, undefined};
start_appl(Appl, Data, Running) ->
    lists:foreach(fun(Other) ->
                          case lists:keymember(Other, 1, Running) of
                              true -> ok;
                              false -> throw({info, {not_running, Other}})
                          end
                  end, Appl#appl.apps -- Appl#appl.opt_apps),
    case application_master:start_link(Data, normal) of
        {ok, _Master} = Ok -> Ok;
        {error, _} = Error -> throw(Error)
    end.

application_started(Name, Result, S) ->
    #state{starting = Starting, running = Running, started = Started} = S,
    Requests = reply_to_requesters(Name, Result, S#state.start_req),
    {_, RestartType, _, _} = lists:keyfind(Name, 1, Starting),
    S1 = S#state{starting = lists:keydelete(Name, 1, Starting), start_req = Requests},
    case {Result, RestartType} of
        {{ok, Id}, _} ->
            info_started(Name),
            {noreply, S1#state{running = keystore_front(Name, Running, {Name, Id}),
                               started = keystore_front(Name, Started, {Name, RestartType})}};
        {{error, Reason}, temporary} ->
            info_exited(Name, Reason, temporary),
            {noreply, S1};
        {{info, _}, temporary} ->
            {noreply, S1};
        {{error, {{'EXIT', normal}, _} = Reason}, transient} ->
            info_exited(Name, Reason, transient),
            {noreply, S1};
        {{info, {{'EXIT', normal}, _}}, transient} ->
            {noreply, S1};
        {{error, Reason}, _} ->
            info_exited(Name, Reason, RestartType),
            {stop, to_string({application_start_failure, Name, Reason}), S1};
        {{info, Reason}, _} ->
            {stop, to_string({application_start_failure, Name, Reason}), S1}
    end.

%% Replies ok or {error, Reason} to everyone waiting for Name; returns
%% the other requests.
reply_to_requesters(Name, Result, Requests) ->
    Reply = case Result of
                {ok, _} -> ok;
                {info, Reason} -> {error, Reason};
                Error -> Error
            end,
    [gen:reply(From, Reply) || {N, From} <- Requests, N =:= Name],
    [R || {N, _} = R <- Requests, N =/= Name].

%% Replaces Name's entry where it is, or adds it in front.
keystore_front(Name, List, New) ->
    case lists:keymember(Name, 1, List) of
        true -> lists:keyreplace(Name, 1, List, New);
        false -> [New | List]
    end.

%%%-------------------------------------------------------------------------
%%% Stopping, and applications that end by themselves
%%%-------------------------------------------------------------------------

stop_request(Name, Report, From, S) ->
    #state{running = Running, started = Started} = S,
    case lists:keyfind(Name, 1, Running) of
        {_, Id} ->
            {_, Type} = lists:keyfind(Name, 1, Started),
            stop_appl(Name, Id, Type, Report),
            {reply, ok, From, S#state{running = lists:keydelete(Name, 1, Running),
                                      started = lists:keydelete(Name, 1, Started)}};
        false ->
            case lists:keymember(Name, 1, Started) of
                true -> {reply, ok, From, S#state{started = lists:keydelete(Name, 1, Started)}};
                false -> {reply, {error, {not_started, Name}}, From, S}
            end
    end.

stop_appl(Name, Master, Type, Report) when is_pid(Master) ->
    unlink(Master),
    application_master:stop(Master, fun serve_read/1),
    Report andalso info_exited(Name, stopped, Type),
    forget_master(Name, Master);
stop_appl(Name, undefined, Type, Report) ->
    Report andalso info_exited(Name, stopped, Type),
    ok.

%% While an application stops, its callbacks may read the table.
serve_read({'$gen_call', From, {read, Query}}) ->
    gen:reply(From, answer(Query)).

forget_master(Name, Master) ->
    erase({master, Name}),
    erase({master_of, Master}).

%% An application master ended: what happens next depends on the
%% application's restart type. Other exits (starters) are ignored.
master_exited(Pid, Reason, S) ->
    case lists:keyfind(Pid, 2, S#state.running) of
        {Name, _} ->
            forget_master(Name, Pid),
            S1 = S#state{running = lists:keydelete(Name, 1, S#state.running)},
            case lists:keyfind(Name, 1, S#state.started) of
                {_, temporary} ->
                    info_exited(Name, Reason, temporary),
                    {noreply, S1};
                {_, transient} when Reason =:= normal ->
                    info_exited(Name, Reason, transient),
                    {noreply, S1};
                {_, Type} ->
                    info_exited(Name, Reason, Type),
                    {stop, to_string({application_terminated, Name, Reason}), S1}
            end;
        false ->
            %% A master that failed to start the application.
            case get({master_of, Pid}) of
                undefined -> ok;
                Name -> forget_master(Name, Pid)
            end,
            {noreply, S}
    end.

%% Exit reasons of the controller are strings, as OTP's init wants them.
to_string(Term) ->
    case io_lib:printable_list(Term) of
        true -> Term;
        false -> lists:flatten(io_lib:format("~0p", [Term]))
    end.

%%%-------------------------------------------------------------------------
%%% Reports
%%%-------------------------------------------------------------------------

info_started(Name) ->
    logger:info(#{label => {application_controller, progress},
                  report => [{application, Name}, {started_at, node()}]},
                #{domain => [otp, sasl],
                  report_cb => fun ?MODULE:format_log/2,
                  logger_formatter => #{title => "PROGRESS REPORT"},
                  error_logger => #{tag => info_report, type => progress,
                                    report_cb => fun ?MODULE:format_log/1}}).

info_exited(Name, Reason, Type) ->
    logger:notice(#{label => {application_controller, exit},
                    report => [{application, Name}, {exited, Reason}, {type, Type}]},
                  #{domain => [otp],
                    report_cb => fun ?MODULE:format_log/2,
                    error_logger => #{tag => info_report, type => std_info,
                                      report_cb => fun ?MODULE:format_log/1}}).

%% The two reports above as {Format, Args}, for error_logger handlers:
%% the terms cut to the format depth, multi-line.
-spec format_log(map()) -> {io:format(), [term()]}.
format_log(Report) ->
    Depth = error_logger:get_format_depth(),
    Opts = #{chars_limit => unlimited, depth => Depth, single_line => false, encoding => utf8},
    report_format(limit_report(Report, Depth), Opts).

%% The same for logger: Opts may ask for one line, a depth, an encoding
%% and a chars_limit.
-spec format_log(map(), map()) -> io_lib:chars().
format_log(Report, Opts0) ->
    Opts = ferl_report:options(Opts0),
    {Format, Args} = report_format(Report, Opts),
    ferl_report:text(Format, Args, Opts).

limit_report(Report, unlimited) ->
    Report;
limit_report(#{label := {application_controller, progress},
               report := [App, {started_at, Node}]} = Report, Depth) ->
    Report#{report => [App, {started_at, io_lib:limit_term(Node, Depth)}]};
limit_report(#{label := {application_controller, exit},
               report := [App, {exited, Reason}, {type, Type}]} = Report, Depth) ->
    Report#{report => [App, {exited, io_lib:limit_term(Reason, Depth)},
                       {type, io_lib:limit_term(Type, Depth)}]}.

report_format(#{label := {application_controller, progress},
                report := [{application, Name}, {started_at, Node}]},
              #{single_line := Single, depth := Depth} = Opts) ->
    P = ferl_report:directive(Opts),
    Format = case Single of
                 true -> "Application: " ++ P ++ ". Started at: " ++ P ++ ".";
                 false -> "    application: " ++ P ++ "~n    started_at: " ++ P ++ "~n"
             end,
    {Format, ferl_report:with_depth([Name, Node], Depth)};
report_format(#{label := {application_controller, exit},
                report := [{application, Name}, {exited, Reason}, {type, Type}]},
              #{single_line := Single, depth := Depth} = Opts) ->
    P = ferl_report:directive(Opts),
    Format = case Single of
                 true -> "Application: " ++ P ++ ". Exited: " ++ P ++ ". Type: " ++ P ++ ".";
                 false -> "    application: " ++ P ++ "~n    exited: " ++ P
                              ++ "~n    type: " ++ P ++ "~n"
             end,
    {Format, ferl_report:with_depth([Name, Reason, Type], Depth)}.

%%%-------------------------------------------------------------------------
%%% Configuration checks (application:set_env/1,2)
%%%-------------------------------------------------------------------------

check_config([{Name, Env} | Config]) when is_atom(Name), is_list(Env) ->
    case lists:keymember(Name, 1, Config) of
        true ->
            {error, "duplicate application config: " ++ atom_to_list(Name)};
        false ->
            case check_params(Name, Env) of
                ok -> check_config(Config);
                Error -> Error
            end
    end;
check_config([{Name, Env} | _]) when is_list(Env) ->
    {error, "application: " ++ term_text(Name) ++ "; application name must be an atom"};
check_config([{Name, _Env} | _]) ->
    {error, "application: " ++ term_text(Name) ++ "; parameters must be a list"};
check_config([Other | _]) ->
    {error, "invalid application config: " ++ term_text(Other)};
check_config([]) ->
    ok;
check_config(_Config) ->
    {error, "configuration must be a list ended by <dot><whitespace>"}.

check_params(Name, [{Key, Value} | Env]) when is_atom(Key) ->
    case lists:keymember(Key, 1, Env) of
        true ->
            {error, app_text(Name) ++ "; duplicate parameter: " ++ atom_to_list(Key)};
        false ->
            case Name =:= kernel andalso Key =:= distributed andalso not distributed_ok(Value) of
                true -> {error, "application: kernel; erroneous parameter: distributed"};
                false -> check_params(Name, Env)
            end
    end;
check_params(Name, [{Key, _} | _]) ->
    {error, app_text(Name) ++ "; invalid parameter name: " ++ term_text(Key)};
check_params(Name, [Other | _]) ->
    {error, app_text(Name) ++ "; invalid parameter: " ++ term_text(Other)};
check_params(_Name, []) ->
    ok.

app_text(Name) ->
    "application: " ++ atom_to_list(Name).

%% kernel's `distributed`: [{App, [Node]} | {App, Timeout, [Node]}].
distributed_ok(Apps) when is_list(Apps) ->
    lists:all(fun({App, Nodes}) -> is_atom(App) andalso is_list(Nodes);
                 ({App, infinity, Nodes}) -> is_atom(App) andalso is_list(Nodes);
                 ({App, Time, Nodes}) -> is_atom(App) andalso is_integer(Time) andalso is_list(Nodes);
                 (_) -> false
              end, Apps);
distributed_ok(_) ->
    false.

term_text(Term) ->
    lists:flatten(io_lib:format("~tp", [Term])).

%%%-------------------------------------------------------------------------
%%% Release handling
%%%-------------------------------------------------------------------------

%% New keys and parameters for every loaded application named in
%% Applications; the others keep theirs.
change_apps(Applications, Config, S) ->
    Conf = read_sys_config(Config),
    Changed = [{Appl, Spec} || Name <- loaded_order(),
                               {ok, Appl} <- [loaded(Name)],
                               Spec <- [lists:keyfind(Name, 2, Applications)],
                               is_tuple(Spec)],
    New = [{Old#appl.name, make_appl(Spec)} || {Old, Spec} <- Changed],
    lists:foreach(fun({_Name, {ok, _}}) -> ok;
                      ({_Name, Error}) -> throw(Error)
                  end, New),
    lists:foreach(fun({Name, {ok, {Appl, AppEnv}}}) ->
                          ConfEnv = case lists:keyfind(Name, 1, Conf) of
                                        {_, E} -> E;
                                        false -> []
                                    end,
                          put_env(Name, merge_env(AppEnv, ConfEnv)),
                          put({loaded, Name}, Appl#appl{name = Name})
                  end, New),
    {ok, S#state{conf_data = Conf}}.

%% A sys.config: parameter lists, and names of further .config files
%% whose parameters are merged in.
read_sys_config(Config) ->
    lists:foldl(fun(File, Acc) when is_list(File) ->
                        case file:consult(with_config_ext(File)) of
                            {ok, [Terms]} when is_list(Terms) -> merge_config(Acc, Terms);
                            _ -> Acc
                        end;
                   (Entry, Acc) ->
                        merge_config(Acc, [Entry])
                end, [], Config).

with_config_ext(File) ->
    filename:join(filename:dirname(File), filename:basename(File, ".config") ++ ".config").

merge_config(Conf, New) ->
    lists:foldl(fun({Name, Env}, Acc) ->
                        Old = case lists:keyfind(Name, 1, Acc) of
                                  {_, E} -> E;
                                  false -> []
                              end,
                        Merged = lists:foldl(fun({K, _} = KV, A) -> lists:keystore(K, 1, A, KV) end,
                                             Old, Env),
                        lists:keystore(Name, 1, Acc, {Name, Merged})
                end, Conf, New).

%% Calls Mod:config_change(Changed, New, Removed) of every running
%% application whose parameters differ from EnvBefore.
notify_config_change(Running, EnvBefore) ->
    Errors = lists:foldl(fun({Name, _}, Acc) ->
                                 case config_change_app(Name, EnvBefore) of
                                     ok -> Acc;
                                     {error, Error} -> [Error | Acc]
                                 end
                         end, [], Running),
    case Errors of
        [] -> ok;
        _ -> {error, Errors}
    end.

config_change_app(Name, EnvBefore) ->
    Now = lists:sort(env(Name)),
    Before = case lists:keyfind(Name, 1, EnvBefore) of
                 {_, Env} -> lists:sort(Env);
                 false -> []
             end,
    case do_config_diff(Now, Before) of
        {[], [], []} ->
            ok;
        {Changed, New, Removed} ->
            case answer({key, Name, mod}) of
                {ok, {Mod, _}} ->
                    case catch Mod:config_change(Changed, New, Removed) of
                        ok -> ok;
                        {'EXIT', {undef, _}} -> ok;
                        {error, _} = Error -> Error;
                        Other -> {error, Other}
                    end;
                {ok, []} -> {error, {module_not_defined, Name}};
                undefined -> {error, {application_not_found, Name}}
            end
    end.

%% {Changed, New, Removed} between two sorted parameter lists.
-spec do_config_diff(list(), list()) -> {list(), list(), [atom()]}.
do_config_diff(Now, Before) ->
    config_diff(Now, Before, [], []).

config_diff([], Before, Changed, New) ->
    {Changed, New, lists:foldl(fun({Key, _}, Acc) -> [Key | Acc] end, [], Before)};
config_diff(Now, [], Changed, New) ->
    {Changed, Now ++ New, []};
config_diff([{Key, Value} | Now], Before, Changed, New) ->
    case lists:keyfind(Key, 1, Before) of
        {Key, Value} -> config_diff(Now, lists:keydelete(Key, 1, Before), Changed, New);
        {Key, _} -> config_diff(Now, lists:keydelete(Key, 1, Before), [{Key, Value} | Changed], New);
        false -> config_diff(Now, Before, Changed, [{Key, Value} | New])
    end.

%%%=========================================================================
%%% The table (OTP's ac_tab), in the controller's process dictionary:
%%% {loaded, Name} => #appl{}, {env, Name} => [{Par, Val}],
%%% {master, Name} => Pid, {master_of, Pid} => Name, loaded_order => [Name].
%%%=========================================================================

answer({env, Name, Key}) ->
    case lists:keyfind(Key, 1, env(Name)) of
        {_, Value} -> {ok, Value};
        false -> undefined
    end;
answer({all_env, Name}) ->
    env(Name);
answer({key, Name, Key}) ->
    case loaded(Name) of
        {ok, Appl} ->
            case lists:keyfind(Key, 1, all_keys(Appl)) of
                {_, Value} -> {ok, Value};
                false -> undefined
            end;
        undefined ->
            undefined
    end;
answer({all_key, Name}) ->
    case loaded(Name) of
        {ok, Appl} -> {ok, all_keys(Appl)};
        undefined -> undefined
    end;
answer({by_master, Master, What, Default}) ->
    case get({master_of, Master}) of
        undefined -> Default;
        Name -> answer_for(Name, What)
    end;
answer({master, Name}) ->
    case get({master, Name}) of
        undefined -> undefined;
        Master -> Master
    end;
answer({module, Module}) ->
    case [Name || Name <- loaded_order(),
                  {ok, Appl} <- [loaded(Name)],
                  lists:member(Module, Appl#appl.mods)] of
        [Name | _] -> {ok, Name};
        [] -> undefined
    end;
answer(loaded) ->
    [{Name, Appl#appl.descr, Appl#appl.vsn}
     || Name <- loaded_order(), {ok, Appl} <- [loaded(Name)]].

answer_for(Name, name) -> {ok, Name};
answer_for(Name, {env, Key}) -> answer({env, Name, Key});
answer_for(Name, all_env) -> answer({all_env, Name});
answer_for(Name, {key, Key}) -> answer({key, Name, Key});
answer_for(Name, all_key) -> answer({all_key, Name}).

all_keys(Appl) ->
    [{description, Appl#appl.descr},
     {id, Appl#appl.id},
     {vsn, Appl#appl.vsn},
     {modules, Appl#appl.mods},
     {maxP, Appl#appl.maxP},
     {maxT, Appl#appl.maxT},
     {registered, Appl#appl.regs},
     {included_applications, Appl#appl.inc_apps},
     {optional_applications, Appl#appl.opt_apps},
     {applications, Appl#appl.apps},
     {env, env(Appl#appl.name)},
     {mod, Appl#appl.mod},
     {start_phases, Appl#appl.phases}].

loaded(Name) ->
    case get({loaded, Name}) of
        undefined -> undefined;
        Appl -> {ok, Appl}
    end.

put_loaded(Appl) ->
    Name = Appl#appl.name,
    case get({loaded, Name}) of
        undefined -> put(loaded_order, loaded_order() ++ [Name]);
        _ -> ok
    end,
    put({loaded, Name}, Appl).

loaded_order() ->
    case get(loaded_order) of
        undefined -> [];
        Names -> Names
    end.

env(Name) ->
    case get({env, Name}) of
        undefined -> [];
        Env -> Env
    end.

put_env(Name, []) -> erase({env, Name});
put_env(Name, Env) -> put({env, Name}, Env).

%% kernel and stdlib as an OTP 25 escript has them.
load_builtin() ->
    put_loaded(#appl{name = kernel, descr = "ERTS  CXC 138 10", vsn = "8.5.3",
                     mods = kernel_modules(), regs = kernel_registered(),
                     mod = {kernel, []}}),
    put_env(kernel, kernel_env()),
    put_loaded(#appl{name = stdlib, descr = "ERTS  CXC 138 10", vsn = "4.2",
                     mods = stdlib_modules(), apps = [kernel],
                     regs = [timer_server, rsh_starter, take_over_monitor, pool_master, dets]}).

%% Applications that OTP installs but ferl has no .app file for: loadable
%% (not loaded at start), with OTP 25's sasl.app contents.
-spec builtin_spec(atom()) -> {ok, tuple()} | none.
builtin_spec(sasl) ->
    {ok, {application, sasl,
          [{description, "SASL  CXC 138 11"}, {vsn, "4.2"},
           {modules, [sasl, alarm_handler, format_lib_supp, misc_supp, rb,
                      rb_format_supp, release_handler, release_handler_1, erlsrv,
                      sasl_report, sasl_report_tty_h, sasl_report_file_h, systools,
                      systools_make, systools_rc, systools_relup, systools_lib]},
           {registered, [sasl_sup, alarm_handler, release_handler]},
           {applications, [kernel, stdlib]}, {env, []}, {mod, {sasl, []}},
           {runtime_dependencies, ["tools-2.6.14", "stdlib-3.4", "kernel-6.0",
                                   "erts-10.2"]}]}};
builtin_spec(_) ->
    none.

kernel_env() ->
    [{logger_sasl_compatible, false},
     {shell_docs_ansi, auto},
     {prevent_overlapping_partitions, true},
     {net_tickintensity, 4},
     {net_ticktime, 60},
     {logger, [{handler, default, logger_std_h,
                #{config => #{type => standard_io},
                  formatter => {logger_formatter, #{legacy_header => true,
                                                    single_line => false}}}}]},
     {connect_all, true},
     {logger_level, notice}].

kernel_registered() ->
    [application_controller, erl_reply, auth, boot_server, code_server,
     disk_log_server, disk_log_sup, erl_prim_loader, error_logger, file_server_2,
     fixtable_server, global_group, global_name_server, heart, init, kernel_config,
     kernel_refc, kernel_sup, logger, logger_handler_watcher, logger_sup, net_kernel,
     net_sup, rex, user, os_server, ddll_server, erl_epmd, inet_db, pg].

kernel_modules() ->
    [application, application_controller, application_master, application_starter,
     auth, code, code_server, dist_util, erl_boot_server, erl_compile_server,
     erl_distribution, erl_erts_errors, erl_reply, erl_kernel_errors,
     erl_signal_handler, erpc, error_handler, error_logger, file, file_server,
     file_io_server, global, global_group, global_search, group, group_history,
     heart, inet6_tcp, inet6_tcp_dist, inet6_udp, inet6_sctp, inet_config,
     inet_hosts, inet_gethost_native, inet_tcp_dist, kernel, kernel_config,
     kernel_refc, local_tcp, local_udp, logger, logger_backend, logger_config,
     logger_disk_log_h, logger_filters, logger_formatter, logger_h_common,
     logger_handler_watcher, logger_olp, logger_proxy, logger_server,
     logger_simple_h, logger_std_h, logger_sup, net, net_adm, net_kernel, os,
     ram_file, rpc, user, user_drv, user_sup, disk_log, disk_log_1,
     disk_log_server, disk_log_sup, dist_ac, erl_ddll, erl_epmd, erts_debug,
     gen_tcp, gen_tcp_socket, gen_udp, gen_udp_socket, gen_sctp, inet, inet_db,
     inet_dns, inet_parse, inet_res, inet_tcp, inet_udp, inet_sctp, pg, pg2,
     raw_file_io, raw_file_io_compressed, raw_file_io_deflate,
     raw_file_io_delayed, raw_file_io_inflate, raw_file_io_list, seq_trace,
     socket, standard_error, wrap_log_reader].

stdlib_modules() ->
    [array, base64, beam_lib, binary, c, calendar, dets, dets_server, dets_sup,
     dets_utils, dets_v9, dict, digraph, digraph_utils, edlin, edlin_expand, epp,
     eval_bits, erl_abstract_code, erl_anno, erl_bits, erl_compile, erl_error,
     erl_eval, erl_expand_records, erl_features, erl_internal, erl_lint,
     erl_parse, erl_posix_msg, erl_pp, erl_scan, erl_stdlib_errors, erl_tar,
     error_logger_file_h, error_logger_tty_h, escript, ets, file_sorter,
     filelib, filename, gb_trees, gb_sets, gen, gen_event, gen_fsm, gen_server,
     gen_statem, io, io_lib, io_lib_format, io_lib_fread, io_lib_pretty, lists,
     log_mf_h, maps, math, ms_transform, orddict, ordsets, otp_internal, peer,
     pool, proc_lib, proplists, qlc, qlc_pt, queue, rand, random, re, sets,
     shell, shell_default, shell_docs, slave, sofs, string, supervisor,
     supervisor_bridge, sys, timer, unicode, unicode_util, uri_string,
     win32reg, zip].
