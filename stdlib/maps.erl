%% maps: ferl's implementation of the non-native part of OTP's `maps'.
%%
%% This module owns the higher-order and iterator functions over maps:
%% folding, mapping, filtering, iterators, merging with a combiner,
%% intersection and grouping.  The primitive operations (get/2,3,
%% find/2, put/3, remove/2, take/2, is_key/2, keys/1, values/1,
%% to_list/1, from_list/1, from_keys/2, size/1, merge/2, new/0,
%% update/3, with/2, without/2) are native BIFs in ferl and are not
%% defined here.  Results and errors follow OTP 25.
%%
%% Iterators: `iterator(Map)' is `[0 | Map]' as in OTP.  The first
%% `next/1' on it returns the whole map as a chain of
%% `{Key, Value, Next}' tuples ending in `none', in the order of
%% `maps:to_list/1' (key term order), which is also what OTP 25 returns
%% for maps of up to 32 keys.

-module(maps).

-export([fold/3, map/2, filter/2, filtermap/2, foreach/2,
         update_with/3, update_with/4, iterator/1, next/1,
         merge_with/3, intersect/2, intersect_with/3,
         groups_from_list/2, groups_from_list/3]).

-export_type([iterator/0, iterator/2]).

-opaque iterator(Key, Value) :: {Key, Value, iterator(Key, Value)} | none
                              | nonempty_improper_list(integer(),
                                                       #{Key => Value}).
-type iterator() :: iterator(term(), term()).

%%% ------------------------------------------------------------------
%%% Iterators
%%% ------------------------------------------------------------------

-spec iterator(Map) -> Iterator when
      Map :: #{Key => Value},
      Iterator :: iterator(Key, Value).
iterator(Map) when is_map(Map) -> [0 | Map];
iterator(Map) -> erlang:error({badmap, Map}, [Map]).

-spec next(Iterator) -> {Key, Value, NextIterator} | 'none' when
      Iterator :: iterator(Key, Value),
      NextIterator :: iterator(Key, Value).
next({_, _, _} = Step) -> Step;
next(none) -> none;
next([0 | Map]) when is_map(Map) -> chain(maps:to_list(Map));
next(Iter) -> erlang:error(badarg, [Iter]).

%% The remaining associations as nested {K, V, Next} steps.
chain([{K, V} | Rest]) -> {K, V, chain(Rest)};
chain([]) -> none.

%% First step of an iterator handed to a traversal; like OTP 25, any
%% failure of that first step is reported as {badmap, Iter}.
first_step(Iter, Args) ->
    try next(Iter)
    catch error:_ -> erlang:error({badmap, Iter}, Args)
    end.

%% Error for a call whose fun or map/iterator argument is wrong.
iter_error(Fun, Arity, MapOrIter) ->
    case is_function(Fun, Arity) of
        false -> badarg;
        true -> {badmap, MapOrIter}
    end.

%%% ------------------------------------------------------------------
%%% Traversals
%%% ------------------------------------------------------------------

-spec fold(Fun, Init, MapOrIter) -> Acc when
      Fun :: fun((Key, Value, AccIn) -> AccOut),
      Init :: term(),
      Acc :: AccOut,
      AccIn :: Init | AccOut,
      MapOrIter :: #{Key => Value} | iterator(Key, Value).
fold(Fun, Init, Map) when is_function(Fun, 3), is_map(Map) ->
    fold_1(Fun, Init, maps:to_list(Map));
fold(Fun, Init, Iter) when is_function(Fun, 3) ->
    fold_1(Fun, Init, first_step(Iter, [Fun, Init, Iter]));
fold(Fun, Init, MapOrIter) ->
    erlang:error(badarg, [Fun, Init, MapOrIter]).

%% The traversals' helpers call the fun on the lines OTP 25's maps.erl
%% does (pinned with -file; a `-file(F, N)` numbers the next line N + 1),
%% so a crash in the fun shows the same frames and lines as OTP.
%% fold_1 walks a list of pairs (from a map) or iterator steps.
-file("maps.erl", 409).
fold_1(Fun, Acc, [{K, V} | Rest]) ->
    fold_1(Fun, Fun(K, V, Acc), Rest);
fold_1(Fun, Acc, {K, V, I}) -> fold_1(Fun, Fun(K, V, Acc), next(I));
fold_1(_Fun, Acc, Done) when Done =:= []; Done =:= none -> Acc.

-spec map(Fun, MapOrIter) -> Map when
      Fun :: fun((Key, Value1) -> Value2),
      MapOrIter :: #{Key => Value1} | iterator(Key, Value1),
      Map :: #{Key => Value2}.
-file("maps.erl", 427).
map(Fun, MapOrIter) when is_function(Fun, 2) ->
    maps:from_list(map_1(Fun, first(Fun, MapOrIter)));
map(Fun, MapOrIter) ->
    erlang:error(iter_error(Fun, 2, MapOrIter), [Fun, MapOrIter]).

-file("maps.erl", 437).
map_1(Fun, {K, V, I}) ->
    [{K, Fun(K, V)} | map_1(Fun, next(I))];
map_1(_Fun, none) -> [].

%% First step of a map or iterator given to a two-argument traversal,
%% raising {badmap, _} (with the caller's arguments) when it is
%% neither.
first(_Fun, Map) when is_map(Map) -> chain(maps:to_list(Map));
first(Fun, Iter) -> first_step(Iter, [Fun, Iter]).

-spec filter(Pred, MapOrIter) -> Map when
      Pred :: fun((Key, Value) -> boolean()),
      MapOrIter :: #{Key => Value} | iterator(Key, Value),
      Map :: #{Key => Value}.
-file("maps.erl", 308).
filter(Pred, MapOrIter) when is_function(Pred, 2) ->
    maps:from_list(filter_1(Pred, first(Pred, MapOrIter)));
filter(Pred, MapOrIter) ->
    erlang:error(iter_error(Pred, 2, MapOrIter), [Pred, MapOrIter]).

-file("maps.erl", 317).
filter_1(Pred, {K, V, I}) ->
    case Pred(K, V) of
        true -> [{K, V} | filter_1(Pred, next(I))];
        false -> filter_1(Pred, next(I))
    end;
filter_1(_Pred, none) -> [].

-spec filtermap(Fun, MapOrIter) -> Map when
      Fun :: fun((Key, Value1) -> boolean() | {true, Value2}),
      MapOrIter :: #{Key => Value1} | iterator(Key, Value1),
      Map :: #{Key => Value1 | Value2}.
-file("maps.erl", 340).
filtermap(Fun, MapOrIter) when is_function(Fun, 2) ->
    maps:from_list(filtermap_1(Fun, first(Fun, MapOrIter)));
filtermap(Fun, MapOrIter) ->
    erlang:error(iter_error(Fun, 2, MapOrIter), [Fun, MapOrIter]).

-file("maps.erl", 349).
filtermap_1(Fun, {K, V, I}) ->
    case Fun(K, V) of
        true -> [{K, V} | filtermap_1(Fun, next(I))];
        {true, NewV} -> [{K, NewV} | filtermap_1(Fun, next(I))];
        false -> filtermap_1(Fun, next(I))
    end;
filtermap_1(_Fun, none) -> [].

-spec foreach(Fun, MapOrIter) -> ok when
      Fun :: fun((Key, Value) -> term()),
      MapOrIter :: #{Key => Value} | iterator(Key, Value).
foreach(Fun, MapOrIter) when is_function(Fun, 2) ->
    foreach_1(Fun, first(Fun, MapOrIter));
foreach(Fun, MapOrIter) ->
    erlang:error(iter_error(Fun, 2, MapOrIter), [Fun, MapOrIter]).

-file("maps.erl", 379).
foreach_1(Fun, {K, V, I}) ->
    Fun(K, V),
    foreach_1(Fun, next(I));
foreach_1(_Fun, none) -> ok.

%%% ------------------------------------------------------------------
%%% Updates
%%% ------------------------------------------------------------------

-spec update_with(Key, Fun, Map1) -> Map2 when
      Map1 :: #{Key := Value1, _ => _},
      Map2 :: #{Key := Value2, _ => _},
      Fun :: fun((Value1) -> Value2).
-file("maps.erl", 261).
update_with(Key, Fun, Map) when is_function(Fun, 1), is_map(Map) ->
    case Map of
        #{Key := Old} -> Map#{Key := Fun(Old)};
        #{} -> erlang:error({badkey, Key}, [Key, Fun, Map])
    end;
update_with(Key, Fun, Map) ->
    erlang:error(map_error(Map), [Key, Fun, Map]).

-spec update_with(Key, Fun, Init, Map1) -> Map2 when
      Map1 :: #{Key => Value1, _ => _},
      Map2 :: #{Key := Value2 | Init, _ => _},
      Fun :: fun((Value1) -> Value2).
update_with(Key, Fun, Init, Map) when is_function(Fun, 1), is_map(Map) ->
    case Map of
        #{Key := Old} -> Map#{Key := Fun(Old)};
        #{} -> Map#{Key => Init}
    end;
update_with(Key, Fun, Init, Map) ->
    erlang:error(map_error(Map), [Key, Fun, Init, Map]).

%% badarg when the map is fine (so the fun must be bad).
map_error(Map) when is_map(Map) -> badarg;
map_error(Other) -> {badmap, Other}.

%%% ------------------------------------------------------------------
%%% Combining two maps
%%% ------------------------------------------------------------------

-spec merge_with(Combiner, Map1, Map2) -> Map3 when
      Map1 :: #{Key1 => Value1},
      Map2 :: #{Key2 => Value2},
      Combiner :: fun((Key1, Value1, Value2) -> CombineResult),
      Map3 :: #{Key1 => CombineResult, Key1 => Value1, Key2 => Value2}.
merge_with(Combiner, Map1, Map2)
  when is_function(Combiner, 3), is_map(Map1), is_map(Map2) ->
    case map_size(Map1) >= map_size(Map2) of
        true ->
            merge_into(maps:to_list(Map2), Map1, Combiner);
        false ->
            Flipped = fun(K, V2, V1) -> Combiner(K, V1, V2) end,
            merge_into(maps:to_list(Map1), Map2, Flipped)
    end;
merge_with(Combiner, Map1, Map2) ->
    erlang:error(two_map_error(Combiner, Map1, Map2), [Combiner, Map1, Map2]).

%% Adds each pair of the small map to Acc; keys already in Acc get
%% Combine(Key, AccValue, PairValue).
merge_into([{K, V} | Rest], Acc, Combine) ->
    case Acc of
        #{K := Old} -> merge_into(Rest, Acc#{K := Combine(K, Old, V)}, Combine);
        #{} -> merge_into(Rest, Acc#{K => V}, Combine)
    end;
merge_into([], Acc, _Combine) -> Acc.

-spec intersect(Map1, Map2) -> Map3 when
      Map1 :: #{Key => term()},
      Map2 :: #{term() => Value2},
      Map3 :: #{Key => Value2}.
intersect(Map1, Map2) when is_map(Map1), is_map(Map2) ->
    intersect_with(fun(_K, _V1, V2) -> V2 end, Map1, Map2);
intersect(Map1, Map2) ->
    erlang:error(which_badmap(Map1, Map2), [Map1, Map2]).

-spec intersect_with(Combiner, Map1, Map2) -> Map3 when
      Map1 :: #{Key => Value1},
      Map2 :: #{term() => Value2},
      Combiner :: fun((Key, Value1, Value2) -> CombineResult),
      Map3 :: #{Key => CombineResult}.
intersect_with(Combiner, Map1, Map2)
  when is_function(Combiner, 3), is_map(Map1), is_map(Map2) ->
    case map_size(Map1) =< map_size(Map2) of
        true ->
            maps:from_list(common(maps:to_list(Map1), Map2, Combiner));
        false ->
            Flipped = fun(K, V2, V1) -> Combiner(K, V1, V2) end,
            maps:from_list(common(maps:to_list(Map2), Map1, Flipped))
    end;
intersect_with(Combiner, Map1, Map2) ->
    erlang:error(two_map_error(Combiner, Map1, Map2), [Combiner, Map1, Map2]).

%% Pairs of the small map whose key is in Big, values combined.
common([{K, V} | Rest], Big, Combine) ->
    case Big of
        #{K := BigV} -> [{K, Combine(K, V, BigV)} | common(Rest, Big, Combine)];
        #{} -> common(Rest, Big, Combine)
    end;
common([], _Big, _Combine) -> [].

two_map_error(Combiner, Map1, Map2) when is_function(Combiner, 3) ->
    which_badmap(Map1, Map2);
two_map_error(_, _, _) -> badarg.

which_badmap(Map1, _) when not is_map(Map1) -> {badmap, Map1};
which_badmap(_, Map2) -> {badmap, Map2}.

%%% ------------------------------------------------------------------
%%% Grouping
%%% ------------------------------------------------------------------

-spec groups_from_list(KeyFun, List) -> GroupsMap when
      KeyFun :: fun((Elem) -> Key),
      GroupsMap :: #{Key => Group},
      Key :: term(),
      List :: [Elem],
      Group :: [Elem],
      Elem :: term().
groups_from_list(KeyFun, List) when is_function(KeyFun, 1) ->
    case reversed(List) of
        {ok, Rev} -> group(Rev, KeyFun, fun(X) -> X end, #{});
        error -> erlang:error(badarg, [KeyFun, List])
    end;
groups_from_list(KeyFun, List) ->
    erlang:error(badarg, [KeyFun, List]).

-spec groups_from_list(KeyFun, ValueFun, List) -> GroupsMap when
      KeyFun :: fun((Elem) -> Key),
      ValueFun :: fun((Elem) -> Value),
      GroupsMap :: #{Key := Group},
      Key :: term(),
      Value :: term(),
      List :: [Elem],
      Group :: [Value],
      Elem :: term().
groups_from_list(KeyFun, ValueFun, List)
  when is_function(KeyFun, 1), is_function(ValueFun, 1) ->
    case reversed(List) of
        {ok, Rev} -> group(Rev, KeyFun, ValueFun, #{});
        error -> erlang:error(badarg, [KeyFun, ValueFun, List])
    end;
groups_from_list(KeyFun, ValueFun, List) ->
    erlang:error(badarg, [KeyFun, ValueFun, List]).

%% Elements are visited last to first (as OTP does), so prepending
%% keeps each group in list order.
group([X | Rest], KeyFun, ValueFun, Acc) ->
    K = KeyFun(X),
    V = ValueFun(X),
    case Acc of
        #{K := Vs} -> group(Rest, KeyFun, ValueFun, Acc#{K := [V | Vs]});
        #{} -> group(Rest, KeyFun, ValueFun, Acc#{K => [V]})
    end;
group([], _KeyFun, _ValueFun, Acc) -> Acc.

reversed(List) -> reversed(List, []).

reversed([X | Rest], Acc) -> reversed(Rest, [X | Acc]);
reversed([], Acc) -> {ok, Acc};
reversed(_, _) -> error.
