%% relup_check_input: what the upgrade checker (relup_check) checks, read
%% from files. Two inputs:
%%  - an application's two versions (OTP's lib layout, APP-VSN/ebin with
%%    APP.app, the new version's APP.appup and the object files): the
%%    appup's up and down scripts for the old version, translated with
%%    systools_rc:translate_scripts/4 as release_handler:upgrade_script/2
%%    and downgrade_script/3 do;
%%  - a relup file (systools:make_relup/3,4 output) and a code path with
%%    the application directories of both releases: every up and down
%%    script in it. Which application versions a script moves between is
%%    read from the releases' .rel files when they are found (given, or
%%    next to the relup); otherwise each application a script loads
%%    object code for is taken to move between the one other version of it
%%    on the path and the version named by load_object_code.
%% Each gives sections: #{title => {Name, FromVsn, ToVsn, up | down},
%% script => LowLevelScript, apps => [AppSpec], supervisors => [Mod]} or,
%% when a script cannot be had, #{title => Title, error => Reason}.
%% AppSpec is #{app => App, from => {Vsn, Ebin} | none, to => ...}.
%% Errors that stop everything are thrown as {relup_check, Reason}.
-module(relup_check_input).

-export([appup_sections/3, relup_sections/3]).

%%--------------------------------------------------------------------------
%% An application's appup
%%--------------------------------------------------------------------------

-spec appup_sections(atom(), string(), string()) -> [map()].
appup_sections(App, Old, New) ->
    OldEbin = filename:join(app_dir(App, Old), "ebin"),
    NewEbin = filename:join(app_dir(App, New), "ebin"),
    OldVsn = app_vsn(App, OldEbin),
    NewVsn = app_vsn(App, NewEbin),
    AppupFile = filename:join(NewEbin, atom_to_list(App) ++ ".appup"),
    {Ups, Downs} = case systools_lib:read_term(AppupFile) of
                       {ok, {_Vsn, U, D}} when is_list(U), is_list(D) -> {U, D};
                       {ok, _} -> throw({relup_check, {bad_appup, AppupFile}});
                       {error, Why} -> throw({relup_check, {read, AppupFile, Why}})
                   end,
    OldAppl = read_appl(App, OldVsn, OldEbin),
    NewAppl = read_appl(App, NewVsn, NewEbin),
    Sups = supervisors([OldEbin, NewEbin], [App]),
    UpApps = [#{app => App, from => {OldVsn, OldEbin}, to => {NewVsn, NewEbin}}],
    DownApps = [#{app => App, from => {NewVsn, NewEbin}, to => {OldVsn, OldEbin}}],
    [appup_section({App, OldVsn, NewVsn, up}, Ups, OldVsn,
                   fun(S) -> systools_rc:translate_scripts(up, [S], [NewAppl], [OldAppl]) end,
                   UpApps, Sups),
     appup_section({App, NewVsn, OldVsn, down}, Downs, OldVsn,
                   fun(S) -> systools_rc:translate_scripts(dn, [S], [OldAppl], [NewAppl]) end,
                   DownApps, Sups)].

appup_section(Title, Scripts, OldVsn, Translate, Apps, Sups) ->
    case systools_relup:appup_search_for_version(OldVsn, Scripts) of
        {ok, Script} ->
            case Translate(Script) of
                {ok, Low} ->
                    #{title => Title, script => Low, apps => Apps, supervisors => Sups};
                {error, Mod, Reason} ->
                    #{title => Title, error => {translate, Mod, Reason}}
            end;
        error ->
            #{title => Title, error => {version_not_in_appup, OldVsn}}
    end.

%% DIR/ebin/APP.app, or the one DIR/APP-*/ebin/APP.app.
app_dir(App, Dir) ->
    AppFile = atom_to_list(App) ++ ".app",
    case filelib:is_regular(filename:join([Dir, "ebin", AppFile])) of
        true ->
            Dir;
        false ->
            Pattern = filename:join([Dir, atom_to_list(App) ++ "-*", "ebin", AppFile]),
            case filelib:wildcard(Pattern) of
                [File] -> filename:dirname(filename:dirname(File));
                [] -> throw({relup_check, {no_app, App, Dir}});
                Files -> throw({relup_check, {ambiguous_app, App, Dir,
                                              [filename:dirname(filename:dirname(F)) || F <- Files]}})
            end
    end.

app_vsn(App, Ebin) ->
    File = filename:join(Ebin, atom_to_list(App) ++ ".app"),
    case systools_lib:read_term(File) of
        {ok, {application, App, Keys}} when is_list(Keys) ->
            case lists:keyfind(vsn, 1, Keys) of
                {vsn, Vsn} when is_list(Vsn) -> Vsn;
                _ -> throw({relup_check, {no_vsn, File}})
            end;
        {ok, _} -> throw({relup_check, {bad_app, File}});
        {error, Why} -> throw({relup_check, {read, File, Why}})
    end.

read_appl(App, Vsn, Ebin) ->
    case systools_make:read_application(atom_to_list(App), Vsn, [Ebin], []) of
        {ok, Appl} -> Appl;
        {error, Why} -> throw({relup_check, {read_app, App, Vsn, Why}})
    end.

%% Modules the appups of these directories update as supervisors.
supervisors(Ebins, Apps) ->
    lists:usort([M || Ebin <- Ebins, App <- Apps,
                      M <- appup_supervisors(filename:join(Ebin, atom_to_list(App) ++ ".appup"))]).

appup_supervisors(File) ->
    case systools_lib:read_term(File) of
        {ok, {_, Ups, Downs}} when is_list(Ups), is_list(Downs) ->
            [M || {_, Is} <- Ups ++ Downs, is_list(Is), {update, M, supervisor} <- Is];
        _ ->
            []
    end.

%%--------------------------------------------------------------------------
%% A relup file
%%--------------------------------------------------------------------------

-spec relup_sections(string(), [string()], [string()]) -> [map()].
relup_sections(RelupFile, Patterns, RelFiles) ->
    {TopVsn, Ups, Downs} =
        case systools_lib:read_term(RelupFile) of
            {ok, {V, U, D}} when is_list(U), is_list(D) -> {V, U, D};
            {ok, _} -> throw({relup_check, {bad_relup, RelupFile}});
            {error, Why} -> throw({relup_check, {read, RelupFile, Why}})
        end,
    Index = index_path(systools_lib:get_path(Patterns)),
    Near = filelib:wildcard(filename:join(filename:dirname(RelupFile), "*.rel")),
    Rels = read_rels(lists:usort(RelFiles ++ Near)),
    [relup_section({release, From, TopVsn, up}, Script, Index, Rels)
     || {From, _Descr, Script} <- Ups]
        ++ [relup_section({release, TopVsn, To, down}, Script, Index, Rels)
            || {To, _Descr, Script} <- Downs].

relup_section({_, From, To, _} = Title, Script, Index, Rels) when is_list(Script) ->
    try
        Apps = [A || A <- relup_apps(From, To, Script, Index, Rels),
                     maps:get(from, A) =/= none orelse maps:get(to, A) =/= none],
        AppNames = [App || #{app := App} <- Apps],
        Ebins = [Ebin || #{from := F, to := T} <- Apps, {_, Ebin} <- [F, T]],
        #{title => Title, script => Script, apps => Apps,
          supervisors => supervisors(Ebins, AppNames)}
    catch
        throw:{relup_check, Reason} -> #{title => Title, error => Reason}
    end;
relup_section(Title, _Script, _Index, _Rels) ->
    #{title => Title, error => bad_script}.

%% The applications a script moves: from the .rel files of both releases
%% when known, else from its load_object_code instructions.
relup_apps(From, To, Script, Index, Rels) ->
    case Rels of
        #{From := FromApps, To := ToApps} ->
            Names = lists:usort(maps:keys(FromApps) ++ maps:keys(ToApps)),
            [#{app => App, from => find(Index, App, maps:get(App, FromApps, none)),
               to => find(Index, App, maps:get(App, ToApps, none))}
             || App <- Names, maps:get(App, FromApps, none) =/= maps:get(App, ToApps, none)];
        _ ->
            Loaded = lists:usort([{App, Vsn} || {load_object_code, {App, Vsn, _}} <- Script]),
            [#{app => App, from => find(Index, App, other_vsn(Index, App, Vsn, From)),
               to => find(Index, App, Vsn)}
             || {App, Vsn} <- Loaded]
    end.

other_vsn(#{vsns := Vsns}, App, Vsn, RelVsn) ->
    case lists:usort(maps:get(App, Vsns, [])) -- [Vsn] of
        [] -> none;
        [Other] -> Other;
        Many -> throw({relup_check, {which_vsn, App, Many, RelVsn}})
    end.

find(_Index, _App, none) -> none;
find(#{dirs := Dirs}, App, Vsn) ->
    case Dirs of
        #{{App, Vsn} := Ebin} -> {Vsn, Ebin};
        _ -> none
    end.

%% The .app files on the path: #{dirs => #{{App, Vsn} => Ebin},
%% vsns => #{App => [Vsn]}}; the first directory of a version wins.
index_path(Path) ->
    Found = [{App, Vsn, Dir} || Dir <- Path,
                                File <- filelib:wildcard(filename:join(Dir, "*.app")),
                                {ok, {application, App, Keys}} <- [systools_lib:read_term(File)],
                                is_list(Keys),
                                {vsn, Vsn} <- [lists:keyfind(vsn, 1, Keys)]],
    lists:foldl(fun({App, Vsn, Dir}, #{dirs := Ds, vsns := Vs} = Acc) ->
                        case Ds of
                            #{{App, Vsn} := _} -> Acc;
                            _ -> Acc#{dirs := Ds#{{App, Vsn} => Dir},
                                      vsns := Vs#{App => [Vsn | maps:get(App, Vs, [])]}}
                        end
                end, #{dirs => #{}, vsns => #{}}, Found).

%% #{RelVsn => #{App => Vsn}} from .rel files.
read_rels(Files) ->
    maps:from_list(
      [{RelVsn, maps:from_list([{element(1, A), element(2, A)} || A <- Apps, is_tuple(A)])}
       || File <- Files,
          {ok, {release, {_Name, RelVsn}, _Erts, Apps}} <- [systools_lib:read_term(File)],
          is_list(Apps)]).
