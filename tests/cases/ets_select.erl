#!/usr/bin/env escript
%% ETS match patterns and match specifications.
-mode(compile).

main(_) ->
    T = ets:new(t, [ordered_set]),
    ets:insert(T, [{1, apple, 3}, {2, pear, 7}, {3, plum, 7}, {4, fig, 1}, {5, {nested, x}, 2}]),
    p(ets:match(T, {'$1', '_', 7})),
    p(ets:match(T, {'$2', '$1', '_'})),
    p(ets:match_object(T, {'_', '_', 7})),
    p(ets:match(T, {'_', {nested, '$1'}, '$2'})),
    p(ets:match(T, {'$1', '$1', '_'})),
    p(ets:select(T, [{{'$1', '$2', '$3'}, [{'>', '$3', 2}], ['$2']}])),
    p(ets:select(T, [{{'$1', '$2', '$3'}, [{'andalso', {is_atom, '$2'}, {'=<', '$1', 3}}], [{{'$2', {'*', '$3', 10}}}]}])),
    p(ets:select(T, [{{'$1', '_', '$3'}, [{'==', {'rem', '$1', 2}, 0}], ['$_']},
                     {{'$1', '_', '_'}, [], [{const, odd}]}])),
    p(ets:select(T, [{'_', [], ['$$']}])),
    p(ets:select(T, [{{'$1', '$2', '_'}, [], ['$$']}])),
    p(ets:select(T, [{{'$1', '_', '_'}, [{'orelse', {'==', '$1', 1}, {'==', '$1', 5}}], [['$1', {self}]]}]) =:=
          [[1, self()], [5, self()]]),
    p(ets:select(T, [{{'$1', '_', '_'}, [{element, 1, {{'$1'}}}], ['$1']}])),
    p(ets:select(T, [{{'$1', '_', '$2'}, [{'>', {'+', '$1', '$2'}, 8}], [{'-', '$2'}]}])),
    p(ets:select(T, [{{'$1', '_', '_'}, [{hd, '$1'}], ['$1']}])),
    p(ets:select_reverse(T, [{{'$1', '_', 7}, [], ['$1']}])),
    p(ets:select_count(T, [{{'_', '_', '$1'}, [{'<', '$1', 5}], [true]}])),
    p(ets:select_delete(T, [{{'_', '_', 7}, [], [true]}])),
    p(ets:tab2list(T)),
    true = ets:match_delete(T, {'_', fig, '_'}),
    p(ets:tab2list(T)),
    B = ets:new(b, [bag]),
    ets:insert(B, [{k, 1}, {k, 2}, {j, 3}]),
    p(lists:sort(ets:select(B, [{{'$1', '$2'}, [{is_integer, '$2'}], [{{'$2', '$1'}}]}]))),
    p(lists:sort(ets:match_object(B, {k, '_'}))),
    p(ets:select(B, [{{j, '$1'}, [], [{const, {'$1'}}, '$1']}])),
    p(err(fun() -> ets:select(B, [{bad}]) end)),
    p(err(fun() -> ets:select(B, not_a_list) end)),
    ok.

p(T) -> io:format("~p~n", [T]).

err(F) ->
    try F() catch error:R:St -> [{M, Fn, A, I} | _] = St, {R, M, Fn, length(A), I} end.
