#!/usr/bin/env escript
%% The release handler's errors, as OTP 25's sasl gives them: bad .rel
%% files and library directories for create_RELEASES and set_unpacked,
%% illegal options, unknown versions, missing start.boot or library
%% directories, relup files that are missing, unreadable or without the
%% running version, statuses that do not allow an operation; and the
%% bookkeeping calls install_file, set_removed and remove_release of an
%% unpacked release. Before the RELEASES file exists, the running
%% system is the only (permanent) release. Absolute paths print as
%% $ROOT; the releases name an erts version no installation has.
-mode(compile).

main(_) ->
    logger:set_primary_config(level, none),
    {ok, Root} = file:get_cwd(),
    put(root, Root),
    RelDir = filename:join(Root, "releases"),
    Lib = filename:join(Root, "lib"),
    [ok = filelib:ensure_dir(filename:join([Lib, L, "ebin", "x"]))
     || L <- ["kernel-8.5.3", "stdlib-4.2", "sasl-4.2"]],
    Base = [{A, V, Lib} || {A, V} <- [{kernel, "8.5.3"}, {stdlib, "4.2"}, {sasl, "4.2"}]],
    ok = application:load(sasl),
    ok = application:set_env(sasl, releases_dir, RelDir),
    p("start sasl          -> ~p", [application:start(sasl)]),
    p("which_releases      -> ~p", [release_handler:which_releases()]),
    p("which permanent     -> ~p", [release_handler:which_releases(permanent)]),
    p("which old           -> ~p", [release_handler:which_releases(old)]),
    ok = application:stop(sasl),
    Bad = fun(F) -> filename:join([Root, "bad", F]) end,
    [p("create ~-18s -> ~p", [F, release_handler:create_RELEASES(Root, RelDir, Bad(F), [])])
     || F <- ["missing.rel", "not_a_release.rel", "two_terms.rel", "syntax.rel"]],
    p("create, no lib dir  -> ~p",
      [release_handler:create_RELEASES(Root, RelDir, filename:join(RelDir, "1/erel.rel"),
                                       [{e, "1", filename:join(Root, "nolib")}])]),
    p("create, lib a file  -> ~p",
      [release_handler:create_RELEASES(Root, RelDir, filename:join(RelDir, "1/erel.rel"),
                                       [{e, "1", filename:join(Root, "main.erl")}])]),
    p("RELEASES            -> ~p", [file:read_file_info("releases/RELEASES")]),
    p("create_RELEASES/4   -> ~p",
      [release_handler:create_RELEASES(Root, RelDir, filename:join(RelDir, "1/erel.rel"),
                                       Base ++ [{e, "1", Lib}])]),
    p("start sasl          -> ~p", [application:start(sasl)]),
    p("which_releases      -> ~p", [release_handler:which_releases()]),
    [p("set_unpacked ~-12s -> ~p", [F, release_handler:set_unpacked(Bad(F), [])])
     || F <- ["missing.rel", "not_a_release.rel", "two_terms.rel", "syntax.rel"]],
    p("set_unpacked nolib  -> ~p",
      [release_handler:set_unpacked(filename:join(RelDir, "2/erel.rel"),
                                    [{e, "2", filename:join(Root, "nolib")}])]),
    p("set_unpacked 1      -> ~p",
      [release_handler:set_unpacked(filename:join(RelDir, "1/erel.rel"), Base)]),
    p("set_unpacked 2      -> ~p",
      [release_handler:set_unpacked(filename:join(RelDir, "2/erel.rel"),
                                    Base ++ [{e, "2", Lib}])]),
    p("set_unpacked 3      -> ~p",
      [release_handler:set_unpacked(filename:join(RelDir, "3.rel"), Base)]),
    p("which_releases      -> ~p", [release_handler:which_releases()]),
    p("which unpacked      -> ~p", [release_handler:which_releases(unpacked)]),
    p("releases dir        -> ~p", [lists:sort(filelib:wildcard("releases/*"))]),
    [p("install ~-38s -> ~p", [io_lib:format("~w", [Opts]), release_handler:install_release("2", Opts)])
     || Opts <- [[bad], [{suspend_timeout, 0}], [{code_change_timeout, -1}],
                 [{update_paths, yes}], [{error_action, stop}],
                 [{error_action, reboot}, {suspend_timeout, infinity}, oops]]],
    [p("check ~-40s -> ~p", [io_lib:format("~w", [Opts]), release_handler:check_install_release("2", Opts)])
     || Opts <- [[bad], [purge, bad]]],
    p("check 9             -> ~p", [release_handler:check_install_release("9")]),
    p("install 9           -> ~p", [release_handler:install_release("9")]),
    p("install 9, options  -> ~p", [release_handler:install_release("9", [{update_paths, true}])]),
    p("check 1             -> ~p", [release_handler:check_install_release("1")]),
    p("check 2, no boot    -> ~p", [release_handler:check_install_release("2")]),
    ok = file:write_file("releases/2/start.boot", term_to_binary({script, {"erel", "2"}, []})),
    ok = file:write_file("releases/2/relup", <<"{\"2\", [], []}.\n">>),
    ok = file:rename("lib/e-2", "lib/e-2.away"),
    p("check 2, no e-2     -> ~p", [release_handler:check_install_release("2")]),
    ok = file:make_dir("lib/e-2"),
    p("check 2, no ebin    -> ~p", [release_handler:check_install_release("2")]),
    ok = file:del_dir("lib/e-2"),
    ok = file:rename("lib/e-2.away", "lib/e-2"),
    p("check 2, no script  -> ~p", [release_handler:check_install_release("2")]),
    p("install 2, none     -> ~p", [release_handler:install_release("2")]),
    ok = file:write_file("releases/1/relup", <<"{\"1\", [], [{\"0\", [], []}]}.\n">>),
    p("check 2, no down    -> ~p", [release_handler:check_install_release("2")]),
    p("install 2, no down  -> ~p", [release_handler:install_release("2")]),
    [begin
         {ok, _} = file:copy(Bad(F), "releases/2/relup"),
         p("check, ~-13s -> ~p", [F, release_handler:check_install_release("2")]),
         p("install, ~-11s -> ~p", [F, release_handler:install_release("2")])
     end || F <- ["relup_no_entry", "relup_syntax", "relup_other"]],
    p("make_permanent 2    -> ~p", [release_handler:make_permanent("2")]),
    p("make_permanent 1    -> ~p", [release_handler:make_permanent("1")]),
    p("make_permanent 8    -> ~p", [release_handler:make_permanent("8")]),
    p("reboot_old 1        -> ~p", [release_handler:reboot_old_release("1")]),
    p("reboot_old 2        -> ~p", [release_handler:reboot_old_release("2")]),
    p("install_file 2      -> ~p", [release_handler:install_file("2", Bad("syntax.rel"))]),
    p("install_file 2 none -> ~p", [release_handler:install_file("2", Bad("none"))]),
    p("install_file 8      -> ~p", [release_handler:install_file("8", Bad("syntax.rel"))]),
    p("releases/2          -> ~p", [lists:sort(filelib:wildcard("releases/2/*"))]),
    p("set_removed 3       -> ~p", [release_handler:set_removed("3")]),
    p("set_removed 3       -> ~p", [release_handler:set_removed("3")]),
    p("set_removed 1       -> ~p", [release_handler:set_removed("1")]),
    p("remove_release 1    -> ~p", [release_handler:remove_release("1")]),
    p("remove_release 2    -> ~p", [release_handler:remove_release("2")]),
    p("which_releases      -> ~p", [release_handler:which_releases()]),
    p("lib                 -> ~p", [lists:sort(filelib:wildcard("lib/*"))]),
    p("releases            -> ~p", [lists:sort(filelib:wildcard("releases/*"))]),
    p("RELEASES            -> ~p", [file:consult("releases/RELEASES")]),
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
