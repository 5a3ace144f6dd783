#!/usr/bin/env escript
%% An appended binary sent to another process never changes, whatever the
%% sender appends afterwards; the receiver's own appends are its own.
-module(bin_append_procs).
-mode(compile).
-export([main/1]).

main(_) ->
    Self = self(),
    Base = build(0, 1000, <<>>),
    P = spawn(fun() -> receiver(Self, []) end),
    P ! {bin, Base},
    %% The sender appends to exactly what it sent.
    More = build(0, 5000, Base),
    P ! {bin, More},
    Again = <<Base/binary, 1, 2, 3>>,
    P ! {bin, <<Again/binary, 4>>},
    Later = build(0, 3000, More),
    P ! check,
    Back = receive {back, Bs} -> Bs end,
    [show(N, B) || {N, B} <- [{base, Base}, {more, More}, {again, Again}, {later, Later}]],
    [show(back, B) || B <- Back],
    %% A spawn's arguments and a fun's environment are copies too.
    Q = spawn(fun() -> Self ! {len, byte_size(<<Later/binary, 9>>), byte_size(Later)} end),
    Later2 = <<Later/binary, 8>>,
    receive {len, L1, L2} -> io:format("~p~n", [{L1, L2, byte_size(Later2), is_pid(Q)}]) end,
    show(later, Later).

receiver(From, Got) ->
    receive
        {bin, B} ->
            receiver(From, [B | Got]);
        check ->
            Got1 = lists:reverse(Got),
            [show(received, B) || B <- Got1],
            Mine = [<<B/binary, 200, 201>> || B <- Got1],
            [show(mine, B) || B <- Mine],
            From ! {back, Got1 ++ Mine}
    end.

build(N, N, Acc) -> Acc;
build(I, N, Acc) -> build(I + 1, N, <<Acc/binary, (I * 13 band 255)>>).

show(Name, B) ->
    Size = byte_size(B),
    io:format("~p: ~p bytes, sum ~p, tail ~w~n",
              [Name, Size, lists:sum(binary_to_list(B)), binary:part(B, Size, -min(Size, 4))]).
