%% systools_relup: generates a relup, as OTP 25's sasl module of that
%% name (systools:make_relup/3,4). From the top release (Name.rel) and
%% the base releases it is upgraded from and downgraded to, it collects
%% for each application whose version changed the script of the top
%% version's .appup for the base version, adds add_application and
%% remove_application scripts for applications only in one of the two
%% releases, restart_new_emulator when the erts version changes, and has
%% systools_rc translate them; then writes `relup` into the outdir.
%%
%% Options as OTP: {path, Dirs} (prepended to the code path, `*` wild
%% cards allowed), {outdir, Dir}, silent, noexec, restart_emulator,
%% warnings_as_errors.
-module(systools_relup).

-export([mk_relup/3, mk_relup/4, format_error/1, format_warning/1,
         appup_search_for_version/2]).

-record(release, {name, vsn, erts_vsn, applications, incl_apps}).

%% OTP's systools.hrl #application.
-record(application,
        {name, type = permanent, vsn = "", id = "", description = "",
         modules = [], uses = [], optional = [], includes = [], regs = [],
         env = [], maxT = infinity, maxP = infinity, mod = [],
         start_phases, dir = ""}).

%% sasl versions before R15 restart the new emulator last.
-define(R15_SASL_VSN, "2.2").

-spec mk_relup(string() | atom(), [term()], [term()]) -> term().
mk_relup(TopRelFile, BaseUpRelDcs, BaseDnRelDcs) ->
    mk_relup(TopRelFile, BaseUpRelDcs, BaseDnRelDcs, []).

%% Returns ok | error (printing the warnings or error), or with silent
%% {ok, Relup, systools_relup, Warnings} | {error, Module, Reason}.
%% A non-string outdir is a badarg error.
-spec mk_relup(string() | atom(), [term()], [term()], [term()]) -> term().
mk_relup(TopRelFile, BaseUpRelDcs, BaseDnRelDcs, Opts) ->
    case bad_outdir(Opts) of
        [] ->
            Result = try make(to_list(TopRelFile), BaseUpRelDcs, BaseDnRelDcs,
                              search_path(Opts), Opts)
                     catch throw:Error -> Error
                     end,
            done(Opts, Result);
        BadArg ->
            erlang:error({badarg, BadArg})
    end.

%% Only the first outdir option counts (as in OTP).
bad_outdir(Opts) ->
    case lists:keyfind(outdir, 1, [O || O <- Opts, is_tuple(O)]) of
        {outdir, Dir} when is_list(Dir) -> [];
        {outdir, Bad} -> [{outdir, Bad}];
        false -> []
    end.

make(TopRelFile, UpDcs, DnDcs, Path, Opts) ->
    case systools_make:get_release(TopRelFile, Path) of
        {ok, TopRel, NameVsnApps, Ws0} ->
            no_missing_sasl(TopRel, Ws0),
            TopApps = [A || {_, A} <- NameVsnApps],
            {Up, Ws1} = for_each_base(up, TopRel, TopApps, UpDcs, Path, Opts, Ws0),
            {Dn, Ws2} = for_each_base(dn, TopRel, TopApps, DnDcs, Path, Opts, Ws1),
            {ok, {TopRel#release.vsn, Up, Dn}, Ws2};
        Error ->
            Error
    end.

no_missing_sasl(Rel, Warnings) ->
    case lists:member({warning, missing_sasl}, Warnings) of
        true -> throw({error, ?MODULE, {missing_sasl, Rel}});
        false -> ok
    end.

%% One {Vsn, Descr, Instructions} per base release, the last base first.
for_each_base(Mode, TopRel, TopApps, Dcs, Path, Opts, Ws) ->
    lists:foldl(fun(Dc, {Acc, W}) ->
                        {VDR, W1} = base(Mode, TopRel, TopApps, Dc, Path, Opts, W),
                        {[VDR | Acc], W1}
                end, {[], Ws}, Dcs).

base(Mode, TopRel, TopApps, Dc, Path, Opts, Ws) ->
    {BaseRel, NameVsnApps, BaseWs} =
        case systools_make:get_release(rel_file(Dc), Path) of
            {ok, BR, NVA, W} ->
                no_missing_sasl(BR, W),
                {BR, NVA, W};
            Other ->
                throw(Other)
        end,
    BaseApps = [A || {_, A} <- NameVsnApps],
    {Scripts0, Ws1} = appup_scripts(Mode, TopApps, BaseRel, BaseWs ++ Ws),
    {From, To} = case Mode of
                     up -> {BaseRel, TopRel};
                     dn -> {TopRel, BaseRel}
                 end,
    Scripts1 = added_apps(From, To) ++ Scripts0 ++ removed_apps(From, To),
    {Scripts, Ws2} = emulator_restart(TopRel, BaseRel, Scripts1, Ws1, Opts),
    {Appls, PreAppls} = case Mode of
                            up -> {TopApps, BaseApps};
                            dn -> {BaseApps, TopApps}
                        end,
    case systools_rc:translate_scripts(Mode, Scripts, Appls, PreAppls) of
        {ok, Instrs} ->
            {Instrs1, Ws3} = case Mode of
                                 up -> pre_r15_sasl(Instrs, Ws2, [NV || {NV, _} <- NameVsnApps]);
                                 dn -> {Instrs, Ws2}
                             end,
            {{BaseRel#release.vsn, rel_descr(Dc), Instrs1}, Ws3};
        Error ->
            throw(Error)
    end.

%% The appup script for the base version of each application of the top
%% release whose version differs in the base release.
appup_scripts(Mode, TopApps, BaseRel, Ws) ->
    lists:foldl(
      fun(#application{name = Name, vsn = TopVsn} = App, {Scripts, W}) ->
              case lists:keyfind(Name, 1, BaseRel#release.applications) of
                  {_, BaseVsn, _} when BaseVsn =/= TopVsn ->
                      {Script, W1} = appup_script(Mode, App, BaseVsn, W),
                      {Scripts ++ [Script], W1};
                  _ ->
                      {Scripts, W}
              end
      end, {[], Ws}, TopApps).

appup_script(Mode, #application{name = Name, vsn = Vsn, dir = Dir} = App, BaseVsn, Ws) ->
    File = filename:join([Dir, atom_to_list(Name) ++ ".appup"]),
    {AppupVsn, VsnScripts} =
        case systools_lib:read_term(File) of
            {ok, {TopVsn, UpScripts, DnScripts}} ->
                {TopVsn, case Mode of up -> UpScripts; dn -> DnScripts end};
            Other ->
                throw({error, ?MODULE, {file_problem, {File, Other}}})
        end,
    Ws1 = case AppupVsn of
              Vsn -> Ws;
              _ -> [{bad_vsn, {AppupVsn, Vsn}} | Ws]
          end,
    case appup_search_for_version(BaseVsn, VsnScripts) of
        {ok, Script} -> {Script, Ws1};
        error -> throw({error, ?MODULE, {no_relup, File, App, BaseVsn}})
    end.

%% The script for version Vsn in an appup's list of {Vsn | Regexp, Script}.
%% A binary is a regular expression that must match all of Vsn.
-spec appup_search_for_version(string(), [{string() | binary(), term()}]) ->
          {ok, term()} | error.
appup_search_for_version(Vsn, [{Vsn, Script} | _]) ->
    {ok, Script};
appup_search_for_version(Vsn, [{Pattern, Script} | Rest]) when is_binary(Pattern) ->
    case systools_vsn_re:whole_match(Vsn, Pattern) of
        true -> {ok, Script};
        false -> appup_search_for_version(Vsn, Rest)
    end;
appup_search_for_version(Vsn, [_ | Rest]) ->
    appup_search_for_version(Vsn, Rest);
appup_search_for_version(_, []) ->
    error.

added_apps(From, To) ->
    [[{add_application, N, T}] || {N, _, T} <- To#release.applications,
                                  not lists:keymember(N, 1, From#release.applications)].

removed_apps(From, To) ->
    [[{remove_application, N}] || {N, _, _} <- From#release.applications,
                                  not lists:keymember(N, 1, To#release.applications)].

%% A changed erts version restarts the new emulator (first on upgrade,
%% last on downgrade, placed by systools_rc); the restart_emulator option
%% adds a final restart.
emulator_restart(#release{erts_vsn = V1, name = N1}, #release{erts_vsn = V2, name = N2},
                 Scripts, Ws, Opts) ->
    {Scripts1, Ws1} = case V1 =:= V2 of
                          true -> {Scripts, Ws};
                          false -> {[[restart_new_emulator] | Scripts],
                                    [{erts_vsn_changed, {{N1, V1}, {N2, V2}}} | Ws]}
                      end,
    case get_opt(restart_emulator, Opts) of
        true -> {Scripts1 ++ [[restart_emulator]], Ws1};
        _ -> {Scripts1, Ws1}
    end.

%% A release handler older than R15 cannot restart the emulator first.
pre_r15_sasl([restart_new_emulator | Rest] = Instrs, Ws, BaseNameVsns) ->
    case lists:keyfind(sasl, 1, BaseNameVsns) of
        {sasl, Vsn} when Vsn < ?R15_SASL_VSN ->
            {lists:delete(restart_emulator, Rest) ++ [restart_new_emulator],
             [pre_R15_emulator_upgrade | Ws]};
        _ ->
            {Instrs, Ws}
    end;
pre_r15_sasl(Instrs, Ws, _) ->
    {Instrs, Ws}.

rel_file({N, _Descr}) -> to_list(N);
rel_file(N) -> to_list(N).

rel_descr({_N, Descr}) -> Descr;
rel_descr(_) -> [].

to_list(X) when is_atom(X) -> atom_to_list(X);
to_list(X) when is_list(X) -> X.

%%--------------------------------------------------------------------------
%% Result, options, relup file
%%--------------------------------------------------------------------------

done(Opts, {ok, Relup, Ws}) ->
    Silent = get_opt(silent, Opts),
    case get_opt(warnings_as_errors, Opts) andalso Ws =/= [] of
        true ->
            return_error(Silent, {error, ?MODULE, {warnings_treated_as_errors, Ws}});
        false ->
            case get_opt(noexec, Opts) of
                true ->
                    {ok, Relup, ?MODULE, Ws};
                false ->
                    case write_relup(Relup, get_opt(outdir, Opts)) of
                        ok -> return_ok(Silent, Relup, Ws);
                        Error -> return_error(Silent, Error)
                    end
            end
    end;
done(Opts, Error) ->
    return_error(get_opt(silent, Opts) orelse get_opt(noexec, Opts), Error).

return_error(true, Error) ->
    Error;
return_error(false, Error) ->
    print_error(Error),
    error.

return_ok(true, Relup, Ws) ->
    {ok, Relup, ?MODULE, Ws};
return_ok(false, _Relup, Ws) ->
    [io:format("~ts", [format_warning(W)]) || W <- Ws],
    ok.

write_relup(Relup, OutDir) ->
    File = filename:join(filename:absname(OutDir), "relup"),
    Text = ["%% coding: utf-8\n", io_lib:format("~tp.~n", [Relup])],
    case file:write_file(File, unicode:characters_to_binary(Text)) of
        ok -> ok;
        {error, Reason} -> {error, ?MODULE, {file_problem, {"relup", {open, Reason}}}}
    end.

%% The code path, with the path option's directories first.
search_path(Opts) ->
    case get_opt(path, Opts) of
        false ->
            code:get_path();
        Dirs ->
            make_set(systools_lib:get_path([to_list(D) || D <- Dirs]) ++ code:get_path())
    end.

make_set([]) -> [];
make_set([H | T]) -> [H | [X || X <- make_set(T), X =/= H]].

get_opt(Opt, Opts) ->
    case lists:keyfind(Opt, 1, [O || O <- Opts, is_tuple(O)]) of
        {_, Value} -> Value;
        _ ->
            case lists:member(Opt, Opts) of
                true -> true;
                false -> default(Opt)
            end
    end.

default(path) -> false;
default(noexec) -> false;
default(silent) -> false;
default(restart_emulator) -> false;
default(outdir) -> ".";
default(warnings_as_errors) -> false.

%%--------------------------------------------------------------------------
%% Error and warning texts
%%--------------------------------------------------------------------------

print_error({error, Mod, Error}) ->
    io:format("~ts", [Mod:format_error(Error)]);
print_error(Other) ->
    io:format("Error: ~tp~n", [Other]).

-spec format_error(term()) -> io_lib:chars().
format_error({file_problem, {File, What}}) ->
    io_lib:format("Could not ~w file ~ts~n", [reason_verb(What), File]);
format_error({no_relup, File, App, Vsn}) ->
    #application{name = Name, vsn = AppVsn} = App,
    io_lib:format("No release upgrade script entry for ~w-~ts to ~w-~ts in file ~ts~n",
                  [Name, AppVsn, Name, Vsn, File]);
format_error({missing_sasl, #release{name = Name, vsn = Vsn}}) ->
    io_lib:format("No sasl application in release ~ts, ~ts. Can not be upgraded.",
                  [Name, Vsn]);
format_error({warnings_treated_as_errors, Warnings}) ->
    io_lib:format("Warnings being treated as errors:~n~ts",
                  [[format_warning("", W) || W <- Warnings]]);
format_error(Error) ->
    io_lib:format("~tp~n", [Error]).

-spec format_warning(term()) -> io_lib:chars().
format_warning(W) ->
    format_warning("*WARNING* ", W).

format_warning(Prefix, {erts_vsn_changed, {Rel1, Rel2}}) ->
    io_lib:format("~tsThe ERTS version changed between ~tp and ~tp~n", [Prefix, Rel1, Rel2]);
format_warning(Prefix, pre_R15_emulator_upgrade) ->
    io_lib:format("~tsUpgrade from an OTP version earlier than R15. New code should be "
                  "compiled with the old emulator.~n", [Prefix]);
format_warning(Prefix, What) ->
    io_lib:format("~ts~tp~n", [Prefix, What]).

reason_verb({error, {Verb, _, _}}) -> Verb;
reason_verb({error, {Verb, _}}) -> Verb;
reason_verb({Verb, _}) -> Verb;
reason_verb(Verb) -> Verb.
