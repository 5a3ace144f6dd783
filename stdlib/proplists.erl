%% proplists: ferl's implementation of the OTP `proplists' module.
%%
%% This module owns property-list handling: lookup, deletion,
%% normalisation (aliases, negations, expansions), conversion to and
%% from maps.  A property is either an atom `Key' (short for
%% `{Key, true}') or a tuple whose first element is the key.  Keys are
%% compared with `=:='.  Results and errors follow OTP 25.
%%
%% get_keys/1 uses the `sets' module, as OTP does, so the order of the
%% returned keys is whatever `sets:to_list/1' gives.

-module(proplists).

-export([append_values/2, compact/1, delete/2, expand/2, from_map/1,
         get_all_values/2, get_bool/2, get_keys/1, get_value/2,
         get_value/3, is_defined/2, lookup/2, lookup_all/2,
         normalize/2, property/1, property/2, split/2,
         substitute_aliases/2, substitute_negations/2, to_map/1,
         to_map/2, unfold/1]).

-export_type([property/0, proplist/0]).

-type property() :: atom() | tuple().
-type proplist() :: [property()].

%%% ---------------------------------------------------------------------
%%% Building and compacting properties
%%% ---------------------------------------------------------------------

-spec property(PropertyIn) -> PropertyOut when
      PropertyIn :: property(), PropertyOut :: property().
property({Key, true}) when is_atom(Key) -> Key;
property(Property) -> Property.

-spec property(Key, Value) -> Property when
      Key :: term(), Value :: term(),
      Property :: atom() | {term(), term()}.
property(Key, true) when is_atom(Key) -> Key;
property(Key, Value) -> {Key, Value}.

-spec unfold(ListIn) -> ListOut when
      ListIn :: [term()], ListOut :: [term()].
unfold([P | Ps]) when is_atom(P) -> [{P, true} | unfold(Ps)];
unfold([P | Ps]) -> [P | unfold(Ps)];
unfold([]) -> [].

-spec compact(ListIn) -> ListOut when
      ListIn :: [property()], ListOut :: [property()].
compact(List) -> [property(P) || P <- List].

%%% ---------------------------------------------------------------------
%%% Lookup
%%% ---------------------------------------------------------------------

-spec lookup(Key, List) -> none | tuple() when
      Key :: term(), List :: [term()].
lookup(Key, [P | Ps]) ->
    if
        is_atom(P), P =:= Key -> {Key, true};
        tuple_size(P) >= 1, element(1, P) =:= Key -> P;
        true -> lookup(Key, Ps)
    end;
lookup(_Key, []) -> none.

-spec lookup_all(Key, List) -> [tuple()] when
      Key :: term(), List :: [term()].
lookup_all(Key, [P | Ps]) ->
    if
        is_atom(P), P =:= Key -> [{Key, true} | lookup_all(Key, Ps)];
        tuple_size(P) >= 1, element(1, P) =:= Key -> [P | lookup_all(Key, Ps)];
        true -> lookup_all(Key, Ps)
    end;
lookup_all(_Key, []) -> [].

-spec is_defined(Key, List) -> boolean() when
      Key :: term(), List :: [term()].
is_defined(Key, [P | Ps]) ->
    if
        is_atom(P), P =:= Key -> true;
        tuple_size(P) >= 1, element(1, P) =:= Key -> true;
        true -> is_defined(Key, Ps)
    end;
is_defined(_Key, []) -> false.

-spec get_value(Key, List) -> term() when
      Key :: term(), List :: [term()].
get_value(Key, List) -> get_value(Key, List, undefined).

-spec get_value(Key, List, Default) -> term() when
      Key :: term(), List :: [term()], Default :: term().
-file("proplists.erl", 215).
get_value(Key, [P | Ps], Default) ->
    if
        is_atom(P), P =:= Key -> true;
        tuple_size(P) >= 1, element(1, P) =:= Key ->
            case P of
                {_, Value} -> Value;
                _ -> Default
            end;
        true -> get_value(Key, Ps, Default)
    end;
get_value(_Key, [], Default) -> Default.

-spec get_all_values(Key, List) -> [term()] when
      Key :: term(), List :: [term()].
get_all_values(Key, [P | Ps]) ->
    if
        is_atom(P), P =:= Key -> [true | get_all_values(Key, Ps)];
        tuple_size(P) >= 1, element(1, P) =:= Key ->
            case P of
                {_, Value} -> [Value | get_all_values(Key, Ps)];
                _ -> get_all_values(Key, Ps)
            end;
        true -> get_all_values(Key, Ps)
    end;
get_all_values(_Key, []) -> [].

-spec append_values(Key, ListIn) -> ListOut when
      Key :: term(), ListIn :: [term()], ListOut :: [term()].
append_values(Key, [P | Ps]) ->
    if
        is_atom(P), P =:= Key -> [true | append_values(Key, Ps)];
        tuple_size(P) >= 1, element(1, P) =:= Key ->
            case P of
                {_, Value} when is_list(Value) -> Value ++ append_values(Key, Ps);
                {_, Value} -> [Value | append_values(Key, Ps)];
                _ -> append_values(Key, Ps)
            end;
        true -> append_values(Key, Ps)
    end;
append_values(_Key, []) -> [].

-spec get_bool(Key, List) -> boolean() when
      Key :: term(), List :: [term()].
get_bool(Key, [P | Ps]) ->
    if
        is_atom(P), P =:= Key -> true;
        tuple_size(P) >= 1, element(1, P) =:= Key ->
            case P of
                {_, true} -> true;
                _ -> false
            end;
        true -> get_bool(Key, Ps)
    end;
get_bool(_Key, []) -> false.

-spec get_keys(List) -> [term()] when List :: [term()].
get_keys(List) -> sets:to_list(collect_keys(List, sets:new())).

collect_keys([P | Ps], Keys) ->
    if
        is_atom(P) -> collect_keys(Ps, sets:add_element(P, Keys));
        tuple_size(P) >= 1 -> collect_keys(Ps, sets:add_element(element(1, P), Keys));
        true -> collect_keys(Ps, Keys)
    end;
collect_keys([], Keys) -> Keys.

-spec delete(Key, List) -> List when Key :: term(), List :: [term()].
delete(Key, [P | Ps]) ->
    if
        is_atom(P), P =:= Key -> delete(Key, Ps);
        tuple_size(P) >= 1, element(1, P) =:= Key -> delete(Key, Ps);
        true -> [P | delete(Key, Ps)]
    end;
delete(_, []) -> [].

%%% ---------------------------------------------------------------------
%%% Substitution and expansion
%%% ---------------------------------------------------------------------

-spec substitute_aliases(Aliases, ListIn) -> ListOut when
      Aliases :: [{Key, Key}], Key :: term(), ListIn :: [term()],
      ListOut :: [term()].
substitute_aliases(Aliases, List) ->
    [alias_one(Aliases, P) || P <- List].

alias_one([{Key, NewKey} | Rest], P) ->
    if
        is_atom(P), P =:= Key -> property(NewKey, true);
        tuple_size(P) >= 1, element(1, P) =:= Key ->
            property(setelement(1, P, NewKey));
        true -> alias_one(Rest, P)
    end;
alias_one([], P) -> P.

-spec substitute_negations(Negations, ListIn) -> ListOut when
      Negations :: [{Key1, Key2}], Key1 :: term(), Key2 :: term(),
      ListIn :: [term()], ListOut :: [term()].
substitute_negations(Negations, List) ->
    [negate_one(Negations, P) || P <- List].

%% A property that is not a boolean counts as `false' (like get_bool/2),
%% so its negation is `true'.
negate_one([{Key, NewKey} | Rest], P) ->
    if
        is_atom(P), P =:= Key -> property(NewKey, false);
        tuple_size(P) >= 1, element(1, P) =:= Key ->
            case P of
                {_, true} -> property(NewKey, false);
                _ -> property(NewKey, true)
            end;
        true -> negate_one(Rest, P)
    end;
negate_one([], P) -> P.

-spec expand(Expansions, ListIn) -> ListOut when
      Expansions :: [{Property :: property(), Expansion :: [term()]}],
      ListIn :: [term()], ListOut :: [term()].
expand(Expansions, List) when is_list(List) ->
    Normalised = [{property(P), V} || {P, V} <- Expansions],
    splice(expand_each(drop_repeated_keys(Normalised), List)).

%% Consecutive expansions for the same property: only the first counts.
drop_repeated_keys([{K, _} = E | Es]) -> [E | drop_repeated_keys(K, Es)];
drop_repeated_keys([]) -> [].

drop_repeated_keys(K, [{K1, _} = E | Es]) ->
    case K =:= K1 of
        true -> drop_repeated_keys(K, Es);
        false -> [E | drop_repeated_keys(K1, Es)]
    end;
drop_repeated_keys(_, []) -> [].

expand_each([{P, Expansion} | Es], List) ->
    expand_each(Es, expand_property(P, Expansion, List));
expand_each([], List) -> List.

expand_property(P, Expansion, List) ->
    if
        is_atom(P) -> expand_find(P, P, Expansion, List);
        tuple_size(P) >= 1 -> expand_find(element(1, P), P, Expansion, List);
        true -> List
    end.

%% Find the first property with the right key; if it equals the
%% property being expanded, replace it by the expansion and drop all
%% later properties with that key.  Otherwise leave the list alone.
expand_find(Key, P1, Expansion, [P | Ps]) ->
    if
        is_atom(P), P =:= Key -> expand_hit(Key, P1, P, Expansion, Ps);
        tuple_size(P) >= 1, element(1, P) =:= Key ->
            expand_hit(Key, P1, property(P), Expansion, Ps);
        true -> [P | expand_find(Key, P1, Expansion, Ps)]
    end;
expand_find(_, _, _, []) -> [].

expand_hit(Key, P1, P, Expansion, Ps) when P1 =:= P ->
    [Expansion | delete(Key, Ps)];
expand_hit(_Key, _P1, P, _Expansion, Ps) ->
    [P | Ps].

%% Splice inserted expansion lists into the surrounding list (one level).
splice([E | Es]) when is_list(E) -> E ++ splice(Es);
splice([E | Es]) -> [E | splice(Es)];
splice([]) -> [].

-spec normalize(ListIn, Stages) -> ListOut when
      ListIn :: [term()],
      Stages :: [Operation],
      Operation :: {'aliases', Aliases} | {'negations', Negations}
                 | {'expand', Expansions},
      Aliases :: [{Key, Key}], Negations :: [{Key, Key}],
      Expansions :: [{Property :: property(), Expansion :: [term()]}],
      ListOut :: [term()].
normalize(List, Stages) -> compact(apply_stages(List, Stages)).

apply_stages(List, [{aliases, Aliases} | Stages]) ->
    apply_stages(substitute_aliases(Aliases, List), Stages);
apply_stages(List, [{expand, Expansions} | Stages]) ->
    apply_stages(expand(Expansions, List), Stages);
apply_stages(List, [{negations, Negations} | Stages]) ->
    apply_stages(substitute_negations(Negations, List), Stages);
apply_stages(List, []) ->
    List.

%%% ---------------------------------------------------------------------
%%% Splitting and maps
%%% ---------------------------------------------------------------------

-spec split(List, Keys) -> {Lists, Rest} when
      List :: [term()], Keys :: [term()], Lists :: [[term()]],
      Rest :: [term()].
split(List, Keys) ->
    Empty = maps:from_list([{K, []} || K <- Keys]),
    {Store, Rest} = split_1(List, Empty, []),
    {[lists:reverse(maps:get(K, Store)) || K <- Keys],
     lists:reverse(Rest)}.

split_1([P | Ps], Store, Rest) ->
    if
        is_atom(P) -> split_put(P, P, Ps, Store, Rest);
        tuple_size(P) >= 1 -> split_put(element(1, P), P, Ps, Store, Rest);
        true -> split_1(Ps, Store, [P | Rest])
    end;
split_1([], Store, Rest) ->
    {Store, Rest}.

split_put(Key, P, Ps, Store, Rest) ->
    case Store of
        #{Key := Found} -> split_1(Ps, Store#{Key := [P | Found]}, Rest);
        #{} -> split_1(Ps, Store, [P | Rest])
    end.

-spec to_map(List) -> Map when
      List :: [Shorthand | {Key, Value} | term()],
      Map :: #{Shorthand | Key => true | Value},
      Shorthand :: atom(), Key :: term(), Value :: term().
to_map(List) ->
    lists:foldr(fun to_map_one/2, #{}, List).

%% Walking from the end, so the first occurrence of a key wins.  A tuple
%% of another size hides later occurrences (get_value/2 stops there).
to_map_one({K, V}, M) -> M#{K => V};
to_map_one(T, M) when is_tuple(T), tuple_size(T) >= 1 ->
    maps:remove(element(1, T), M);
to_map_one(K, M) when is_atom(K) -> M#{K => true};
to_map_one(_, M) -> M.

-spec to_map(List, Stages) -> Map when
      List :: [term()],
      Stages :: [Operation],
      Operation :: {'aliases', Aliases} | {'negations', Negations}
                 | {'expand', Expansions},
      Aliases :: [{Key, Key}], Negations :: [{Key, Key}],
      Expansions :: [{Property :: property(), Expansion :: [term()]}],
      Map :: #{term() => term()}.
to_map(List, Stages) ->
    to_map(apply_stages(List, Stages)).

-spec from_map(Map) -> List when
      Map :: #{Key => Value}, List :: [{Key, Value}],
      Key :: term(), Value :: term().
from_map(Map) ->
    maps:to_list(Map).
