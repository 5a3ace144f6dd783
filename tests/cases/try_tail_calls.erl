#!/usr/bin/env escript
%% Calls at the end of a try's `of` and `catch` clauses are tail calls:
%% a loop through them runs in constant stack.
-mode(compile).

main(_) ->
    io:format("of: ~p~n", [via_of(100000)]),
    io:format("catch: ~p~n", [via_catch(100000)]).

via_of(0) -> small_stack();
via_of(N) ->
    try N - 1 of
        M -> via_of(M)
    catch
        _:_ -> error
    end.

via_catch(0) -> small_stack();
via_catch(N) ->
    try throw(N - 1)
    catch
        throw:M -> via_catch(M)
    end.

small_stack() ->
    {stack_size, S} = process_info(self(), stack_size),
    S < 1000.
