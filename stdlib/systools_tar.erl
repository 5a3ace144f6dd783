%% systools_tar: systools:make_tar/1,2 as OTP 25's sasl packs a release:
%% RelName.tar.gz (in outdir if given) holding lib/APP-VSN/ebin (the
%% .app file and each module's object file) and lib/APP-VSN/priv of
%% every application, releases/NAME.rel and releases/VSN/NAME.rel, and
%% releases/VSN/start.boot, relup and sys.config found next to the .rel
%% file (or along the path; start.boot, else NAME.boot). This is what
%% release_handler:unpack_release/1 unpacks.
%%
%% Options: {path, Dirs}, {outdir, Dir}, {dirs, [SubDir]} (more
%% application subdirectories), {extra_files, [{From, To}]}, silent,
%% warnings_as_errors, no_warn_sasl; results ok | error, or with silent
%% {ok, systools_make, Warnings} | {error, Module, Reason} with OTP's
%% reasons ({tar_error, {add, File, Reason}}, error_add_appl, ...).
%%
%% Differences: kernel, stdlib and sasl, which ferl carries built in and
%% which have no directory, are left out of the package (OTP packs them
%% from its installation); no {erts, Dir}, {variables, _} or var_tar
%% (accepted and ignored, apart from erts, which is refused as an
%% unknown option would be), src_tests or exref checks.
-module(systools_tar).

-export([make_tar/1, make_tar/2]).

-record(release, {name, vsn, erts_vsn, applications, incl_apps}).

-record(application,
        {name, type = permanent, vsn = "", id = "", description = "",
         modules = [], uses = [], optional = [], includes = [], regs = [],
         env = [], maxT = infinity, maxP = infinity, mod = [],
         start_phases, dir = ""}).

-spec make_tar(string()) -> ok | error | {ok, module(), list()} | {error, module(), term()}.
make_tar(RelName) ->
    make_tar(RelName, []).

-spec make_tar(string(), list()) ->
          ok | error | {ok, module(), list()} | {error, module(), term()}.
make_tar(RelName, Flags) when is_list(RelName), is_list(Flags) ->
    case [F || F <- Flags, not valid_flag(F)] of
        [] ->
            Path1 = systools_lib:get_path(case lists:keyfind(path, 1, Flags) of
                                              {path, P} -> P;
                                              false -> []
                                          end),
            Path = Path1 ++ code:get_path(),
            case systools_make:checked_release(RelName, Path, Flags) of
                {ok, Release, Appls, Warnings} ->
                    return(mk_tar(RelName, Release, Appls, Flags, Path1, Path), Warnings, Flags);
                {error, Error, Warnings} ->
                    return(Error, Warnings, Flags)
            end;
        Bad ->
            erlang:error({badarg, Bad}, [RelName, Flags])
    end;
make_tar(RelName, Flags) ->
    erlang:error({badarg, RelName}, [RelName, Flags]).

valid_flag({path, P}) when is_list(P) -> lists:all(fun is_list/1, P);
valid_flag({outdir, D}) -> is_list(D);
valid_flag({dirs, Ds}) when is_list(Ds) -> lists:all(fun is_atom/1, Ds);
valid_flag({extra_files, Fs}) -> is_list(Fs);
valid_flag({variables, V}) -> is_list(V);
valid_flag({var_tar, _}) -> true;
valid_flag(F) ->
    lists:member(F, [silent, warnings_as_errors, no_warn_sasl, src_tests, exref,
                     no_module_tests]).

return(ok, Warnings, Flags) ->
    case lists:member(silent, Flags) of
        true -> {ok, systools_make, Warnings};
        false -> io:format("~ts", [systools_make:format_warning(Warnings)]), ok
    end;
return({error, Mod, Error}, _Warnings, Flags) ->
    case lists:member(silent, Flags) of
        true -> {error, Mod, Error};
        false -> io:format("~ts", [Mod:format_error(Error)]), error
    end.

mk_tar(RelName, Release, Appls, Flags, Path1, Path) ->
    TarName = case lists:keyfind(outdir, 1, Flags) of
                  {outdir, OutDir} -> filename:join(OutDir, filename:basename(RelName)) ++ ".tar.gz";
                  false -> RelName ++ ".tar.gz"
              end,
    try
        Files = appl_files([A || {{N, _}, #application{dir = D}} = A <- Appls,
                                 not lists:member(N, [kernel, stdlib, sasl])
                                     orelse lists:member(D, Path)], Flags)
            ++ system_files(RelName, Release, Path1)
            ++ [{To, From} || {From, To} <- proplists:get_value(extra_files, Flags, [])],
        [throw({error, {tar_error, {add, From, enoent}}})
         || {_To, From} <- Files, not is_binary(From), not filelib:is_file(From)],
        case erl_tar:create(TarName, Files, [compressed]) of
            ok -> ok;
            {error, {_, Reason}} -> {error, systools_make, {tar_error, {open, TarName, Reason}}};
            {error, Reason} -> {error, systools_make, {tar_error, {open, TarName, Reason}}}
        end
    catch
        throw:{error, Error} -> {error, systools_make, Error}
    end.

%% [{NameInTar, File}] of each application. kernel, stdlib and sasl
%% are left out unless read from a directory on the path (ferl carries
%% them built in).
appl_files(Appls, Flags) ->
    Dirs = proplists:get_value(dirs, Flags, []),
    lists:append(
      [begin
           N = atom_to_list(Name),
           AppDir = A#application.dir,
           ADir = case filename:basename(AppDir) of
                      "ebin" -> filename:dirname(AppDir);
                      _ -> AppDir
                  end,
           To = filename:join("lib", N ++ "-" ++ Vsn),
           Sub = [{filename:join(To, D), filename:join(ADir, D)}
                  || D <- ["priv" | [atom_to_list(D1) || D1 <- Dirs]],
                     filelib:is_dir(filename:join(ADir, D))],
           Ebin = filename:join(To, "ebin"),
           Sub ++ [{filename:join(Ebin, N ++ ".app"), filename:join(AppDir, N ++ ".app")}
                   | [{filename:join(Ebin, atom_to_list(M) ++ ".beam"),
                       filename:join(AppDir, atom_to_list(M) ++ ".beam")}
                      || M <- A#application.modules]]
       end || {{Name, Vsn}, A} <- Appls]).

system_files(RelName, #release{vsn = Vsn}, Path1) ->
    Base = filename:basename(RelName),
    VsnDir = filename:join("releases", Vsn),
    Path = case filename:dirname(RelName) of
               "." -> ["." | Path1];
               RelDir -> [RelDir, "." | Path1]
           end,
    Boot = case lookup("start.boot", Path) of
               false ->
                   case lookup(Base ++ ".boot", Path) of
                       false -> throw({error, {tar_error, {add, boot, RelName, enoent}}});
                       B -> B
                   end;
               B -> B
           end,
    [{filename:join("releases", Base ++ ".rel"), RelName ++ ".rel"},
     {filename:join(VsnDir, Base ++ ".rel"), RelName ++ ".rel"},
     {filename:join(VsnDir, "start.boot"), Boot}]
        ++ [{filename:join(VsnDir, "relup"), check(relup, F)} || F <- [lookup("relup", Path)],
                                                                 F =/= false]
        ++ [{filename:join(VsnDir, "sys.config"), check(sys_config, F)}
            || F <- [lookup("sys.config", Path)], F =/= false].

lookup(Name, [Dir | Path]) ->
    File = filename:join(Dir, Name),
    case filelib:is_file(File) of
        true -> File;
        false -> lookup(Name, Path)
    end;
lookup(_Name, []) ->
    false.

check(relup, File) ->
    case file:consult(File) of
        {ok, [{Vsn, Up, Down}]} when is_list(Vsn), is_integer(hd(Vsn)), is_list(Up),
                                     is_list(Down) -> File;
        {ok, _} -> throw({error, {tar_error, {add, "relup", [invalid_format]}}});
        Other -> throw({error, {tar_error, {add, "relup", [Other]}}})
    end;
check(sys_config, File) ->
    Valid = fun({App, KeyVals}) when is_atom(App), is_list(KeyVals) -> true;
               (Other) when is_list(Other), is_integer(hd(Other)) -> true;
               (_) -> false
            end,
    case file:consult(File) of
        {ok, [Config]} when is_list(Config) ->
            case lists:all(Valid, Config) of
                true -> File;
                false -> throw({error, {tar_error, {add, "sys.config", [invalid_format]}}})
            end;
        {ok, _} -> throw({error, {tar_error, {add, "sys.config", [invalid_format]}}});
        Other -> throw({error, {tar_error, {add, "sys.config", [Other]}}})
    end.
