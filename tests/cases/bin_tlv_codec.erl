#!/usr/bin/env escript
-module(bin_tlv_codec).
-mode(compile).
-export([main/1]).
%% TLV: Tag:8, Len:16/big, Value:Len/binary; nested when tag band 16#80
encode({Tag, Children}) when is_list(Children), Tag band 16#80 =/= 0 ->
    Body = << <<(encode(C))/binary>> || C <- Children >>,
    <<Tag:8, (byte_size(Body)):16, Body/binary>>;
encode({Tag, Int}) when is_integer(Int) ->
    Bin = binary:encode_unsigned(Int),
    <<Tag:8, (byte_size(Bin)):16, Bin/binary>>;
encode({Tag, Bin}) when is_binary(Bin) ->
    <<Tag:8, (byte_size(Bin)):16, Bin/binary>>.
decode(<<>>) -> [];
decode(<<Tag:8, Len:16, Value:Len/binary, Rest/binary>>) when Tag band 16#80 =/= 0 ->
    [{Tag, decode(Value)} | decode(Rest)];
decode(<<Tag:8, Len:16, Value:Len/binary, Rest/binary>>) when Tag band 16#40 =/= 0 ->
    [{Tag, binary:decode_unsigned(Value)} | decode(Rest)];
decode(<<Tag:8, Len:16, Value:Len/binary, Rest/binary>>) ->
    [{Tag, Value} | decode(Rest)];
decode(Other) -> [{garbage, Other}].
main(_) ->
    Msgs = [{16#41, 0}, {16#41, 255}, {16#42, 65536}, {16#43, 1 bsl 70},
            {1, <<"hello">>}, {2, <<>>},
            {16#81, [{16#41, 7}, {3, <<"x">>}, {16#82, [{16#44, 300}]}]}],
    lists:foreach(fun(M) ->
        E = encode(M),
        io:format("~p -> ~w~n", [M, E]),
        io:format("  decoded ~p~n", [decode(E)])
    end, Msgs),
    All = << <<(encode(M))/binary>> || M <- Msgs >>,
    io:format("total ~p bytes~n", [byte_size(All)]),
    D = decode(All),
    io:format("roundtrip ~p~n", [[{T, V} || {T, V} <- D] =:= Msgs]),
    io:format("truncated ~p~n", [decode(<<1, 0, 5, "abc">>)]),
    io:format("tags ~w~n", [[T || <<T:8, L:16, _:L/binary>> <= <<1,0,1,9, 2,0,0, 3,0,2,7,7>>]]).
