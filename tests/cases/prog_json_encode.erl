#!/usr/bin/env escript
-module(prog_json_encode).
-mode(compile).
-export([main/1]).
enc(true) -> "true";
enc(false) -> "false";
enc(null) -> "null";
enc(N) when is_integer(N) -> integer_to_list(N);
enc(F) when is_float(F) -> float_to_list(F, [short]);
enc(B) when is_binary(B) -> [$", escape(binary_to_list(B)), $"];
enc(A) when is_atom(A) -> enc(atom_to_binary(A));
enc(L) when is_list(L) -> [$[, lists:join($,, [enc(X) || X <- L]), $]];
enc(M) when is_map(M) ->
    [${, lists:join($,, [[enc(K), $:, enc(V)] || {K, V} <- lists:sort(maps:to_list(M))]), $}].
escape([]) -> [];
escape([$" | T]) -> [$\\, $" | escape(T)];
escape([$\n | T]) -> [$\\, $n | escape(T)];
escape([C | T]) -> [C | escape(T)].
main(_) ->
    Doc = #{name => <<"ferl">>, version => 1, tags => [<<"vm">>, <<"erlang">>], nested => #{ok => true, pi => 3.14, nil => null},
            quote => <<"say \"hi\"\n">>, empty => [], emptyobj => #{}},
    Out = enc(Doc),
    io:format("~s~n", [Out]),
    io:format("~p~n", [iolist_size(Out)]),
    io:format("~p~n", [iolist_to_binary(enc([1, 2.5, -3, [], [[]]]))]).
