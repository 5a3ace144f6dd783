%% orddict: ferl's implementation of the OTP `orddict' module.
%%
%% This module owns ordered dictionaries: lists of {Key, Value} pairs
%% kept sorted by key (term order, keys compared with `==' as in OTP,
%% so 1 and 1.0 are the same key).  Results and errors follow OTP 25.

-module(orddict).

-export([append/3, append_list/3, erase/2, fetch/2, fetch_keys/1,
         filter/2, find/2, fold/3, from_list/1, is_empty/1, is_key/2,
         map/2, merge/3, new/0, size/1, store/3, take/2, to_list/1,
         update/3, update/4, update_counter/3]).

-export_type([orddict/0, orddict/2]).

-type orddict() :: orddict(_, _).
-type orddict(Key, Value) :: [{Key, Value}].

-spec new() -> orddict(none(), none()).
new() -> [].

-spec is_key(Key, Orddict) -> boolean() when
      Orddict :: orddict(Key, term()).
is_key(Key, [{K, _} | _]) when Key < K -> false;
is_key(Key, [{K, _} | Rest]) when Key > K -> is_key(Key, Rest);
is_key(_Key, [{_K, _} | _]) -> true;
is_key(_, []) -> false.

-spec to_list(Orddict) -> List when
      Orddict :: orddict(Key, Value), List :: [{Key, Value}].
to_list(Dict) -> Dict.

-spec from_list(List) -> Orddict when
      List :: [{Key, Value}], Orddict :: orddict(Key, Value).
from_list([]) -> [];
from_list([{_, _}] = One) -> One;
from_list(Pairs) ->
    %% Reversed first so that the last value given for a key wins.
    lists:ukeysort(1, reverse_pairs(Pairs, [])).

reverse_pairs([{_, _} = P | T], Acc) -> reverse_pairs(T, [P | Acc]);
reverse_pairs([], Acc) -> Acc.

-spec size(Orddict) -> non_neg_integer() when Orddict :: orddict().
size(Dict) -> length(Dict).

-spec is_empty(Orddict) -> boolean() when Orddict :: orddict().
is_empty([]) -> true;
is_empty([_ | _]) -> false.

-spec fetch(Key, Orddict) -> Value when Orddict :: orddict(Key, Value).
-file("orddict.erl", 79).
fetch(Key, [{K, _} | Rest]) when Key > K -> fetch(Key, Rest);
fetch(Key, [{K, Value} | _]) when Key == K -> Value.

-spec find(Key, Orddict) -> {'ok', Value} | 'error' when
      Orddict :: orddict(Key, Value).
find(Key, [{K, _} | _]) when Key < K -> error;
find(Key, [{K, _} | Rest]) when Key > K -> find(Key, Rest);
find(_Key, [{_K, Value} | _]) -> {ok, Value};
find(_, []) -> error.

-spec fetch_keys(Orddict) -> Keys when
      Orddict :: orddict(Key, term()), Keys :: [Key].
fetch_keys([{Key, _} | Rest]) -> [Key | fetch_keys(Rest)];
fetch_keys([]) -> [].

-spec erase(Key, Orddict1) -> Orddict2 when
      Orddict1 :: orddict(Key, Value), Orddict2 :: orddict(Key, Value).
erase(Key, [{K, _} = E | Rest]) when Key < K -> [E | Rest];
erase(Key, [{K, _} = E | Rest]) when Key > K -> [E | erase(Key, Rest)];
erase(_Key, [{_K, _} | Rest]) -> Rest;
erase(_, []) -> [].

-spec take(Key, Orddict) -> {Value, Orddict1} | error when
      Orddict :: orddict(Key, Value), Orddict1 :: orddict(Key, Value),
      Key :: term(), Value :: term().
take(Key, Dict) -> take_1(Key, Dict, []).

take_1(Key, [{K, _} | _], _Before) when Key < K -> error;
take_1(Key, [{K, _} = E | Rest], Before) when Key > K ->
    take_1(Key, Rest, [E | Before]);
take_1(_Key, [{_K, Value} | Rest], Before) ->
    {Value, lists:reverse(Before, Rest)};
take_1(_, [], _) -> error.

-spec store(Key, Value, Orddict1) -> Orddict2 when
      Orddict1 :: orddict(Key, Value), Orddict2 :: orddict(Key, Value).
store(Key, New, [{K, _} = E | Rest]) when Key < K -> [{Key, New}, E | Rest];
store(Key, New, [{K, _} = E | Rest]) when Key > K -> [E | store(Key, New, Rest)];
store(Key, New, [{_K, _Old} | Rest]) -> [{Key, New} | Rest];
store(Key, New, []) -> [{Key, New}].

-spec append(Key, Value, Orddict1) -> Orddict2 when
      Orddict1 :: orddict(Key, Value), Orddict2 :: orddict(Key, Value).
append(Key, New, [{K, _} = E | Rest]) when Key < K -> [{Key, [New]}, E | Rest];
append(Key, New, [{K, _} = E | Rest]) when Key > K -> [E | append(Key, New, Rest)];
append(Key, New, [{_K, Old} | Rest]) -> [{Key, Old ++ [New]} | Rest];
append(Key, New, []) -> [{Key, [New]}].

-spec append_list(Key, ValList, Orddict1) -> Orddict2 when
      ValList :: [Value], Orddict1 :: orddict(Key, Value),
      Orddict2 :: orddict(Key, Value).
append_list(Key, NewList, [{K, _} = E | Rest]) when Key < K ->
    [{Key, NewList}, E | Rest];
append_list(Key, NewList, [{K, _} = E | Rest]) when Key > K ->
    [E | append_list(Key, NewList, Rest)];
append_list(Key, NewList, [{_K, Old} | Rest]) ->
    [{Key, Old ++ NewList} | Rest];
append_list(Key, NewList, []) ->
    [{Key, NewList}].

-spec update(Key, Fun, Orddict1) -> Orddict2 when
      Fun :: fun((Value1 :: Value) -> Value2 :: Value),
      Orddict1 :: orddict(Key, Value), Orddict2 :: orddict(Key, Value).
update(Key, Fun, [{K, _} = E | Rest]) when Key > K ->
    [E | update(Key, Fun, Rest)];
update(Key, Fun, [{K, Value} | Rest]) when Key == K ->
    [{Key, Fun(Value)} | Rest].

-spec update(Key, Fun, Initial, Orddict1) -> Orddict2 when
      Initial :: Value, Fun :: fun((Value1 :: Value) -> Value2 :: Value),
      Orddict1 :: orddict(Key, Value), Orddict2 :: orddict(Key, Value).
update(Key, _, Init, [{K, _} = E | Rest]) when Key < K ->
    [{Key, Init}, E | Rest];
update(Key, Fun, Init, [{K, _} = E | Rest]) when Key > K ->
    [E | update(Key, Fun, Init, Rest)];
update(Key, Fun, _Init, [{_K, Value} | Rest]) ->
    [{Key, Fun(Value)} | Rest];
update(Key, _, Init, []) ->
    [{Key, Init}].

-spec update_counter(Key, Increment, Orddict1) -> Orddict2 when
      Orddict1 :: orddict(Key, Value), Orddict2 :: orddict(Key, Value),
      Increment :: number().
update_counter(Key, Incr, [{K, _} = E | Rest]) when Key < K ->
    [{Key, Incr}, E | Rest];
update_counter(Key, Incr, [{K, _} = E | Rest]) when Key > K ->
    [E | update_counter(Key, Incr, Rest)];
update_counter(Key, Incr, [{_K, Value} | Rest]) ->
    [{Key, Value + Incr} | Rest];
update_counter(Key, Incr, []) ->
    [{Key, Incr}].

-spec fold(Fun, Acc0, Orddict) -> Acc1 when
      Fun :: fun((Key, Value, AccIn) -> AccOut),
      Orddict :: orddict(Key, Value), Acc0 :: Acc, Acc1 :: Acc,
      AccIn :: Acc, AccOut :: Acc.
fold(F, Acc, [{Key, Value} | Rest]) -> fold(F, F(Key, Value, Acc), Rest);
fold(F, Acc, []) when is_function(F, 3) -> Acc.

-spec map(Fun, Orddict1) -> Orddict2 when
      Fun :: fun((Key, Value1) -> Value2),
      Orddict1 :: orddict(Key, Value1), Orddict2 :: orddict(Key, Value2).
map(F, [{Key, Value} | Rest]) ->
    New = F(Key, Value),
    [{Key, New} | map(F, Rest)];
map(F, []) when is_function(F, 2) -> [].

-spec filter(Pred, Orddict1) -> Orddict2 when
      Pred :: fun((Key, Value) -> boolean()),
      Orddict1 :: orddict(Key, Value), Orddict2 :: orddict(Key, Value).
filter(F, [{Key, Value} = E | Rest]) ->
    case F(Key, Value) of
        true -> [E | filter(F, Rest)];
        false -> filter(F, Rest)
    end;
filter(F, []) when is_function(F, 2) -> [].

-spec merge(Fun, Orddict1, Orddict2) -> Orddict3 when
      Fun :: fun((Key, Value1, Value2) -> Value),
      Orddict1 :: orddict(Key, Value1), Orddict2 :: orddict(Key, Value2),
      Orddict3 :: orddict(Key, Value).
merge(F, [{K1, _} = E1 | Rest1], [{K2, _} = E2 | Rest2]) when K1 < K2 ->
    [E1 | merge(F, Rest1, [E2 | Rest2])];
merge(F, [{K1, _} = E1 | Rest1], [{K2, _} = E2 | Rest2]) when K1 > K2 ->
    [E2 | merge(F, [E1 | Rest1], Rest2)];
merge(F, [{K1, V1} | Rest1], [{_K2, V2} | Rest2]) ->
    [{K1, F(K1, V1, V2)} | merge(F, Rest1, Rest2)];
merge(F, [], D2) when is_function(F, 3) -> D2;
merge(F, D1, []) when is_function(F, 3) -> D1.
