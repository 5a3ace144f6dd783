%% release_handler_rels: the releases the release handler knows and the
%% files that record them, as OTP 25's sasl release_handler keeps them:
%% the RELEASES file (`[#release{}]` printed as a term, never with status
%% `current`, which only the running handler knows), the release
%% directories `RelDir/VSN` and the application directories
%% `Root/lib/APP-VSN` (or the directories given for them). The release
%% handler process (release_handler) calls these with its state's pieces;
%% failures are thrown as {error, Reason} with OTP's reasons.
%%
%% Statuses move as in OTP: unpacked -> current (install) -> permanent
%% (make_permanent), the permanent one becoming old; a permanent release
%% installed again stays permanent and the current one becomes old.
%%
%% Relative file names are relative to code:root_dir(), as in OTP 25.
%%
%% Known differences: ferl carries no erts directories, so removing a
%% release whose erts version no other release uses removes
%% `Root/erts-VSN` only when that directory exists (OTP fails with
%% {no_such_file, Dir} when it is missing); no client (`masters`) nodes.
-module(release_handler_rels).

-export([read_releases/1, create_RELEASES/4, check_rel/3,
         set_unpacked/5, set_removed/3, make_permanent/4, reboot_old/3,
         remove_release/4, install_file/4, which/1, with_status/2]).
-export([set_status/3, latest/1, find/2, write_releases/2, path/1,
         consult/1, check_file/2, remove_file/1, copy_file/2]).

%% libs = [{App, Vsn, Dir}]
-record(release, {name, vsn, erts_vsn, libs = [], status}).

%%%-----------------------------------------------------------------
%%% The releases
%%%-----------------------------------------------------------------

%% The releases recorded in RelDir/RELEASES; without that file, the
%% running system is the only release, permanent.
-spec read_releases(string()) -> [tuple()].
read_releases(RelDir) ->
    case consult(filename:join(RelDir, "RELEASES")) of
        {ok, [Releases]} ->
            transform(RelDir, Releases);
        _ ->
            {Name, Vsn} = init:script_id(),
            [#release{name = Name, vsn = Vsn, status = permanent}]
    end.

%% A release left as tmp_current (installed, waiting for a new emulator)
%% is unpacked again: the node was not restarted into it.
transform(RelDir, Releases) ->
    F = fun(#release{status = tmp_current} = R) -> R#release{status = unpacked};
           (R) -> R
        end,
    case lists:map(F, Releases) of
        Releases ->
            Releases;
        Changed ->
            write_releases(RelDir, Changed),
            Changed
    end.

%% Writes an initial RELEASES file holding the release of RelFile as
%% permanent.
-spec create_RELEASES(string(), string(), string(), [tuple()]) -> ok | {error, term()}.
create_RELEASES(Root, RelDir, RelFile, LibDirs) ->
    case catch check_rel(Root, RelFile, LibDirs) of
        {error, Reason} ->
            {error, Reason};
        Rel ->
            catch write_releases(RelDir, [Rel#release{status = permanent}])
    end.

%% The release RelFile describes; each application is in the directory
%% LibDirs gives for it ({App, Vsn, Dir}: Dir/APP-VSN, which must be a
%% directory), else in Root/lib/APP-VSN (lib/APP-VSN when Root is "").
-spec check_rel(string(), string(), [tuple()]) -> tuple().
check_rel(Root, RelFile, LibDirs) ->
    case consult(RelFile) of
        {ok, [RelData]} -> check_rel_data(RelData, Root, LibDirs);
        {ok, _} -> throw({error, {bad_rel_file, RelFile}});
        {error, Reason} when is_tuple(Reason) -> throw({error, {bad_rel_file, RelFile}});
        {error, FileError} -> throw({error, {FileError, RelFile}})
    end.

check_rel_data({release, {Name, Vsn}, {erts, EVsn}, Libs}, Root, LibDirs) ->
    Libs2 = [lib_dir(element(1, Spec), element(2, Spec), Root, LibDirs) || Spec <- Libs],
    #release{name = Name, vsn = Vsn, erts_vsn = EVsn, libs = Libs2, status = unpacking};
check_rel_data(RelData, _Root, _LibDirs) ->
    throw({error, {bad_rel_data, RelData}}).

lib_dir(Lib, LibVsn, Root, LibDirs) ->
    LibName = lists:concat([Lib, "-", LibVsn]),
    case lists:keyfind(Lib, 1, LibDirs) of
        {_Lib, _Vsn, Dir} ->
            Path = filename:join(Dir, LibName),
            case file:read_file_info(path(Path)) of
                {ok, Info} when element(3, Info) =:= directory -> ok;
                {ok, _} -> throw({error, {not_a_directory, Path}});
                {error, _} -> throw({error, {no_such_directory, Path}})
            end,
            {Lib, LibVsn, Path};
        false when Root =:= "" ->
            %% Relative to code:root_dir() when used (unpack_release).
            {Lib, LibVsn, filename:join("lib", LibName)};
        false ->
            {Lib, LibVsn, filename:join([Root, "lib", LibName])}
    end.

%% Records a release unpacked by other means than unpack_release.
-spec set_unpacked(string(), string(), string(), [tuple()], [tuple()]) ->
          {ok, [tuple()], string()}.
set_unpacked(Root, RelDir, RelFile, LibDirs, Releases) ->
    #release{vsn = Vsn} = Release = check_rel(Root, RelFile, LibDirs),
    case find(Vsn, Releases) of
        {ok, _} -> throw({error, {existing_release, Vsn}});
        false -> ok
    end,
    New = [Release#release{status = unpacked} | Releases],
    _ = file:make_dir(path(filename:join(RelDir, Vsn))),
    write_releases(RelDir, New),
    {ok, New, Vsn}.

%% Forgets a release without touching its files.
-spec set_removed(string(), string(), [tuple()]) -> {ok, [tuple()]} | {error, term()}.
set_removed(RelDir, Vsn, Releases) ->
    case find(Vsn, Releases) of
        {ok, #release{status = permanent}} ->
            {error, {permanent, Vsn}};
        {ok, _} ->
            New = lists:keydelete(Vsn, #release.vsn, Releases),
            write_releases(RelDir, New),
            {ok, New};
        false ->
            {error, {no_such_release, Vsn}}
    end.

%% The current release becomes the one the node starts in: RELEASES and
%% start_erl.data say so, and modules whose old code was to be purged
%% brutally are purged now.
-spec make_permanent(string(), string(), [tuple()], [{module(), atom()}]) ->
          {ok, [tuple()], [{module(), atom()}]} | {error, term()}.
make_permanent(RelDir, Vsn, Releases, Unpurged) ->
    case find(Vsn, Releases) of
        {ok, #release{erts_vsn = EVsn, status = Status}}
          when Status =/= unpacked, Status =/= old, Status =/= permanent ->
            Dir = filename:join(RelDir, Vsn),
            check_file(filename:join(Dir, "start.boot"), regular),
            write_start(RelDir, EVsn, Vsn),
            New = set_status(Vsn, permanent, Releases),
            write_releases(RelDir, New),
            {ok, New, brutal_purge(Unpurged)};
        {ok, #release{status = permanent}} ->
            {ok, Releases, Unpurged};
        {ok, #release{status = Status}} ->
            {error, {bad_status, Status}};
        false ->
            {error, {no_such_release, Vsn}}
    end.

%% An old release becomes permanent again (the node is then restarted
%% into it by the caller).
-spec reboot_old(string(), string(), [tuple()]) -> {ok, [tuple()]} | {error, term()}.
reboot_old(RelDir, Vsn, Releases) ->
    case find(Vsn, Releases) of
        {ok, #release{erts_vsn = EVsn, status = old}} ->
            write_start(RelDir, EVsn, Vsn),
            New = set_status(Vsn, permanent, Releases),
            write_releases(RelDir, New),
            {ok, New};
        {ok, #release{status = Status}} ->
            {error, {bad_status, Status}};
        false ->
            {error, {no_such_release, Vsn}}
    end.

write_start(RelDir, EVsn, Vsn) ->
    File = path(filename:join(RelDir, "start_erl.data")),
    case file:write_file(File, EVsn ++ " " ++ Vsn) of
        ok -> ok;
        {error, Reason} -> throw({error, {Reason, File}})
    end.

%% Removes a release that is not permanent: its directory, and the
%% application directories no other release uses.
-spec remove_release(string(), string(), string(), [tuple()]) ->
          {ok, [tuple()]} | {error, term()}.
remove_release(Root, RelDir, Vsn, Releases) ->
    case find(Vsn, Releases) of
        {ok, #release{status = permanent}} ->
            {error, {permanent, Vsn}};
        {ok, #release{libs = RemoveLibs, erts_vsn = EVsn}} ->
            New = lists:keydelete(Vsn, #release.vsn, Releases),
            RemoveThese = lists:foldl(fun(#release{libs = Libs}, Remove) ->
                                              [L || L <- Remove, not used_by(L, Libs)]
                                      end, RemoveLibs, New),
            lists:foreach(fun({_Lib, _LVsn, LDir}) -> remove_file(LDir) end, RemoveThese),
            remove_file(filename:join(RelDir, Vsn)),
            Erts = filename:join(Root, "erts-" ++ EVsn),
            case lists:keymember(EVsn, #release.erts_vsn, New)
                orelse not filelib:is_dir(path(Erts)) of
                true -> ok;
                false -> remove_file(Erts)
            end,
            write_releases(RelDir, New),
            {ok, New};
        false ->
            {error, {no_such_release, Vsn}}
    end.

used_by({Lib, Vsn, _Dir}, Libs) ->
    lists:any(fun({L, V, _}) -> L =:= Lib andalso V =:= Vsn end, Libs).

%% Copies File into the directory of release Vsn.
-spec install_file(string(), string(), string(), [tuple()]) -> ok | {error, term()}.
install_file(RelDir, Vsn, File, Releases) ->
    case find(Vsn, Releases) of
        {ok, _} -> catch copy_file(File, filename:join(RelDir, Vsn));
        false -> {error, {no_such_release, Vsn}}
    end.

%% which_releases/0: [{Name, Vsn, ["APP-VSN"], Status}].
-spec which([tuple()]) -> [{string(), string(), [string()], atom()}].
which(Releases) ->
    [{Name, Vsn, [lists:concat([Lib, "-", LVsn]) || {Lib, LVsn, _} <- Libs], Status}
     || #release{name = Name, vsn = Vsn, libs = Libs, status = Status} <- Releases].

%% which_releases/1: those with Status, in reverse order (as OTP).
-spec with_status([tuple()], atom()) -> [tuple()].
with_status(Which, Status) ->
    lists:foldl(fun({_, _, _, S} = R, Acc) when S =:= Status -> [R | Acc];
                   (_, Acc) -> Acc
                end, [], Which).

%%%-----------------------------------------------------------------
%%% Helpers
%%%-----------------------------------------------------------------

%% Release Vsn gets Status, and the release that had it becomes old; a
%% permanent release keeps its status.
-spec set_status(string(), atom(), [tuple()]) -> [tuple()].
set_status(Vsn, Status, Releases) ->
    lists:map(fun(#release{vsn = V, status = permanent} = R) when V =:= Vsn -> R;
                 (#release{vsn = V} = R) when V =:= Vsn -> R#release{status = Status};
                 (#release{status = S} = R) when S =:= Status -> R#release{status = old};
                 (R) -> R
              end, Releases).

%% The release running now: the current one, else the permanent one.
-spec latest([tuple()]) -> tuple().
latest(Releases) ->
    case lists:keyfind(current, #release.status, Releases) of
        false -> lists:keyfind(permanent, #release.status, Releases);
        Release -> Release
    end.

-spec find(string(), [tuple()]) -> {ok, tuple()} | false.
find(Vsn, Releases) ->
    case lists:keyfind(Vsn, #release.vsn, Releases) of
        false -> false;
        Release -> {ok, Release}
    end.

%% RELEASES never says `current`: after a restart the node runs its
%% permanent release, and the current one is merely unpacked.
-spec write_releases(string(), [tuple()]) -> ok.
write_releases(RelDir, Releases) ->
    OnDisk = [case R of
                  #release{status = current} -> R#release{status = unpacked};
                  _ -> R
              end || R <- Releases],
    Text = io_lib:format("%% coding: utf-8~n~tp.~n", [OnDisk]),
    case file:write_file(path(filename:join(RelDir, "RELEASES")),
                         unicode:characters_to_binary(Text)) of
        ok -> ok;
        {error, Reason} -> throw({error, Reason})
    end.

brutal_purge(Unpurged) ->
    lists:filter(fun({Mod, brutal_purge}) -> code:purge(Mod), false;
                    (_) -> true
                 end, Unpurged).

%% A relative name is relative to the root directory.
-spec path(string()) -> string().
path(Name) ->
    case filename:pathtype(Name) of
        relative -> filename:join(code:root_dir(), Name);
        _ -> Name
    end.

-spec consult(string()) -> {ok, [term()]} | {error, term()}.
consult(File) ->
    file:consult(path(File)).

%% Throws {error, {no_such_file, Name}} unless Name is a file of Type
%% (regular or directory).
-spec check_file(string(), regular | directory) -> ok.
check_file(Name, Type) ->
    case file:read_file_info(path(Name)) of
        {ok, Info} when element(3, Info) =:= Type -> ok;
        _ -> throw({error, {no_such_file, Name}})
    end.

%% Removes a file, or a directory with everything in it.
-spec remove_file(string()) -> ok.
remove_file(File) ->
    Path = path(File),
    case file:read_link_info(Path) of
        {ok, Info} when element(3, Info) =:= directory ->
            case file:list_dir(Path) of
                {ok, Files} ->
                    lists:foreach(fun(F) -> remove_file(filename:join(File, F)) end, Files),
                    ok_or_throw(file:del_dir(Path));
                {error, Reason} ->
                    throw({error, Reason})
            end;
        {ok, _} ->
            ok_or_throw(file:delete(Path));
        {error, _} ->
            throw({error, {no_such_file, File}})
    end.

ok_or_throw(ok) -> ok;
ok_or_throw({error, Reason}) -> throw({error, Reason}).

%% Copies File into Dir: ok, or throws {error, {Reason, FileName}}.
-spec copy_file(string(), string()) -> ok.
copy_file(File, Dir) ->
    To = filename:join(Dir, filename:basename(File)),
    case file:read_file(path(File)) of
        {ok, Bin} ->
            case file:write_file(path(To), Bin) of
                ok -> ok;
                {error, Reason} -> throw({error, {Reason, To}})
            end;
        {error, Reason} ->
            throw({error, {Reason, File}})
    end.
