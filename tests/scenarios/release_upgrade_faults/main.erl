#!/usr/bin/env escript
%% Faults during install_release, with a client calling the servers a and
%% b throughout (it checks every reply and counts its rounds; a call that
%% fails because its server was killed is made again):
%%  run 1: release 2's relup loads f_loop with soft_purge while the f_loop
%%    process runs old code: {error,{old_processes,f_loop}} before
%%    point_of_no_return, nothing changes. Release 3 loads it with
%%    brutal_purge: the process is killed, its supervisor restarts it in
%%    the new code. Release 4's relup changes f_srv, whose new
%%    code_change/3 crashes for b, after point_of_no_return: the release
%%    handler prints its failure line, answers {error, Reason} and calls
%%    init:restart(), which under escript runs the script again.
%%  run 2: the node is up again in its permanent release 1. A supervisor
%%    whose new init/1 gives a bad child spec: sys:change_code refuses and
%%    the supervisor keeps its old children and restarts one that is
%%    killed; release 5's relup makes the same change after
%%    point_of_no_return: failure line, restart again.
%%  run 3: up again in release 1, serving. Release 6, whose
%%    code_change/3 never returns for b, with {code_change_timeout, 100}
%%    and {error_action, reboot}: sys:change_code times out, the failure
%%    line, then init:reboot(), which ends the node (status 0).
%% The release handler's failure line goes through a group leader that
%% prints pids as the names they are registered under and keeps the first
%% frame of a stack. Absolute paths print as $ROOT; the releases name an
%% erts version no installation has.
-mode(compile).

main(_) ->
    logger:set_primary_config(level, none),
    {ok, Root} = file:get_cwd(),
    put(root, Root),
    Run = case file:read_file("run") of
              {ok, B} -> binary_to_integer(B) + 1;
              _ -> 1
          end,
    ok = file:write_file("run", integer_to_binary(Run)),
    p("run ~p", [Run]),
    run(Run, Root).

run(1, Root) ->
    RelDir = filename:join(Root, "releases"),
    [compile_into(D, "lib/f-" ++ V ++ "/ebin")
     || V <- ["1", "2", "3", "4", "5", "6"], D <- ["v1", "v" ++ V], filelib:is_dir(D)],
    [write_boot(V) || V <- ["1", "2", "3", "4", "5", "6"]],
    p("create_RELEASES     -> ~p",
      [release_handler:create_RELEASES(Root, RelDir, filename:join(RelDir, "1/frel.rel"),
                                       lib_dirs(Root, "1"))]),
    start(Root),
    [p("set_unpacked ~s      -> ~p",
       [V, release_handler:set_unpacked(filename:join([RelDir, V, "frel.rel"]),
                                        lib_dirs(Root, V))])
     || V <- ["2", "3", "4", "5", "6"]],
    releases(),
    client(),
    Loop = whereis(f_loop),
    p("reload f_loop       -> ~p", [code:load_file(f_loop)]),
    p("f_loop in old code  -> ~p", [erlang:check_process_code(Loop, f_loop)]),
    p("install 2 (soft)    -> ~p", [release_handler:install_release("2")]),
    p("f_loop same, vsn    -> ~p ~p", [whereis(f_loop) =:= Loop, f_loop:version()]),
    releases(),
    client(),
    p("install 3 (brutal)  -> ~p", [release_handler:install_release("3")]),
    p("f_loop killed       -> ~p", [not is_process_alive(Loop)]),
    children(),
    %% Restarted before or after the new code was loaded (a race in OTP),
    %% the process answers.
    p("f_loop answers      -> ~p", [lists:member(f_loop:version(), [1, 3])]),
    releases(),
    client(),
    group_leader(spawn(fun capture/0), whereis(release_handler)),
    release_handler:install_release("4"),
    receive after infinity -> ok end;
run(2, Root) ->
    start(Root),
    releases(),
    client(),
    ok = sys:suspend(f_sup),
    {module, f_sup} = code:load_abs("lib/f-5/ebin/f_sup"),
    p("sup change_code     -> ~p", [sys:change_code(f_sup, f_sup, "1", [])]),
    ok = sys:resume(f_sup),
    code:purge(f_sup),
    {module, f_sup} = code:load_file(f_sup),
    A = whereis(a),
    Ref = erlang:monitor(process, A),
    exit(A, kill),
    receive {'DOWN', Ref, process, A, Why} -> p("a down              -> ~p", [Why]) end,
    children(),
    p("a restarted         -> ~p", [is_pid(whereis(a)) andalso whereis(a) =/= A]),
    client(),
    group_leader(spawn(fun capture/0), whereis(release_handler)),
    release_handler:install_release("5"),
    receive after infinity -> ok end;
run(3, Root) ->
    start(Root),
    releases(),
    children(),
    p("f_loop vsn          -> ~p", [f_loop:version()]),
    client(),
    group_leader(spawn(fun capture/0), whereis(release_handler)),
    release_handler:install_release("6", [{code_change_timeout, 100},
                                          {error_action, reboot}]),
    receive after infinity -> ok end.

%% The node as it boots into release 1: sasl with its releases
%% directory, application f from lib/f-1.
start(Root) ->
    true = code:add_patha(filename:join(Root, "lib/f-1/ebin")),
    ok = application:load(sasl),
    ok = application:set_env(sasl, releases_dir, filename:join(Root, "releases")),
    p("start f, sasl       -> ~p", [[application:start(A) || A <- [f, sasl]]]).

lib_dirs(Root, Vsn) ->
    Lib = filename:join(Root, "lib"),
    [ok = filelib:ensure_dir(filename:join([Lib, L, "ebin", "x"]))
     || L <- ["kernel-8.5.3", "stdlib-4.2", "sasl-4.2"]],
    [{A, V, Lib} || {A, V} <- [{kernel, "8.5.3"}, {stdlib, "4.2"}, {sasl, "4.2"}, {f, Vsn}]].

releases() ->
    p("releases            -> ~p",
      [[{V, S} || {_, V, _, S} <- release_handler:which_releases()]]).

children() ->
    p("children            -> ~p",
      [[{Id, is_pid(P)} || {Id, P, _, _} <- supervisor:which_children(f_sup)]]).

%% The client: calls a and b in turn for ever; asked for a report, it
%% makes one more round and answers with its rounds and wrong replies
%% (answers other than {Name, N}; a call that fails because the server
%% is down is made again).
client() ->
    Client = case whereis(client) of
                 undefined ->
                     C = spawn(fun() -> client_loop(0, 0) end),
                     register(client, C),
                     C;
                 C -> C
             end,
    Client ! {report, self()},
    receive {client, Rounds, Wrong} ->
            Last = case get(rounds) of undefined -> 0; L -> L end,
            put(rounds, Rounds),
            p("client              -> wrong replies ~p, new rounds ~p", [Wrong, Rounds > Last])
    end.

client_loop(Rounds, Wrong) ->
    W = Wrong + lists:sum([call(S) || S <- [a, b]]),
    receive
        {report, From} ->
            W1 = W + lists:sum([call(S) || S <- [a, b]]),
            From ! {client, Rounds + 2, W1},
            client_loop(Rounds + 2, W1)
    after 0 ->
            client_loop(Rounds + 1, W)
    end.

call(S) ->
    case catch f_srv:incr(S) of
        {S, N} when is_integer(N), N > 0 -> 0;
        {'EXIT', {Why, _}} when Why =:= killed; Why =:= noproc ->
            %% Its supervisor has not restarted it yet: wait a moment
            %% (not spinning, so that timers elsewhere can fire).
            receive after 1 -> call(S) end;
        _ -> 1
    end.

%% A group leader for the release handler: prints what it is sent, with
%% pids named and stacks cut to their first frame.
capture() ->
    receive
        {io_request, From, ReplyAs, Req} ->
            case Req of
                {put_chars, _, io_lib, format, [Fmt, Args]} -> io:format(Fmt, anon(Args));
                {put_chars, _, Chars} -> io:put_chars(Chars)
            end,
            From ! {io_reply, ReplyAs, ok},
            capture()
    end.

anon(P) when is_pid(P) ->
    case process_info(P, registered_name) of
        {registered_name, N} -> list_to_atom("Pid_" ++ atom_to_list(N));
        _ -> 'Pid'
    end;
anon({'EXIT', {R, [{M, F, A, _} | _]}}) -> {'EXIT', {R, [{M, F, A}, '...']}};
anon(L) when is_list(L) -> [anon(E) || E <- L];
anon(T) when is_tuple(T) -> list_to_tuple(anon(tuple_to_list(T)));
anon(X) -> X.

%% A boot script with what release_handler reads from it: the
%% application specifications loaded by {apply, {application, load, _}}.
write_boot(Vsn) ->
    {ok, [App]} = file:consult("lib/f-" ++ Vsn ++ "/ebin/f.app"),
    Script = {script, {"frel", Vsn}, [{apply, {application, load, [App]}}]},
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
