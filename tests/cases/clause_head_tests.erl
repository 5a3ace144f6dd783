%% Clause heads whose first tests run before the clause's frame is made, and
%% clauses whose only reason for a frame would be `!`: which clause matches,
%% function_clause, and a failing send's stack trace stay as OTP's.
-module(clause_head_tests).
-mode(compile).
-export([main/1]).

main(_) ->
    [io:format("~p -> ~p~n", [A, pick(A, 1)]) || A <- [infinity, hibernate, {continue, x}, {a, b},
                                                       {a, b, c}, [1, 2], [], 7, 7.0, "ab", -1, 123456789012345678901234567890]],
    io:format("~p~n", [catch pick(nope, nope)]),
    io:format("~p~n", [send_ok(self(), hello)]),
    receive M -> io:format("got ~p~n", [M]) end,
    {'EXIT', {badarg, [{erlang, send, [not_a_name, hi], _} | _]}} = (catch send_ok(not_a_name, hi)),
    io:format("badarg ok~n"),
    io:format("~p~n", [catch send_or(not_a_name, hi)]),
    io:format("~p~n", [[shift(X) || X <- [{t, 1}, {t, 1, 2}, {u, 1}, [x | y], "ab"]]]).

%% Every framed clause calls work/1 before answering.
pick(infinity, N) -> work(N), {inf, N};
pick(hibernate, N) -> work(N), hib;
pick({continue, C} = Msg, N) when N > 0 -> work(N), {cont, C, Msg};
pick({a, b}, N) -> work(N), const_tuple;
pick({A, B, C}, N) -> work(N), {three, A, B, C};
pick("ab", N) -> work(N), string;
pick([H | T], N) -> work(N), {list, H, T};
pick([], N) -> work(N), nil;
pick(7, N) -> work(N), seven;
pick(-1, N) -> work(N), minus_one;
pick(123456789012345678901234567890, N) -> work(N), big;
pick(X, N) when is_float(X) -> work(N), float.

work(N) -> N + 1.

send_ok(To, Msg) -> To ! Msg, ok.

send_or(To, Msg) ->
    try To ! Msg, sent
    catch error:badarg -> not_sent
    end.

shift({t, X}) -> work(X), t2;
shift({t, X, Y}) -> work(X), {t3, Y};
shift([x | T]) -> work(1), {xl, T};
shift(Other) -> Other.
