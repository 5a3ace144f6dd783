#!/usr/bin/env escript
%% A call to a local function that can never return (it always raises,
%% calls one that never returns, or recurses without a way out) is a tail
%% call wherever it stands, as OTP compiles it: the caller's frame is not
%% in the stack trace. Inside try and catch it stays a plain call, and a
%% function that may return keeps the caller's frame. (OTP also uses the
%% argument types of a function's callers, which ferl does not: these
%% calls do not depend on them.)
-module(noreturn_tail_calls).
-mode(compile).

main(_) ->
    t(fun() -> bind_then_fail() end),
    t(fun() -> add_throw(1) end),
    t(fun() -> exit_chain(3) end),
    t(fun() -> len_sum([a, b | c]) end),
    t(fun() -> branch(one) end),
    t(fun() -> branch(two) end),
    t(fun() -> all_branches(b) end),
    t(fun() -> in_try() end),
    t(fun() -> in_catch() end),
    t(fun() -> in_of(1) end),
    put(zero, 0),
    t(fun() -> may_return(get(zero)) end),
    t(fun() -> tuple_arg() end),
    t(fun() -> after_receive() end),
    t(fun() -> (fun(X) -> {X, fail(in_fun)} end)(1) end),
    ok.

t(F) ->
    try F() of
        V -> io:format("value ~p~n", [V])
    catch
        C:R:S -> io:format("~p ~p~n~p~n", [C, R, S])
    end.

fail(R) -> erlang:error(R).
fail(R, Args) -> error(R, Args).
thr(N) -> throw({t, N}).

bind_then_fail() -> X = fail(bad), {X, ok}.
add_throw(N) -> Y = thr(N), Y + 1.
exit_chain(N) -> 1 + step(N).
step(N) -> step2(N - 1).
step2(N) -> exit({done, N}).
len_sum(L) -> 1 + len(L).
len([_ | T]) -> 1 + len(T).
branch(X) ->
    R = case X of
            one -> fail(one, [X]);
            _ -> two
        end,
    {R, fail(R)}.
all_branches(X) ->
    case X of
        a -> fail(a);
        _ -> thr(X)
    end,
    unreachable.
in_try() ->
    V = try fail(inside) of _ -> ok catch error:E -> {caught, E} end,
    {V, fail(after_try)}.
in_catch() ->
    V = (catch fail(in_catch)),
    {V, length(V)}.
in_of(N) ->
    try N of
        1 -> Z = fail(in_of), {Z}
    catch
        _:_ -> no
    end.
may_return(N) -> X = maybe_fail(N), {X}.
maybe_fail(0) -> erlang:error(zero);
maybe_fail(N) -> N.
tuple_arg() -> {a, [b | fail(in_tuple)]}.
after_receive() ->
    receive
        never -> ok
    after 0 ->
        R = fail(timeout), R
    end,
    done.
