#!/usr/bin/env escript
-mode(compile).
%% binary_to_term on malformed input: a map with a repeated key, a
%% bitstring whose last byte holds no bits, a 0-byte bignum.
t(F) -> try F() catch C:R -> {C,R} end.
main(_) ->
  io:format("~p~n", [[t(fun() -> binary_to_term(<<131,116,0,0,0,2,97,1,97,2,97,1,97,3>>) end),
                      t(fun() -> binary_to_term(<<131,77,0,0,0,1,0,5>>) end),
                      t(fun() -> binary_to_term(<<131,77,0,0,0,1,3,255>>) end),
                      t(fun() -> binary_to_term(<<131,110,1,0,0>>) end)]]).
