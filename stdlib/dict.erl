%% dict: ferl's implementation of the OTP `dict' module.
%%
%% This module owns unordered key/value dictionaries with keys compared
%% with `=:=' (1 and 1.0 are different keys).  A dictionary is a linear
%% (dynamic) hash table in a `dict' record -- {dict, Size, N, MaxN,
%% BSO, ExpSize, ConSize, EmptySegment, Segments} -- whose buckets hold
%% [Key | Value] cells, grown and shrunk one slot at a time exactly as
%% in OTP.  Keys are placed with erlang:phash/2 as in OTP, so the
%% buckets, and therefore the order of to_list/1, fetch_keys/1 and
%% fold/3, are OTP's.  Results and errors follow OTP 25.

-module(dict).

-export([new/0, is_key/2, to_list/1, from_list/1, size/1, is_empty/1,
         fetch/2, find/2, fetch_keys/1, erase/2, take/2, store/3,
         append/3, append_list/3, update/3, update/4, update_counter/3,
         fold/3, map/2, filter/2, merge/3]).

-export_type([dict/0, dict/2]).

-compile({no_auto_import, [size/1]}).
-compile([{nowarn_deprecated_function, [{erlang, phash, 2}]}]).

-define(SEG_SIZE, 16).
-define(EXPAND_LOAD, 5).
-define(CONTRACT_LOAD, 3).

-record(dict,
        {size = 0 :: non_neg_integer(),              % entries
         n = ?SEG_SIZE :: non_neg_integer(),          % active slots
         maxn = ?SEG_SIZE :: pos_integer(),           % slots allocated
         bso = ?SEG_SIZE div 2 :: non_neg_integer(),  % buddy slot offset
         exp_size = ?SEG_SIZE * ?EXPAND_LOAD :: non_neg_integer(),
         con_size = ?SEG_SIZE * ?CONTRACT_LOAD :: non_neg_integer(),
         empty :: tuple(),                            % an empty segment
         segs :: tuple()}).                           % the segments

-type dict() :: dict(_, _).
-opaque dict(_Key, _Value) :: #dict{}.

%%% ------------------------------------------------------------------
%%% Construction and inspection
%%% ------------------------------------------------------------------

-spec new() -> dict(none(), none()).
new() ->
    Empty = erlang:make_tuple(?SEG_SIZE, []),
    #dict{empty = Empty, segs = {Empty}}.

-spec from_list(List) -> Dict when
      Dict :: dict(Key, Value),
      List :: [{Key, Value}].
from_list(L) ->
    lists:foldl(fun({K, V}, D) -> store(K, V, D) end, new(), L).

-spec size(Dict) -> non_neg_integer() when
      Dict :: dict().
size(#dict{size = N}) when is_integer(N), N >= 0 -> N.

-spec is_empty(Dict) -> boolean() when
      Dict :: dict().
is_empty(#dict{size = N}) -> N =:= 0.

-spec is_key(Key, Dict) -> boolean() when
      Dict :: dict(Key, Value :: term()).
is_key(Key, D) ->
    case lookup(Key, bucket(D, slot(D, Key))) of
        {ok, _} -> true;
        error -> false
    end.

-spec fetch(Key, Dict) -> Value when
      Dict :: dict(Key, Value).
fetch(Key, D) ->
    case lookup(Key, bucket(D, slot(D, Key))) of
        {ok, V} -> V;
        error -> erlang:error(badarg, [Key, D])
    end.

-spec find(Key, Dict) -> {'ok', Value} | 'error' when
      Dict :: dict(Key, Value).
find(Key, D) -> lookup(Key, bucket(D, slot(D, Key))).

lookup(Key, [[Key | V] | _]) -> {ok, V};
lookup(Key, [_ | Rest]) -> lookup(Key, Rest);
lookup(_, []) -> error.

-spec fetch_keys(Dict) -> Keys when
      Dict :: dict(Key, Value :: term()),
      Keys :: [Key].
fetch_keys(D) -> fold(fun(K, _, Acc) -> [K | Acc] end, [], D).

-spec to_list(Dict) -> List when
      Dict :: dict(Key, Value),
      List :: [{Key, Value}].
to_list(D) -> fold(fun(K, V, Acc) -> [{K, V} | Acc] end, [], D).

%%% ------------------------------------------------------------------
%%% Updates
%%% ------------------------------------------------------------------

-spec erase(Key, Dict1) -> Dict2 when
      Dict1 :: dict(Key, Value),
      Dict2 :: dict(Key, Value).
erase(Key, D) ->
    Slot = slot(D, Key),
    case remove(Key, bucket(D, Slot)) of
        {_, Bucket} -> shrink(set_bucket(D, Slot, Bucket), 1);
        %% As in OTP, even erasing an absent key may merge one slot
        %% (after filter/2 left the table under-loaded).
        error -> shrink(D, 0)
    end.

-spec take(Key, Dict) -> {Value, Dict1} | error when
      Dict :: dict(Key, Value),
      Dict1 :: dict(Key, Value),
      Key :: term(),
      Value :: term().
take(Key, D) ->
    Slot = slot(D, Key),
    case remove(Key, bucket(D, Slot)) of
        {V, Bucket} -> {V, shrink(set_bucket(D, Slot, Bucket), 1)};
        error -> error
    end.

%% {Value, BucketWithoutKey} or error.
remove(Key, [[Key | V] | Rest]) -> {V, Rest};
remove(Key, [Cell | Rest]) ->
    case remove(Key, Rest) of
        {V, Rest1} -> {V, [Cell | Rest1]};
        error -> error
    end;
remove(_, []) -> error.

-spec store(Key, Value, Dict1) -> Dict2 when
      Dict1 :: dict(Key, Value),
      Dict2 :: dict(Key, Value).
store(Key, Val, D) ->
    change(Key, D, fun(_) -> Val end, fun() -> Val end).

-spec append(Key, Value, Dict1) -> Dict2 when
      Dict1 :: dict(Key, Value),
      Dict2 :: dict(Key, Value).
append(Key, Val, D) ->
    change(Key, D, fun(Old) -> Old ++ [Val] end, fun() -> [Val] end).

-spec append_list(Key, ValList, Dict1) -> Dict2 when
      Dict1 :: dict(Key, Value),
      Dict2 :: dict(Key, Value),
      ValList :: [Value].
append_list(Key, L, D) ->
    change(Key, D, fun(Old) -> Old ++ L end, fun() -> L end).

-spec update(Key, Fun, Dict1) -> Dict2 when
      Dict1 :: dict(Key, Value),
      Dict2 :: dict(Key, Value),
      Fun :: fun((Value1 :: Value) -> Value2 :: Value).
update(Key, F, D) ->
    change(Key, D, F, fun() -> erlang:error(badarg, [Key, F, D]) end).

-spec update(Key, Fun, Initial, Dict1) -> Dict2 when
      Dict1 :: dict(Key, Value),
      Dict2 :: dict(Key, Value),
      Fun :: fun((Value1 :: Value) -> Value2 :: Value),
      Initial :: Value.
update(Key, F, Init, D) ->
    %% Like OTP, a bad fun is only noticed when it is called or the key
    %% is absent.
    change(Key, D, F, fun() when is_function(F, 1) -> Init end).

-spec update_counter(Key, Increment, Dict1) -> Dict2 when
      Dict1 :: dict(Key, Value),
      Dict2 :: dict(Key, Value),
      Increment :: number().
update_counter(Key, Incr, D) when is_number(Incr) ->
    change(Key, D, fun(Old) -> Old + Incr end, fun() -> Incr end).

%% Replace the value of Key with Present(Old), or add Key with
%% Absent() at the end of its bucket.
change(Key, D, Present, Absent) ->
    Slot = slot(D, Key),
    case change_bucket(Key, bucket(D, Slot), Present, Absent) of
        {replaced, Bucket} -> set_bucket(D, Slot, Bucket);
        {added, Bucket} -> grow(set_bucket(D, Slot, Bucket))
    end.

change_bucket(Key, [[Key | Old] | Rest], Present, _Absent) ->
    {replaced, [[Key | Present(Old)] | Rest]};
change_bucket(Key, [Cell | Rest], Present, Absent) ->
    {How, Rest1} = change_bucket(Key, Rest, Present, Absent),
    {How, [Cell | Rest1]};
change_bucket(Key, [], _Present, Absent) ->
    {added, [[Key | Absent()]]}.

%%% ------------------------------------------------------------------
%%% Traversals
%%% ------------------------------------------------------------------

-spec fold(Fun, Acc0, Dict) -> Acc1 when
      Fun :: fun((Key, Value, AccIn) -> AccOut),
      Dict :: dict(Key, Value),
      Acc0 :: Acc,
      Acc1 :: Acc,
      AccIn :: Acc,
      AccOut :: Acc.
fold(F, Acc, D) ->
    Segs = D#dict.segs,
    fold_segs(F, Acc, Segs, tuple_size(Segs)).

%% Segments and buckets are visited from the last to the first.
fold_segs(F, Acc, Segs, I) when I >= 1 ->
    Seg = element(I, Segs),
    fold_segs(F, fold_seg(F, Acc, Seg, tuple_size(Seg)), Segs, I - 1);
fold_segs(_F, Acc, _Segs, _I) -> Acc.

fold_seg(F, Acc, Seg, I) when I >= 1 ->
    fold_seg(F, fold_bucket(F, Acc, element(I, Seg)), Seg, I - 1);
fold_seg(_F, Acc, _Seg, _I) -> Acc.

fold_bucket(F, Acc, [[K | V] | Rest]) -> fold_bucket(F, F(K, V, Acc), Rest);
fold_bucket(F, Acc, []) when is_function(F, 3) -> Acc.

-spec map(Fun, Dict1) -> Dict2 when
      Fun :: fun((Key, Value1) -> Value2),
      Dict1 :: dict(Key, Value1),
      Dict2 :: dict(Key, Value2).
map(F, D) ->
    Segs = D#dict.segs,
    NewSegs = [list_to_tuple([map_bucket(F, B) || B <- tuple_to_list(Seg)])
               || Seg <- tuple_to_list(Segs)],
    D#dict{segs = list_to_tuple(NewSegs)}.

map_bucket(F, [[K | V] | Rest]) -> [[K | F(K, V)] | map_bucket(F, Rest)];
map_bucket(F, []) when is_function(F, 2) -> [].

-spec filter(Pred, Dict1) -> Dict2 when
      Pred :: fun((Key, Value) -> boolean()),
      Dict1 :: dict(Key, Value),
      Dict2 :: dict(Key, Value).
filter(F, D) ->
    Segs = D#dict.segs,
    {NewSegs, Removed} = filter_segs(F, tuple_to_list(Segs), [], 0),
    shrink(D#dict{segs = list_to_tuple(NewSegs)}, Removed).

filter_segs(F, [Seg | Rest], Acc, Removed0) ->
    {Buckets, Removed} = filter_buckets(F, tuple_to_list(Seg), [], Removed0),
    filter_segs(F, Rest, [list_to_tuple(Buckets) | Acc], Removed);
filter_segs(_F, [], Acc, Removed) -> {lists:reverse(Acc), Removed}.

filter_buckets(F, [B | Rest], Acc, Removed) ->
    Kept = filter_bucket(F, B),
    filter_buckets(F, Rest, [Kept | Acc], Removed + length(B) - length(Kept));
filter_buckets(_F, [], Acc, Removed) -> {lists:reverse(Acc), Removed}.

filter_bucket(F, [[K | V] = Cell | Rest]) ->
    case F(K, V) of
        true -> [Cell | filter_bucket(F, Rest)];
        false -> filter_bucket(F, Rest)
    end;
filter_bucket(F, []) when is_function(F, 2) -> [].

-spec merge(Fun, Dict1, Dict2) -> Dict3 when
      Fun :: fun((Key, Value1, Value2) -> Value),
      Dict1 :: dict(Key, Value1),
      Dict2 :: dict(Key, Value2),
      Dict3 :: dict(Key, Value).
merge(F, #dict{size = S1} = D1, #dict{size = S2} = D2) when S1 < S2 ->
    %% The smaller dictionary is folded into the larger one.
    fold(fun(K, V1, D) -> update(K, fun(V2) -> F(K, V1, V2) end, V1, D) end,
         D2, D1);
merge(F, D1, D2) ->
    fold(fun(K, V2, D) -> update(K, fun(V1) -> F(K, V1, V2) end, V2, D) end,
         D1, D2).

%%% ------------------------------------------------------------------
%%% The hash table
%%% ------------------------------------------------------------------

%% Slot (1..N) of a key.  Slots above N are not yet split off from
%% their buddy N - BSO.
slot(D, Key) ->
    case hash(Key, D#dict.maxn) of
        H when H > D#dict.n -> H - D#dict.bso;
        H -> H
    end.

hash(Key, Range) -> erlang:phash(Key, Range).

bucket(#dict{segs = Segs}, Slot) -> seg_bucket(Segs, Slot).

seg_bucket(Segs, Slot) ->
    element((Slot - 1) rem ?SEG_SIZE + 1,
            element((Slot - 1) div ?SEG_SIZE + 1, Segs)).

set_bucket(#dict{segs = Segs} = D, Slot, Bucket) ->
    D#dict{segs = put_seg_bucket(Segs, Slot, Bucket)}.

put_seg_bucket(Segs, Slot, Bucket) ->
    SegI = (Slot - 1) div ?SEG_SIZE + 1,
    Seg = element(SegI, Segs),
    setelement(SegI, Segs, setelement((Slot - 1) rem ?SEG_SIZE + 1, Seg, Bucket)).

%% Account for one added entry, splitting one slot when the load gets
%% too high.
grow(#dict{size = Size, exp_size = Exp} = D0) when Size + 1 > Exp ->
    D = case D0 of
            #dict{n = Same, maxn = Same} -> double_segs(D0);
            _ -> D0
        end,
    #dict{n = N0, bso = BSO, maxn = MaxN, segs = Segs0} = D,
    N = N0 + 1,
    Buddy = N - BSO,
    {Stay, Move} = lists:partition(fun([K | _]) -> hash(K, MaxN) =:= Buddy end,
                                   seg_bucket(Segs0, Buddy)),
    Segs = put_seg_bucket(put_seg_bucket(Segs0, Buddy, Stay), N, Move),
    D#dict{size = Size + 1, n = N, exp_size = N * ?EXPAND_LOAD,
           con_size = N * ?CONTRACT_LOAD, segs = Segs};
grow(#dict{size = Size} = D) -> D#dict{size = Size + 1}.

double_segs(#dict{maxn = MaxN, bso = BSO, segs = Segs, empty = Empty} = D) ->
    More = lists:duplicate(tuple_size(Segs), Empty),
    D#dict{maxn = 2 * MaxN, bso = 2 * BSO,
           segs = list_to_tuple(tuple_to_list(Segs) ++ More)}.

%% Account for Removed entries, merging the last slot into its buddy
%% when the load gets too low (one slot per call, as OTP does).
shrink(#dict{size = Size, con_size = Con, n = N, bso = BSO, segs = Segs0} = D0,
       Removed) when Size - Removed < Con, N > ?SEG_SIZE ->
    Buddy = N - BSO,
    Merged = seg_bucket(Segs0, Buddy) ++ seg_bucket(Segs0, N),
    Segs = put_seg_bucket(put_seg_bucket(Segs0, Buddy, Merged), N, []),
    N1 = N - 1,
    D = D0#dict{size = Size - Removed, n = N1, exp_size = N1 * ?EXPAND_LOAD,
                con_size = N1 * ?CONTRACT_LOAD, segs = Segs},
    case D of
        #dict{n = Same, bso = Same, maxn = MaxN} ->
            Half = tuple_size(Segs) div 2,
            D#dict{maxn = MaxN div 2, bso = Same div 2,
                   segs = list_to_tuple(lists:sublist(tuple_to_list(Segs), Half))};
        _ ->
            D
    end;
shrink(#dict{size = Size} = D, Removed) -> D#dict{size = Size - Removed}.
