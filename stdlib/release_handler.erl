%% release_handler: OTP 25's sasl release handler. Two halves:
%%
%% Releases (this module is also the `release_handler` gen_server that
%% sasl's supervisor starts): which_releases/0,1, create_RELEASES/1,2,3,4,
%% set_unpacked/2, set_removed/1, install_file/2, check_install_release/1,2,
%% install_release/1,2, make_permanent/1, remove_release/1,
%% reboot_old_release/1 and unpack_release/1 (release_handler_unpack), with
%% OTP's results and errors. The releases live under code:root_dir():
%% `releases/RELEASES`, `releases/VSN/{NAME.rel, relup, start.boot,
%% sys.config}`, `lib/APP-VSN/ebin`; sasl's `releases_dir` parameter (or
%% $RELDIR) moves the releases directory, as in OTP. The state of the
%% releases is in release_handler_rels, installing in
%% release_handler_install.
%%
%% Applications: upgrade_script/2 and downgrade_script/3 find an
%% application's script in its .appup file and translate it to low-level
%% instructions with systools_rc (as make_relup does); upgrade_app/2,
%% downgrade_app/2,3 and eval_appup_script/4 run it with release_handler_1,
%% the evaluator install_release uses, and on success give the application
%% controller the new .app contents and call the config_change/3
%% callbacks. Results: {ok, Unpurged}, restart_emulator, {error, Reason}
%% (nothing changed) or {'EXIT', Reason} (a failure after
%% point_of_no_return; nothing undone).
%%
%% ferl's extension: check_install_release/1,2 also runs ferl's upgrade
%% checker on the script and refuses with {error, {relup_check, Errors}}
%% when it finds a blocking problem (see release_handler_install).
%%
%% Not supported / known differences:
%% - ferl cannot restart its emulator: a script with restart_emulator or
%%   restart_new_emulator is refused ({error, {not_supported, I}}); when a
%%   script fails after point_of_no_return, install_release prints OTP's
%%   failure line, answers {error, Reason} and restarts the node with
%%   init:restart/0 as OTP does (an escript runs again from its start);
%%   error_action reboot, and a successful reboot_old_release/1, stop the
%%   node with status 0 (OTP reboots it);
%% - make_permanent/1 records the release (RELEASES, start_erl.data) but
%%   there is no boot to change (OTP's init:make_permanent/2);
%% - no client nodes (`masters`, `client_directory`), static emulator,
%%   Windows services or new_emulator_upgrade/2;
%% - the directories of kernel, stdlib and sasl, which ferl carries built
%%   in, need not exist when a release is checked.
-module(release_handler).
-behaviour(gen_server).

-export([start_link/0,
         create_RELEASES/1, create_RELEASES/2, create_RELEASES/3, create_RELEASES/4,
         unpack_release/1, check_install_release/1, check_install_release/2,
         install_release/1, install_release/2, remove_release/1,
         which_releases/0, which_releases/1, make_permanent/1,
         reboot_old_release/1, set_unpacked/2, set_removed/1, install_file/2]).
-export([upgrade_app/2, downgrade_app/2, downgrade_app/3,
         upgrade_script/2, downgrade_script/3, eval_appup_script/4]).
-export([init/1, handle_call/3, handle_cast/2, handle_info/2, terminate/2,
         code_change/3]).

%% OTP's state record, for sys:get_state/1. unpurged: [{Mod, PostPurge}]
%% still to be purged; timer: the retry timer of their soft purges.
-record(state, {unpurged = [], root, rel_dir, releases, timer, start_prg,
                masters = false, client_dir = false, static_emulator = false,
                pre_sync_nodes = []}).

%% The soft purges of unpurged modules are retried this often (ms).
-define(PURGE_RETRY, 10000).

%%%-----------------------------------------------------------------
%%% The release API
%%%-----------------------------------------------------------------

-spec start_link() -> {ok, pid()} | {error, term()}.
start_link() ->
    gen_server:start_link({local, release_handler}, ?MODULE, [], []).

%% Unpacks releases/Name.tar.gz under the root: {ok, Vsn}.
-spec unpack_release(string()) -> {ok, string()} | {error, term()}.
unpack_release(ReleaseName) ->
    call({unpack_release, ReleaseName}).

%% Checks that release Vsn can be installed: {ok, FromVsn, Descr}.
-spec check_install_release(string()) -> {ok, string(), term()} | {error, term()}.
check_install_release(Vsn) ->
    check_install_release(Vsn, []).

%% Options: purge (purge the old code that can be soft-purged).
-spec check_install_release(string(), [purge]) ->
          {ok, string(), term()} | {error, term()}.
check_install_release(Vsn, Opts) ->
    case check_options(Opts, false) of
        {ok, Purge} -> call({check_install_release, Vsn, Purge});
        Error -> Error
    end.

check_options([purge | Opts], _) -> check_options(Opts, true);
check_options([Illegal | _], _Purge) -> {error, {illegal_option, Illegal}};
check_options([], Purge) -> {ok, Purge}.

%% Installs release Vsn (up or down from the running one):
%% {ok, FromVsn, Descr}.
-spec install_release(string()) -> {ok, string(), term()} | {error, term()}.
install_release(Vsn) ->
    call({install_release, Vsn, restart, []}).

%% Options: {error_action, restart | reboot}, {code_change_timeout, T},
%% {suspend_timeout, T} (T a positive integer or infinity),
%% {update_paths, Bool}.
-spec install_release(string(), list()) -> {ok, string(), term()} | {error, term()}.
install_release(Vsn, Opts) ->
    case install_options(Opts, restart, []) of
        {ok, ErrorAction, InstallOpts} -> call({install_release, Vsn, ErrorAction, InstallOpts});
        Error -> Error
    end.

install_options([{error_action, Action} | Opts], _, InstOpts)
  when Action =:= restart; Action =:= reboot ->
    install_options(Opts, Action, InstOpts);
install_options([{Timeout, T} = Opt | Opts], Action, InstOpts)
  when Timeout =:= code_change_timeout; Timeout =:= suspend_timeout ->
    case T =:= infinity orelse (is_integer(T) andalso T > 0) of
        true -> install_options(Opts, Action, [Opt | InstOpts]);
        false -> {error, {illegal_option, Opt}}
    end;
install_options([{update_paths, B} = Opt | Opts], Action, InstOpts) when is_boolean(B) ->
    install_options(Opts, Action, [Opt | InstOpts]);
install_options([Opt | _], _, _) ->
    {error, {illegal_option, Opt}};
install_options([], Action, InstOpts) ->
    {ok, Action, InstOpts}.

%% Makes the current release Vsn the one the node starts in.
-spec make_permanent(string()) -> ok | {error, term()}.
make_permanent(Vsn) ->
    call({make_permanent, Vsn}).

%% Makes the old release Vsn permanent again and restarts the node.
-spec reboot_old_release(string()) -> ok | {error, term()}.
reboot_old_release(Vsn) ->
    call({reboot_old_release, Vsn}).

%% Removes release Vsn and the application directories only it uses.
-spec remove_release(string()) -> ok | {error, term()}.
remove_release(Vsn) ->
    call({remove_release, Vsn}).

%% Records a release unpacked by other means; LibDirs:
%% [{App, Vsn, Dir}] for applications not in Root/lib (Dir holds APP-VSN).
-spec set_unpacked(string(), [{atom(), string(), string()}]) ->
          {ok, string()} | {error, term()}.
set_unpacked(RelFile, LibDirs) ->
    call({set_unpacked, RelFile, LibDirs}).

%% Forgets release Vsn without removing its files.
-spec set_removed(string()) -> ok | {error, term()}.
set_removed(Vsn) ->
    call({set_removed, Vsn}).

%% Copies File into the directory of release Vsn.
-spec install_file(string(), string()) -> ok | {error, term()}.
install_file(Vsn, File) when is_list(File) ->
    call({install_file, File, Vsn}).

%% [{Name, Vsn, ["APP-VSN"], unpacked | current | permanent | old}].
-spec which_releases() -> [{string(), string(), [string()], atom()}].
which_releases() ->
    call(which_releases).

-spec which_releases(atom()) -> [{string(), string(), [string()], atom()}].
which_releases(Status) ->
    release_handler_rels:with_status(which_releases(), Status).

%% Writes a RELEASES file with the release of RelFile as permanent.
-spec create_RELEASES([string() | tuple()]) -> ok | {error, term()}.
create_RELEASES([Root, RelFile | LibDirs]) ->
    create_RELEASES(Root, filename:join(Root, "releases"), RelFile, LibDirs).

-spec create_RELEASES(string(), string()) -> ok | {error, term()}.
create_RELEASES(Root, RelFile) ->
    create_RELEASES(Root, filename:join(Root, "releases"), RelFile, []).

-spec create_RELEASES(string(), string(), [tuple()]) -> ok | {error, term()}.
create_RELEASES(RelDir, RelFile, LibDirs) ->
    create_RELEASES("", RelDir, RelFile, LibDirs).

-spec create_RELEASES(string(), string(), string(), [tuple()]) -> ok | {error, term()}.
create_RELEASES(Root, RelDir, RelFile, LibDirs) ->
    release_handler_rels:create_RELEASES(Root, RelDir, RelFile, LibDirs).

call(Req) ->
    gen_server:call(release_handler, Req, infinity).

%%%-----------------------------------------------------------------
%%% The release_handler process
%%%-----------------------------------------------------------------

init([]) ->
    Root = code:root_dir(),
    RelDir = case application:get_env(sasl, releases_dir) of
                 {ok, Dir} -> Dir;
                 undefined ->
                     case os:getenv("RELDIR") of
                         false -> filename:join(Root, "releases");
                         Dir -> Dir
                     end
             end,
    StartPrg = case application:get_env(start_prg) of
                   {ok, Prg} when is_list(Prg) -> {do_check, Prg};
                   _ -> {no_check, filename:join([Root, "bin", "start"])}
               end,
    Static = case application:get_env(static_emulator) of
                 {ok, Flag} when is_atom(Flag) -> Flag;
                 _ -> false
             end,
    {ok, #state{root = Root, rel_dir = RelDir,
                releases = release_handler_rels:read_releases(RelDir),
                start_prg = StartPrg, static_emulator = Static}}.

handle_call({unpack_release, Name}, _From, S) ->
    reply(catch release_handler_unpack:unpack_release(S#state.root, S#state.rel_dir, Name,
                                                      S#state.releases),
          fun({ok, Releases, Vsn}) -> {{ok, Vsn}, S#state{releases = Releases}} end, S);
handle_call({check_install_release, Vsn, Purge}, _From, S) ->
    reply(catch release_handler_install:check_install_release(S#state.rel_dir, Vsn,
                                                              S#state.releases, Purge),
          fun({ok, _, _} = Ok) -> {Ok, S} end, S);
handle_call({install_release, Vsn, ErrorAction, Opts}, From, S) ->
    case catch release_handler_install:install_release(S#state.rel_dir, Vsn,
                                                       S#state.releases, Opts) of
        {ok, Releases, Unpurged, CurrentVsn, Descr} ->
            {reply, {ok, CurrentVsn, Descr},
             purge_later(S#state{releases = Releases, unpurged = Unpurged})};
        {error, Reason} ->
            {reply, {error, Reason}, S};
        {'EXIT', Reason} ->
            io:format("release_handler:install_release(Vsn=~tp Opts=~tp) failed, "
                      "Reason=~tp~n", [Vsn, Opts, Reason]),
            gen_server:reply(From, {error, Reason}),
            restart_node(ErrorAction),
            {noreply, S}
    end;
handle_call({make_permanent, Vsn}, _From, S) ->
    reply(catch release_handler_rels:make_permanent(S#state.rel_dir, Vsn, S#state.releases,
                                                    S#state.unpurged),
          fun({ok, Releases, Unpurged}) ->
                  {ok, S#state{releases = Releases, unpurged = Unpurged}}
          end, S);
handle_call({reboot_old_release, Vsn}, From, S) ->
    case catch release_handler_rels:reboot_old(S#state.rel_dir, Vsn, S#state.releases) of
        {ok, Releases} ->
            gen_server:reply(From, ok),
            restart_node(reboot),
            {noreply, S#state{releases = Releases}};
        Other ->
            reply(Other, fun(_) -> {ok, S} end, S)
    end;
handle_call({remove_release, Vsn}, _From, S) ->
    reply(catch release_handler_rels:remove_release(S#state.root, S#state.rel_dir, Vsn,
                                                    S#state.releases),
          fun({ok, Releases}) -> {ok, S#state{releases = Releases}} end, S);
handle_call({set_unpacked, RelFile, LibDirs}, _From, S) ->
    reply(catch release_handler_rels:set_unpacked(S#state.root, S#state.rel_dir, RelFile,
                                                  LibDirs, S#state.releases),
          fun({ok, Releases, Vsn}) -> {{ok, Vsn}, S#state{releases = Releases}} end, S);
handle_call({set_removed, Vsn}, _From, S) ->
    reply(catch release_handler_rels:set_removed(S#state.rel_dir, Vsn, S#state.releases),
          fun({ok, Releases}) -> {ok, S#state{releases = Releases}} end, S);
handle_call({install_file, File, Vsn}, _From, S) ->
    {reply, release_handler_rels:install_file(S#state.rel_dir, Vsn, File, S#state.releases),
     S};
handle_call(which_releases, _From, S) ->
    {reply, release_handler_rels:which(S#state.releases), S}.

%% The reply to a request: Ok's for a success, {error, Reason} for a
%% thrown or returned error or a crash (state unchanged).
reply({error, Reason}, _Ok, S) -> {reply, {error, Reason}, S};
reply({'EXIT', Reason}, _Ok, S) -> {reply, {error, Reason}, S};
reply(Result, Ok, _S) ->
    {Reply, S1} = Ok(Result),
    {reply, Reply, S1}.

%% Modules whose old code some process still runs are soft-purged again
%% every ?PURGE_RETRY ms until none is left.
purge_later(#state{unpurged = []} = S) ->
    S;
purge_later(#state{timer = undefined} = S) ->
    S#state{timer = erlang:send_after(?PURGE_RETRY, self(), timeout)};
purge_later(S) ->
    S.

handle_info(timeout, S) ->
    Unpurged = [U || {Mod, _} = U <- S#state.unpurged, not code:soft_purge(Mod)],
    purge_later(S#state{unpurged = Unpurged, timer = undefined});
handle_info({sync_nodes, Id, Node}, S) ->
    {noreply, S#state{pre_sync_nodes = [{sync_nodes, Id, Node} | S#state.pre_sync_nodes]}};
handle_info(Msg, S) ->
    error_logger:info_msg("release_handler: got unknown message: ~p~n", [Msg]),
    {noreply, S}.

handle_cast(_Msg, S) ->
    {noreply, S}.

terminate(_Reason, _S) ->
    ok.

code_change(_OldVsn, S, _Extra) ->
    {ok, S}.

%% OTP restarts the node (init:restart/0) or reboots it (init:reboot/0)
%% into its permanent release; ferl restarts it as OTP does, and for a
%% reboot (a new emulator) stops it with status 0 for whatever runs it to
%% start it again.
restart_node(restart) -> init:restart();
restart_node(reboot) -> init:stop(0).

%%%-----------------------------------------------------------------
%%% Application upgrade and downgrade
%%%-----------------------------------------------------------------

%% Upgrades the running application App to the version in Dir (whose
%% ebin holds the new modules, .app and .appup files).
-spec upgrade_app(App :: atom(), Dir :: string()) ->
          {ok, Unpurged :: [{module(), atom()}]} | restart_emulator
              | {error, Reason :: term()} | {'EXIT', Reason :: term()}.
upgrade_app(App, NewDir1) ->
    NewDir = release_handler_rels:path(NewDir1),
    try upgrade_script(App, NewDir) of
        {ok, NewVsn, Script} -> eval_appup_script(App, NewVsn, NewDir, Script)
    catch
        throw:Reason -> {error, Reason}
    end.

%% Downgrades App to the version in OldDir, named App-OldVsn.
-spec downgrade_app(App :: atom(), Dir :: string()) ->
          {ok, Unpurged :: [{module(), atom()}]} | restart_emulator
              | {error, Reason :: term()} | {'EXIT', Reason :: term()}.
downgrade_app(App, OldDir) ->
    case string:lexemes(filename:basename(OldDir), "-") of
        [_AppS, OldVsn] -> downgrade_app(App, OldVsn, OldDir);
        _ -> {error, {unknown_version, App}}
    end.

%% Downgrades App to version OldVsn, in OldDir, with the downgrade script
%% of the current version's appup.
-spec downgrade_app(App :: atom(), OldVsn :: string(), Dir :: string()) ->
          {ok, Unpurged :: [{module(), atom()}]} | restart_emulator
              | {error, Reason :: term()} | {'EXIT', Reason :: term()}.
downgrade_app(App, OldVsn, OldDir) ->
    try downgrade_script(App, OldVsn, OldDir) of
        {ok, Script} -> eval_appup_script(App, OldVsn, OldDir, Script)
    catch
        throw:Reason -> {error, Reason}
    end.

%% The low-level script that upgrades App to the version in Dir. Throws
%% the reason when there is none.
-spec upgrade_script(App :: atom(), Dir :: string()) ->
          {ok, NewVsn :: string(), Script :: [term()]}.
upgrade_script(App, NewDir1) ->
    NewDir = release_handler_rels:path(NewDir1),
    OldVsn = ensure_running(App),
    OldDir = code:lib_dir(App),
    {NewVsn, Script} = find_script(App, NewDir, OldVsn, up),
    OldAppl = read_app(App, OldVsn, OldDir),
    NewAppl = read_app(App, NewVsn, NewDir),
    case systools_rc:translate_scripts(up, [Script], [NewAppl], [OldAppl]) of
        {ok, LowLevelScript} -> {ok, NewVsn, LowLevelScript};
        {error, _SystoolsRC, Reason} -> throw(Reason)
    end.

%% The low-level script that downgrades App to OldVsn in OldDir, from the
%% appup of the current version.
-spec downgrade_script(App :: atom(), OldVsn :: string(), Dir :: string()) ->
          {ok, Script :: [term()]}.
downgrade_script(App, OldVsn, OldDir) ->
    NewVsn = ensure_running(App),
    NewDir = code:lib_dir(App),
    {NewVsn, Script} = find_script(App, NewDir, OldVsn, down),
    OldAppl = read_app(App, OldVsn, OldDir),
    NewAppl = read_app(App, NewVsn, NewDir),
    case systools_rc:translate_scripts(dn, [Script], [OldAppl], [NewAppl]) of
        {ok, LowLevelScript} -> {ok, LowLevelScript};
        {error, _SystoolsRC, Reason} -> throw(Reason)
    end.

%% Runs an upgrade or downgrade script of App towards ToVsn in ToDir;
%% on success the controller learns the new .app file and parameters.
-spec eval_appup_script(App :: atom(), ToVsn :: string(), ToDir :: string(),
                        Script :: [term()]) ->
          {ok, Unpurged :: [{module(), atom()}]} | restart_emulator
              | {error, Reason :: term()} | {'EXIT', Reason :: term()}.
eval_appup_script(App, ToVsn, ToDir, Script) ->
    EnvBefore = application_controller:prep_config_change(),
    AppSpecL = read_appspec(App, ToDir),
    Res = release_handler_1:eval_script(Script, [], [{App, ToVsn, ToDir}],
                                        [{App, ToVsn, ToDir}], []),
    case Res of
        {ok, _Unpurged} ->
            application_controller:change_application_data(AppSpecL, []),
            application_controller:config_change(EnvBefore);
        _ ->
            ignore
    end,
    Res.

ensure_running(App) ->
    case lists:keyfind(App, 1, application:which_applications()) of
        {App, _Descr, Vsn} -> Vsn;
        false -> throw({app_not_running, App})
    end.

%% {ToVsn, HighLevelScript} from Dir/ebin/App.appup: the script from (up)
%% or to (down) OtherVsn.
find_script(App, Dir, OtherVsn, UpOrDown) ->
    Appup = release_handler_rels:path(filename:join([Dir, "ebin", atom_to_list(App) ++ ".appup"])),
    case file:consult(Appup) of
        {ok, [{NewVsn, UpFromScripts, DownToScripts}]} ->
            Scripts = case UpOrDown of
                          up -> UpFromScripts;
                          down -> DownToScripts
                      end,
            case systools_relup:appup_search_for_version(OtherVsn, Scripts) of
                {ok, Script} -> {NewVsn, Script};
                error -> throw({version_not_in_appup, OtherVsn})
            end;
        {error, enoent} ->
            throw(no_appup_found);
        {error, Reason} ->
            throw(Reason)
    end.

%% The application as systools_rc wants it (systools' #application{}).
read_app(App, Vsn, Dir) ->
    case systools_make:read_application(atom_to_list(App), Vsn,
                                        [filename:join(Dir, "ebin")], []) of
        {ok, Appl} -> Appl;
        {error, {not_found, _AppFile}} -> throw({no_app_found, Vsn, Dir});
        {error, Reason} -> throw(Reason)
    end.

%% The .app file's terms, for application_controller:change_application_data/2.
read_appspec(App, Dir) ->
    case file:consult(release_handler_rels:path(filename:join([Dir, "ebin",
                                                               atom_to_list(App) ++ ".app"]))) of
        {ok, AppSpecL} -> AppSpecL;
        {error, Reason} -> throw(Reason)
    end.
