#!/usr/bin/env escript
%% What systools:make_relup returns when it cannot make a relup: a missing,
%% unreadable or malformed .appup, a version the .appup has no script for
%% (no_relup, which carries the #application record), version regular
%% expressions that match and that do not, instruction errors found by
%% systools_rc, errors in the .rel and .app files (systools_make), a
%% release without sasl, a bad outdir, and the texts printed without
%% silent. ferl's own scenario; expected output captured from OTP 25.
-mode(compile).

main(_) ->
    rel("r1", "1", [{myapp, "1"}]),
    rel("r2", "2", [{myapp, "2"}]),
    [relup(L, "r2", "r1", ["lib/myapp-1/ebin", L ++ "/myapp-2/ebin"], [])
     || L <- ["lib_noappup", "lib_syntax", "lib_shape", "lib_novsn", "lib_regex",
              "lib_regex_miss", "lib_muldef", "lib_before", "lib_nomod",
              "lib_badapp", "lib_nodesc", "lib_undef"]],
    rel("r2dup", "2", [{myapp, "2"}, {other, "1"}]),
    relup("duplicate module", "r2dup", "r1", ["lib/myapp-1/ebin", "lib_dup/*/ebin"], []),
    relup("no such .rel", "r9", "r1", ["lib/myapp-1/ebin"], []),
    relup("no such base .rel", "r2", "r9", ["lib/myapp-1/ebin", "lib_novsn/myapp-2/ebin"], []),
    rel("r3", "3", [{myapp, "3"}]),
    relup("version 3 of myapp nowhere", "r3", "r1",
          ["lib/myapp-1/ebin", "lib_novsn/myapp-2/ebin"], []),
    relup("no myapp.app at all", "r1", "r1", ["lib_none"], []),
    ok = file:write_file("nosasl.rel",
                         io_lib:format("~p.~n", [{release, {"oracle", "4"}, {erts, "1"},
                                                  [{kernel, app_vsn(kernel)},
                                                   {stdlib, app_vsn(stdlib)}]}])),
    relup("release without sasl", "nosasl", "r1", ["lib/myapp-1/ebin"], []),
    ok = file:write_file("nokernel.rel",
                         "{release, {\"oracle\", \"5\"}, {erts, \"1\"}, [{stdlib, \"4.2\"}]}.\n"),
    relup("release without kernel", "nokernel", "r1", [], []),
    ok = file:write_file("badrel.rel", "{release, {\"oracle\", \"5\"}, [{stdlib, \"4.2\"}]}.\n"),
    relup("badly formatted release", "badrel", "r1", [], []),
    ok = file:write_file("syntax.rel", "{release, {\"oracle\", \"5\"}}}.\n"),
    relup("syntax error in release", "syntax", "r1", [], []),
    io:format("--- bad outdir ---~n"),
    case catch systools:make_relup("r2", ["r1"], ["r1"], [{outdir, out}, silent]) of
        {'EXIT', {Reason, _Stack}} -> io:format("exit ~p~n", [Reason]);
        Other -> io:format("returned ~p~n", [Other])
    end,
    io:format("--- without silent ---~n"),
    [io:format("returned ~p~n",
               [systools:make_relup("r2", ["r1"], ["r1"],
                                    [{path, ["lib/myapp-1/ebin", L ++ "/myapp-2/ebin"]}])])
     || L <- ["lib_noappup", "lib_novsn", "lib_muldef", "lib_badapp"]],
    io:format("returned ~p~n", [systools:make_relup("r9", ["r1"], ["r1"])]),
    io:format("returned ~p~n", [systools:make_relup("nosasl", ["r1"], ["r1"])]),
    ok.

%% write File.rel for release version RelVsn (kernel/stdlib/sasl as installed)
rel(File, RelVsn, Apps) ->
    Core = [{A, app_vsn(A)} || A <- [kernel, stdlib, sasl]],
    Rel = {release, {"oracle", RelVsn}, {erts, erlang:system_info(version)}, Core ++ Apps},
    ok = file:write_file(File ++ ".rel", io_lib:format("~p.~n", [Rel])).

app_vsn(A) ->
    _ = application:load(A),
    {ok, V} = application:get_key(A, vsn),
    V.

relup(Label, To, From, Path, Opts) ->
    io:format("--- ~s ---~n", [Label]),
    case systools:make_relup(To, [From], [From], [{path, Path}, silent, noexec | Opts]) of
        {ok, {_Vsn, Up, Dn}, _Mod, Warnings} ->
            [show("up from", V, D, Is) || {V, D, Is} <- Up],
            [show("down to", V, D, Is) || {V, D, Is} <- Dn],
            [io:format("warning: ~p~n", [W]) || W <- Warnings],
            ok;
        Error ->
            io:format("make_relup error: ~p~n", [Error])
    end.

show(Dir, V, Descr, Instrs) ->
    io:format("~s ~p (descr ~p):~n", [Dir, V, Descr]),
    [io:format("  ~s~n", [io_lib:print(I, 3, 200, -1)]) || I <- Instrs].
