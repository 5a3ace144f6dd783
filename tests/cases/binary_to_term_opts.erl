#!/usr/bin/env escript
%% binary_to_term/1,2: trailing bytes are ignored, `used` returns the byte
%% count, `safe` refuses atoms (also inside an export fun) that do not
%% exist yet, and an unknown option or an improper option list is badarg.
-mode(compile).

t(F) ->
    try F() catch C:R -> {C, R} end.

main(_) ->
    B = term_to_binary({a, 1}),
    Cases = [
        fun() -> binary_to_term(B, [used]) end,
        fun() -> binary_to_term(<<B/binary, 7>>, [used]) end,
        fun() -> binary_to_term(<<B/binary, 7>>, []) end,
        fun() -> binary_to_term(<<B/binary, 7>>) end,
        fun() -> binary_to_term(B, [bogus]) end,
        fun() -> binary_to_term(B, [safe | x]) end,
        fun() -> binary_to_term(B, [safe, used]) end,
        fun() -> binary_to_term(<<131, 100, 0, 5, "zqxjk">>, [safe]) end,
        fun() -> binary_to_term(<<131, 100, 0, 2, "ok">>, [safe]) end,
        fun() -> binary_to_term(<<131, 119, 5, "qzvwk">>, [safe]) end,
        fun() -> binary_to_term(<<131, 113, 100, 0, 5, "zqxjw", 100, 0, 1, "f", 97, 1>>, [safe]) end,
        fun() -> binary_to_term(<<131, 106, 1, 2>>, [used]) end,
        fun() -> binary_to_term(<<131>>, [used]) end
    ],
    [io:format("~p~n", [t(C)]) || C <- Cases].
