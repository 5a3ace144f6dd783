%% release_handler_unpack: release_handler:unpack_release/1 as OTP 25's
%% sasl does it: RelDir/NAME.tar.gz (made by systools:make_tar/2) is
%% unpacked under the root directory (lib/APP-VSN, releases/VSN), files
%% already there being kept; the release is recorded as unpacked, its
%% .rel file copied into RelDir/VSN, and the package and the extracted
%% releases/NAME.rel deleted. The release's application directories are
%% ROOT-relative `lib/APP-VSN` names, as in OTP 25 (resolved against
%% code:root_dir() when used). Failures are thrown as {error, Reason}
%% with OTP's reasons: {no_such_file, Tar}, {existing_release, Vsn},
%% {cannot_extract_file, Name, Reason}, bad .rel files.
-module(release_handler_unpack).

-export([unpack_release/4]).

-record(release, {name, vsn, erts_vsn, libs = [], status}).

-spec unpack_release(string(), string(), string(), [tuple()]) -> {ok, [tuple()], string()}.
unpack_release(Root, RelDir, ReleaseName, Releases) ->
    Tar = filename:join(RelDir, ReleaseName ++ ".tar.gz"),
    release_handler_rels:check_file(Tar, regular),
    TarPath = release_handler_rels:path(Tar),
    Rel = ReleaseName ++ ".rel",
    _ = erl_tar:extract(TarPath, [{files, [filename:join("releases", Rel)]}, {cwd, Root},
                                  compressed]),
    RelFile = filename:join(RelDir, Rel),
    #release{vsn = Vsn} = Release = release_handler_rels:check_rel("", RelFile, []),
    case release_handler_rels:find(Vsn, Releases) of
        {ok, _} -> throw({error, {existing_release, Vsn}});
        false -> ok
    end,
    case erl_tar:extract(TarPath, [keep_old_files, {cwd, Root}, compressed]) of
        ok -> ok;
        {error, {Name, Reason}} -> throw({error, {cannot_extract_file, Name, Reason}});
        {error, Reason} -> throw({error, {cannot_extract_file, Tar, Reason}})
    end,
    New = [Release#release{status = unpacked} | Releases],
    release_handler_rels:write_releases(RelDir, New),
    release_handler_rels:copy_file(RelFile, filename:join(RelDir, Vsn)),
    _ = file:delete(TarPath),
    _ = file:delete(release_handler_rels:path(RelFile)),
    {ok, New, Vsn}.
