#!/usr/bin/env escript
%% The upgrade-under-load soak (see README.md): a release whose
%% application (soak, v1/ and v2/) runs PROCS workers passing tokens to
%% each other without pause, while the release handler takes the release
%% from 1 to 2 and back CYCLES times (install_release and make_permanent
%% each way; the downgrade installs release 1 again, as OTP does).
%%
%%     escript main.erl [PROCS [CYCLES [TOKENS]]]
%%
%% (defaults 1000, 6 and 20). TOKENS is how many tokens are in
%% flight: each runnable worker holds one, so it is also the length of the
%% run queue every sequential call (the release handler suspends,
%% changes and resumes the workers one by one) waits behind.
%%
%% Run it in a scratch copy of this directory: it compiles the two
%% versions into lib/soak-1 and lib/soak-2, writes boot scripts, the
%% relup and RELEASES under releases/, as tests/scenarios/release_up_down
%% does (so that it runs the same under OTP and ferl). Every worker and
%% both supervisors are monitored. After each cycle it prints what was
%% received so far, erlang:memory(total) and (processes), the process
%% count and the number of loaded modules. At the end it stops the
%% senders, drains (a stats call to each worker comes after every token
%% already in its queue) and checks: tokens sent (injected + passed on)
%% equal tokens received; tokens were received over every cycle; no
%% monitored process died; every worker is back at version 1 with 2 *
%% CYCLES code changes behind it; the process count and the number of
%% loaded modules at the end equal those after cycle 1; memory at the end
%% is within a bound of memory after cycle 1. It prints a summary and
%% exits with status 1 on any violation.
-mode(compile).

%% Memory at the end may exceed the most memory seen in the first half of
%% the cycles by this many percent plus MEM_SLACK bytes. The first half,
%% not cycle 1: the workers' heaps grow to their steady size over the
%% first cycles (on two cores, 1,000 workers' memory triples by cycle 5,
%% then stays flat), and allocators keep freed pages. A gross leak fails
%% this; a slow one shows in the growth per cycle printed for long runs.
-define(MEM_PERCENT, 100).
-define(MEM_SLACK, 16 * 1024 * 1024).

main(Args) ->
    [Procs, Cycles | Rest] = [list_to_integer(A) || A <- Args] ++
                             lists:nthtail(min(length(Args), 2), [1000, 6]),
    Tokens = case Rest of [T | _] -> T; [] -> 20 end,
    logger:set_primary_config(level, error),
    Unpack = setup_release(),
    ok = application:start(soak),
    ok = application:start(sasl),
    Unpack(),
    %% A release loads all of an application's modules at start.
    {ok, Mods} = application:get_key(soak, modules),
    [{module, _} = code:ensure_loaded(M) || M <- Mods],
    Workers = [begin {ok, W} = supervisor:start_child(soak_worker_sup, [I, Procs]), W end
               || I <- lists:seq(1, Procs)],
    Sups = [whereis(soak_sup), whereis(soak_worker_sup)],
    [erlang:monitor(process, P) || P <- Sups ++ Workers],
    Tuple = list_to_tuple(Workers),
    [gen_server:cast(element(I rem Procs + 1, Tuple), {token, 0}) || I <- lists:seq(1, Tokens)],
    Injected = Tokens,
    First = hd(Workers),
    Start = measure(Workers),
    report(0, Start),
    Figures = [cycle(C, First, Workers) || C <- lists:seq(1, Cycles)],
    [ok = gen_server:call(W, stop_sending, infinity) || W <- Workers],
    Stats = [gen_server:call(W, stats, infinity) || W <- Workers],
    Sent = Injected + lists:sum([S || {_, S, _, _} <- Stats]),
    Received = lists:sum([R || {_, _, R, _} <- Stats]),
    Deaths = deaths(),
    Stale = length([St || {V, _, _, Ch} = St <- Stats, V =/= 1 orelse Ch =/= 2 * Cycles]),
    End = measure(Workers),
    After1 = case Figures of [F | _] -> F; [] -> Start end,
    io:format("summary: procs ~w cycles ~w tokens ~w~n", [Procs, Cycles, Tokens]),
    io:format("summary: sent ~w received ~w lost ~w deaths ~w stale ~w~n",
              [Sent, Received, Sent - Received, Deaths, Stale]),
    io:format("summary: memory total start ~w after-cycle-1 ~w end ~w~n",
              [total(Start), total(After1), total(End)]),
    io:format("summary: memory total growth per cycle over the second half ~w~n",
              [growth(Figures)]),
    io:format("summary: memory processes start ~w after-cycle-1 ~w end ~w~n",
              [procmem(Start), procmem(After1), procmem(End)]),
    io:format("summary: process_count after-cycle-1 ~w end ~w; modules after-cycle-1 ~w "
              "end ~w~n", [count(After1), count(End), loaded(After1), loaded(End)]),
    Violations =
        [lost || Sent =/= Received] ++
        [deaths || Deaths =/= 0] ++
        [stale_workers || Stale =/= 0] ++
        [no_traffic || Received =< Injected] ++
        [stalled || stalled([Start | Figures])] ++
        [process_count || count(End) =/= count(After1)] ++
        [loaded_modules || loaded(End) =/= loaded(After1)] ++
        [memory_growth || total(End) > warmed_up(Figures, After1) * (100 + ?MEM_PERCENT) div 100 + ?MEM_SLACK],
    case Violations of
        [] ->
            io:format("soak ok~n");
        _ ->
            io:format("soak FAILED: ~w~n", [Violations]),
            halt(1)
    end.

%% One cycle: up to release 2 and back to 1, each made permanent. After
%% each step a worker says which version it runs, soak_route is loaded
%% in release 2 only, no old code of the soak modules is left (the relup
%% purges it) and the release handler has the releases' statuses right.
%% Returns the figures measured after the cycle.
cycle(C, First, Workers) ->
    {ok, _, _} = release_handler:install_release("2"),
    ok = release_handler:make_permanent("2"),
    in_release("2", "1", First),
    {ok, _, _} = release_handler:install_release("1"),
    ok = release_handler:make_permanent("1"),
    in_release("1", "2", First),
    M = measure(Workers),
    report(C, M),
    M.

in_release(Vsn, Old, First) ->
    Vsn = integer_to_list(gen_server:call(First, vsn, infinity)),
    {file, _} = code:is_loaded(soak_worker),
    Route = (Vsn =:= "2"),
    Route = (code:is_loaded(soak_route) =/= false),
    [false = erlang:check_old_code(M) || M <- [soak_worker, soak_route]],
    [{"soak", Vsn, _, permanent}, {"soak", Old, _, old}] =
        lists:sort(fun(A, B) -> element(4, A) >= element(4, B) end,
                   release_handler:which_releases()),
    ok.

%% {Received so far, memory(total), memory(processes), process count,
%% loaded modules}.
measure(Workers) ->
    Recv = lists:sum([element(3, gen_server:call(W, stats, infinity)) || W <- Workers]),
    {Recv, erlang:memory(total), erlang:memory(processes),
     erlang:system_info(process_count), length(code:all_loaded())}.

%% Whether tokens stopped flowing over some cycle: the count received by
%% its end no higher than at its start.
stalled([A, B | Rest]) -> element(1, B) =< element(1, A) orelse stalled([B | Rest]);
stalled(_) -> false.

%% The most memory in total after any cycle of the first half (at least
%% cycle 1): the baseline once the workers' heaps have warmed up.
warmed_up(Figures, After1) ->
    First = lists:sublist(Figures, max(1, length(Figures) div 2)),
    lists:max([total(After1) | [total(F) || F <- First]]).

%% Bytes memory(total) grew by per cycle from the middle cycle to the
%% last (0 with fewer than 2 cycles): what a leak per cycle would show.
growth(Figures) when length(Figures) >= 2 ->
    Mid = lists:nth(length(Figures) div 2, Figures),
    (total(lists:last(Figures)) - total(Mid)) div (length(Figures) - length(Figures) div 2);
growth(_) ->
    0.

total(M) -> element(2, M).
procmem(M) -> element(3, M).
count(M) -> element(4, M).
loaded(M) -> element(5, M).

report(C, {Recv, Total, ProcMem, Count, Loaded}) ->
    io:format("cycle ~3w: received ~w memory total ~w processes ~w process_count ~w "
              "modules ~w~n", [C, Recv, Total, ProcMem, Count, Loaded]).

deaths() ->
    receive
        {'DOWN', _, process, Pid, Reason} ->
            io:format("death: ~p ~P~n", [Pid, Reason, 20]),
            1 + deaths()
    after 0 ->
        0
    end.

%% Releases 1 and 2 in the current directory, as release_up_down builds
%% them: lib/soak-1 and lib/soak-2 compiled, kernel, stdlib and sasl as
%% empty library directories, boot scripts, the relup, RELEASES; sasl
%% told where the releases are; soak 1 on the code path. Returns the fun
%% that sets release 2 unpacked, to call once sasl runs.
setup_release() ->
    {ok, Root} = file:get_cwd(),
    RelDir = filename:join(Root, "releases"),
    compile_into("v1", "lib/soak-1/ebin"),
    compile_into("v2", "lib/soak-2/ebin"),
    [ok = filelib:ensure_dir(filename:join([Root, "lib", L, "ebin", "x"]))
     || L <- ["kernel-8.5.3", "stdlib-4.2", "sasl-4.2"]],
    LibDirs = [{A, V, filename:join(Root, "lib")}
               || {A, V} <- [{kernel, "8.5.3"}, {stdlib, "4.2"}, {sasl, "4.2"}]],
    [write_boot(V) || V <- ["1", "2"]],
    {ok, _, _, []} = systools:make_relup("releases/2/soak", ["releases/1/soak"],
                                         ["releases/1/soak"],
                                         [{path, ["lib/*/ebin"]}, {outdir, "releases/2"},
                                          silent]),
    ok = release_handler:create_RELEASES(Root, RelDir, filename:join(RelDir, "1/soak.rel"),
                                         LibDirs ++ [{soak, "1", filename:join(Root, "lib")}]),
    true = code:add_patha(filename:join(Root, "lib/soak-1/ebin")),
    ok = application:load(sasl),
    ok = application:set_env(sasl, releases_dir, RelDir),
    fun() ->
            {ok, "2"} = release_handler:set_unpacked(
                          filename:join(RelDir, "2/soak.rel"),
                          LibDirs ++ [{soak, "2", filename:join(Root, "lib")}])
    end.

%% A boot script with what release_handler reads from it: the
%% application specifications loaded by {apply, {application, load, _}}.
write_boot(Vsn) ->
    {ok, [App]} = file:consult("lib/soak-" ++ Vsn ++ "/ebin/soak.app"),
    Script = {script, {"soak", Vsn}, [{apply, {application, load, [App]}}]},
    ok = file:write_file("releases/" ++ Vsn ++ "/start.boot", term_to_binary(Script)).

compile_into(Src, Ebin) ->
    [{ok, _} = compile:file(F, [report_errors, {outdir, Ebin}])
     || F <- filelib:wildcard(filename:join(Src, "*.erl"))],
    ok.
