#!/usr/bin/env escript
%% systools:make_relup at the application level: applications added to or
%% removed from a release (add_application with the .rel's start type,
%% remove_application), restart_application, restart_emulator in an appup
%% and as an option, several base releases with descriptions, the
%% applications sorted by dependencies (new uses a, lists newinc as
%% included), unchanged applications (b) left alone, the relup file,
%% noexec, the bad_vsn warning, warnings printed without silent and
%% warnings_as_errors. ferl's own scenario; expected output captured from
%% OTP 25.
-mode(compile).

main(_) ->
    rel("r0", "0", [{a, "1"}]),
    rel("r1", "1", [{a, "1"}, {b, "1"}, {r, "1"}, {gone, "1", load}, {w, "1"}]),
    rel("r2", "2", [{new, "1", temporary}, {newinc, "1"}, {a, "2"}, {b, "1"},
                    {r, "2", transient}, {w, "2"}]),
    Path = ["lib/*/ebin"],
    io:format("=== r2 from r1 and r0, to r1; noexec, restart_emulator ===~n"),
    relup("r2", ["r1", {"r0", "from zero"}], [{"r1", "back to one"}],
          [{path, Path}, noexec, restart_emulator]),
    io:format("relup file written: ~p~n", [filelib:is_file("relup")]),
    io:format("=== the relup file ===~n"),
    {ok, Relup, systools_relup, _} =
        systools:make_relup("r2", ["r1"], ["r1"], [{path, Path}, silent]),
    {ok, Text} = file:read_file("relup"),
    io:format("~s", [Text]),
    io:format("same as returned: ~p~n", [file:consult("relup") =:= {ok, [Relup]}]),
    io:format("=== without silent ===~n"),
    io:format("returned ~p~n", [systools:make_relup("r2", ["r1"], ["r1"], [{path, Path}])]),
    io:format("=== warnings_as_errors ===~n"),
    io:format("returned ~p~n",
              [systools:make_relup("r2", ["r1"], ["r1"], [{path, Path}, warnings_as_errors])]),
    relup("r2", ["r1"], ["r1"], [{path, Path}, warnings_as_errors]),
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

relup(To, Up, Down, Opts) ->
    case systools:make_relup(To, Up, Down, [silent | Opts]) of
        {ok, {Vsn, UpScripts, DnScripts}, Mod, Warnings} ->
            io:format("relup for ~p (~p)~n", [Vsn, Mod]),
            [show("up from", V, D, Is) || {V, D, Is} <- UpScripts],
            [show("down to", V, D, Is) || {V, D, Is} <- DnScripts],
            [io:format("warning: ~p~n", [W]) || W <- Warnings],
            ok;
        Error ->
            io:format("make_relup error: ~p~n", [Error])
    end.

show(Dir, V, Descr, Instrs) ->
    io:format("~s ~p (descr ~p):~n", [Dir, V, Descr]),
    [io:format("  ~s~n", [io_lib:print(I, 3, 200, -1)]) || I <- Instrs].
