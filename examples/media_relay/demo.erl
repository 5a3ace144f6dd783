#!/usr/bin/env escript
%% The live upgrade demo: a media relay serving many streams is upgraded
%% from version 1 to version 2 and back while a client keeps streaming,
%% and shows that no packet was lost and no stream dropped.
%%
%%     cargo run --release -- examples/media_relay/demo.erl [STREAMS]
%%
%% The relay (v1/, v2/) is an OTP application: a supervisor with one
%% gen_server per stream, each forwarding the packets it receives to a
%% sink, in order. Version 2 counts bytes per stream with a module of its
%% own (relay_meter), so its relay_stream has a new state shape and a
%% code_change/3; v2/relay.appup says how to go up and down. The demo
%% builds both versions into a release-style lib directory
%% (lib/relay-1/ebin, lib/relay-2/ebin), starts version 1, opens the
%% streams, and starts a pump that sends every stream a packet every 20 ms
%% (50 packets a second each, like a video stream). Then, with packets
%% flowing, it checks the upgrade with ferl's upgrade checker, runs it
%% with the release handler (release_handler:upgrade_app/2: the streams
%% are suspended, relay_meter and relay_stream are loaded, every stream's
%% state goes through code_change, the streams are resumed), waits until
%% every stream relays version 2 packets, and goes back
%% (downgrade_app/2). Finally it stops the pump and counts: every packet
%% sent must have been relayed, in order, and every stream process must
%% still be the one it started with. The exit status is 0 only then.
-module(demo).
-mode(compile).
-export([main/1]).

-define(PERIOD_MS, 20).

main(Args) ->
    Streams = case Args of
                  [N | _] -> list_to_integer(N);
                  [] -> 1000
              end,
    Here = filename:dirname(escript:script_name()),
    Lib = build(Here),
    Scratch = filename:dirname(Lib),
    Old = filename:join(Lib, "relay-1"),
    New = filename:join(Lib, "relay-2"),
    true = code:add_patha(filename:join(Old, "ebin")),
    ok = application:start(relay),
    %% A release loads all of an application's modules at start (embedded
    %% mode); do the same, so the upgrade replaces loaded code.
    {ok, Mods} = application:get_key(relay, modules),
    [{module, _} = code:ensure_loaded(M) || M <- Mods],
    io:format("media relay version 1 started~n"),

    Sink = spawn_link(fun() -> sink(#{}, 0, 0) end),
    Pids = [begin {ok, P} = relay_sup:open(I, Sink), P end || I <- lists:seq(1, Streams)],
    Watcher = spawn_link(fun() -> watch(Pids) end),
    Pump = spawn_link(fun() -> pump(list_to_tuple(Pids), 1, 0) end),
    io:format("~w streams open, a packet every ~w ms on each~n", [Streams, ?PERIOD_MS]),
    wait_all_tagged(Sink, Streams, v1),
    stream_for(Sink, Streams, 25),

    check_upgrade(Old, New),
    {UpUs, Up} = timer:tc(release_handler, upgrade_app, [relay, New]),
    io:format("upgrade to 2:   ~p in ~w ms (streams suspended, code changed, resumed)~n",
              [Up, UpUs div 1000]),
    wait_all_tagged(Sink, Streams, v2),
    stream_for(Sink, Streams, 25),
    io:format("every stream now relays version 2 packets; stream 1 reports ~w~n",
              [gen_server:call(element(1, list_to_tuple(Pids)), stats)]),

    {DownUs, Down} = timer:tc(release_handler, downgrade_app, [relay, Old]),
    io:format("downgrade to 1: ~p in ~w ms~n", [Down, DownUs div 1000]),
    wait_all_tagged(Sink, Streams, v1),
    stream_for(Sink, Streams, 25),
    io:format("every stream relays version 1 packets again; stream 1 reports ~w~n",
              [gen_server:call(element(1, list_to_tuple(Pids)), stats)]),

    Pump ! {stop, self()},
    Sent = receive {sent, S} -> S end,
    %% A call to each stream returns after it forwarded every packet cast
    %% to it before; then the sink has them all in its queue.
    [_ = gen_server:call(P, stats) || P <- Pids],
    {Relayed, Disorder, MaxGap} = ask(Sink, totals),
    Deaths = ask(Watcher, deaths),
    Alive = length([P || P <- Pids, is_process_alive(P)]),
    Lost = Sent - Relayed,
    io:format("packets sent ~w, relayed ~w, lost ~w, out of order ~w~n", [Sent, Relayed, Lost, Disorder]),
    io:format("streams ~w, still running ~w, died ~w~n", [Streams, Alive, Deaths]),
    io:format("longest wait between two packets of a stream: ~w ms (~w ms when nothing happens)~n",
              [MaxGap, ?PERIOD_MS]),
    ok = file:del_dir_r(Scratch),
    case {Lost, Disorder, Deaths, Alive} of
        {0, 0, 0, Streams} -> io:format("ok: upgraded and downgraded live, nothing lost~n");
        _ -> io:format("FAILED~n"), halt(1)
    end.

%% ---------------------------------------------------------------- build

%% Compiles v1/ and v2/ into lib/relay-1/ebin and lib/relay-2/ebin (with
%% their .app and .appup) in a scratch directory; its lib directory.
build(Here) ->
    Tmp = case os:getenv("TMPDIR") of
              false -> "/tmp";
              T -> T
          end,
    Lib = filename:join([Tmp, "ferl-media-relay-" ++ os:getpid(), "lib"]),
    [build_version(filename:join(Here, V), filename:join([Lib, "relay-" ++ Vsn, "ebin"]))
     || {V, Vsn} <- [{"v1", "1"}, {"v2", "2"}]],
    Lib.

build_version(Src, Ebin) ->
    ok = filelib:ensure_dir(filename:join(Ebin, "x")),
    [{ok, _} = compile:file(F, [report, {outdir, Ebin}]) || F <- filelib:wildcard(filename:join(Src, "*.erl"))],
    [{ok, _} = file:copy(F, filename:join(Ebin, filename:basename(F)))
     || F <- filelib:wildcard(filename:join(Src, "relay.app*"))],
    ok.

%% ferl's upgrade checker reads both versions and the appup before
%% anything runs (the same check as `ferl relup check --app relay OLD NEW`)
%% and the demo refuses to go on if it finds a blocking problem.
check_upgrade(Old, New) ->
    {ok, Sections} = relup_check:appup(relay, Old, New),
    Findings = lists:append([maps:get(findings, S, []) || S <- Sections]),
    case {relup_check:errors(Findings), Findings} of
        {[], []} ->
            io:format("upgrade checker: the appup is safe to run, up and down~n");
        {[], _} ->
            io:format("upgrade checker: no blocking problem; warnings:~n~ts", [relup_check:format(Sections)]);
        _ ->
            io:format("upgrade checker: this upgrade would fail:~n~ts", [relup_check:format(Sections)]),
            halt(1)
    end.

%% ------------------------------------------------------------ the client

%% Sends packet Seq to every stream, every PERIOD_MS, until told to stop.
pump(Streams, Seq, Sent) ->
    Payload = <<"frame ", Seq:32, 0:(8 * 180)>>,
    [relay_stream:packet(element(I, Streams), Seq, Payload) || I <- lists:seq(1, tuple_size(Streams))],
    Sent1 = Sent + tuple_size(Streams),
    receive
        {stop, From} -> From ! {sent, Sent1}
    after ?PERIOD_MS ->
        pump(Streams, Seq + 1, Sent1)
    end.

%% Receives what the streams relay: per stream the next sequence number
%% expected, the version tag of the last packet and when it came; the
%% longest gap between two packets of one stream.
sink(Streams, Count, Disorder) ->
    sink(Streams, Count, Disorder, 0).

sink(Streams, Count, Disorder, MaxGap) ->
    receive
        {relayed, Id, Seq, Tag, _Payload} ->
            Now = erlang:monotonic_time(millisecond),
            {Next, D, Gap} = case Streams of
                                 #{Id := {Seq, _, Last}} -> {Seq + 1, Disorder, Now - Last};
                                 #{Id := {_, _, Last}} -> {Seq + 1, Disorder + 1, Now - Last};
                                 _ when Seq =:= 1 -> {2, Disorder, 0};
                                 _ -> {Seq + 1, Disorder + 1, 0}
                             end,
            sink(Streams#{Id => {Next, Tag, Now}}, Count + 1, D, max(Gap, MaxGap));
        {{tagged, Tag}, From} ->
            From ! {self(), length([Id || {Id, {_, T, _}} <- maps:to_list(Streams), T =:= Tag])},
            sink(Streams, Count, Disorder, MaxGap);
        {count, From} ->
            From ! {self(), Count},
            sink(Streams, Count, Disorder, MaxGap);
        {totals, From} ->
            From ! {self(), {Count, Disorder, MaxGap}},
            sink(Streams, Count, Disorder, MaxGap)
    end.

%% Lets Rounds more packets reach every stream (about Rounds * PERIOD_MS).
stream_for(Sink, Streams, Rounds) ->
    Target = ask(Sink, count) + Streams * Rounds,
    wait_count(Sink, Target).

wait_count(Sink, Target) ->
    case ask(Sink, count) >= Target of
        true -> ok;
        false -> receive after ?PERIOD_MS -> wait_count(Sink, Target) end
    end.

%% Waits until every stream's last relayed packet carries Tag.
wait_all_tagged(Sink, Streams, Tag) ->
    case ask(Sink, {tagged, Tag}) of
        Streams -> ok;
        _ -> receive after ?PERIOD_MS -> wait_all_tagged(Sink, Streams, Tag) end
    end.

%% Counts the streams that die.
watch(Pids) ->
    [monitor(process, P) || P <- Pids],
    watch_loop(0).

watch_loop(Deaths) ->
    receive
        {'DOWN', _, process, _, _} -> watch_loop(Deaths + 1);
        {deaths, From} -> From ! {self(), Deaths}, watch_loop(Deaths)
    end.

ask(Pid, Question) ->
    Pid ! {Question, self()},
    receive {Pid, Answer} -> Answer end.
