-module(bin_unit_rest).
-mode(compile).
-export([main/1]).

%% A size-less binary segment keeps its unit: in a pattern it takes only
%% a multiple of the unit; in a construction its value must be one.

m32(<<R/binary-unit:32>>) -> {ok, R};
m32(_) -> nomatch.

m16(<<H, R/binary-unit:16>>) -> {H, R};
m16(_) -> nomatch.

m24(<<R/binary-unit:24>>) -> {ok, bit_size(R)};
m24(_) -> nomatch.

c32(B) -> <<B/binary-unit:32>>.
c3(B) -> <<B/binary-unit:3>>.
app8(B, X) -> <<B/binary, X>>.
app32(B, X) -> <<B/binary-unit:32, X:16>>.
app3(B) -> <<B/binary-unit:3, 1:3>>.

try_it(F) ->
    try F() of V -> V catch C:E -> {C, E} end.

%% Appending grows a writable buffer in place; the unit check holds there too.
grow(0, Acc) -> Acc;
grow(N, Acc) -> grow(N - 1, <<Acc/bits, 1:1>>).

main(_) ->
    io:format("~p~n", [[m32(B) || B <- [<<>>, <<1,2,3>>, <<1,2,3,4>>, <<1,2,3,4,5>>, <<1:33>>, list_to_binary(lists:seq(1, 8))]]]),
    io:format("~p~n", [[m16(B) || B <- [<<1>>, <<1,2>>, <<1,2,3>>, <<1,2:7>>, <<1,2,3:8>>, <<1,2,3,4:1>>]]]),
    io:format("~p~n", [[m24(B) || B <- [<<>>, <<1,2,3>>, <<1:24, 1:1>>, <<0:48>>, <<0:32>>]]]),
    io:format("~p~n", [[try_it(fun() -> c32(B) end) || B <- [<<>>, <<1,2,3>>, <<1,2,3,4>>, <<1:32, 0:8>>]]]),
    io:format("~p~n", [[try_it(fun() -> c3(B) end) || B <- [<<>>, <<1:3>>, <<1:4>>, <<1:6>>]]]),
    [begin
         G = grow(N, <<>>),
         io:format("~p ~p ~p ~p~n", [N, try_it(fun() -> app8(G, 7) end),
                                     try_it(fun() -> app32(G, 7) end),
                                     try_it(fun() -> app3(G) end)])
     end || N <- [0, 1, 3, 6, 8, 16, 24, 32, 33, 64]],
    Big = grow(64, <<>>),
    io:format("~p~n", [try_it(fun() -> app8(<<Big/bits, 1:1>>, 1) end)]),
    io:format("~p~n", [byte_size(app8(app8(Big, 1), 2))]).
