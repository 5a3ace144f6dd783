%% gb_trees: ferl's implementation of the OTP `gb_trees' module.
%%
%% This module owns general balanced trees (Arne Andersson's scheme):
%% key/value dictionaries ordered by key, with keys compared with `=='
%% (so 1 and 1.0 are the same key).  The representation is OTP's:
%% {Size, Tree} with Tree = nil | {Key, Value, Smaller, Bigger}.  No
%% balance information is stored; an insertion that makes a path too
%% long (longer than c * log(Size)) rebuilds the offending subtree into
%% a perfectly balanced one, exactly as OTP does, so trees built by the
%% same calls are identical to OTP's.  Results and errors follow
%% OTP 25.

-module(gb_trees).

-export([empty/0, is_empty/1, size/1, lookup/2, get/2, insert/3,
         update/3, enter/3, delete/2, delete_any/2, balance/1,
         is_defined/2, keys/1, values/1, to_list/1, from_orddict/1,
         smallest/1, largest/1, take/2, take_any/2, take_smallest/1,
         take_largest/1, iterator/1, iterator_from/2, next/1, map/2]).

-export_type([tree/0, tree/2, iter/0, iter/2]).

-compile({no_auto_import, [size/1]}).

-type gb_tree_node(K, V) :: 'nil'
                          | {K, V, gb_tree_node(K, V), gb_tree_node(K, V)}.
-opaque tree(Key, Value) :: {non_neg_integer(), gb_tree_node(Key, Value)}.
-type tree() :: tree(_, _).
-opaque iter(Key, Value) :: [gb_tree_node(Key, Value)].
-type iter() :: iter(_, _).

%%% ------------------------------------------------------------------
%%% Basics
%%% ------------------------------------------------------------------

-spec empty() -> tree(none(), none()).
empty() -> {0, nil}.

-spec is_empty(Tree) -> boolean() when
      Tree :: tree().
is_empty({0, nil}) -> true;
is_empty(_) -> false.

-spec size(Tree) -> non_neg_integer() when
      Tree :: tree().
size({Size, _}) when is_integer(Size), Size >= 0 -> Size.

-spec lookup(Key, Tree) -> 'none' | {'value', Value} when
      Tree :: tree(Key, Value).
lookup(Key, {_, T}) -> lookup_1(Key, T).

lookup_1(Key, {K, _, Smaller, _}) when Key < K -> lookup_1(Key, Smaller);
lookup_1(Key, {K, _, _, Bigger}) when Key > K -> lookup_1(Key, Bigger);
lookup_1(_, {_, V, _, _}) -> {value, V};
lookup_1(_, nil) -> none.

-spec is_defined(Key, Tree) -> boolean() when
      Tree :: tree(Key, Value :: term()).
is_defined(Key, {_, T}) -> is_defined_1(Key, T).

is_defined_1(Key, {K, _, Smaller, _}) when Key < K -> is_defined_1(Key, Smaller);
is_defined_1(Key, {K, _, _, Bigger}) when Key > K -> is_defined_1(Key, Bigger);
is_defined_1(_, {_, _, _, _}) -> true;
is_defined_1(_, nil) -> false.

-spec get(Key, Tree) -> Value when
      Tree :: tree(Key, Value).
get(Key, {_, T}) -> get_1(Key, T).

-file("gb_trees.erl", 243).
get_1(Key, {K, _, Smaller, _}) when Key < K -> get_1(Key, Smaller);
get_1(Key, {K, _, _, Bigger}) when Key > K -> get_1(Key, Bigger);
get_1(_, {_, V, _, _}) -> V.

%%% ------------------------------------------------------------------
%%% Updates
%%% ------------------------------------------------------------------

-spec update(Key, Value, Tree1) -> Tree2 when
      Tree1 :: tree(Key, Value),
      Tree2 :: tree(Key, Value).
update(Key, Val, {S, T}) -> {S, update_1(Key, Val, T)}.

update_1(Key, Val, {K, V, Smaller, Bigger}) when Key < K ->
    {K, V, update_1(Key, Val, Smaller), Bigger};
update_1(Key, Val, {K, V, Smaller, Bigger}) when Key > K ->
    {K, V, Smaller, update_1(Key, Val, Bigger)};
update_1(Key, Val, {_, _, Smaller, Bigger}) ->
    {Key, Val, Smaller, Bigger}.

-spec insert(Key, Value, Tree1) -> Tree2 when
      Tree1 :: tree(Key, Value),
      Tree2 :: tree(Key, Value).
insert(Key, Val, {S, T}) when is_integer(S) ->
    S1 = S + 1,
    {S1, insert_1(Key, Val, T, S1 * S1)}.

%% Budget is how many more levels (as a power) the path may use; when
%% it is exhausted at the new leaf, the height is reported upwards as
%% {Tree, Height, Size} until a subtree is found that is too high for
%% its size, which is then rebuilt balanced.  Heights are kept as
%% powers of two (2^h) so no logarithms are needed.
insert_1(Key, Val, {K, V, Smaller, Bigger}, Budget) when Key < K ->
    case insert_1(Key, Val, Smaller, Budget bsr 1) of
        {Smaller1, H1, S1} ->
            {H2, S2} = count(Bigger),
            rebalance_if_high({K, V, Smaller1, Bigger}, H1, H2, S1 + S2 + 1);
        Smaller1 ->
            {K, V, Smaller1, Bigger}
    end;
insert_1(Key, Val, {K, V, Smaller, Bigger}, Budget) when Key > K ->
    case insert_1(Key, Val, Bigger, Budget bsr 1) of
        {Bigger1, H1, S1} ->
            {H2, S2} = count(Smaller),
            rebalance_if_high({K, V, Smaller, Bigger1}, H1, H2, S1 + S2 + 1);
        Bigger1 ->
            {K, V, Smaller, Bigger1}
    end;
insert_1(Key, Val, nil, 0) -> {{Key, Val, nil, nil}, 1, 1};
insert_1(Key, Val, nil, _) -> {Key, Val, nil, nil};
insert_1(Key, _, _, _) -> erlang:error({key_exists, Key}).

rebalance_if_high(T, H1, H2, Size) ->
    H = 2 * max(H1, H2),
    case H > Size * Size of
        true -> balance_tree(T, Size);
        false -> {T, H, Size}
    end.

%% {2^height, size} of a subtree.
count({_, _, nil, nil}) -> {1, 1};
count({_, _, Smaller, Bigger}) ->
    {H1, S1} = count(Smaller),
    {H2, S2} = count(Bigger),
    {2 * max(H1, H2), S1 + S2 + 1};
count(nil) -> {1, 0}.

-spec enter(Key, Value, Tree1) -> Tree2 when
      Tree1 :: tree(Key, Value),
      Tree2 :: tree(Key, Value).
enter(Key, Val, T) ->
    case is_defined(Key, T) of
        true -> update(Key, Val, T);
        false -> insert(Key, Val, T)
    end.

-spec balance(Tree1) -> Tree2 when
      Tree1 :: tree(Key, Value),
      Tree2 :: tree(Key, Value).
balance({S, T}) -> {S, balance_tree(T, S)}.

balance_tree(T, S) -> from_pairs(to_list_1(T, []), S).

-spec from_orddict(List) -> Tree when
      List :: [{Key, Value}],
      Tree :: tree(Key, Value).
from_orddict(L) ->
    S = length(L),
    {S, from_pairs(L, S)}.

%% A perfectly balanced tree of the first S pairs of a sorted list.
from_pairs(L, S) ->
    {T, []} = build(L, S),
    T.

build(L, S) when S > 1 ->
    Rest = S - 1,
    Right = Rest div 2,
    Left = Rest - Right,
    {Smaller, [{K, V} | L1]} = build(L, Left),
    {Bigger, L2} = build(L1, Right),
    {{K, V, Smaller, Bigger}, L2};
build([{K, V} | L], 1) -> {{K, V, nil, nil}, L};
build(L, 0) -> {nil, L}.

-spec delete_any(Key, Tree1) -> Tree2 when
      Tree1 :: tree(Key, Value),
      Tree2 :: tree(Key, Value).
delete_any(Key, T) ->
    case is_defined(Key, T) of
        true -> delete(Key, T);
        false -> T
    end.

-spec delete(Key, Tree1) -> Tree2 when
      Tree1 :: tree(Key, Value),
      Tree2 :: tree(Key, Value).
delete(Key, {S, T}) when is_integer(S), S >= 0 -> {S - 1, delete_1(Key, T)}.

delete_1(Key, {K, V, Smaller, Bigger}) when Key < K ->
    {K, V, delete_1(Key, Smaller), Bigger};
delete_1(Key, {K, V, Smaller, Bigger}) when Key > K ->
    {K, V, Smaller, delete_1(Key, Bigger)};
delete_1(_, {_, _, Smaller, Bigger}) -> join(Smaller, Bigger).

%% Both subtrees of a removed node under one root: the smallest node of
%% the bigger side.
join(Smaller, nil) -> Smaller;
join(nil, Bigger) -> Bigger;
join(Smaller, Bigger) ->
    {K, V, Bigger1} = take_smallest1(Bigger),
    {K, V, Smaller, Bigger1}.

-spec take_any(Key, Tree1) -> {Value, Tree2} | 'error' when
      Tree1 :: tree(Key, _),
      Tree2 :: tree(Key, _),
      Key :: term(),
      Value :: term().
take_any(Key, Tree) ->
    case is_defined(Key, Tree) of
        true -> take(Key, Tree);
        false -> error
    end.

-spec take(Key, Tree1) -> {Value, Tree2} when
      Tree1 :: tree(Key, _),
      Tree2 :: tree(Key, _),
      Key :: term(),
      Value :: term().
take(Key, {S, T}) when is_integer(S), S >= 0 ->
    {Value, T1} = take_1(Key, T),
    {Value, {S - 1, T1}}.

take_1(Key, {K, V, Smaller, Bigger}) when Key < K ->
    {Value, Smaller1} = take_1(Key, Smaller),
    {Value, {K, V, Smaller1, Bigger}};
take_1(Key, {K, V, Smaller, Bigger}) when Key > K ->
    {Value, Bigger1} = take_1(Key, Bigger),
    {Value, {K, V, Smaller, Bigger1}};
take_1(_, {_, V, Smaller, Bigger}) ->
    {V, join(Smaller, Bigger)}.

-spec take_smallest(Tree1) -> {Key, Value, Tree2} when
      Tree1 :: tree(Key, Value),
      Tree2 :: tree(Key, Value).
take_smallest({S, T}) when is_integer(S), S >= 0 ->
    {K, V, T1} = take_smallest1(T),
    {K, V, {S - 1, T1}}.

take_smallest1({K, V, nil, Bigger}) -> {K, V, Bigger};
take_smallest1({K, V, Smaller, Bigger}) ->
    {K1, V1, Smaller1} = take_smallest1(Smaller),
    {K1, V1, {K, V, Smaller1, Bigger}}.

-spec smallest(Tree) -> {Key, Value} when
      Tree :: tree(Key, Value).
smallest({_, T}) -> smallest_1(T).

smallest_1({K, V, nil, _}) -> {K, V};
smallest_1({_, _, Smaller, _}) -> smallest_1(Smaller).

-spec take_largest(Tree1) -> {Key, Value, Tree2} when
      Tree1 :: tree(Key, Value),
      Tree2 :: tree(Key, Value).
take_largest({S, T}) when is_integer(S), S >= 0 ->
    {K, V, T1} = take_largest1(T),
    {K, V, {S - 1, T1}}.

take_largest1({K, V, Smaller, nil}) -> {K, V, Smaller};
take_largest1({K, V, Smaller, Bigger}) ->
    {K1, V1, Bigger1} = take_largest1(Bigger),
    {K1, V1, {K, V, Smaller, Bigger1}}.

-spec largest(Tree) -> {Key, Value} when
      Tree :: tree(Key, Value).
largest({_, T}) -> largest_1(T).

largest_1({K, V, _, nil}) -> {K, V};
largest_1({_, _, _, Bigger}) -> largest_1(Bigger).

%%% ------------------------------------------------------------------
%%% Conversion and traversal
%%% ------------------------------------------------------------------

-spec to_list(Tree) -> [{Key, Value}] when
      Tree :: tree(Key, Value).
to_list({_, T}) -> to_list_1(T, []).

to_list_1({K, V, Smaller, Bigger}, Acc) ->
    to_list_1(Smaller, [{K, V} | to_list_1(Bigger, Acc)]);
to_list_1(nil, Acc) -> Acc.

-spec keys(Tree) -> [Key] when
      Tree :: tree(Key, Value :: term()).
keys({_, T}) -> keys_1(T, []).

keys_1({K, _, Smaller, Bigger}, Acc) -> keys_1(Smaller, [K | keys_1(Bigger, Acc)]);
keys_1(nil, Acc) -> Acc.

-spec values(Tree) -> [Value] when
      Tree :: tree(Key :: term(), Value).
values({_, T}) -> values_1(T, []).

values_1({_, V, Smaller, Bigger}, Acc) ->
    values_1(Smaller, [V | values_1(Bigger, Acc)]);
values_1(nil, Acc) -> Acc.

-spec iterator(Tree) -> Iter when
      Tree :: tree(Key, Value),
      Iter :: iter(Key, Value).
iterator({_, T}) -> push_left(T, []).

%% The nodes on the path to the smallest key, innermost first.
push_left({_, _, nil, _} = T, Stack) -> [T | Stack];
push_left({_, _, Smaller, _} = T, Stack) -> push_left(Smaller, [T | Stack]);
push_left(nil, Stack) -> Stack.

-spec iterator_from(Key, Tree) -> Iter when
      Tree :: tree(Key, Value),
      Iter :: iter(Key, Value).
iterator_from(Key, {_, T}) -> push_from(Key, T, []).

push_from(Key, {K, _, _, Bigger}, Stack) when K < Key -> push_from(Key, Bigger, Stack);
push_from(_, {_, _, nil, _} = T, Stack) -> [T | Stack];
push_from(Key, {_, _, Smaller, _} = T, Stack) -> push_from(Key, Smaller, [T | Stack]);
push_from(_, nil, Stack) -> Stack.

-spec next(Iter1) -> 'none' | {Key, Value, Iter2} when
      Iter1 :: iter(Key, Value),
      Iter2 :: iter(Key, Value).
next([{K, V, _, Bigger} | Stack]) -> {K, V, push_left(Bigger, Stack)};
next([]) -> none.

-spec map(Function, Tree1) -> Tree2 when
      Function :: fun((K :: Key, V1 :: Value1) -> V2 :: Value2),
      Tree1 :: tree(Key, Value1),
      Tree2 :: tree(Key, Value2).
map(F, {Size, T}) when is_function(F, 2) -> {Size, map_1(F, T)}.

map_1(F, {K, V, Smaller, Bigger}) ->
    {K, F(K, V), map_1(F, Smaller), map_1(F, Bigger)};
map_1(_, nil) -> nil.
