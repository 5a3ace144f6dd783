%% gb_sets: ferl's implementation of the OTP `gb_sets' module.
%%
%% This module owns ordered sets kept as general balanced trees
%% (Arne Andersson's scheme), elements compared with `==' (so 1 and
%% 1.0 are the same element).  The representation is OTP's: {Size,
%% Tree} with Tree = nil | {Element, Smaller, Bigger}.  Insertion
%% rebuilds a subtree that became too high, and the set operations pick
%% between element-by-element lookups and a merge of the two sorted
%% lists with the same size heuristic as OTP, so the trees produced are
%% identical to OTP's.  Results and errors follow OTP 25.

-module(gb_sets).

-export([empty/0, new/0, is_empty/1, size/1, singleton/1, is_member/2,
         is_element/2, insert/2, add/2, add_element/2, delete/2,
         delete_any/2, del_element/2, balance/1, union/2, union/1,
         intersection/2, intersection/1, is_disjoint/2, difference/2,
         subtract/2, is_subset/2, to_list/1, from_list/1, from_ordset/1,
         smallest/1, largest/1, take_smallest/1, take_largest/1,
         iterator/1, iterator_from/2, next/1, filter/2, fold/3, is_set/1]).

-export_type([set/0, set/1, iter/0, iter/1]).

-compile({no_auto_import, [size/1]}).

-type gb_set_node(Element) :: 'nil'
                            | {Element, gb_set_node(Element), gb_set_node(Element)}.
-opaque set(Element) :: {non_neg_integer(), gb_set_node(Element)}.
-type set() :: set(_).
-opaque iter(Element) :: [gb_set_node(Element)].
-type iter() :: iter(_).

%% Weight of the log term in the lookup-versus-merge choice (OTP's).
-define(C, 1.46).

%%% ------------------------------------------------------------------
%%% Basics
%%% ------------------------------------------------------------------

-spec empty() -> set(none()).
empty() -> {0, nil}.

-spec new() -> set(none()).
new() -> empty().

-spec is_empty(Set) -> boolean() when
      Set :: set().
is_empty({0, nil}) -> true;
is_empty(_) -> false.

-spec size(Set) -> non_neg_integer() when
      Set :: set().
size({Size, _}) -> Size.

-spec singleton(Element) -> set(Element).
singleton(Key) -> {1, {Key, nil, nil}}.

-spec is_element(Element, Set) -> boolean() when
      Set :: set(Element).
is_element(Key, S) -> is_member(Key, S).

-spec is_member(Element, Set) -> boolean() when
      Set :: set(Element).
is_member(Key, {_, T}) -> member(Key, T).

member(Key, {K, Smaller, _}) when Key < K -> member(Key, Smaller);
member(Key, {K, _, Bigger}) when Key > K -> member(Key, Bigger);
member(_, {_, _, _}) -> true;
member(_, nil) -> false.

-spec is_set(Term) -> boolean() when
      Term :: term().
is_set({0, nil}) -> true;
is_set({N, {_, _, _}}) when is_integer(N), N >= 0 -> true;
is_set(_) -> false.

%%% ------------------------------------------------------------------
%%% Insertion and deletion
%%% ------------------------------------------------------------------

-spec insert(Element, Set1) -> Set2 when
      Set1 :: set(Element),
      Set2 :: set(Element).
insert(Key, {S, T}) ->
    S1 = S + 1,
    {S1, insert_1(Key, T, S1 * S1)}.

%% See gb_trees: the budget runs out at a leaf that is too deep, and
%% {Tree, 2^Height, Size} then travels up until an unbalanced subtree
%% is found and rebuilt.
insert_1(Key, {K, Smaller, Bigger}, Budget) when Key < K ->
    case insert_1(Key, Smaller, Budget bsr 1) of
        {Smaller1, H1, S1} when is_integer(H1) ->
            {H2, S2} = count(Bigger),
            rebalance_if_high({K, Smaller1, Bigger}, H1, H2, S1 + S2 + 1);
        Smaller1 ->
            {K, Smaller1, Bigger}
    end;
insert_1(Key, {K, Smaller, Bigger}, Budget) when Key > K ->
    case insert_1(Key, Bigger, Budget bsr 1) of
        {Bigger1, H1, S1} when is_integer(H1) ->
            {H2, S2} = count(Smaller),
            rebalance_if_high({K, Smaller, Bigger1}, H1, H2, S1 + S2 + 1);
        Bigger1 ->
            {K, Smaller, Bigger1}
    end;
insert_1(Key, nil, 0) -> {{Key, nil, nil}, 1, 1};
insert_1(Key, nil, _) -> {Key, nil, nil};
insert_1(Key, _, _) -> erlang:error({key_exists, Key}).

rebalance_if_high(T, H1, H2, Size) ->
    H = 2 * max(H1, H2),
    case H > Size * Size of
        true -> balance_tree(T, Size);
        false -> {T, H, Size}
    end.

count({_, nil, nil}) -> {1, 1};
count({_, Smaller, Bigger}) ->
    {H1, S1} = count(Smaller),
    {H2, S2} = count(Bigger),
    {2 * max(H1, H2), S1 + S2 + 1};
count(nil) -> {1, 0}.

-spec add(Element, Set1) -> Set2 when
      Set1 :: set(Element),
      Set2 :: set(Element).
add(X, S) ->
    case is_member(X, S) of
        true -> S;
        false -> insert(X, S)
    end.

-spec add_element(Element, Set1) -> Set2 when
      Set1 :: set(Element),
      Set2 :: set(Element).
add_element(X, S) -> add(X, S).

-spec balance(Set1) -> Set2 when
      Set1 :: set(Element),
      Set2 :: set(Element).
balance({S, T}) -> {S, balance_tree(T, S)}.

balance_tree(T, S) -> from_sorted(to_list_1(T, []), S).

%% A perfectly balanced tree of the first S elements of a sorted list.
from_sorted(L, S) ->
    {T, []} = build(L, S),
    T.

build(L, S) when S > 1 ->
    Rest = S - 1,
    Right = Rest div 2,
    Left = Rest - Right,
    {Smaller, [K | L1]} = build(L, Left),
    {Bigger, L2} = build(L1, Right),
    {{K, Smaller, Bigger}, L2};
build([K | L], 1) -> {{K, nil, nil}, L};
build(L, 0) -> {nil, L}.

%% The same from a list sorted in descending order.
from_revsorted(L, S) ->
    {T, _} = build_rev(L, S),
    T.

build_rev(L, S) when S > 1 ->
    Rest = S - 1,
    Left = Rest div 2,
    Right = Rest - Left,
    {Bigger, [K | L1]} = build_rev(L, Right),
    {Smaller, L2} = build_rev(L1, Left),
    {{K, Smaller, Bigger}, L2};
build_rev([K | L], 1) -> {{K, nil, nil}, L};
build_rev(L, 0) -> {nil, L}.

-spec delete_any(Element, Set1) -> Set2 when
      Set1 :: set(Element),
      Set2 :: set(Element).
delete_any(Key, S) ->
    case is_member(Key, S) of
        true -> delete(Key, S);
        false -> S
    end.

-spec del_element(Element, Set1) -> Set2 when
      Set1 :: set(Element),
      Set2 :: set(Element).
del_element(Key, S) -> delete_any(Key, S).

-spec delete(Element, Set1) -> Set2 when
      Set1 :: set(Element),
      Set2 :: set(Element).
delete(Key, {S, T}) -> {S - 1, delete_1(Key, T)}.

delete_1(Key, {K, Smaller, Bigger}) when Key < K ->
    {K, delete_1(Key, Smaller), Bigger};
delete_1(Key, {K, Smaller, Bigger}) when Key > K ->
    {K, Smaller, delete_1(Key, Bigger)};
delete_1(_, {_, Smaller, Bigger}) -> join(Smaller, Bigger).

join(Smaller, nil) -> Smaller;
join(nil, Bigger) -> Bigger;
join(Smaller, Bigger) ->
    {K, Bigger1} = take_smallest1(Bigger),
    {K, Smaller, Bigger1}.

-spec take_smallest(Set1) -> {Element, Set2} when
      Set1 :: set(Element),
      Set2 :: set(Element).
take_smallest({S, T}) ->
    {K, T1} = take_smallest1(T),
    {K, {S - 1, T1}}.

take_smallest1({K, nil, Bigger}) -> {K, Bigger};
take_smallest1({K, Smaller, Bigger}) ->
    {K1, Smaller1} = take_smallest1(Smaller),
    {K1, {K, Smaller1, Bigger}}.

-spec smallest(Set) -> Element when
      Set :: set(Element).
smallest({_, T}) -> smallest_1(T).

smallest_1({K, nil, _}) -> K;
smallest_1({_, Smaller, _}) -> smallest_1(Smaller).

-spec take_largest(Set1) -> {Element, Set2} when
      Set1 :: set(Element),
      Set2 :: set(Element).
take_largest({S, T}) ->
    {K, T1} = take_largest1(T),
    {K, {S - 1, T1}}.

take_largest1({K, Smaller, nil}) -> {K, Smaller};
take_largest1({K, Smaller, Bigger}) ->
    {K1, Bigger1} = take_largest1(Bigger),
    {K1, {K, Smaller, Bigger1}}.

-spec largest(Set) -> Element when
      Set :: set(Element).
largest({_, T}) -> largest_1(T).

largest_1({K, _, nil}) -> K;
largest_1({_, _, Bigger}) -> largest_1(Bigger).

%%% ------------------------------------------------------------------
%%% Conversion and iteration
%%% ------------------------------------------------------------------

-spec to_list(Set) -> List when
      Set :: set(Element),
      List :: [Element].
to_list({_, T}) -> to_list_1(T, []).

to_list_1({K, Smaller, Bigger}, Acc) ->
    to_list_1(Smaller, [K | to_list_1(Bigger, Acc)]);
to_list_1(nil, Acc) -> Acc.

-spec from_list(List) -> Set when
      List :: [Element],
      Set :: set(Element).
from_list(L) -> from_ordset(ordsets:from_list(L)).

-spec from_ordset(List) -> Set when
      List :: [Element],
      Set :: set(Element).
from_ordset(L) ->
    S = length(L),
    {S, from_sorted(L, S)}.

-spec iterator(Set) -> Iter when
      Set :: set(Element),
      Iter :: iter(Element).
iterator({_, T}) -> push_left(T, []).

push_left({_, nil, _} = T, Stack) -> [T | Stack];
push_left({_, Smaller, _} = T, Stack) -> push_left(Smaller, [T | Stack]);
push_left(nil, Stack) -> Stack.

-spec iterator_from(Element, Set) -> Iter when
      Set :: set(Element),
      Iter :: iter(Element).
iterator_from(Key, {_, T}) -> push_from(Key, T, []).

push_from(Key, {K, _, Bigger}, Stack) when K < Key -> push_from(Key, Bigger, Stack);
push_from(_, {_, nil, _} = T, Stack) -> [T | Stack];
push_from(Key, {_, Smaller, _} = T, Stack) -> push_from(Key, Smaller, [T | Stack]);
push_from(_, nil, Stack) -> Stack.

-spec next(Iter1) -> {Element, Iter2} | 'none' when
      Iter1 :: iter(Element),
      Iter2 :: iter(Element).
next([{K, _, Bigger} | Stack]) -> {K, push_left(Bigger, Stack)};
next([]) -> none.

%%% ------------------------------------------------------------------
%%% Set algebra
%%% ------------------------------------------------------------------

%% True when looking each of N1 elements up in a tree of N2 elements
%% is cheaper than merging the two sorted lists.
use_lookups(_N1, N2) when N2 < 10 -> false;
use_lookups(N1, N2) -> N2 >= N1 * round(?C * math:log(N2)).

-spec union(Set1, Set2) -> Set3 when
      Set1 :: set(Element),
      Set2 :: set(Element),
      Set3 :: set(Element).
union({N1, T1}, {N2, T2}) when is_integer(N1), is_integer(N2), N2 < N1 ->
    union_small_first(to_list_1(T2, []), N2, T1, N1);
union({N1, T1}, {N2, T2}) when is_integer(N1), is_integer(N2) ->
    union_small_first(to_list_1(T1, []), N1, T2, N2).

union_small_first(L, N1, T2, N2) ->
    case use_lookups(N1, N2) of
        true -> lists:foldl(fun add/2, {N2, T2}, L);
        false -> union_merge(L, to_list_1(T2, []), [], N1 + N2)
    end.

%% Merge two sorted lists into a descending accumulator.  S starts as
%% the sum of the sizes and drops by one per shared element.  When the
%% head of the second list is smaller, the lists swap roles (as OTP
%% does, which decides which of two equal elements is kept).
union_merge([X | Xs], [Y | _] = Ys, Acc, S) when X < Y ->
    union_merge(Xs, Ys, [X | Acc], S);
union_merge([X | _] = Xs, [Y | Ys], Acc, S) when X > Y ->
    union_merge(Ys, Xs, [Y | Acc], S);
union_merge([X | Xs], [_ | Ys], Acc, S) ->
    union_merge(Xs, Ys, [X | Acc], S - 1);
union_merge([], Ys, Acc, S) ->
    {S, from_revsorted(lists:reverse(Ys, Acc), S)};
union_merge(Xs, [], Acc, S) ->
    {S, from_revsorted(lists:reverse(Xs, Acc), S)}.

-spec union(SetList) -> Set when
      SetList :: [set(Element), ...],
      Set :: set(Element).
union([S | Rest]) -> lists:foldl(fun(S1, Acc) -> union(Acc, S1) end, S, Rest);
union([]) -> empty().

-spec intersection(Set1, Set2) -> Set3 when
      Set1 :: set(Element),
      Set2 :: set(Element),
      Set3 :: set(Element).
intersection({N1, T1}, {N2, T2}) when is_integer(N1), is_integer(N2), N2 < N1 ->
    intersection_small_first(to_list_1(T2, []), N2, T1, N1);
intersection({N1, T1}, {N2, T2}) when is_integer(N1), is_integer(N2) ->
    intersection_small_first(to_list_1(T1, []), N1, T2, N2).

intersection_small_first(L, N1, T2, N2) ->
    case use_lookups(N1, N2) of
        true ->
            Common = [X || X <- L, member(X, T2)],
            N = length(Common),
            {N, from_revsorted(lists:reverse(Common), N)};
        false ->
            intersection_merge(L, to_list_1(T2, []), [], 0)
    end.

intersection_merge([X | Xs], [Y | _] = Ys, Acc, S) when X < Y ->
    intersection_merge(Xs, Ys, Acc, S);
intersection_merge([X | _] = Xs, [Y | Ys], Acc, S) when X > Y ->
    intersection_merge(Ys, Xs, Acc, S);
intersection_merge([X | Xs], [_ | Ys], Acc, S) ->
    intersection_merge(Xs, Ys, [X | Acc], S + 1);
intersection_merge(_, _, Acc, S) ->
    {S, from_revsorted(Acc, S)}.

-spec intersection(SetList) -> Set when
      SetList :: [set(Element), ...],
      Set :: set(Element).
intersection([S | Rest]) ->
    lists:foldl(fun(S1, Acc) -> intersection(Acc, S1) end, S, Rest).

-spec is_disjoint(Set1, Set2) -> boolean() when
      Set1 :: set(Element),
      Set2 :: set(Element).
is_disjoint({N1, T1}, {N2, T2}) when N1 < N2 -> disjoint(T1, T2);
is_disjoint({_, T1}, {_, T2}) -> disjoint(T2, T1).

disjoint({K1, Smaller1, Bigger1}, {K2, Smaller2, _} = T2) when K1 < K2 ->
    not member(K1, Smaller2) andalso disjoint(Smaller1, Smaller2)
        andalso disjoint(Bigger1, T2);
disjoint({K1, Smaller1, Bigger1}, {K2, _, Bigger2} = T2) when K1 > K2 ->
    not member(K1, Bigger2) andalso disjoint(Bigger1, Bigger2)
        andalso disjoint(Smaller1, T2);
disjoint({_, _, _}, {_, _, _}) -> false;
disjoint(nil, _) -> true;
disjoint(_, nil) -> true.

-spec subtract(Set1, Set2) -> Set3 when
      Set1 :: set(Element),
      Set2 :: set(Element),
      Set3 :: set(Element).
subtract(S1, S2) -> difference(S1, S2).

-spec difference(Set1, Set2) -> Set3 when
      Set1 :: set(Element),
      Set2 :: set(Element),
      Set3 :: set(Element).
difference({N1, T1}, {N2, T2})
  when is_integer(N1), N1 >= 0, is_integer(N2), N2 >= 0 ->
    L = to_list_1(T1, []),
    case use_lookups(N1, N2) of
        true ->
            Kept = [X || X <- L, not member(X, T2)],
            N = length(Kept),
            {N, from_revsorted(lists:reverse(Kept), N)};
        false ->
            difference_merge(L, to_list_1(T2, []), [], N1)
    end.

difference_merge([X | Xs], [Y | _] = Ys, Acc, S) when X < Y ->
    difference_merge(Xs, Ys, [X | Acc], S);
difference_merge([X | _] = Xs, [Y | Ys], Acc, S) when X > Y ->
    difference_merge(Xs, Ys, Acc, S);
difference_merge([_ | Xs], [_ | Ys], Acc, S) ->
    difference_merge(Xs, Ys, Acc, S - 1);
difference_merge([], _Ys, Acc, S) ->
    {S, from_revsorted(Acc, S)};
difference_merge(Xs, [], Acc, S) ->
    {S, from_revsorted(lists:reverse(Xs, Acc), S)}.

-spec is_subset(Set1, Set2) -> boolean() when
      Set1 :: set(Element),
      Set2 :: set(Element).
is_subset({N1, T1}, {N2, T2})
  when is_integer(N1), N1 >= 0, is_integer(N2), N2 >= 0 ->
    L = to_list_1(T1, []),
    case use_lookups(N1, N2) of
        true -> lists:all(fun(X) -> member(X, T2) end, L);
        false -> subset_merge(L, to_list_1(T2, []))
    end.

subset_merge([X | _], [Y | _]) when X < Y -> false;
subset_merge([X | _] = Xs, [Y | Ys]) when X > Y -> subset_merge(Xs, Ys);
subset_merge([_ | Xs], [_ | Ys]) -> subset_merge(Xs, Ys);
subset_merge([], _) -> true;
subset_merge(_, []) -> false.

%%% ------------------------------------------------------------------
%%% Traversals
%%% ------------------------------------------------------------------

-spec filter(Pred, Set1) -> Set2 when
      Pred :: fun((Element) -> boolean()),
      Set1 :: set(Element),
      Set2 :: set(Element).
filter(F, S) when is_function(F, 1) -> from_ordset(filter_list(F, to_list(S))).

%% A non-boolean answer raises {bad_filter, Answer}, like the list
%% comprehension filter OTP uses.
filter_list(F, [X | Xs]) ->
    case F(X) of
        true -> [X | filter_list(F, Xs)];
        false -> filter_list(F, Xs);
        Other -> erlang:error({bad_filter, Other})
    end;
filter_list(_F, []) -> [].

-spec fold(Function, Acc0, Set) -> Acc1 when
      Function :: fun((Element, AccIn) -> AccOut),
      Acc0 :: Acc,
      Acc1 :: Acc,
      AccIn :: Acc,
      AccOut :: Acc,
      Set :: set(Element).
fold(F, A, {_, T}) when is_function(F, 2) -> fold_1(F, A, T).

fold_1(F, Acc, {K, Smaller, Bigger}) ->
    fold_1(F, F(K, fold_1(F, Acc, Smaller)), Bigger);
fold_1(_, Acc, _) -> Acc.
