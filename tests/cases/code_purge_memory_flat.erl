#!/usr/bin/env escript
%% A module loaded and purged again and again (as a release goes up and
%% down for weeks) must not leave its code behind: once warmed up, 1,500
%% more load + purge rounds of a 40-function module grow memory(total)
%% by well under the module's size each time. (Its literals are few: ferl
%% keeps a purged module's literals, which OTP copies out and frees.)
%% A fun of the purged code still runs, in the current code, when that is
%% the same object code (OTP keys funs by the module's checksum).
-module(code_purge_memory_flat).
-mode(compile).
-export([main/1]).

main(_) ->
    Dir = "/tmp/ferl_code_purge_memory_flat",
    ok = filelib:ensure_dir(filename:join(Dir, "x")),
    Src = filename:join(Dir, "cpmf_mod.erl"),
    ok = file:write_file(Src, source(40)),
    {ok, cpmf_mod, Bin} = compile:file(Src, [binary, report]),
    ok = file:delete(Src),
    ok = file:del_dir(Dir),
    rounds(Bin, 100),
    Before = erlang:memory(total),
    N = 1500,
    rounds(Bin, N),
    PerLoad = (erlang:memory(total) - Before) div N,
    io:format("result ~p~n", [cpmf_mod:f40(2)]),
    io:format("growth per load under 4 KB: ~p~n", [PerLoad < 4096]),
    %% a fun of purged code is refused; a process in it is killed
    F = cpmf_mod:fun_of(1),
    P = spawn(cpmf_mod, wait, []),
    {module, cpmf_mod} = code:load_binary(cpmf_mod, "cpmf_mod.erl", Bin),
    R = monitor(process, P),
    io:format("purge ~p~n", [code:purge(cpmf_mod)]),
    receive {'DOWN', R, process, P, Why} -> io:format("down ~p~n", [Why]) end,
    io:format("old fun ~p~n", [catch element(1, F(2))]),
    io:format("current ~p~n", [cpmf_mod:f1(1)]).

rounds(_, 0) -> ok;
rounds(Bin, K) ->
    code:purge(cpmf_mod),
    {module, cpmf_mod} = code:load_binary(cpmf_mod, "cpmf_mod.erl", Bin),
    rounds(Bin, K - 1).

source(N) ->
    Fs = [io_lib:format("f~p(X) -> case X of {a, Y} -> [Y, ~p | f~p(Y)]; N when is_integer(N) -> {N + ~p, text, ~p}; _ -> erlang:error({bad, X}) end.~n",
                        [I, I, max(I - 1, 1), I, I]) || I <- lists:seq(1, N)],
    ["-module(cpmf_mod).\n-compile(export_all).\n-compile(nowarn_export_all).\n",
     "wait() -> receive stop -> ok end.\n",
     "fun_of(A) -> fun(B) -> {A + B, B} end.\n" | Fs].
