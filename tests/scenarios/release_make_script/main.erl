#!/usr/bin/env escript
%% systools:make_script/2 as OTP 25's sasl writes boot scripts, and a
%% release installed with them: start.script and start.boot for
%% releases 1 and 2 (script_name, outdir, silent), what they hold (the
%% instructions in order, the paths, the modules loaded from q's
%% directory, q's application specification, the boot file being the
%% script's term), make_script's errors and warnings; then release 2 is
%% installed up and down with those boot files, so the application
%% controller gets every application of the boot script, kernel's
%% included. Absolute paths print as $ROOT; the releases name an erts
%% version no installation has.
-mode(compile).

main(_) ->
    logger:set_primary_config(level, none),
    {ok, Root} = file:get_cwd(),
    put(root, Root),
    RelDir = filename:join(Root, "releases"),
    Lib = filename:join(Root, "lib"),
    compile_into("v1", "lib/q-1/ebin"),
    compile_into("v2", "lib/q-2/ebin"),
    [ok = filelib:ensure_dir(filename:join([Lib, L, "ebin", "x"]))
     || L <- ["kernel-8.5.3", "stdlib-4.2", "sasl-4.2"]],
    Base = [{A, V, Lib} || {A, V} <- [{kernel, "8.5.3"}, {stdlib, "4.2"}, {sasl, "4.2"}]],
    Opts = [{path, ["lib/*/ebin"]}, {script_name, "start"}, silent],
    [p("make_script ~s       -> ~p",
       [V, systools:make_script("releases/" ++ V ++ "/qrel", [{outdir, "releases/" ++ V} | Opts])])
     || V <- ["1", "2"]],
    {ok, [{script, Id, Script}]} = file:consult("releases/2/start.script"),
    {ok, Boot} = file:read_file("releases/2/start.boot"),
    p("boot is the script  -> ~p", [binary_to_term(Boot) =:= {script, Id, Script}]),
    p("script id           -> ~p", [Id]),
    p("instructions        -> ~p", [[element(1, I) || I <- Script]]),
    p("progress            -> ~p", [[P || {progress, P} <- Script]]),
    p("paths               -> ~p", [[P || {path, P} <- Script]]),
    p("q's modules         -> ~p", [lists:last([M || {primLoad, M} <- Script, lists:member(q_srv, M)])]),
    p("mandatory           -> ~p", [hd([M || {primLoad, M} <- Script])]),
    p("kernel processes    -> ~p", [[{N, M, F} || {kernelProcess, N, {M, F, _}} <- Script]]),
    p("loaded              -> ~p", [[element(2, A) || {apply, {application, load, [A]}} <- Script]]),
    p("q                   -> ~p", [[A || {apply, {application, load, [{application, q, _} = A]}} <- Script]]),
    p("started             -> ~p", [[A || {apply, {application, start_boot, A}} <- Script]]),
    p("kernel's keys       -> ~p",
      [[{K, V} || {kernelProcess, application_controller, {_, _, [{application, kernel, Keys}]}} <- Script,
                  {K, V} <- Keys, K =/= modules, K =/= registered]]),
    p("script_name/outdir  -> ~p", [lists:sort(filelib:wildcard("releases/2/*"))]),
    p("no_dot_erlang       -> ~p",
      [{systools:make_script("releases/2/qrel", [{path, ["lib/*/ebin"]}, silent, no_dot_erlang,
                                                 {outdir, "releases"}]),
        lists:last(element(3, hd(element(2, file:consult("releases/qrel.script")))))}]),
    p("local paths         -> ~p",
      [begin
           ok = systools:make_script("releases/2/qrel", [{path, ["lib/*/ebin"]}, local,
                                                         {outdir, "releases"}]),
           {ok, [{script, _, S}]} = file:consult("releases/qrel.script"),
           [P || {path, [P]} <- S, lists:prefix(Root, P)]
       end]),
    p("variables           -> ~p",
      [begin
           {ok, _, _} = systools:make_script("releases/2/qrel",
                                             [{path, ["lib/*/ebin"]}, silent, {outdir, "releases"},
                                              {variables, [{"APPS", Lib}]}]),
           {ok, [{script, _, S2}]} = file:consult("releases/qrel.script"),
           lists:last([P || {path, P} <- S2])
       end]),
    p("no .rel             -> ~p", [systools:make_script("releases/9/qrel", [silent])]),
    p("no .rel, not silent -> ~p", [systools:make_script("releases/9/qrel", [])]),
    p("bad option          -> ~p",
      [try systools:make_script("releases/2/qrel", [{path, "lib"}, bogus])
       catch error:E -> {error, E} end]),
    ok = file:write_file("releases/nosasl.rel",
                         <<"{release, {\"qrel\", \"3\"}, {erts, \"0.1\"}, "
                           "[{kernel, \"8.5.3\"}, {stdlib, \"4.2\"}, {q, \"1\"}]}.\n">>),
    p("missing sasl        -> ~p",
      [systools:make_script("releases/nosasl", [{path, ["lib/*/ebin"]}, silent, {outdir, "releases"}])]),
    p("no_warn_sasl        -> ~p",
      [systools:make_script("releases/nosasl", [{path, ["lib/*/ebin"]}, silent, no_warn_sasl,
                                                {outdir, "releases"}])]),
    p("warnings_as_errors  -> ~p",
      [systools:make_script("releases/nosasl", [{path, ["lib/*/ebin"]}, silent, warnings_as_errors,
                                                {outdir, "releases"}])]),
    {ok, _, _, []} = systools:make_relup("releases/2/qrel", ["releases/1/qrel"], ["releases/1/qrel"],
                                         [{path, ["lib/*/ebin"]}, {outdir, "releases/2"}, silent]),
    ok = release_handler:create_RELEASES(Root, RelDir, filename:join(RelDir, "1/qrel.rel"),
                                         Base ++ [{q, "1", Lib}]),
    true = code:add_patha(filename:join(Root, "lib/q-1/ebin")),
    ok = application:load(sasl),
    ok = application:set_env(sasl, releases_dir, RelDir),
    ok = application:start(q),
    ok = application:start(sasl),
    {ok, "2"} = release_handler:set_unpacked(filename:join(RelDir, "2/qrel.rel"),
                                             Base ++ [{q, "2", Lib}]),
    p("check_install 2     -> ~p", [release_handler:check_install_release("2")]),
    p("install_release 2   -> ~p", [release_handler:install_release("2")]),
    p("q_srv               -> ~p", [q_srv:get()]),
    p("applications        -> ~p", [lists:sort([{A, V} || {A, _, V} <- application:which_applications()])]),
    p("parameters          -> ~p", [[application:get_env(q, colour),
                                     application:get_env(kernel, net_ticktime),
                                     application:get_env(sasl, releases_dir)]]),
    p("install_release 1   -> ~p", [release_handler:install_release("1")]),
    p("q_srv               -> ~p", [q_srv:get()]),
    p("parameters          -> ~p", [[application:get_env(q, colour),
                                     application:get_env(kernel, net_ticktime),
                                     application:get_env(sasl, releases_dir)]]),
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
