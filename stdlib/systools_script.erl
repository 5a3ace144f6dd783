%% systools_script: systools:make_script/1,2,3 as OTP 25's sasl writes
%% boot scripts: from Name.rel and the .app files of its applications
%% (read and sorted by systools_make:get_release/3), NAME.script (the
%% script as text, `%% coding: utf-8` first) and NAME.boot (the same term
%% in the external format) with OTP's instructions: the preloaded
%% modules, the mandatory kernel and stdlib modules, each application's
%% path and modules, the kernel processes, `application:load/1` of every
%% application (kernel's specification goes to the controller's start),
%% `application:start_boot/2` of those to start, `c:erlangrc/0`.
%%
%% Options: {path, Dirs} (with `*`), {outdir, Dir}, {script_name, Name},
%% {variables, [{Var, Prefix}]}, local, no_dot_erlang, silent,
%% warnings_as_errors, no_warn_sasl; results ok | error, or with silent
%% {ok, systools_make, Warnings} | {error, Module, Reason}.
%%
%% ferl boots from no script: these files are for release handling
%% (release_handler reads the applications of the target's start.boot)
%% and for OTP nodes. Not supported: src_tests and exref (no source or
%% xref checks; accepted and ignored), otp_build.
-module(systools_script).

-export([make_script/1, make_script/2, make_script/3]).

-record(release, {name, vsn, erts_vsn, applications, incl_apps}).

%% OTP's systools.hrl #application, as systools_make builds it.
-record(application,
        {name, type = permanent, vsn = "", id = "", description = "",
         modules = [], uses = [], optional = [], includes = [], regs = [],
         env = [], maxT = infinity, maxP = infinity, mod = [],
         start_phases, dir = ""}).

-spec make_script(string()) -> ok | error | {ok, module(), list()} | {error, module(), term()}.
make_script(RelName) when is_list(RelName) ->
    make_script(RelName, []);
make_script(RelName) ->
    erlang:error({badarg, RelName}, [RelName]).

-spec make_script(string(), list()) ->
          ok | error | {ok, module(), list()} | {error, module(), term()}.
make_script(RelName, Flags) when is_list(RelName), is_list(Flags) ->
    ScriptName = case lists:keyfind(script_name, 1, Flags) of
                     {script_name, S} when is_list(S) -> S;
                     _ -> RelName
                 end,
    case lists:keyfind(outdir, 1, Flags) of
        {outdir, OutDir} when is_list(OutDir) ->
            make_script(RelName, filename:join(OutDir, filename:basename(ScriptName)), Flags);
        _ ->
            make_script(RelName, ScriptName, Flags)
    end.

-spec make_script(string(), string(), list()) ->
          ok | error | {ok, module(), list()} | {error, module(), term()}.
make_script(RelName, Output, Flags) when is_list(RelName), is_list(Output), is_list(Flags) ->
    case [F || F <- Flags, not valid_flag(F)] of
        [] ->
            Path0 = case lists:keyfind(path, 1, Flags) of
                        {path, P} when is_list(P) -> P;
                        _ -> []
                    end,
            Path = make_set(systools_lib:get_path([to_list(D) || D <- Path0]) ++ code:get_path()),
            case systools_make:checked_release(RelName, Path, Flags) of
                {ok, Release, Appls, Warnings} ->
                    return(generate(Output, Release, Appls, Flags), Warnings, Flags);
                {error, Error, Warnings} ->
                    return(Error, Warnings, Flags)
            end;
        Bad ->
            erlang:error({badarg, Bad}, [RelName, Flags])
    end;
make_script(RelName, _Output, Flags) when is_list(Flags) ->
    erlang:error({badarg, RelName}, [RelName, Flags]);
make_script(RelName, _Output, Flags) ->
    erlang:error({badarg, Flags}, [RelName, Flags]).

valid_flag({path, P}) when is_list(P) -> lists:all(fun is_list/1, P);
valid_flag({variables, V}) when is_list(V) ->
    lists:all(fun({Name, Dir}) -> (is_atom(Name) orelse is_list(Name)) andalso is_list(Dir);
                 (_) -> false
              end, V);
valid_flag({exref, Apps}) when is_list(Apps) -> lists:all(fun is_atom/1, Apps);
valid_flag({outdir, D}) -> is_list(D);
valid_flag({script_name, N}) -> is_list(N);
valid_flag(F) ->
    lists:member(F, [silent, local, src_tests, exref, otp_build, warnings_as_errors,
                     no_warn_sasl, no_module_tests, no_dot_erlang]).

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

%%%-----------------------------------------------------------------
%%% The script
%%%-----------------------------------------------------------------

generate(Output, #release{name = Name, vsn = Vsn}, Appls, Flags) ->
    PathFlag = case lists:member(local, Flags) of
                   true -> local;
                   false -> true
               end,
    Vars = variables(Flags),
    Preloaded = preloaded(),
    Mandatory = mandatory_modules(),
    Script = {script, {Name, Vsn},
              [{preLoaded, Preloaded},
               {progress, preloaded},
               {path, make_set([path(N, V, A, PathFlag, Vars)
                                || {{N, V}, A} <- Appls, lists:member(N, [kernel, stdlib])])},
               {primLoad, Mandatory},
               {kernel_load_completed},
               {progress, kernel_load_completed}]
              ++ load_mods(Appls, Mandatory ++ Preloaded, PathFlag, Vars)
              ++ [{path, make_set([path(N, V, A, PathFlag, Vars) || {{N, V}, A} <- Appls])}]
              ++ kernel_procs(Appls)
              ++ load_appls(Appls)
              ++ start_appls(Appls)
              ++ script_end(lists:member(no_dot_erlang, Flags))},
    ScriptFile = Output ++ ".script",
    Text = unicode:characters_to_binary(io_lib:format("%% coding: utf-8\n~tp.\n", [Script])),
    case file:write_file(ScriptFile, Text) of
        ok ->
            BootFile = Output ++ ".boot",
            case file:write_file(BootFile, term_to_binary(Script)) of
                ok -> ok;
                {error, Reason} -> {error, systools_make, {open, BootFile, Reason}}
            end;
        {error, Reason} ->
            {error, systools_make, {open, ScriptFile, Reason}}
    end.

variables(Flags) ->
    case lists:keyfind(variables, 1, Flags) of
        {variables, Vars} when is_list(Vars) ->
            [{to_list(Var), strip_slashes(P)} || {Var, P} <- Vars,
                                                 is_list(Var) orelse is_atom(Var), is_list(P)];
        _ ->
            []
    end.

strip_slashes(P) ->
    lists:reverse(lists:dropwhile(fun(C) -> C =:= $/ end, lists:reverse(P))).

%% An application's ebin as the script names it: under $ROOT/lib, or a
%% variable's directory when the application is under its prefix, or
%% (local) where it is.
path(Name, Vsn, _A, true, []) ->
    filename:join(["$ROOT", "lib", to_list(Name) ++ "-" ++ Vsn, "ebin"]);
path(Name, Vsn, A, true, Vars) ->
    N = to_list(Name),
    Tail = [N ++ "-" ++ Vsn, "ebin"],
    case variable_dir(A#application.dir, N, Vsn, Vars) of
        {ok, VarDir} -> filename:join([VarDir | Tail]);
        false -> filename:join(["$ROOT", "lib" | Tail])
    end;
path(_Name, _Vsn, A, local, _Vars) ->
    filename:absname(A#application.dir).

variable_dir(Dir, Name, Vsn, [{Var, Prefix} | Vars]) ->
    case lists:prefix(Prefix, Dir) of
        true ->
            D0 = lists:nthtail(length(filename:split(Prefix)), filename:split(Dir)),
            Full = Name ++ "-" ++ Vsn,
            D = case lists:reverse(D0) of
                    ["ebin", Name | R] -> lists:reverse(R);
                    ["ebin", Full | R] -> lists:reverse(R);
                    _ -> D0
                end,
            {ok, filename:join(["$" ++ Var | D])};
        false ->
            variable_dir(Dir, Name, Vsn, Vars)
    end;
variable_dir(_Dir, _Name, _Vsn, []) ->
    false.

load_mods(Appls, Loaded, PathFlag, Vars) ->
    lists:append([[{path, [filename:join([path(N, V, A, PathFlag, Vars)])]},
                   {primLoad, lists:sort([M || M <- A#application.modules,
                                               not lists:member(M, Loaded)])}]
                  || {{N, V}, A} <- Appls])
        ++ [{progress, modules_loaded}].

kernel_procs(Appls) ->
    [{kernelProcess, heart, {heart, start, []}},
     {kernelProcess, logger, {logger_server, start_link, []}},
     {kernelProcess, application_controller,
      {application_controller, start, [pack_app(A) || {{kernel, _}, A} <- Appls]}},
     {progress, init_kernel_started}].

load_appls(Appls) ->
    [{apply, {application, load, [pack_app(A)]}}
     || {{N, _}, A} <- Appls, N =/= kernel, A#application.type =/= none]
        ++ [{progress, applications_loaded}].

%% Included applications are started by the applications including them.
start_appls(Appls) ->
    Included = lists:append([A#application.includes || {_, A} <- Appls]),
    [{apply, {application, start_boot, [A#application.name, A#application.type]}}
     || {_, A} <- Appls, not lists:member(A#application.name, Included),
        A#application.type =/= none, A#application.type =/= load].

script_end(false) -> [{apply, {c, erlangrc, []}}, {progress, started}];
script_end(true) -> [{progress, started}].

%% The application specification given to application:load/1.
pack_app(#application{name = Name, vsn = V, id = Id, description = D, modules = M,
                      uses = App, optional = Opts, includes = Incs, regs = Regs,
                      mod = Mod, start_phases = SF, env = Env, maxT = MaxT, maxP = MaxP}) ->
    {application, Name,
     [{description, D}, {vsn, V}, {id, Id}, {modules, M}, {registered, Regs},
      {applications, App}, {optional_applications, Opts}, {included_applications, Incs},
      {env, Env}, {maxT, MaxT}, {maxP, MaxP}
      | [KV || {K, V1} = KV <- [{start_phases, SF}, {mod, Mod}],
               not (K =:= mod andalso V1 =:= []), not (K =:= start_phases andalso V1 =:= undefined)]]}.

%% The modules an OTP 25 boot loads first, from kernel and stdlib.
mandatory_modules() ->
    [error_handler, application, application_controller, application_master, code,
     code_server, erl_eval, erl_lint, erl_parse, error_logger, ets, file, filename,
     file_server, file_io_server, gen, gen_event, gen_server, heart, kernel, logger,
     logger_filters, logger_server, logger_backend, logger_config, logger_simple_h,
     lists, proc_lib, supervisor].

%% OTP 25's preloaded modules.
preloaded() ->
    lists:sort([prim_net, prim_socket, socket_registry, atomics, counters, erl_init,
                erl_prim_loader, erl_tracer, erlang, erts_code_purger,
                erts_dirty_process_signal_handler, erts_internal,
                erts_literal_area_collector, init, persistent_term, prim_buffer, prim_eval,
                prim_file, prim_inet, prim_zip, zlib]).

make_set([]) -> [];
make_set(["" | T]) -> make_set(T);
make_set([H | T]) -> [H | [Y || Y <- make_set(T), Y =/= H]].

to_list(A) when is_atom(A) -> atom_to_list(A);
to_list(L) -> L.
