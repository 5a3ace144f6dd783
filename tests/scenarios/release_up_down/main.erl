#!/usr/bin/env escript
%% A whole release going up and back down in a running node, as sasl's
%% release_handler does it: releases/1 and releases/2 (qrel.rel, a relup
%% made by systools:make_relup, start.boot, sys.config), lib/q-1 and
%% lib/q-2, RELEASES made by create_RELEASES/4; then set_unpacked,
%% which_releases, check_install_release, install_release up,
%% make_permanent, install_release back down, make_permanent and
%% remove_release, with the state of the upgraded server, the
%% application's version and parameters, and the files left on disk.
%% The release handler finds its directory through sasl's releases_dir
%% parameter; every library directory is given to create_RELEASES and
%% set_unpacked (kernel, stdlib and sasl as empty directories under
%% lib/), so nothing depends on code:root_dir(). Absolute paths print as
%% $ROOT. The releases name an erts version no OTP installation has, so
%% that no mistake while capturing can make OTP's remove_release delete
%% the installation's own erts directory.
-mode(compile).

main(_) ->
    logger:set_primary_config(level, none),
    {ok, Root} = file:get_cwd(),
    put(root, Root),
    RelDir = filename:join(Root, "releases"),
    compile_into("v1", "lib/q-1/ebin"),
    compile_into("v2", "lib/q-2/ebin"),
    [ok = filelib:ensure_dir(filename:join([Root, "lib", L, "ebin", "x"]))
     || L <- ["kernel-8.5.3", "stdlib-4.2", "sasl-4.2"]],
    LibDirs = [{A, V, filename:join(Root, "lib")}
               || {A, V} <- [{kernel, "8.5.3"}, {stdlib, "4.2"}, {sasl, "4.2"}]],
    [write_boot(V) || V <- ["1", "2"]],
    p("make_relup          -> ~p",
      [systools:make_relup("releases/2/qrel", ["releases/1/qrel"], ["releases/1/qrel"],
                           [{path, ["lib/*/ebin"]}, {outdir, "releases/2"}, silent])]),
    p("create_RELEASES     -> ~p",
      [release_handler:create_RELEASES(Root, RelDir, filename:join(RelDir, "1/qrel.rel"),
                                       LibDirs ++ [{q, "1", filename:join(Root, "lib")}])]),
    p("RELEASES            -> ~p", [file:consult("releases/RELEASES")]),
    true = code:add_patha(filename:join(Root, "lib/q-1/ebin")),
    ok = application:load(sasl),
    ok = application:set_env(sasl, releases_dir, RelDir),
    p("start q             -> ~p", [application:start(q)]),
    p("start sasl          -> ~p", [application:start(sasl)]),
    ok = q_srv:bump(),
    p("which_releases      -> ~p", [release_handler:which_releases()]),
    p("set_unpacked 2      -> ~p",
      [release_handler:set_unpacked(filename:join(RelDir, "2/qrel.rel"),
                                    LibDirs ++ [{q, "2", filename:join(Root, "lib")}])]),
    p("set_unpacked again  -> ~p",
      [release_handler:set_unpacked(filename:join(RelDir, "2/qrel.rel"), LibDirs)]),
    p("which_releases      -> ~p", [release_handler:which_releases()]),
    p("unpacked            -> ~p", [release_handler:which_releases(unpacked)]),
    p("check_install 2     -> ~p", [release_handler:check_install_release("2")]),
    p("check_install 3     -> ~p", [release_handler:check_install_release("3")]),
    p("make_permanent 2    -> ~p", [release_handler:make_permanent("2")]),
    p("install_release 2   -> ~p", [release_handler:install_release("2")]),
    p("q_srv               -> ~p", [q_srv:get()]),
    p("q                   -> ~p", [{lists:keyfind(q, 1, application:which_applications()),
                                     application:get_env(q, colour), code:lib_dir(q)}]),
    p("which_releases      -> ~p", [release_handler:which_releases()]),
    p("install 2 again     -> ~p", [release_handler:install_release("2")]),
    p("check_install 2     -> ~p", [release_handler:check_install_release("2")]),
    p("make_permanent 2    -> ~p", [release_handler:make_permanent("2")]),
    p("which_releases      -> ~p", [release_handler:which_releases()]),
    p("RELEASES            -> ~p", [file:consult("releases/RELEASES")]),
    p("start_erl.data      -> ~p", [file:read_file("releases/start_erl.data")]),
    p("remove_release 2    -> ~p", [release_handler:remove_release("2")]),
    p("reboot_old 2        -> ~p", [release_handler:reboot_old_release("2")]),
    p("reboot_old 4        -> ~p", [release_handler:reboot_old_release("4")]),
    p("install_release 1   -> ~p", [release_handler:install_release("1")]),
    p("q_srv               -> ~p", [q_srv:get()]),
    p("q                   -> ~p", [{lists:keyfind(q, 1, application:which_applications()),
                                     application:get_env(q, colour), code:lib_dir(q)}]),
    p("which_releases      -> ~p", [release_handler:which_releases()]),
    p("make_permanent 1    -> ~p", [release_handler:make_permanent("1")]),
    p("which_releases      -> ~p", [release_handler:which_releases()]),
    p("remove_release 2    -> ~p", [release_handler:remove_release("2")]),
    p("remove_release 2    -> ~p", [release_handler:remove_release("2")]),
    p("which_releases      -> ~p", [release_handler:which_releases()]),
    p("RELEASES            -> ~p", [file:consult("releases/RELEASES")]),
    p("lib                 -> ~p", [lists:sort(filelib:wildcard("lib/*"))]),
    p("releases            -> ~p", [lists:sort(filelib:wildcard("releases/*"))]),
    p("set_removed 1       -> ~p", [release_handler:set_removed("1")]),
    ok.

%% A boot script with what release_handler reads from it: the
%% application specifications loaded by {apply, {application, load, _}}.
write_boot(Vsn) ->
    {ok, [App]} = file:consult("lib/q-" ++ Vsn ++ "/ebin/q.app"),
    Script = {script, {"qrel", Vsn}, [{apply, {application, load, [App]}}]},
    ok = file:write_file("releases/" ++ Vsn ++ "/start.boot", term_to_binary(Script)).

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
