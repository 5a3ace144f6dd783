%% release_handler_install: checking and installing a release, the work
%% of OTP 25's release_handler:check_install_release/1,2 and
%% install_release/1,2 (run by the release_handler process).
%%
%% The script is found in the relup files: the up script from the
%% running release in RelDir/TO/relup, else the down script to the
%% target in RelDir/RUNNING/relup ({error, {no_matching_relup, To,
%% Running}} when neither has one). Installing gives the application
%% controller the new applications' keys (from the target's start.boot)
%% and configuration (its sys.config), runs the script with
%% release_handler_1 (which switches the code path of the applications
%% whose version changes to their new ebin at point_of_no_return), calls
%% the config_change/3 callbacks and makes the release current.
%%
%% ferl's extension: check_install_release also runs ferl's upgrade
%% checker (relup_check:script/3) on the script install_release would
%% run, and refuses with {error, {relup_check, Errors}} (the checker's
%% blocking findings, formatted by relup_check:format_findings/1) when
%% it finds one; warnings do not block.
%%
%% Known differences: a script that restarts the emulator
%% (restart_new_emulator, restart_emulator) is refused with
%% {error, {not_supported, Instruction}} before anything is done, since
%% ferl cannot restart itself into a release; the directories of kernel,
%% stdlib and sasl (which ferl carries built in) need not exist; no
%% sync_nodes with other nodes, no client nodes.
-module(release_handler_install).

-export([check_install_release/4, install_release/4]).

%% libs = [{App, Vsn, Dir}]
-record(release, {name, vsn, erts_vsn, libs = [], status}).

-define(BUILTIN_APPS, [kernel, stdlib, sasl]).

%%%-----------------------------------------------------------------
%%% check_install_release
%%%-----------------------------------------------------------------

%% {ok, FromVsn, Descr}: release Vsn's files are there and its script
%% can run (old processes, object code, syntax); with Purge, old code
%% that can be soft-purged is purged. Throws {error, Reason}.
-spec check_install_release(string(), string(), [tuple()], boolean()) ->
          {ok, string(), term()} | {error, term()}.
check_install_release(RelDir, Vsn, Releases, Purge) ->
    case release_handler_rels:find(Vsn, Releases) of
        {ok, #release{status = current}} ->
            {error, {already_installed, Vsn}};
        {ok, Release} ->
            Latest = release_handler_rels:latest(Releases),
            VsnDir = filename:join(RelDir, Vsn),
            release_handler_rels:check_file(filename:join(VsnDir, "start.boot"), regular),
            IsRelup = check_opt_file(filename:join(VsnDir, "relup")),
            _ = check_opt_file(filename:join(VsnDir, "sys.config")),
            Libs = Release#release.libs,
            lists:foreach(fun check_lib/1, Libs),
            case IsRelup of
                true -> check_script(RelDir, Latest, Release, Purge);
                false -> {ok, Vsn, ""}
            end;
        false ->
            {error, {no_such_release, Vsn}}
    end.

check_opt_file(File) ->
    case catch release_handler_rels:check_file(File, regular) of
        ok ->
            true;
        _ ->
            io:format("Warning: ~tp missing (optional)~n", [File]),
            false
    end.

check_lib({Lib, _Vsn, Dir}) ->
    case lists:member(Lib, ?BUILTIN_APPS)
        andalso not filelib:is_dir(release_handler_rels:path(Dir)) of
        true ->
            ok;
        false ->
            release_handler_rels:check_file(Dir, directory),
            release_handler_rels:check_file(filename:join(Dir, "ebin"), directory)
    end.

check_script(RelDir, Latest, Release, Purge) ->
    {CurrentVsn, Descr, Script} = rh_script(RelDir, Latest, Release),
    Libs = Release#release.libs,
    case catch release_handler_1:check_script(Script, Libs) of
        {ok, SoftPurgeMods} ->
            case upgrade_check(Script, Latest#release.libs, Libs) of
                [] when Purge ->
                    {ok, BrutalPurgeMods} =
                        release_handler_1:check_old_processes(Script, brutal_purge),
                    lists:foreach(fun(Mod) -> catch erlang:purge_module(Mod) end,
                                  SoftPurgeMods ++ BrutalPurgeMods),
                    {ok, CurrentVsn, Descr};
                [] ->
                    {ok, CurrentVsn, Descr};
                Errors ->
                    {error, {relup_check, Errors}}
            end;
        Else ->
            Else
    end.

%% The upgrade checker's errors for Script moving the applications from
%% FromLibs to ToLibs. A checker that cannot run blocks nothing.
upgrade_check(Script, FromLibs, ToLibs) ->
    Names = lists:usort([L || {L, _, _} <- FromLibs ++ ToLibs]),
    Apps = [#{app => App, from => side(App, FromLibs), to => side(App, ToLibs)}
            || App <- Names,
               lists:keyfind(App, 1, FromLibs) =/= lists:keyfind(App, 1, ToLibs)],
    try relup_check:errors(relup_check:script(Script, Apps, []))
    catch _:_ -> []
    end.

side(App, Libs) ->
    case lists:keyfind(App, 1, Libs) of
        {App, Vsn, Dir} -> {Vsn, filename:join(release_handler_rels:path(Dir), "ebin")};
        false -> none
    end.

%%%-----------------------------------------------------------------
%%% install_release
%%%-----------------------------------------------------------------

%% Runs the script from the running release to Vsn. Returns
%% {ok, NewReleases, Unpurged, FromVsn, Descr}, {error, Reason} (nothing
%% changed, apart from the application data when the script fails
%% before point_of_no_return, as in OTP) or {'EXIT', Reason} (the script
%% failed after point_of_no_return: the node must be restarted).
-spec install_release(string(), string(), [tuple()], list()) ->
          {ok, [tuple()], list(), string(), term()} | {error, term()} | {'EXIT', term()}.
install_release(RelDir, Vsn, Releases, Opts) ->
    case release_handler_rels:find(Vsn, Releases) of
        {ok, #release{status = current}} ->
            {error, {already_installed, Vsn}};
        {ok, Release} ->
            Latest = release_handler_rels:latest(Releases),
            {CurrentVsn, Descr, Script} = rh_script(RelDir, Latest, Release),
            case restarts(Script) of
                [] -> ok;
                [Restart | _] -> throw({error, {not_supported, Restart}})
            end,
            EnvBefore = application_controller:prep_config_change(),
            Apps = change_appl_data(RelDir, Release),
            LibDirs = Release#release.libs,
            NewLibs = new_libs(Latest#release.libs, LibDirs),
            case catch release_handler_1:eval_script(Script, Apps, LibDirs, NewLibs, Opts) of
                {ok, Unpurged} ->
                    application_controller:config_change(EnvBefore),
                    New = release_handler_rels:set_status(Vsn, current, Releases),
                    {ok, New, Unpurged, CurrentVsn, Descr};
                Else ->
                    application_controller:config_change(EnvBefore),
                    Else
            end;
        false ->
            {error, {no_such_release, Vsn}}
    end.

restarts(Script) ->
    [I || I <- Script, I =:= restart_emulator orelse I =:= restart_new_emulator].

%% The applications whose version changes: their code path is switched
%% even if the script loads nothing from them.
new_libs(CurrentLibs, NewLibs) ->
    [Info || {App, Vsn, _} <- CurrentLibs,
             {_, NewVsn, _} = Info <- [lists:keyfind(App, 1, NewLibs)],
             NewVsn =/= Vsn].

%% Gives the controller the applications of the target's boot script and
%% its sys.config; the application specifications.
change_appl_data(RelDir, #release{vsn = Vsn}) ->
    Dir = filename:join(RelDir, Vsn),
    BootFile = filename:join(Dir, "start.boot"),
    case file:read_file(release_handler_rels:path(BootFile)) of
        {ok, Bin} ->
            Config = case release_handler_rels:consult(filename:join(Dir, "sys.config")) of
                         {ok, [Conf]} -> Conf;
                         _ -> []
                     end,
            Appls = boot_appls(binary_to_term(Bin)),
            case application_controller:change_application_data(Appls, Config) of
                ok -> Appls;
                {error, Reason} -> exit({change_appl_data, Reason})
            end;
        {error, _} ->
            throw({error, {no_such_file, BootFile}})
    end.

%% The application specifications a boot script loads (kernel's is
%% given to the controller's start), last first.
boot_appls({script, _, Script}) ->
    lists:foldl(fun({kernelProcess, application_controller,
                     {application_controller, start, [App]}}, Acc) -> [App | Acc];
                   ({apply, {application, load, [App]}}, Acc) -> [App | Acc];
                   (_, Acc) -> Acc
                end, [], Script).

%%%-----------------------------------------------------------------
%%% Finding the script
%%%-----------------------------------------------------------------

%% {FromVsn, Descr, Script} to go from the running release to Release.
%% The relup of the target may say how to come from the running
%% release; if not, that of the running release may say how to go down
%% to the target.
rh_script(RelDir, #release{vsn = CurrentVsn}, #release{vsn = ToVsn}) ->
    Relup = filename:join([RelDir, ToVsn, "relup"]),
    case try_upgrade(ToVsn, CurrentVsn, Relup) of
        {ok, RhScript} ->
            RhScript;
        error ->
            Relup2 = filename:join([RelDir, CurrentVsn, "relup"]),
            case try_downgrade(ToVsn, CurrentVsn, Relup2) of
                {ok, RhScript} -> RhScript;
                error -> throw({error, {no_matching_relup, ToVsn, CurrentVsn}})
            end
    end.

try_upgrade(ToVsn, CurrentVsn, Relup) ->
    case release_handler_rels:consult(Relup) of
        {ok, [{ToVsn, Ups, _}]} -> script_for(CurrentVsn, Ups);
        {ok, _} -> throw({error, {bad_relup_file, Relup}});
        {error, Reason} when is_tuple(Reason) -> throw({error, {bad_relup_file, Relup}});
        {error, enoent} -> error;
        {error, FileError} -> throw({error, {FileError, Relup}})
    end.

try_downgrade(ToVsn, CurrentVsn, Relup) ->
    case release_handler_rels:consult(Relup) of
        {ok, [{CurrentVsn, _, Downs}]} -> script_for(ToVsn, Downs);
        {ok, _} -> throw({error, {bad_relup_file, Relup}});
        {error, Reason} when is_tuple(Reason) -> throw({error, {bad_relup_file, Relup}});
        {error, FileError} -> throw({error, {FileError, Relup}})
    end.

script_for(Vsn, RhScripts) ->
    case lists:keyfind(Vsn, 1, RhScripts) of
        false -> error;
        RhScript -> {ok, RhScript}
    end.
