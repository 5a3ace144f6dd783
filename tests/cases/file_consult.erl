#!/usr/bin/env escript
-module(file_consult).
-mode(compile).
-export([main/1]).

%% file:consult/1: constant terms, and OTP's scan and parse errors.
main(_) ->
    D = "file_scratch_consult",
    ok = file:make_dir(D),
    Cases = [
        "{a,1}.\n\"str\". [1,2|x].\n#{a=>1, \"k\" => [b]}. <<1,2,\"ab\">>. -5. 1.5. +7.\n",
        "%% comment only\n",
        "",
        "{config, [{port, 8080}, {name, \"srv\"}, {opts, []}]}.\n% trailing comment\n",
        "'quoted atom'. $a. 16#ff. 2#101. 1.0e3. -2.5. 'A'. [$a|\"bc\"]. \"a\" \"b\". {}.\n",
        "{a,1}.\n{b,\n}.\n",
        "1+2.\n",
        "{a,1}\n",
        "{a,1}.\n{b,\n2}\n\n",
        "foo(.\n",
        "{a, X}.\n",
        "foo().\n",
        "fun() -> ok end.\n",
        "#r{a=1}.\n",
        "{a,1}. \"abc\n",
        "{a,1}. 'abc\n",
        "{a,1}. $",
        "{a,1}. 1.5e.\n",
        "1, 2.\n",
        "{ok}. } .\n"
    ],
    lists:foldl(
      fun(Text, N) ->
              F = D ++ "/t" ++ integer_to_list(N),
              ok = file:write_file(F, Text),
              io:format("~p: ~p~n", [N, file:consult(F)]),
              ok = file:delete(F),
              N + 1
      end, 1, Cases),
    io:format("~p~n", [file:consult(D ++ "/missing")]),
    io:format("~p~n", [file:consult(D)]),
    io:format("~p~n", [file:consult(123)]),
    io:format("~p~n", [file:del_dir(D)]).
