%% application: OTP 25's API for applications, a thin layer over
%% application_controller (which keeps the loaded and started
%% applications) and application_master (which runs one of them). The
%% functions keep OTP's names, arguments, results and error terms.
%%
%% Not supported / known differences:
%% - distributed applications: load/2 ignores the distribution spec,
%%   takeover/2 and permit/2 are not provided, start types are always
%%   `normal`.
%% - start_boot/1,2 behave like start/1,2.
%% - get_all_env/0,1 and get_key(App, env) list the parameters in the
%%   order they were set (the .app file's order), not in ETS hash order.
-module(application).

-export([load/1, load/2, unload/1, start/1, start/2, start_boot/1, start_boot/2,
         ensure_started/1, ensure_started/2, ensure_all_started/1, ensure_all_started/2,
         stop/1, which_applications/0, which_applications/1, loaded_applications/0,
         info/0]).
-export([get_env/1, get_env/2, get_env/3, get_all_env/0, get_all_env/1,
         set_env/1, set_env/2, set_env/3, set_env/4, unset_env/2, unset_env/3]).
-export([get_key/1, get_key/2, get_all_key/0, get_all_key/1,
         get_application/0, get_application/1, start_type/0]).

-export_type([start_type/0, restart_type/0]).

-type start_type() :: normal | {takeover, node()} | {failover, node()}.
-type restart_type() :: permanent | transient | temporary.
-type app_spec() :: {application, atom(), [tuple()]}.

%% The callbacks (behaviour_info/1 is generated from these). OTP 25
%% declares only these two; prep_stop/1, start_phase/3 and
%% config_change/3 are used when exported.
-callback start(StartType :: start_type(), StartArgs :: term()) ->
    {ok, pid()} | {ok, pid(), State :: term()} | {error, Reason :: term()}.
-callback stop(State :: term()) -> term().

%%% Loading

-spec load(atom() | app_spec()) -> ok | {error, term()}.
load(Application) ->
    application_controller:load_application(Application).

%% The distribution spec is accepted and ignored: there is one node.
-spec load(atom() | app_spec(), term()) -> ok | {error, term()}.
load(Application, _Distributed) ->
    load(Application).

-spec unload(atom()) -> ok | {error, term()}.
unload(Application) ->
    application_controller:unload_application(Application).

%%% Starting and stopping

-spec start(atom() | app_spec()) -> ok | {error, term()}.
start(Application) ->
    start(Application, temporary).

-spec start(atom() | app_spec(), restart_type()) -> ok | {error, term()}.
start(Application, RestartType) ->
    case ensure_loaded(Application) of
        {ok, Name} -> application_controller:start_application(Name, RestartType);
        Error -> Error
    end.

-spec start_boot(atom()) -> ok | {error, term()}.
start_boot(Application) ->
    start(Application, temporary).

-spec start_boot(atom(), restart_type()) -> ok | {error, term()}.
start_boot(Application, RestartType) ->
    start(Application, RestartType).

-spec ensure_started(atom()) -> ok | {error, term()}.
ensure_started(Application) ->
    ensure_started(Application, temporary).

-spec ensure_started(atom(), restart_type()) -> ok | {error, term()}.
ensure_started(Application, RestartType) ->
    case start(Application, RestartType) of
        ok -> ok;
        {error, {already_started, Application}} -> ok;
        Error -> Error
    end.

-spec ensure_all_started(atom()) -> {ok, [atom()]} | {error, term()}.
ensure_all_started(Application) ->
    ensure_all_started(Application, temporary).

%% Starts the application after everything in its `applications` key,
%% depth first. On failure, stops what this call started.
-spec ensure_all_started(atom(), restart_type()) -> {ok, [atom()]} | {error, term()}.
ensure_all_started(Application, RestartType) ->
    case start_all([Application], [], RestartType, []) of
        {ok, Started} ->
            {ok, lists:reverse(Started)};
        {error, Reason, Started} ->
            _ = [stop(App) || App <- Started],
            {error, Reason}
    end.

%% Started is most recent first. Running applications are skipped, and
%% so is an optional application that has no .app file.
start_all([App | Apps], Optional, RestartType, Started) ->
    case application_controller:is_running(App) of
        true -> start_all(Apps, Optional, RestartType, Started);
        false -> start_new(App, Apps, Optional, RestartType, Started)
    end;
start_all([], _Optional, _RestartType, Started) ->
    {ok, Started}.

start_new(App, Apps, Optional, RestartType, Started) ->
    case ensure_loaded(App) of
        {ok, Name} ->
            case start_one(Name, App, RestartType, Started) of
                {ok, Started1} -> start_all(Apps, Optional, RestartType, Started1);
                Error -> Error
            end;
        {error, {"no such file or directory", _} = Reason} ->
            case lists:member(App, Optional) of
                true -> start_all(Apps, Optional, RestartType, Started);
                false -> {error, {App, Reason}, Started}
            end;
        {error, Reason} ->
            {error, {App, Reason}, Started}
    end.

start_one(Name, App, RestartType, Started) ->
    {ok, Needed} = get_key(Name, applications),
    {ok, Optional} = get_key(Name, optional_applications),
    case start_all(Needed, Optional, RestartType, Started) of
        {ok, Started1} ->
            case application_controller:start_application(Name, RestartType) of
                ok -> {ok, [App | Started1]};
                {error, {already_started, App}} -> {ok, Started1};
                {error, Reason} -> {error, {App, Reason}, Started1}
            end;
        Error ->
            Error
    end.

ensure_loaded(Application) ->
    case load(Application) of
        ok -> {ok, app_name(Application)};
        {error, {already_loaded, Name}} -> {ok, Name};
        Error -> Error
    end.

-spec stop(atom()) -> ok | {error, term()}.
stop(Application) ->
    application_controller:stop_application(Application).

%%% What is there

-spec which_applications() -> [{atom(), string(), string()}].
which_applications() ->
    application_controller:which_applications().

-spec which_applications(timeout()) -> [{atom(), string(), string()}].
which_applications(infinity) ->
    application_controller:which_applications(infinity);
which_applications(Timeout) when is_integer(Timeout), Timeout >= 0 ->
    application_controller:which_applications(Timeout).

-spec loaded_applications() -> [{atom(), string(), string()}].
loaded_applications() ->
    application_controller:loaded_applications().

-spec info() -> term().
info() ->
    application_controller:info().

%%% Configuration parameters

-spec get_env(atom()) -> undefined | {ok, term()}.
get_env(Key) ->
    application_controller:get_pid_env(group_leader(), Key).

-spec get_env(atom(), atom()) -> undefined | {ok, term()}.
get_env(Application, Key) ->
    application_controller:get_env(Application, Key).

-spec get_env(atom(), atom(), term()) -> term().
get_env(Application, Key, Default) ->
    case get_env(Application, Key) of
        {ok, Value} -> Value;
        undefined -> Default
    end.

-spec get_all_env() -> [{atom(), term()}].
get_all_env() ->
    application_controller:get_pid_all_env(group_leader()).

-spec get_all_env(atom()) -> [{atom(), term()}].
get_all_env(Application) ->
    application_controller:get_all_env(Application).

-spec set_env([{atom(), [{atom(), term()}]}]) -> ok.
set_env(Config) when is_list(Config) ->
    set_env(Config, []).

-spec set_env([{atom(), [{atom(), term()}]}], [tuple()]) -> ok.
set_env(Config, Opts) when is_list(Config), is_list(Opts) ->
    case application_controller:set_env(Config, Opts) of
        ok -> ok;
        {error, Message} -> erlang:error({badarg, Message}, [Config, Opts])
    end.

-spec set_env(atom(), atom(), term()) -> ok.
set_env(Application, Key, Value) ->
    application_controller:set_env(Application, Key, Value).

-spec set_env(atom(), atom(), term(), timeout() | [tuple()]) -> ok.
set_env(Application, Key, Value, infinity) ->
    set_env(Application, Key, Value, [{timeout, infinity}]);
set_env(Application, Key, Value, Timeout) when is_integer(Timeout), Timeout >= 0 ->
    set_env(Application, Key, Value, [{timeout, Timeout}]);
set_env(Application, Key, Value, Opts) when is_list(Opts) ->
    application_controller:set_env(Application, Key, Value, Opts).

-spec unset_env(atom(), atom()) -> ok.
unset_env(Application, Key) ->
    application_controller:unset_env(Application, Key).

-spec unset_env(atom(), atom(), timeout() | [tuple()]) -> ok.
unset_env(Application, Key, infinity) ->
    unset_env(Application, Key, [{timeout, infinity}]);
unset_env(Application, Key, Timeout) when is_integer(Timeout), Timeout >= 0 ->
    unset_env(Application, Key, [{timeout, Timeout}]);
unset_env(Application, Key, Opts) when is_list(Opts) ->
    application_controller:unset_env(Application, Key, Opts).

%%% Keys of the application resource file

-spec get_key(atom()) -> undefined | {ok, term()}.
get_key(Key) ->
    application_controller:get_pid_key(group_leader(), Key).

-spec get_key(atom(), atom()) -> undefined | {ok, term()}.
get_key(Application, Key) ->
    application_controller:get_key(Application, Key).

-spec get_all_key() -> [] | {ok, [{atom(), term()}]}.
get_all_key() ->
    application_controller:get_pid_all_key(group_leader()).

-spec get_all_key(atom()) -> undefined | {ok, [{atom(), term()}]}.
get_all_key(Application) ->
    application_controller:get_all_key(Application).

%%% Which application a process or module belongs to

-spec get_application() -> undefined | {ok, atom()}.
get_application() ->
    application_controller:get_application(group_leader()).

%% A process belongs to the application whose master is its group leader.
-spec get_application(pid() | module()) -> undefined | {ok, atom()}.
get_application(Pid) when is_pid(Pid) ->
    case process_info(Pid, group_leader) of
        {group_leader, Leader} -> application_controller:get_application(Leader);
        undefined -> undefined
    end;
get_application(Module) when is_atom(Module) ->
    application_controller:get_application_module(Module).

-spec start_type() -> start_type() | undefined | local.
start_type() ->
    application_controller:start_type(group_leader()).

app_name(Name) when is_atom(Name) -> Name;
app_name({application, Name, _}) when is_atom(Name) -> Name.
