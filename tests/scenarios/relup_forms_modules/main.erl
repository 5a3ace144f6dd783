#!/usr/bin/env escript
%% systools:make_relup expansion of the module forms of an appup, up and
%% down (see lib/myapp-2/ebin/myapp.appup): {load_module, M} and its 3- and
%% 5-tuple forms, {add_module, M}, {add_module, M, DepMods},
%% {delete_module, M}, {delete_module, M, DepMods}, {apply, MFA} before
%% and after point_of_no_return, and low-level instructions written in the
%% appup (load_object_code merged with the generated one, load, purge).
%% ferl's own scenario; expected output captured from OTP 25.
-mode(compile).

main(_) ->
    rel("r1", "1", [{myapp, "1"}]),
    rel("r2", "2", [{myapp, "2"}]),
    relup("r2", "r1", ["lib/myapp-1/ebin", "lib/myapp-2/ebin"]).

%% ---- shared relup helpers ----
%% write File.rel for release version RelVsn (kernel/stdlib/sasl as installed)
rel(File, RelVsn, Apps) ->
    Core = [{A, app_vsn(A)} || A <- [kernel, stdlib, sasl]],
    Rel = {release, {"oracle", RelVsn}, {erts, erlang:system_info(version)}, Core ++ Apps},
    ok = file:write_file(File ++ ".rel", io_lib:format("~p.~n", [Rel])).

app_vsn(A) ->
    _ = application:load(A),
    {ok, V} = application:get_key(A, vsn),
    V.

relup(To, From, Path) ->
    case systools:make_relup(To, [From], [From], [{path, Path}, {outdir, "."}, silent]) of
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
