#!/usr/bin/env escript
%% Output to an io server process: io:format/fwrite/put_chars/nl/write
%% send OTP's io requests to a device pid, a registered name, or the
%% caller's group leader when it is a process (output captured by a
%% custom group leader); the server's error reply, a dead server, the
%% caller itself and a name with no process fail as OTP's io fails.
-module(io_server_requests).
-mode(compile).

main(_) ->
    Server = spawn(fun() -> server([]) end),
    ok = io:format(Server, "~p and ~s~n", [{a, 1}, "text"]),
    ok = io:fwrite(Server, "~w~n", [[1, 2]]),
    ok = io:put_chars(Server, ["deep", [$l, "ist"], <<" bin">>]),
    ok = io:nl(Server),
    ok = io:write(Server, {tuple, "str"}),
    register(named_server, Server),
    ok = io:put_chars(named_server, "\nby name\n"),
    io:format("~p~n", [requests(Server)]),
    Self = self(),
    Child = spawn(fun() ->
                          group_leader(Server, self()),
                          io:format("from child ~p~n", [x]),
                          io:put_chars("child chars\n"),
                          io:nl(),
                          io:write(done),
                          Self ! {done, catch io:format("~d~n", [bad])}
                  end),
    receive {done, R} -> io:format("child's bad format: ~p~n", [element(1, R)]) end,
    _ = Child,
    io:format("~p~n", [requests(Server)]),
    io:format("~ts", [output(Server)]),
    Dead = spawn(fun() -> ok end),
    Ref = monitor(process, Dead),
    receive {'DOWN', Ref, _, _, _} -> ok end,
    Tests = [fun() -> io:format(Dead, "x", []) end,
             fun() -> io:put_chars(self(), "x") end,
             fun() -> io:nl(no_such_device) end,
             fun() -> io:format(Server, "~d", [bad]) end,
             fun() -> io:put_chars(Server, [bad]) end],
    [try T() of V -> io:format("returned ~p~n", [V])
     catch C:E:S -> io:format("~p ~p ~p~n", [C, E, hd(S)])
     end || T <- Tests],
    ok.

requests(Server) ->
    Server ! {requests, self()},
    receive {requests, Rs} -> Rs end.

output(Server) ->
    Server ! {output, self()},
    receive {output, O} -> O end.

%% A small io server: answers put_chars requests (formatting those that
%% name a function), keeps the requests and the text.
server(Acc) ->
    receive
        {io_request, From, ReplyAs, Request} ->
            {Reply, Text} = handle(Request),
            From ! {io_reply, ReplyAs, Reply},
            server([{Request, Text} | Acc]);
        {requests, From} ->
            From ! {requests, [R || {R, _} <- lists:reverse(Acc)]},
            server([]);
        {output, From} ->
            From ! {output, [T || {_, T} <- lists:reverse(Acc)]},
            server(Acc)
    end.

handle({put_chars, Enc, M, F, A}) ->
    case catch apply(M, F, A) of
        {'EXIT', _} -> {{error, F}, ""};
        Chars -> handle({put_chars, Enc, Chars})
    end;
handle({put_chars, _Enc, Chars}) ->
    case catch unicode:characters_to_list(Chars) of
        L when is_list(L) -> {ok, L};
        _ -> {{error, put_chars}, ""}
    end;
handle(_) ->
    {{error, request}, ""}.
