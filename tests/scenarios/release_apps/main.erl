#!/usr/bin/env escript
%% A release upgrade that changes the set of applications: release 2
%% updates library a (load_module with soft purges), drops b and adds c
%% (make_relup's remove_application and add_application). Before it
%% runs: check_install_release and install_release refuse while a process
%% runs a_lib's old code ({old_processes, a_lib}) and when an object file
%% is missing (nothing changed: the script fails before
%% point_of_no_return, though the controller already has release 2's
%% application data, as in OTP); check_install_release with purge purges
%% the old code nobody runs. Then install_release up with options and
%% back down: running applications, their parameters, versions and
%% library directories after each. Absolute paths print as $ROOT; the
%% releases name an erts version no installation has.
-mode(compile).

main(_) ->
    logger:set_primary_config(level, none),
    {ok, Root} = file:get_cwd(),
    put(root, Root),
    RelDir = filename:join(Root, "releases"),
    Lib = filename:join(Root, "lib"),
    [compile_into("src/" ++ D, "lib/" ++ D ++ "/ebin") || D <- ["a-1", "a-2", "b-1", "c-1"]],
    [ok = filelib:ensure_dir(filename:join([Lib, L, "ebin", "x"]))
     || L <- ["kernel-8.5.3", "stdlib-4.2", "sasl-4.2"]],
    Base = [{A, V, Lib} || {A, V} <- [{kernel, "8.5.3"}, {stdlib, "4.2"}, {sasl, "4.2"}]],
    write_boot("1", ["a-1", "b-1"]),
    write_boot("2", ["a-2", "c-1"]),
    {ok, Relup, systools_relup, []} =
        systools:make_relup("releases/2/arel", ["releases/1/arel"], ["releases/1/arel"],
                            [{path, ["lib/*/ebin"]}, {outdir, "releases/2"}, silent]),
    p("relup               -> ~p", [Relup]),
    ok = release_handler:create_RELEASES(Root, RelDir, filename:join(RelDir, "1/arel.rel"),
                                         Base ++ [{a, "1", Lib}, {b, "1", Lib}]),
    [true = code:add_patha(filename:join(Root, D)) || D <- ["lib/a-1/ebin", "lib/b-1/ebin"]],
    ok = application:load(sasl),
    ok = application:set_env(sasl, releases_dir, RelDir),
    [ok = application:start(A) || A <- [a, b, sasl]],
    {ok, "2"} = release_handler:set_unpacked(filename:join(RelDir, "2/arel.rel"),
                                             Base ++ [{a, "2", Lib}, {c, "1", Lib}]),
    state("release 1"),
    Old = spawn(a_lib, wait, []),
    {module, a_lib} = code:load_file(a_lib),
    p("check, old code run -> ~p", [release_handler:check_install_release("2")]),
    p("install, likewise   -> ~p", [release_handler:install_release("2")]),
    Ref = monitor(process, Old),
    Old ! stop,
    receive {'DOWN', Ref, _, _, _} -> ok end,
    p("old code, a_lib     -> ~p", [erlang:check_old_code(a_lib)]),
    ok = file:rename("lib/a-2/ebin/a_lib.beam", "lib/a-2/ebin/a_lib.away"),
    p("check, no a_lib     -> ~p", [release_handler:check_install_release("2")]),
    p("install, no a_lib   -> ~p", [release_handler:install_release("2")]),
    ok = file:rename("lib/a-2/ebin/a_lib.away", "lib/a-2/ebin/a_lib.beam"),
    state("after the failure"),
    p("old code, a_lib     -> ~p", [erlang:check_old_code(a_lib)]),
    p("check, purge        -> ~p", [release_handler:check_install_release("2", [purge])]),
    p("old code, a_lib     -> ~p", [erlang:check_old_code(a_lib)]),
    p("install 2           -> ~p",
      [release_handler:install_release("2", [{suspend_timeout, 5000},
                                             {code_change_timeout, infinity}])]),
    state("release 2"),
    p("install 1           -> ~p", [release_handler:install_release("1")]),
    state("release 1 again"),
    p("which_releases      -> ~p", [release_handler:which_releases()]),
    ok.

state(Title) ->
    p("~s:", [Title]),
    p("  applications      -> ~p", [lists:sort([{A, V} || {A, _, V} <- application:which_applications()])]),
    p("  loaded            -> ~p", [lists:sort([{A, V} || {A, _, V} <- application:loaded_applications(),
                                                          lists:member(A, [a, b, c])])]),
    p("  a_lib             -> ~p", [a_lib:vsn()]),
    p("  servers           -> ~p", [[call(S) || S <- [b_srv, c_srv]]]),
    p("  lib_dir           -> ~p", [[code:lib_dir(A) || A <- [a, b, c]]]).

call(Name) ->
    case whereis(Name) of
        undefined -> {Name, undefined};
        _ -> gen_server:call(Name, get)
    end.

%% A boot script with what release_handler reads from it: the
%% application specifications loaded by {apply, {application, load, _}}.
write_boot(Vsn, Dirs) ->
    Loads = [begin
                 [App] = filelib:wildcard("lib/" ++ D ++ "/ebin/*.app"),
                 {ok, [Spec]} = file:consult(App),
                 {apply, {application, load, [Spec]}}
             end || D <- Dirs],
    ok = file:write_file("releases/" ++ Vsn ++ "/start.boot",
                         term_to_binary({script, {"arel", Vsn}, Loads})).

compile_into(Src, Ebin) ->
    [{ok, _} = compile:file(F, [report_errors, {outdir, Ebin}])
     || F <- filelib:wildcard(filename:join(Src, "*.erl"))],
    ok.

p(Fmt, Args) ->
    io:format(Fmt ++ "~n", strip(Args, get(root))).

%% Root's name replaced by "$ROOT" in every string.
strip(T, Root) when is_list(T) ->
    case io_lib:printable_list(T) andalso lists:prefix(Root, T) of
        true -> "$ROOT" ++ lists:nthtail(length(Root), T);
        false -> [strip(E, Root) || E <- T]
    end;
strip(T, Root) when is_tuple(T) ->
    list_to_tuple(strip(tuple_to_list(T), Root));
strip(T, _Root) ->
    T.
