%% sets: ferl's implementation of the OTP `sets' module.
%%
%% This module owns unordered sets whose elements are compared with
%% `=:=' (so 1 and 1.0 are different elements).  Two representations
%% exist, as in OTP 25:
%%
%%   * version 1 (the default): a linear (dynamic) hash table kept in a
%%     `set' record -- {set, Size, N, MaxN, BSO, ExpSize, ConSize,
%%     EmptySegment, Segments} -- with segments of 16 buckets.  The
%%     record shape, the hash (erlang:phash/2) and the bucket order
%%     match OTP, so to_list/1 and fold/3 visit elements in OTP's order;
%%   * version 2: a map from each element to [] (identical to OTP).
%%
%% Results and errors follow OTP 25.

-module(sets).

-export([new/0, new/1, is_set/1, size/1, is_empty/1, to_list/1,
         from_list/1, from_list/2, is_element/2, add_element/2,
         del_element/2, union/2, union/1, intersection/2, intersection/1,
         is_disjoint/2, subtract/2, is_subset/2, fold/3, filter/2]).

-export_type([set/0, set/1]).

-compile({no_auto_import, [size/1]}).
-compile([{nowarn_deprecated_function, [{erlang, phash, 2}]}]).

-define(SEG_SIZE, 16).
-define(EXPAND_LOAD, 5).
-define(CONTRACT_LOAD, 3).

-record(set,
        {size = 0 :: non_neg_integer(),              % elements
         n = ?SEG_SIZE :: non_neg_integer(),          % active slots
         maxn = ?SEG_SIZE :: pos_integer(),           % slots allocated
         bso = ?SEG_SIZE div 2 :: non_neg_integer(),  % buddy slot offset
         exp_size = ?SEG_SIZE * ?EXPAND_LOAD :: non_neg_integer(),
         con_size = ?SEG_SIZE * ?CONTRACT_LOAD :: non_neg_integer(),
         empty :: tuple(),                            % an empty segment
         segs :: tuple()}).                           % the segments

-type set() :: set(_).
-opaque set(Element) :: #set{segs :: tuple()} | #{Element => []}.

%%% ------------------------------------------------------------------
%%% Construction and inspection
%%% ------------------------------------------------------------------

-spec new() -> set(none()).
new() ->
    Empty = erlang:make_tuple(?SEG_SIZE, []),
    #set{empty = Empty, segs = {Empty}}.

-spec new([{version, 1..2}]) -> set(none()).
new([{version, 2}]) -> #{};
new(Opts) ->
    case proplists:get_value(version, Opts, 1) of
        1 -> new();
        2 -> #{}
    end.

-spec from_list(List) -> Set when
      List :: [Element],
      Set :: set(Element).
from_list(List) ->
    lists:foldl(fun add_element/2, new(), List).

-spec from_list(List, [{version, 1..2}]) -> Set when
      List :: [Element],
      Set :: set(Element).
from_list(List, [{version, 2}]) ->
    maps:from_keys(List, []);
from_list(List, Opts) ->
    case proplists:get_value(version, Opts, 1) of
        1 -> from_list(List);
        2 -> maps:from_keys(List, [])
    end.

-spec is_set(Set) -> boolean() when
      Set :: term().
is_set(#{}) -> true;
is_set(#set{}) -> true;
is_set(_) -> false.

-spec size(Set) -> non_neg_integer() when
      Set :: set().
size(#{} = S) -> map_size(S);
size(#set{size = Size}) -> Size.

-spec is_empty(Set) -> boolean() when
      Set :: set().
is_empty(#{} = S) -> map_size(S) =:= 0;
is_empty(#set{size = Size}) -> Size =:= 0.

-spec to_list(Set) -> List when
      Set :: set(Element),
      List :: [Element].
to_list(#{} = S) -> maps:keys(S);
to_list(#set{} = S) -> fold(fun(E, Acc) -> [E | Acc] end, [], S).

-spec is_element(Element, Set) -> boolean() when
      Set :: set(Element).
-file("sets.erl", 162).
is_element(E, #{} = S) ->
    case S of
        #{E := _} -> true;
        #{} -> false
    end;
is_element(E, #set{} = S) ->
    lists:member(E, bucket(S, slot(S, E))).

%%% ------------------------------------------------------------------
%%% Single-element updates
%%% ------------------------------------------------------------------

-spec add_element(Element, Set1) -> Set2 when
      Set1 :: set(Element),
      Set2 :: set(Element).
add_element(E, #{} = S) -> S#{E => []};
add_element(E, #set{} = S) ->
    Slot = slot(S, E),
    Bucket = bucket(S, Slot),
    case lists:member(E, Bucket) of
        true -> S;
        false -> grow(set_bucket(S, Slot, [E | Bucket]))
    end.

-spec del_element(Element, Set1) -> Set2 when
      Set1 :: set(Element),
      Set2 :: set(Element).
del_element(E, #{} = S) -> maps:remove(E, S);
del_element(E, #set{} = S) ->
    Slot = slot(S, E),
    Bucket = bucket(S, Slot),
    case lists:member(E, Bucket) of
        false -> S;
        true -> shrink(set_bucket(S, Slot, lists:delete(E, Bucket)), 1)
    end.

%%% ------------------------------------------------------------------
%%% Set algebra
%%% ------------------------------------------------------------------

-spec union(Set1, Set2) -> Set3 when
      Set1 :: set(Element),
      Set2 :: set(Element),
      Set3 :: set(Element).
union(#{} = S1, #{} = S2) -> maps:merge(S1, S2);
union(S1, S2) ->
    %% The smaller set is added into the larger one.
    case size(S1) < size(S2) of
        true -> fold(fun add_element/2, S2, S1);
        false -> fold(fun add_element/2, S1, S2)
    end.

-spec union(SetList) -> Set when
      SetList :: [set(Element)],
      Set :: set(Element).
union([S1, S2 | Rest]) -> union_all(union(S1, S2), Rest);
union([S]) -> S;
union([]) -> new().

union_all(Acc, [S | Rest]) -> union_all(union(Acc, S), Rest);
union_all(Acc, []) -> Acc.

-spec intersection(Set1, Set2) -> Set3 when
      Set1 :: set(Element),
      Set2 :: set(Element),
      Set3 :: set(Element).
intersection(#{} = S1, #{} = S2) ->
    {Small, Big} = case map_size(S1) < map_size(S2) of
                       true -> {S1, S2};
                       false -> {S2, S1}
                   end,
    maps:from_keys([E || E <- maps:keys(Small), is_map_key(E, Big)], []);
intersection(S1, S2) ->
    %% The smaller set is filtered by membership in the larger one.
    case size(S1) < size(S2) of
        true -> filter(fun(E) -> is_element(E, S2) end, S1);
        false -> filter(fun(E) -> is_element(E, S1) end, S2)
    end.

-spec intersection(SetList) -> Set when
      SetList :: [set(Element), ...],
      Set :: set(Element).
intersection([S1, S2 | Rest]) -> intersection_all(intersection(S1, S2), Rest);
intersection([S]) -> S.

intersection_all(Acc, [S | Rest]) -> intersection_all(intersection(Acc, S), Rest);
intersection_all(Acc, []) -> Acc.

-spec is_disjoint(Set1, Set2) -> boolean() when
      Set1 :: set(Element),
      Set2 :: set(Element).
is_disjoint(#{} = S1, #{} = S2) ->
    {Small, Big} = case map_size(S1) < map_size(S2) of
                       true -> {S1, S2};
                       false -> {S2, S1}
                   end,
    none_in(maps:keys(Small), Big);
is_disjoint(S1, S2) ->
    case size(S1) < size(S2) of
        true -> fold(disjoint_fun(S2), true, S1);
        false -> fold(disjoint_fun(S1), true, S2)
    end.

none_in([E | Rest], Map) ->
    case is_map_key(E, Map) of
        true -> false;
        false -> none_in(Rest, Map)
    end;
none_in([], _Map) -> true.

disjoint_fun(Other) ->
    fun(_, false) -> false;
       (E, true) -> not is_element(E, Other)
    end.

-spec subtract(Set1, Set2) -> Set3 when
      Set1 :: set(Element),
      Set2 :: set(Element),
      Set3 :: set(Element).
subtract(#{} = S1, #{} = S2) ->
    maps:without([E || E <- maps:keys(S1), is_map_key(E, S2)], S1);
subtract(S1, S2) ->
    filter(fun(E) -> not is_element(E, S2) end, S1).

-spec is_subset(Set1, Set2) -> boolean() when
      Set1 :: set(Element),
      Set2 :: set(Element).
is_subset(#{} = S1, #{} = S2) ->
    map_size(S1) =< map_size(S2) andalso all_in(maps:keys(S1), S2);
is_subset(S1, S2) ->
    fold(fun(E, Sub) -> Sub andalso is_element(E, S2) end, true, S1).

all_in([E | Rest], Map) ->
    case is_map_key(E, Map) of
        true -> all_in(Rest, Map);
        false -> false
    end;
all_in([], _Map) -> true.

%%% ------------------------------------------------------------------
%%% Traversals
%%% ------------------------------------------------------------------

-spec fold(Function, Acc0, Set) -> Acc1 when
      Function :: fun((Element, AccIn) -> AccOut),
      Set :: set(Element),
      Acc0 :: Acc,
      Acc1 :: Acc,
      AccIn :: Acc,
      AccOut :: Acc.
fold(F, Acc, #{} = S) when is_function(F, 2) ->
    fold_keys(F, Acc, maps:keys(S));
fold(F, Acc, #set{segs = Segs}) when is_function(F, 2) ->
    fold_segs(F, Acc, Segs, tuple_size(Segs)).

fold_keys(F, Acc, [E | Rest]) -> fold_keys(F, F(E, Acc), Rest);
fold_keys(_F, Acc, []) -> Acc.

%% Segments and buckets are visited from the last to the first.
fold_segs(F, Acc, Segs, I) when I >= 1 ->
    Seg = element(I, Segs),
    fold_segs(F, fold_seg(F, Acc, Seg, tuple_size(Seg)), Segs, I - 1);
fold_segs(_F, Acc, _Segs, _I) -> Acc.

fold_seg(F, Acc, Seg, I) when I >= 1 ->
    fold_seg(F, fold_keys(F, Acc, element(I, Seg)), Seg, I - 1);
fold_seg(_F, Acc, _Seg, _I) -> Acc.

-spec filter(Pred, Set1) -> Set2 when
      Pred :: fun((Element) -> boolean()),
      Set1 :: set(Element),
      Set2 :: set(Element).
filter(F, #{} = S) when is_function(F, 1) ->
    maps:from_keys(filter_list(F, maps:keys(S)), []);
filter(F, #set{segs = Segs} = S) when is_function(F, 1) ->
    {NewSegs, Removed} = filter_segs(F, tuple_to_list(Segs), [], 0),
    shrink(S#set{segs = list_to_tuple(NewSegs)}, Removed).

filter_list(F, [E | Rest]) ->
    case F(E) of
        true -> [E | filter_list(F, Rest)];
        false -> filter_list(F, Rest)
    end;
filter_list(_F, []) -> [].

filter_segs(F, [Seg | Rest], Acc, Removed0) ->
    {Buckets, Removed} = filter_buckets(F, tuple_to_list(Seg), [], Removed0),
    filter_segs(F, Rest, [list_to_tuple(Buckets) | Acc], Removed);
filter_segs(_F, [], Acc, Removed) -> {lists:reverse(Acc), Removed}.

%% Like OTP's, each filtered bucket comes out reversed, which shows in
%% the order fold/3 and to_list/1 visit it.
filter_buckets(F, [B | Rest], Acc, Removed) ->
    Kept = lists:reverse(filter_list(F, B)),
    filter_buckets(F, Rest, [Kept | Acc], Removed + length(B) - length(Kept));
filter_buckets(_F, [], Acc, Removed) -> {lists:reverse(Acc), Removed}.

%%% ------------------------------------------------------------------
%%% The version 1 hash table
%%% ------------------------------------------------------------------

%% Slot (1..N) of an element.  Slots above N are not yet split off
%% from their buddy N - BSO.
slot(#set{maxn = MaxN, n = N, bso = BSO}, E) ->
    case hash(E, MaxN) of
        H when H > N -> H - BSO;
        H -> H
    end.

hash(E, Range) -> erlang:phash(E, Range).

bucket(#set{segs = Segs}, Slot) -> seg_bucket(Segs, Slot).

seg_bucket(Segs, Slot) ->
    element((Slot - 1) rem ?SEG_SIZE + 1,
            element((Slot - 1) div ?SEG_SIZE + 1, Segs)).

set_bucket(#set{segs = Segs} = S, Slot, Bucket) ->
    S#set{segs = put_seg_bucket(Segs, Slot, Bucket)}.

put_seg_bucket(Segs, Slot, Bucket) ->
    SegI = (Slot - 1) div ?SEG_SIZE + 1,
    Seg = element(SegI, Segs),
    setelement(SegI, Segs, setelement((Slot - 1) rem ?SEG_SIZE + 1, Seg, Bucket)).

%% Account for one added element, splitting one slot when the load
%% gets too high.
grow(#set{size = Size, exp_size = Exp} = S0) when Size + 1 > Exp ->
    S = case S0 of
            #set{n = Same, maxn = Same} -> double_segs(S0);
            _ -> S0
        end,
    #set{n = N0, bso = BSO, maxn = MaxN, segs = Segs0} = S,
    N = N0 + 1,
    Buddy = N - BSO,
    {Stay, Move} = lists:partition(fun(E) -> hash(E, MaxN) =:= Buddy end,
                                   seg_bucket(Segs0, Buddy)),
    Segs = put_seg_bucket(put_seg_bucket(Segs0, Buddy, Stay), N, Move),
    S#set{size = Size + 1, n = N, exp_size = N * ?EXPAND_LOAD,
          con_size = N * ?CONTRACT_LOAD, segs = Segs};
grow(#set{size = Size} = S) -> S#set{size = Size + 1}.

double_segs(#set{maxn = MaxN, bso = BSO, segs = Segs, empty = Empty} = S) ->
    More = lists:duplicate(tuple_size(Segs), Empty),
    S#set{maxn = 2 * MaxN, bso = 2 * BSO,
          segs = list_to_tuple(tuple_to_list(Segs) ++ More)}.

%% Account for Removed elements, merging the last slot into its buddy
%% when the load gets too low (one slot per call, as OTP does).
shrink(#set{size = Size, con_size = Con, n = N, bso = BSO, segs = Segs0} = S0,
       Removed) when Size - Removed < Con, N > ?SEG_SIZE ->
    Buddy = N - BSO,
    Merged = seg_bucket(Segs0, Buddy) ++ seg_bucket(Segs0, N),
    Segs = put_seg_bucket(put_seg_bucket(Segs0, Buddy, Merged), N, []),
    N1 = N - 1,
    S = S0#set{size = Size - Removed, n = N1, exp_size = N1 * ?EXPAND_LOAD,
               con_size = N1 * ?CONTRACT_LOAD, segs = Segs},
    case S of
        #set{n = Same, bso = Same, maxn = MaxN} ->
            Half = tuple_size(Segs) div 2,
            S#set{maxn = MaxN div 2, bso = Same div 2,
                  segs = list_to_tuple(lists:sublist(tuple_to_list(Segs), Half))};
        _ ->
            S
    end;
shrink(#set{size = Size} = S, Removed) -> S#set{size = Size - Removed}.
