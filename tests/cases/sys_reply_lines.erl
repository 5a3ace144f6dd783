#!/usr/bin/env escript
%% A special process whose system messages carry a malformed From: the
%% reply fails in gen:reply/2, and the stack trace shows the lines OTP's
%% sys:handle_system_msg/8 sends each outcome's reply from (suspended,
%% running, terminating). Then the ordinary requests on a gen_server:
%% suspend, calls queued while suspended, change_code, resume, get_state,
%% and a request to a server that has just terminated.
-module(sys_reply_lines).
-mode(compile).
-export([main/1, init/1, system_continue/3, system_terminate/4, system_code_change/4,
         handle_call/3, handle_cast/2, code_change/3]).

main(_) ->
    [probe(Req) || Req <- [suspend, resume, get_state, {terminate, normal}, bogus]],
    {ok, S} = gen_server:start(?MODULE, 0, []),
    ok = sys:suspend(S),
    Self = self(),
    Caller = spawn(fun() -> Self ! {called, gen_server:call(S, bump)} end),
    receive {called, _} = Early -> io:format("early ~p~n", [Early]) after 100 -> ok end,
    io:format("state while suspended ~p~n", [sys:get_state(S)]),
    ok = sys:change_code(S, ?MODULE, old, extra),
    io:format("second change_code ~p~n", [sys:change_code(S, ?MODULE, old, extra, 1000)]),
    ok = sys:resume(S),
    receive {called, N} -> io:format("called after resume ~p~n", [N]) end,
    io:format("state ~p~n", [sys:get_state(S)]),
    io:format("replace ~p~n", [sys:replace_state(S, fun(X) -> X * 10 end)]),
    io:format("resume running ~p~n", [sys:resume(S)]),
    io:format("change_code running ~p~n", [sys:change_code(S, ?MODULE, old, extra)]),
    exit(Caller, kill),
    ok = sys:terminate(S, normal),
    %% The server may still be ending: its 'DOWN' says noproc either way.
    {'EXIT', {Why, {sys, get_state, [_]}}} = (catch sys:get_state(S)),
    io:format("after terminate ~p~n", [Why]),
    ok.

probe(Req) ->
    Self = self(),
    P = spawn(fun() -> Self ! {self(), loop(Self)} end),
    P ! {system, bad_from, Req},
    receive
        {P, {Class, Reason, Trace}} ->
            Frames = [{M, F, A, proplists:get_value(line, L)} || {M, F, A, L} <- Trace, M =:= sys orelse M =:= gen],
            io:format("~p: ~p ~p ~p~n", [Req, Class, Reason, Frames])
    end.

loop(Parent) ->
    receive
        {system, From, Req} ->
            try sys:handle_system_msg(Req, From, Parent, ?MODULE, [], state)
            catch Class:Reason:Trace -> {Class, Reason, Trace}
            end
    end.

system_continue(Parent, _, _) -> loop(Parent).
system_terminate(Reason, _, _, _) -> exit(Reason).
system_code_change(Misc, _, _, _) -> {ok, Misc}.

init(N) -> {ok, N}.
handle_call(bump, _From, N) -> {reply, N + 1, N + 1}.
handle_cast(_, N) -> {noreply, N}.
code_change(old, N, extra) -> {ok, N + 100}.
