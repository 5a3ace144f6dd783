%% release_handler: upgrading and downgrading one application from its
%% .appup file, as OTP 25's sasl release_handler does for testing appups:
%% upgrade_script/2 and downgrade_script/3 find the script in the appup and
%% translate it to low-level instructions with systools_rc (as make_relup
%% does), upgrade_app/2, downgrade_app/2,3 and eval_appup_script/4 run it
%% with release_handler_1, the evaluator install_release uses, and on
%% success give the application controller the new .app contents and
%% call the config_change/3 callbacks.
%%
%% Results are OTP's: {ok, Unpurged} (`[{Mod, PostPurgeMethod}]` still
%% run by some process), restart_emulator, {error, Reason} (nothing was
%% changed: no script found, an error before point_of_no_return, old
%% processes), or {'EXIT', Reason} for a failure after point_of_no_return
%% (nothing undone).
%%
%% Not supported / known differences:
%% - releases: unpack_release, install_release, make_permanent,
%%   which_releases, check_install_release, the RELEASES file and the
%%   release_handler process are not written yet;
%% - a relative application directory is taken as relative to the current
%%   directory (OTP: to code:root_dir(), which ferl does not have).
-module(release_handler).

-export([upgrade_app/2, downgrade_app/2, downgrade_app/3,
         upgrade_script/2, downgrade_script/3, eval_appup_script/4]).

%%%-----------------------------------------------------------------
%%% Application upgrade and downgrade
%%%-----------------------------------------------------------------

%% Upgrades the running application App to the version in Dir (whose
%% ebin holds the new modules, .app and .appup files).
-spec upgrade_app(App :: atom(), Dir :: string()) ->
          {ok, Unpurged :: [{module(), atom()}]} | restart_emulator
              | {error, Reason :: term()} | {'EXIT', Reason :: term()}.
upgrade_app(App, NewDir) ->
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
upgrade_script(App, NewDir) ->
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
    Appup = filename:join([Dir, "ebin", atom_to_list(App) ++ ".appup"]),
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
    case file:consult(filename:join([Dir, "ebin", atom_to_list(App) ++ ".app"])) of
        {ok, AppSpecL} -> AppSpecL;
        {error, Reason} -> throw(Reason)
    end.
