%% base64: RFC 4648 base 64 encoding and decoding of binaries and strings.
-module(base64).
-export([encode/1, encode_to_string/1, decode/1, decode_to_string/1,
         mime_decode/1, mime_decode_to_string/1]).

-spec encode(binary() | string()) -> binary().
encode(Data) when is_list(Data) -> encode(list_to_binary(Data));
encode(Data) when is_binary(Data) -> list_to_binary(enc(Data, [])).

-spec encode_to_string(binary() | string()) -> string().
encode_to_string(Data) -> binary_to_list(encode(Data)).

enc(<<A:6, B:6, C:6, D:6, Rest/binary>>, Acc) ->
    enc(Rest, [c(D), c(C), c(B), c(A) | Acc]);
enc(<<A:6, B:6, C:4>>, Acc) ->
    lists:reverse(Acc, [c(A), c(B), c(C bsl 2), $=]);
enc(<<A:6, B:2>>, Acc) ->
    lists:reverse(Acc, [c(A), c(B bsl 4), $=, $=]);
enc(<<>>, Acc) ->
    lists:reverse(Acc).

c(N) when N < 26 -> $A + N;
c(N) when N < 52 -> $a + N - 26;
c(N) when N < 62 -> $0 + N - 52;
c(62) -> $+;
c(63) -> $/.

-spec decode(binary() | string()) -> binary().
decode(Data) when is_binary(Data) -> decode(binary_to_list(Data));
decode(Data) when is_list(Data) ->
    Sixes = [v(C) || C <- Data, not is_ws(C), C =/= $=],
    list_to_binary(dec(Sixes, [])).

-spec decode_to_string(binary() | string()) -> string().
decode_to_string(Data) -> binary_to_list(decode(Data)).

-spec mime_decode(binary() | string()) -> binary().
mime_decode(Data) when is_binary(Data) -> mime_decode(binary_to_list(Data));
mime_decode(Data) when is_list(Data) ->
    Sixes = [v(C) || C <- lists:takewhile(fun(C) -> C =/= $= end, Data), is_b64(C)],
    list_to_binary(dec(Sixes, [])).

-spec mime_decode_to_string(binary() | string()) -> string().
mime_decode_to_string(Data) -> binary_to_list(mime_decode(Data)).

dec([A, B, C, D | Rest], Acc) ->
    dec(Rest, [<<A:6, B:6, C:6, D:6>> | Acc]);
dec([A, B, C], Acc) ->
    <<X:16, _:2>> = <<A:6, B:6, C:6>>,
    lists:reverse(Acc, [<<X:16>>]);
dec([A, B], Acc) ->
    <<X:8, _:4>> = <<A:6, B:6>>,
    lists:reverse(Acc, [<<X:8>>]);
dec([], Acc) ->
    lists:reverse(Acc);
dec(_, _) ->
    erlang:error(function_clause).

is_ws(C) -> C =:= $\s orelse C =:= $\t orelse C =:= $\r orelse C =:= $\n.

is_b64(C) -> (C >= $A andalso C =< $Z) orelse (C >= $a andalso C =< $z)
                 orelse (C >= $0 andalso C =< $9) orelse C =:= $+ orelse C =:= $/.

v(C) when C >= $A, C =< $Z -> C - $A;
v(C) when C >= $a, C =< $z -> C - $a + 26;
v(C) when C >= $0, C =< $9 -> C - $0 + 52;
v($+) -> 62;
v($/) -> 63;
v(C) -> erlang:error({badarg, C}).
