#!/usr/bin/env escript
%% release_handler:check_install_release/1 runs ferl's upgrade checker on
%% the script install_release would run: releases 1 and 2 of the blog
%% application (whose appup updates the supervisor before loading the
%% module its new init/1 needs) are set up as OTP lays them out, and the
%% check refuses with {error, {relup_check, Errors}}; the release stays
%% unpacked and nothing was loaded.
-mode(compile).

main(_) ->
    {ok, Root} = file:get_cwd(),
    RelDir = filename:join(Root, "releases"),
    Lib = filename:join(Root, "lib"),
    [write_boot(V) || V <- ["1", "2"]],
    {ok, _, _, []} = systools:make_relup("releases/2/mrel", ["releases/1/mrel"],
                                         ["releases/1/mrel"],
                                         [{path, ["lib/*/ebin"]}, {outdir, "releases/2"}, silent]),
    ok = release_handler:create_RELEASES(Root, RelDir, filename:join(RelDir, "1/mrel.rel"),
                                         [{mongo, "1", Lib}]),
    true = code:add_patha(filename:join(Lib, "mongo-1/ebin")),
    ok = application:load(sasl),
    ok = application:set_env(sasl, releases_dir, RelDir),
    ok = application:start(mongo),
    ok = application:start(sasl),
    {ok, "2"} = release_handler:set_unpacked(filename:join(RelDir, "2/mrel.rel"),
                                             [{mongo, "2", Lib}]),
    case release_handler:check_install_release("2") of
        {error, {relup_check, Errors}} ->
            io:format("check_install_release -> {error, {relup_check, Errors}}~n"),
            io:format("kinds: ~p~n", [[{S, K} || #{severity := S, kind := K} <- Errors]]),
            io:put_chars(relup_check:format_findings(Errors));
        Other ->
            io:format("check_install_release -> ~p~n", [Other])
    end,
    io:format("which_releases(unpacked) -> ~p~n",
              [[V || {_, V, _, _} <- release_handler:which_releases(unpacked)]]),
    io:format("mongo_user_info loaded from ~p~n",
              [filename:basename(filename:dirname(filename:dirname(
                                                    code:which(mongo_user_info))))]).

write_boot(Vsn) ->
    {ok, [App]} = file:consult("lib/mongo-" ++ Vsn ++ "/ebin/mongo.app"),
    Script = {script, {"mrel", Vsn}, [{apply, {application, load, [App]}}]},
    ok = file:write_file("releases/" ++ Vsn ++ "/start.boot", term_to_binary(Script)).
