#!/usr/bin/env escript
%% An uncaught construction failure on a long bitstring shows its two ends
%% (erl_erts_errors's possibly_truncated/1: byte_size counts the partial byte).
-module(bs_fail_long_value).
-mode(compile).
main(_) -> B = list_to_binary(lists:seq(1, 40)), X = <<B/binary, 1:3>>, <<X/binary>>.
