#!/usr/bin/env escript
%% systools:make_tar/2 as OTP 25's sasl packs a release: release 2 of q
%% with its boot script, relup and sys.config next to the .rel file, and
%% q's ebin and priv; the package's entries (kernel, stdlib and sasl
%% left out of the listing: OTP packs them from its installation, ferl
%% carries them built in), that they hold the files they were made from,
%% and the errors for a missing boot file, a bad relup or sys.config and
%% an unknown release. Absolute paths print as $ROOT.
-mode(compile).

main(_) ->
    logger:set_primary_config(level, none),
    {ok, Root} = file:get_cwd(),
    put(root, Root),
    compile_into("v1", "lib/q-1/ebin"),
    compile_into("v2", "lib/q-2/ebin"),
    Path = [{path, ["lib/*/ebin"]}],
    p("make_script         -> ~p",
      [systools:make_script("releases/2/qrel", Path ++ [{script_name, "start"}, {outdir, "releases/2"},
                                                        silent])]),
    p("make_relup          -> ~p",
      [element(1, systools:make_relup("releases/2/qrel", ["releases/1/qrel"], ["releases/1/qrel"],
                                      Path ++ [{outdir, "releases/2"}, silent]))]),
    ok = file:make_dir("pkg"),
    p("make_tar            -> ~p", [systools:make_tar("releases/2/qrel", Path ++ [{outdir, "pkg"}, silent])]),
    {ok, Names} = erl_tar:table("pkg/qrel.tar.gz", [compressed]),
    p("entries             -> ~p",
      [lists:sort([N || N <- Names, not lists:any(fun(L) -> lists:prefix("lib/" ++ L, N) end,
                                                  ["kernel-", "stdlib-", "sasl-"])])]),
    {ok, Files} = erl_tar:extract("pkg/qrel.tar.gz", [memory, compressed]),
    p("same as the sources -> ~p",
      [[{N, file:read_file(F) =:= {ok, proplists:get_value(N, Files)}}
        || {N, F} <- [{"releases/qrel.rel", "releases/2/qrel.rel"},
                      {"releases/2/qrel.rel", "releases/2/qrel.rel"},
                      {"releases/2/start.boot", "releases/2/start.boot"},
                      {"releases/2/relup", "releases/2/relup"},
                      {"releases/2/sys.config", "releases/2/sys.config"},
                      {"lib/q-2/ebin/q_srv.beam", "lib/q-2/ebin/q_srv.beam"},
                      {"lib/q-2/ebin/q.app", "lib/q-2/ebin/q.app"},
                      {"lib/q-2/priv/q.dat", "lib/q-2/priv/q.dat"}]]]),
    p("default name        -> ~p",
      [{systools:make_tar("releases/2/qrel", Path ++ [silent]), filelib:is_regular("releases/2/qrel.tar.gz")}]),
    p("no such release     -> ~p", [systools:make_tar("releases/7/qrel", Path ++ [silent])]),
    p("bad option          -> ~p",
      [try systools:make_tar("releases/2/qrel", [bogus]) catch error:E -> {error, E} end]),
    ok = file:rename("releases/2/start.boot", "releases/2/start.away"),
    p("no boot file        -> ~p",
      [systools:make_tar("releases/2/qrel", Path ++ [{outdir, "pkg"}, silent])]),
    ok = file:rename("releases/2/start.away", "releases/2/start.boot"),
    ok = file:write_file("releases/2/relup", <<"{bad}.\n">>),
    p("bad relup           -> ~p",
      [systools:make_tar("releases/2/qrel", Path ++ [{outdir, "pkg"}, silent])]),
    ok = file:delete("releases/2/relup"),
    ok = file:write_file("releases/2/sys.config", <<"[{q, [{colour, green}]}, 42].\n">>),
    p("bad sys.config      -> ~p",
      [systools:make_tar("releases/2/qrel", Path ++ [{outdir, "pkg"}, silent])]),
    ok.

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
