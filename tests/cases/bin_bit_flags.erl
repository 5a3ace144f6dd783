#!/usr/bin/env escript
-module(bin_bit_flags).
-mode(compile).
-export([main/1]).
%% IPv4-like header parse
parse(<<Ver:4, IHL:4, DSCP:6, ECN:2, Len:16, Id:16, Flags:3, Frag:13,
        TTL:8, Proto:8, Csum:16, S1,S2,S3,S4, D1,D2,D3,D4, Rest/binary>>) ->
    OptLen = (IHL - 5) * 4,
    <<Opts:OptLen/binary, Payload/binary>> = Rest,
    #{ver => Ver, ihl => IHL, dscp => DSCP, ecn => ECN, len => Len, id => Id,
      df => Flags band 2 =/= 0, mf => Flags band 1 =/= 0, frag => Frag,
      ttl => TTL, proto => Proto, csum => Csum,
      src => {S1,S2,S3,S4}, dst => {D1,D2,D3,D4}, opts => Opts, payload => Payload}.
build(M) ->
    #{ver := V, ihl := I, ttl := T, src := {A,B,C,D}, dst := {E,F,G,H}} = M,
    Opts = maps:get(opts, M, <<>>),
    <<V:4, I:4, 0:6, 1:2, 40:16, 16#abcd:16, 2:3, 0:13, T, 6, 0:16, A,B,C,D, E,F,G,H,
      Opts/binary, (maps:get(payload, M))/binary>>.
main(_) ->
    Pkt = build(#{ver => 4, ihl => 6, ttl => 64, src => {10,0,0,1}, dst => {192,168,1,254},
                  opts => <<1,2,3,4>>, payload => <<"data!">>}),
    io:format("~w~n", [Pkt]),
    P = parse(Pkt),
    [io:format("~p = ~p~n", [K, V]) || {K, V} <- lists:sort(maps:to_list(P))],
    <<Flags:8>> = <<1:1, 0:1, 1:1, 1:1, 0:4>>,
    io:format("flags ~.2B~n", [Flags]),
    Names = [fin, syn, rst, psh, ack, urg, ece, cwr],
    Set = fun(Byte) -> [N || {N, I} <- lists:zip(Names, lists:seq(0, 7)), Byte band (1 bsl I) =/= 0] end,
    [io:format("~3w -> ~w~n", [X, Set(X)]) || X <- [0, 1, 2, 18, 255, 16#A5]],
    <<A:1, B:2, C:5>> = <<16#B7>>,
    io:format("~w ~w ~w~n", [A, B, C]),
    <<_:3, Mid:10/bits, Tail/bits>> = <<16#DEADBEEF:32>>,
    io:format("~w ~w~n", [Mid, Tail]),
    io:format("~w~n", [<<Mid/bits, Tail/bits, 1:3>>]).
