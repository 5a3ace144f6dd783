#!/usr/bin/env escript
-module(try_nested_everywhere).
-mode(compile).
-export([main/1]).
log(X) -> put(log, [X | get_log()]).
get_log() -> case get(log) of undefined -> []; L -> L end.
flush() -> L = lists:reverse(get_log()), erase(log), L.
raise(throw, R) -> throw(R);
raise(error, R) -> error(R);
raise(exit, R) -> exit(R);
raise(ok, R) -> R.
t(Body, Catch, After) ->
    try
        log(body), raise(element(1, Body), element(2, Body))
    of
        V -> log({of_, V}), V
    catch
        C:R ->
            log({caught, C, R}),
            case Catch of
                none -> {handled, C, R};
                {C2, R2} -> raise(C2, R2)
            end
    after
        log(after_),
        case After of none -> ok; {C3, R3} -> raise(C3, R3) end
    end.
run(Args) ->
    Res = try apply(fun t/3, Args) catch C:R -> {outer, C, R} end,
    io:format("~p~n  => ~p~n  log ~p~n", [Args, Res, flush()]).
main(_) ->
    Classes = [ok, throw, error, exit],
    [run([{B, b}, none, none]) || B <- Classes],
    [run([{throw, b}, {C, c}, none]) || C <- Classes],
    [run([{error, b}, none, {A, a}]) || A <- [throw, error, exit]],
    run([{exit, b}, {error, c}, {throw, a}]),
    run([{ok, b}, none, {error, a}]),
    R = try
            try throw(inner)
            catch throw:inner ->
                try error(deeper)
                catch error:deeper:St ->
                    erlang:raise(exit, {reraised, deeper}, St)
                end
            after log(a1)
            end
        catch exit:X -> {got, X}
        after log(a2)
        end,
    io:format("~p ~p~n", [R, flush()]),
    F = fun(N) -> try 10 div N of Q when Q > 3 -> {big, Q}; Q -> {small, Q}
                  catch error:badarith -> inf end end,
    io:format("~p~n", [[F(N) || N <- [1, 2, 3, 5, 0]]]),
    Nest = fun Nest(0) -> throw(bottom);
               Nest(N) -> try Nest(N - 1) after log(N) end end,
    io:format("~p ~p~n", [catch Nest(5), flush()]).
