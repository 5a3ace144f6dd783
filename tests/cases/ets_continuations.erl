#!/usr/bin/env escript
%% ETS selections in chunks: select/3, match/3, match_object/3, select_reverse/3
%% and their continuations.
-mode(compile).
main(_) ->
    T = ets:new(t, [ordered_set]),
    ets:insert(T, [{I, I * I} || I <- lists:seq(1, 5)]),
    all(ets:select(T, [{{'$1', '$2'}, [], ['$2']}], 2)),
    all(ets:select(T, [{{'$1', '$2'}, [], ['$2']}], 5)),
    all(ets:select(T, [{{'$1', '$2'}, [], ['$2']}], 6)),
    all(ets:select(T, [{{'$1', '$2'}, [{'>', '$1', 9}], ['$2']}], 2)),
    all(ets:match(T, {'$1', '_'}, 3)),
    all(ets:match_object(T, {'_', '_'}, 4)),
    all(ets:select_reverse(T, [{{'$1', '_'}, [], ['$1']}], 2)),
    S = ets:new(s, [set]),
    ets:insert(S, [{I} || I <- lists:seq(1, 5)]),
    {R1, C1} = ets:select(S, [{{'$1'}, [], ['$1']}], 3),
    io:format("~p~n", [length(R1)]),
    {R2, C2} = ets:select(C1),
    io:format("~p~n", [{length(R2), lists:sort(R1 ++ R2), ets:select(C2)}]),
    t(fun() -> ets:select(T, [{{x}, [], [true]}], 0) end),
    t(fun() -> ets:select(bad_cont) end),
    t(fun() -> ets:match(T, {x}, nolimit) end),
    t(fun() -> ets:select(T, bad_ms, 1) end).
all('$end_of_table') -> io:format("end~n");
all({R, C}) -> io:format("~p~n", [R]), all(ets:select(C)).
t(F) ->
    try F() of
        V -> io:format("no error: ~p~n", [V])
    catch
        Class:Reason:St ->
            Text = lists:flatten(erl_error:format_exception(Class, Reason, [hd(St)])),
            Keep = fun(L) -> string:find(L, "***") =/= nomatch orelse string:find(L, "in function") =/= nomatch end,
            io:format("~ts~n", [lists:join("\n", [L || L <- string:split(Text, "\n", all), Keep(L)])])
    end.
