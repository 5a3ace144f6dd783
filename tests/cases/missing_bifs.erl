#!/usr/bin/env escript
%% BIFs and library functions that were missing: erlang:md5/1 and the
%% incremental md5 functions, fun_to_list/1, ref_to_list/1, nodes/1,
%% time_offset/0,1, function_exported/3 for BIFs; os:cmd/1,2, getenv/0,
%% env/0, putenv/2, unsetenv/1, find_executable/1,2, version/0,
%% perf_counter/0,1 (with OTP's errors); timer:send_interval/2,3,
%% apply_interval/4.
-module(missing_bifs).
-mode(compile).
main(_) ->
    io:format("~p~n", [erlang:md5(<<>>)]),
    io:format("~p~n", [erlang:md5("The quick brown fox jumps over the lazy dog")]),
    io:format("~p~n", [erlang:md5([<<"ab">>, "c", [100 | <<"e">>]])]),
    Big = binary:copy(<<"0123456789">>, 1000),
    io:format("~p~n", [erlang:md5(Big)]),
    C = lists:foldl(fun(I, Ctx) -> erlang:md5_update(Ctx, binary:part(Big, I * 7, 7)) end, erlang:md5_init(), lists:seq(0, 1427)),
    io:format("~p~n", [erlang:md5_final(erlang:md5_update(C, binary:part(Big, 9996, 4))) =:= erlang:md5(Big)]),
    io:format("~p~n", [[err(fun() -> erlang:md5(a) end), err(fun() -> erlang:md5_final(<<"x">>) end)]]),
    F = fun lists:map/2,
    io:format("~p ~p~n", [erlang:fun_to_list(F), err(fun() -> erlang:fun_to_list(a) end)]),
    io:format("~p~n", [err(fun() -> erlang:ref_to_list(a) end)]),
    io:format("~p~n", [is_list(erlang:ref_to_list(make_ref()))]),
    io:format("~p ~p ~p ~p~n", [erlang:nodes(visible), erlang:nodes([this]), erlang:nodes(known), err(fun() -> erlang:nodes(bad) end)]),
    io:format("~p~n", [abs(erlang:monotonic_time() + erlang:time_offset() - erlang:system_time()) < 50000000]),
    io:format("~p~n", [is_integer(erlang:time_offset(millisecond))]),
    io:format("~p~n", [os:cmd("echo hello; echo world")]),
    io:format("~p~n", [os:cmd("printf 'abcdef'", #{max_size => 3})]),
    io:format("~p~n", [[err(fun() -> os:cmd({a}) end), err(fun() -> os:cmd("ls", [a]) end), err(fun() -> os:perf_counter(bad) end), err(fun() -> os:getenv(1) end), err(fun() -> os:unsetenv(x) end), err(fun() -> os:putenv("A", [0]) end), os:cmd([$e, "cho", [" deep"]]), os:cmd('echo atom')]]),
    true = os:putenv("FERL_TEST_VAR", "v1"),
    io:format("~p ~p~n", [os:getenv("FERL_TEST_VAR"), lists:member("FERL_TEST_VAR=v1", os:getenv())]),
    io:format("~p~n", [lists:member({"FERL_TEST_VAR", "v1"}, os:env())]),
    true = os:unsetenv("FERL_TEST_VAR"),
    io:format("~p ~p~n", [os:getenv("FERL_TEST_VAR"), err(fun() -> os:putenv("A=B", "x") end)]),
    io:format("~p ~p~n", [os:find_executable("sh") =/= false, os:find_executable("no_such_program_xyz")]),
    io:format("~p~n", [os:find_executable("sh", "/bin")]),
    {A, B, C2} = os:version(), io:format("~p~n", [is_integer(A + B + C2)]),
    P1 = os:perf_counter(), P2 = os:perf_counter(1000),
    io:format("~p~n", [is_integer(P1) andalso is_integer(P2)]),
    io:format("~p~n", [[erlang:function_exported(M, Fn, Ar) || {M, Fn, Ar} <- [{erlang, abs, 1}, {maps, get, 2}, {erlang, md5, 1}, {os, cmd, 1}, {erlang, no_such_bif, 1}]]]),
    {ok, TRef} = timer:send_interval(20, tick),
    [receive tick -> ok end || _ <- [1, 2, 3]],
    io:format("~p~n", [timer:cancel(TRef)]),
    Self = self(),
    {ok, T2} = timer:apply_interval(10, erlang, send, [Self, applied]),
    [receive applied -> ok end || _ <- [1, 2]],
    {ok, cancel} = timer:cancel(T2),
    io:format("~p~n", [timer:send_interval(-1, x)]),
    ok.

err(F) ->
    try F() catch C:R:S -> {C, R, hd(S)} end.
