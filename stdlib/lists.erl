%% lists: ferl's implementation of the OTP `lists' module.
%%
%% This module owns every list-processing function exported by OTP 25's
%% `lists' (plus the OTP 26 additions zip/3, zip3/4, zipwith/4,
%% zipwith3/5 and enumerate/3).  Behaviour, including which exception is
%% raised for bad arguments, follows OTP.  Functions that are BIFs in OTP
%% (reverse/2, member/2, keyfind/3, keymember/3, keysearch/3) are written
%% in plain Erlang here and raise `badarg' like the BIFs do; the VM may
%% later replace them with native versions.
%%
%% Sorting is a bottom-up natural merge sort (O(n log n), tail-recursive
%% passes).  For an ordering fun that behaves like `=<' the result is
%% stable, and for a strict ordering fun (`<', `>') equal elements come
%% out in reverse input order -- exactly what OTP produces in both cases.

-module(lists).

-compile({no_auto_import, [max/2, min/2]}).

-export([all/2, any/2, append/1, append/2, concat/1, delete/2,
         droplast/1, dropwhile/2, duplicate/2, enumerate/1, enumerate/2,
         enumerate/3, filter/2, filtermap/2, flatlength/1, flatmap/2,
         flatten/1, flatten/2, foldl/3, foldr/3, foreach/2, join/2,
         keydelete/3, keyfind/3, keymap/3, keymember/3, keymerge/3,
         keyreplace/4, keysearch/3, keysort/2, keystore/4, keytake/3,
         last/1, map/2, mapfoldl/3, mapfoldr/3, max/1, member/2,
         merge/1, merge/2, merge/3, merge3/3, min/1, nth/2, nthtail/2,
         partition/2, prefix/2, reverse/1, reverse/2, rkeymerge/3,
         rmerge/2, rmerge/3, rmerge3/3, rukeymerge/3, rumerge/2,
         rumerge/3, rumerge3/3, search/2, seq/2, seq/3, sort/1, sort/2,
         split/2, splitwith/2, sublist/2, sublist/3, subtract/2,
         suffix/2, sum/1, takewhile/2, ukeymerge/3, ukeysort/2,
         umerge/1, umerge/2, umerge/3, umerge3/3, uniq/1, uniq/2,
         unzip/1, unzip3/1, usort/1, usort/2, zf/2, zip/2, zip/3,
         zip3/3, zip3/4, zipwith/3, zipwith/4, zipwith3/4,
         zipwith3/5]).

-export_type([zip_how/0]).

-type zip_how() :: fail | trim | {pad, tuple()}.

%%% ---------------------------------------------------------------------
%%% Functions that are BIFs in OTP
%%% ---------------------------------------------------------------------

-spec reverse(List1) -> List2 when
      List1 :: [T], List2 :: [T], T :: term().
-file("lists.erl", 174).
reverse([] = L) ->
    L;
reverse([_] = L) ->
    L;
reverse([A, B]) ->
    [B, A];
reverse([A, B | L]) ->
    lists:reverse(L, [B, A]).

-spec reverse(List1, Tail) -> List2 when
      List1 :: [T], Tail :: term(), List2 :: [T], T :: term().
reverse(List, Tail) ->
    rev_acc(List, Tail, List, Tail).

rev_acc([H | T], Acc, L0, T0) -> rev_acc(T, [H | Acc], L0, T0);
rev_acc([], Acc, _L0, _T0) -> Acc;
rev_acc(_, _, L0, T0) -> erlang:error(badarg, [L0, T0]).

-spec member(Elem, List) -> boolean() when
      Elem :: T, List :: [T], T :: term().
member(Elem, List) ->
    member_1(Elem, List, List).

member_1(Elem, [Elem | _], _) -> true;
member_1(Elem, [_ | T], L0) -> member_1(Elem, T, L0);
member_1(_, [], _) -> false;
member_1(Elem, _, L0) -> erlang:error(badarg, [Elem, L0]).

-spec keyfind(Key, N, TupleList) -> Tuple | false when
      Key :: term(), N :: pos_integer(), TupleList :: [Tuple],
      Tuple :: tuple().
keyfind(Key, N, List) when is_integer(N), N > 0 ->
    case key_search(Key, N, List) of
        {found, Tuple} -> Tuple;
        not_found -> false;
        bad -> erlang:error(badarg, [Key, N, List])
    end;
keyfind(Key, N, List) ->
    erlang:error(badarg, [Key, N, List]).

-spec keymember(Key, N, TupleList) -> boolean() when
      Key :: term(), N :: pos_integer(), TupleList :: [Tuple],
      Tuple :: tuple().
keymember(Key, N, List) when is_integer(N), N > 0 ->
    case key_search(Key, N, List) of
        {found, _} -> true;
        not_found -> false;
        bad -> erlang:error(badarg, [Key, N, List])
    end;
keymember(Key, N, List) ->
    erlang:error(badarg, [Key, N, List]).

-spec keysearch(Key, N, TupleList) -> {value, Tuple} | false when
      Key :: term(), N :: pos_integer(), TupleList :: [Tuple],
      Tuple :: tuple().
keysearch(Key, N, List) when is_integer(N), N > 0 ->
    case key_search(Key, N, List) of
        {found, Tuple} -> {value, Tuple};
        not_found -> false;
        bad -> erlang:error(badarg, [Key, N, List])
    end;
keysearch(Key, N, List) ->
    erlang:error(badarg, [Key, N, List]).

%% Shared walker for the key BIFs. Keys are compared with `=='
%% (1 finds 1.0), tuples that are too short are skipped.
key_search(Key, N, [H | T]) ->
    if
        is_tuple(H), tuple_size(H) >= N, element(N, H) == Key ->
            {found, H};
        true ->
            key_search(Key, N, T)
    end;
key_search(_Key, _N, []) -> not_found;
key_search(_Key, _N, _) -> bad.

%%% ---------------------------------------------------------------------
%%% Basic list functions
%%% ---------------------------------------------------------------------

-spec append(ListOfLists) -> List1 when
      ListOfLists :: [List], List :: [T], List1 :: [T], T :: term().
append([Last]) -> Last;
append([H | T]) -> H ++ append(T);
append([]) -> [].

-spec subtract(List1, List2) -> List3 when
      List1 :: [T], List2 :: [T], List3 :: [T], T :: term().
subtract(L1, L2) -> L1 -- L2.

-spec nthtail(N, List) -> Tail when
      N :: non_neg_integer(), List :: [T, ...], Tail :: [T], T :: term().
nthtail(1, [_ | T]) -> T;
nthtail(N, [_ | T]) when N > 1 -> nthtail(N - 1, T);
nthtail(0, L) when is_list(L) -> L.

-spec prefix(List1, List2) -> boolean() when
      List1 :: [T], List2 :: [T], T :: term().
prefix([X | Pre], [X | Rest]) -> prefix(Pre, Rest);
prefix([], L) when is_list(L) -> true;
prefix([_ | _], L) when is_list(L) -> false.

-spec suffix(List1, List2) -> boolean() when
      List1 :: [T], List2 :: [T], T :: term().
suffix(Suffix, List) ->
    Skip = length(List) - length(Suffix),
    Skip >= 0 andalso nthtail(Skip, List) =:= Suffix.

-spec droplast(List) -> InitList when
      List :: [T, ...], InitList :: [T], T :: term().
droplast([_]) -> [];
droplast([H | T]) -> [H | droplast(T)].

-spec seq(From, To, Incr) -> Seq when
      From :: integer(), To :: integer(), Incr :: integer(),
      Seq :: [integer()].
seq(From, To, Incr)
  when is_integer(From), is_integer(To), is_integer(Incr),
       ((Incr > 0 andalso From - Incr =< To) orelse
        (Incr < 0 andalso From - Incr >= To)) ->
    Count = (To - From + Incr) div Incr,
    seq_step(Count, From + Incr * (Count - 1), Incr, []);
seq(From, To, 0) when is_integer(From), From =:= To ->
    [From];
seq(From, To, Incr) ->
    erlang:error(badarg, [From, To, Incr]).

seq_step(0, _, _, Acc) -> Acc;
seq_step(Count, X, Incr, Acc) -> seq_step(Count - 1, X - Incr, Incr, [X | Acc]).

-spec sublist(List1, Start, Len) -> List2 when
      List1 :: [T], List2 :: [T], Start :: pos_integer(),
      Len :: non_neg_integer(), T :: term().
sublist(List, 1, Len) when is_list(List), is_integer(Len), Len >= 0 ->
    sublist_take(List, Len);
sublist([_ | T], Start, Len) when is_integer(Start), Start > 1 ->
    sublist(T, Start - 1, Len);
sublist([], Start, _Len) when is_integer(Start), Start > 1 ->
    [].

sublist_take([H | T], Len) when Len > 0 -> [H | sublist_take(T, Len - 1)];
sublist_take(_, 0) -> [];
sublist_take(List, Len) when is_list(List), Len > 0 -> [].

-spec flatten(DeepList) -> List when
      DeepList :: [term() | DeepList], List :: [term()].
-file("lists.erl", 647).
flatten(List) when is_list(List) -> flatten_1(List, []).

-spec flatten(DeepList, Tail) -> List when
      DeepList :: [term() | DeepList], Tail :: [term()],
      List :: [term()].
flatten(List, Tail) when is_list(List), is_list(Tail) ->
    flatten_1(List, Tail).

flatten_1([H | T], Tail) when is_list(H) -> flatten_1(H, flatten_1(T, Tail));
flatten_1([H | T], Tail) -> [H | flatten_1(T, Tail)];
flatten_1([], Tail) -> Tail.

-spec flatlength(DeepList) -> non_neg_integer() when
      DeepList :: [term() | DeepList].
flatlength(List) -> flatlength_1(List, 0).

flatlength_1([H | T], N) when is_list(H) -> flatlength_1(H, flatlength_1(T, N));
flatlength_1([_ | T], N) -> flatlength_1(T, N + 1);
flatlength_1([], N) -> N.

-spec join(Sep, List1) -> List2 when
      Sep :: T, List1 :: [T], List2 :: [T], T :: term().
join(_Sep, []) -> [];
join(Sep, [H | T]) -> [H | join_rest(Sep, T)].

join_rest(_Sep, []) -> [];
join_rest(Sep, [H | T]) -> [Sep, H | join_rest(Sep, T)].

-spec enumerate(List1) -> List2 when
      List1 :: [T], List2 :: [{Index, T}], Index :: integer(),
      T :: term().
enumerate(List) -> enumerate(1, List).

-spec enumerate(Index, List1) -> List2 when
      List1 :: [T], List2 :: [{Index, T}], Index :: integer(),
      T :: term().
enumerate(Index, List) when is_integer(Index), is_list(List) ->
    enumerate_1(Index, 1, List).

-spec enumerate(Index, Step, List1) -> List2 when
      List1 :: [T], List2 :: [{Index, T}], Index :: integer(),
      Step :: integer(), T :: term().
enumerate(Index, Step, List)
  when is_integer(Index), is_integer(Step), is_list(List) ->
    enumerate_1(Index, Step, List).

enumerate_1(I, Step, [H | T]) -> [{I, H} | enumerate_1(I + Step, Step, T)];
enumerate_1(_I, _Step, []) -> [].

%%% ---------------------------------------------------------------------
%%% Zipping
%%% ---------------------------------------------------------------------

-spec zip(List1, List2, How) -> List3 when
      List1 :: [A], List2 :: [B], List3 :: [{A | DefaultA, B | DefaultB}],
      A :: term(), B :: term(), DefaultA :: term(), DefaultB :: term(),
      How :: fail | trim | {pad, {DefaultA, DefaultB}}.
zip([X | Xs], [Y | Ys], How) -> [{X, Y} | zip(Xs, Ys, How)];
zip([], [], How) when How =:= fail; How =:= trim -> [];
zip([], [], {pad, {_, _}}) -> [];
zip([_ | _], [], trim) -> [];
zip([], [_ | _], trim) -> [];
zip([], [_ | _] = Ys, {pad, {X, _}}) -> [{X, Y} || Y <- Ys];
zip([_ | _] = Xs, [], {pad, {_, Y}}) -> [{X, Y} || X <- Xs].

-spec zip3(List1, List2, List3) -> List4 when
      List1 :: [A], List2 :: [B], List3 :: [C], List4 :: [{A, B, C}],
      A :: term(), B :: term(), C :: term().
zip3(Xs, Ys, Zs) -> zip3(Xs, Ys, Zs, fail).

-spec zip3(List1, List2, List3, How) -> List4 when
      List1 :: [A], List2 :: [B], List3 :: [C],
      List4 :: [{A | DefaultA, B | DefaultB, C | DefaultC}],
      A :: term(), B :: term(), C :: term(), DefaultA :: term(),
      DefaultB :: term(), DefaultC :: term(),
      How :: fail | trim | {pad, {DefaultA, DefaultB, DefaultC}}.
zip3(Xs, Ys, Zs, How) ->
    zipwith3(fun(X, Y, Z) -> {X, Y, Z} end, Xs, Ys, Zs, How).

-spec zipwith(Combine, List1, List2, How) -> List3 when
      Combine :: fun((X | DefaultX, Y | DefaultY) -> T),
      List1 :: [X], List2 :: [Y], List3 :: [T], X :: term(),
      Y :: term(), DefaultX :: term(), DefaultY :: term(), T :: term(),
      How :: fail | trim | {pad, {DefaultX, DefaultY}}.
zipwith(F, [X | Xs], [Y | Ys], How) ->
    V = F(X, Y),
    [V | zipwith(F, Xs, Ys, How)];
zipwith(F, [], [], How)
  when is_function(F, 2), (How =:= fail orelse How =:= trim) -> [];
zipwith(F, [], [], {pad, {_, _}}) when is_function(F, 2) -> [];
zipwith(F, [_ | _], [], trim) when is_function(F, 2) -> [];
zipwith(F, [], [_ | _], trim) when is_function(F, 2) -> [];
zipwith(F, [], [_ | _] = Ys, {pad, {X, _}}) -> [F(X, Y) || Y <- Ys];
zipwith(F, [_ | _] = Xs, [], {pad, {_, Y}}) -> [F(X, Y) || X <- Xs].

-spec zipwith3(Combine, List1, List2, List3) -> List4 when
      Combine :: fun((X, Y, Z) -> T), List1 :: [X], List2 :: [Y],
      List3 :: [Z], List4 :: [T], X :: term(), Y :: term(),
      Z :: term(), T :: term().
zipwith3(F, Xs, Ys, Zs) -> zipwith3(F, Xs, Ys, Zs, fail).

-spec zipwith3(Combine, List1, List2, List3, How) -> List4 when
      Combine :: fun((X | DefaultX, Y | DefaultY, Z | DefaultZ) -> T),
      List1 :: [X], List2 :: [Y], List3 :: [Z], List4 :: [T],
      X :: term(), Y :: term(), Z :: term(), DefaultX :: term(),
      DefaultY :: term(), DefaultZ :: term(), T :: term(),
      How :: fail | trim | {pad, {DefaultX, DefaultY, DefaultZ}}.
zipwith3(F, [X | Xs], [Y | Ys], [Z | Zs], How) ->
    V = F(X, Y, Z),
    [V | zipwith3(F, Xs, Ys, Zs, How)];
zipwith3(F, [], [], [], How)
  when is_function(F, 3), (How =:= fail orelse How =:= trim) -> [];
zipwith3(F, Xs, Ys, Zs, trim)
  when is_function(F, 3), is_list(Xs), is_list(Ys), is_list(Zs) -> [];
zipwith3(F, Xs, Ys, Zs, {pad, {DX, DY, DZ}} = How)
  when is_function(F, 3) ->
    case {Xs, Ys, Zs} of
        {[], [], []} ->
            [];
        {_, _, _} when Xs =/= [] orelse Ys =/= [] orelse Zs =/= [] ->
            {X, Xs1} = pad_head(Xs, DX),
            {Y, Ys1} = pad_head(Ys, DY),
            {Z, Zs1} = pad_head(Zs, DZ),
            V = F(X, Y, Z),
            [V | zipwith3(F, Xs1, Ys1, Zs1, How)]
    end.

pad_head([H | T], _Default) -> {H, T};
pad_head([], Default) -> {Default, []}.

-spec unzip3(List1) -> {List2, List3, List4} when
      List1 :: [{A, B, C}], List2 :: [A], List3 :: [B], List4 :: [C],
      A :: term(), B :: term(), C :: term().
unzip3(Triples) -> unzip3_1(Triples, [], [], []).

unzip3_1([{X, Y, Z} | T], Xs, Ys, Zs) ->
    unzip3_1(T, [X | Xs], [Y | Ys], [Z | Zs]);
unzip3_1([], Xs, Ys, Zs) ->
    {reverse(Xs), reverse(Ys), reverse(Zs)}.

%%% ---------------------------------------------------------------------
%%% Tuple-list ("key") functions
%%% ---------------------------------------------------------------------

-spec keydelete(Key, N, TupleList1) -> TupleList2 when
      Key :: term(), N :: pos_integer(), TupleList1 :: [Tuple],
      TupleList2 :: [Tuple], Tuple :: tuple().
keydelete(Key, N, List) when is_integer(N), N > 0 ->
    keydelete_1(Key, N, List).

keydelete_1(Key, N, [H | T]) when element(N, H) == Key -> T;
keydelete_1(Key, N, [H | T]) -> [H | keydelete_1(Key, N, T)];
keydelete_1(_, _, []) -> [].

-spec keytake(Key, N, TupleList1) -> {value, Tuple, TupleList2} | false
              when Key :: term(), N :: pos_integer(),
                   TupleList1 :: [tuple()], TupleList2 :: [tuple()],
                   Tuple :: tuple().
keytake(Key, N, List) when is_integer(N), N > 0 ->
    keytake_1(Key, N, List, []).

keytake_1(Key, N, [H | T], Before) when element(N, H) == Key ->
    {value, H, reverse(Before, T)};
keytake_1(Key, N, [H | T], Before) -> keytake_1(Key, N, T, [H | Before]);
keytake_1(_, _, [], _) -> false.

%%% ---------------------------------------------------------------------
%%% Higher-order functions
%%% ---------------------------------------------------------------------

-spec zf(fun((T) -> boolean() | {'true', X}), [T]) -> [(T | X)].
zf(F, List) -> filtermap(F, List).

-spec search(Pred, List) -> {value, Value} | false when
      Pred :: fun((T) -> boolean()), List :: [T], Value :: T.
search(Pred, List) when is_function(Pred, 1) -> search_1(Pred, List).

-file("lists.erl", 1530).
search_1(Pred, [H | T]) ->
    case Pred(H) of
        true -> {value, H};
        false -> search_1(Pred, T)
    end;
search_1(_Pred, []) -> false.

-spec splitwith(Pred, List) -> {List1, List2} when
      Pred :: fun((T) -> boolean()), List :: [T], List1 :: [T],
      List2 :: [T], T :: term().
splitwith(Pred, List) when is_function(Pred, 1) ->
    splitwith_1(Pred, List, []).

-file("lists.erl", 1548).
splitwith_1(Pred, [H | T] = List, Taken) ->
    case Pred(H) of
        true -> splitwith_1(Pred, T, [H | Taken]);
        false -> {reverse(Taken), List}
    end;
splitwith_1(_Pred, [], Taken) ->
    {reverse(Taken), []}.

-spec uniq(List1) -> List2 when List1 :: [T], List2 :: [T], T :: term().
uniq(List) when is_list(List) ->
    uniq_1(List, #{}).

uniq_1([H | T], Seen) ->
    case is_map_key(H, Seen) of
        true -> uniq_1(T, Seen);
        false -> [H | uniq_1(T, Seen#{H => true})]
    end;
uniq_1([], _) -> [].

-spec uniq(Fun, List1) -> List2 when
      Fun :: fun((T) -> any()), List1 :: [T], List2 :: [T], T :: term().
uniq(F, List) when is_function(F, 1), is_list(List) ->
    uniq_2(List, F, #{}).

uniq_2([H | T], F, Seen) ->
    Key = F(H),
    case is_map_key(Key, Seen) of
        true -> uniq_2(T, F, Seen);
        false -> [H | uniq_2(T, F, Seen#{Key => true})]
    end;
uniq_2([], _, _) -> [].

%%% ---------------------------------------------------------------------
%%% Sorting
%%%
%%% The sort engine below is parameterised by an ordering `Ord':
%%%   term         -- the standard term order (sort/1, usort/1)
%%%   {key, N}     -- term order of element N (keysort/2, ukeysort/2)
%%%   {fn, Fun}    -- a user ordering fun (sort/2, usort/2)
%%% le(Ord, A, B) answers "may A stay before B?".
%%%
%%% The input is first cut into runs: maximal stretches in which every
%%% element may stay before the next one (kept as they are) and stretches
%%% in which no element may stay before the next (reversed).  Runs are
%%% then merged pairwise, neighbour with neighbour, until one is left.
%%% To avoid reversing after every pass, passes alternate between
%%% producing runs in descending order (and in reversed run order) and
%%% producing them in ascending order again.
%%% ---------------------------------------------------------------------

-spec sort(List1) -> List2 when List1 :: [T], List2 :: [T], T :: term().
sort([X, Y | T]) -> msort(term, [X, Y | T]);
sort([_] = L) -> L;
sort([] = L) -> L.

-spec sort(Fun, List1) -> List2 when
      Fun :: fun((A :: T, B :: T) -> boolean()), List1 :: [T],
      List2 :: [T], T :: term().
sort(Fun, [X, Y | T]) -> msort({fn, Fun}, [X, Y | T]);
sort(Fun, [_] = L) when is_function(Fun, 2) -> L;
sort(Fun, [] = L) when is_function(Fun, 2) -> L.

-spec keysort(N, TupleList1) -> TupleList2 when
      N :: pos_integer(), TupleList1 :: [Tuple], TupleList2 :: [Tuple],
      Tuple :: tuple().
-file("lists.erl", 783).
keysort(N, List) when is_integer(N), N > 0 ->
    case List of
        [] -> List;
        [_] -> List;
        [_, _ | _] -> msort({key, N}, List)
    end.

-spec usort(List1) -> List2 when List1 :: [T], List2 :: [T], T :: term().
usort([X, Y | T]) -> dedup(term, msort(term, [X, Y | T]));
usort([_] = L) -> L;
usort([] = L) -> L.

-spec usort(Fun, List1) -> List2 when
      Fun :: fun((T, T) -> boolean()), List1 :: [T], List2 :: [T],
      T :: term().
usort(Fun, [X, Y | T]) when is_function(Fun, 2) ->
    dedup({fn, Fun}, msort({fn, Fun}, [X, Y | T]));
usort(Fun, [_] = L) when is_function(Fun, 2) -> L;
usort(Fun, [] = L) when is_function(Fun, 2) -> L.

-spec ukeysort(N, TupleList1) -> TupleList2 when
      N :: pos_integer(), TupleList1 :: [Tuple], TupleList2 :: [Tuple],
      Tuple :: tuple().
ukeysort(N, List) when is_integer(N), N > 0 ->
    case List of
        [] -> List;
        [_] -> List;
        [_, _ | _] -> dedup({key, N}, msort({key, N}, List))
    end.

le(term, A, B) -> A =< B;
le({key, N}, A, B) -> element(N, A) =< element(N, B);
le({fn, F}, A, B) -> F(A, B).

same(term, A, B) -> A == B;
same({key, N}, A, B) -> element(N, A) == element(N, B);
same({fn, F}, A, B) -> F(A, B) andalso F(B, A).

%% Drop every element that is equal to the one kept before it.  Applied
%% to a stably sorted list this keeps the first occurrence of each
%% group of equal elements.
dedup(Ord, [H | T]) -> dedup_1(Ord, H, T, [H]).

dedup_1(Ord, Kept, [H | T], Acc) ->
    case same(Ord, Kept, H) of
        true -> dedup_1(Ord, Kept, T, Acc);
        false -> dedup_1(Ord, H, T, [H | Acc])
    end;
dedup_1(_Ord, _Kept, [], Acc) -> reverse(Acc, []).

msort(Ord, [X, Y | T]) ->
    Runs = case le(Ord, X, Y) of
               true -> run_up(Ord, Y, T, [Y, X], []);
               false -> run_down(Ord, Y, T, [Y, X], [])
           end,
    merge_up_passes(Ord, Runs).

%% run_up: collecting an ascending run (kept reversed in Acc).
%% run_down: collecting a strictly descending run (kept in order in Acc,
%% i.e. Acc is already the ascending version).
%% Completed runs are pushed on Runs, so Runs ends up in reverse order,
%% each run in ascending order.
run_up(Ord, Last, [Z | T], Acc, Runs) ->
    case le(Ord, Last, Z) of
        true -> run_up(Ord, Z, T, [Z | Acc], Runs);
        false -> new_run(Ord, Z, T, [reverse(Acc, []) | Runs])
    end;
run_up(_Ord, _Last, [], Acc, Runs) ->
    [reverse(Acc, []) | Runs].

run_down(Ord, Last, [Z | T], Acc, Runs) ->
    case le(Ord, Last, Z) of
        false -> run_down(Ord, Z, T, [Z | Acc], Runs);
        true -> new_run(Ord, Z, T, [Acc | Runs])
    end;
run_down(_Ord, _Last, [], Acc, Runs) ->
    [Acc | Runs].

new_run(Ord, X, [Y | T], Runs) ->
    case le(Ord, X, Y) of
        true -> run_up(Ord, Y, T, [Y, X], Runs);
        false -> run_down(Ord, Y, T, [Y, X], Runs)
    end;
new_run(_Ord, X, [], Runs) ->
    [[X] | Runs].

%% Runs: ascending runs, listed last-run-first.  Merging neighbours
%% yields descending runs listed first-run-first.
merge_up_passes(_Ord, [Run]) -> Run;
merge_up_passes(Ord, Runs) -> merge_down_passes(Ord, up_pass(Ord, Runs, [])).

up_pass(Ord, [Later, Earlier | Rest], Acc) ->
    up_pass(Ord, Rest, [merge_asc(Ord, Earlier, Later, []) | Acc]);
up_pass(_Ord, [Run], Acc) -> [reverse(Run, []) | Acc];
up_pass(_Ord, [], Acc) -> Acc.

%% Runs: descending runs, listed first-run-first.  Merging neighbours
%% yields ascending runs listed last-run-first.
merge_down_passes(_Ord, [Run]) -> reverse(Run, []);
merge_down_passes(Ord, Runs) -> merge_up_passes(Ord, down_pass(Ord, Runs, [])).

down_pass(Ord, [Earlier, Later | Rest], Acc) ->
    down_pass(Ord, Rest, [merge_desc(Ord, Earlier, Later, []) | Acc]);
down_pass(_Ord, [Run], Acc) -> [reverse(Run, []) | Acc];
down_pass(_Ord, [], Acc) -> Acc.

%% Merge two ascending runs; the element of the earlier run goes first
%% when le/3 allows it.  The result is built descending.
merge_asc(Ord, [A | As] = AL, [B | Bs] = BL, Acc) ->
    case le(Ord, A, B) of
        true -> merge_asc(Ord, As, BL, [A | Acc]);
        false -> merge_asc(Ord, AL, Bs, [B | Acc])
    end;
merge_asc(_Ord, [], Bs, Acc) -> reverse(Bs, Acc);
merge_asc(_Ord, As, [], Acc) -> reverse(As, Acc).

%% Merge two descending runs (the reversed forms of ascending runs),
%% picking the element that belongs last in the final order first.  The
%% result is built ascending.
merge_desc(Ord, [A | As] = AL, [B | Bs] = BL, Acc) ->
    case le(Ord, A, B) of
        true -> merge_desc(Ord, AL, Bs, [B | Acc]);
        false -> merge_desc(Ord, As, BL, [A | Acc])
    end;
merge_desc(_Ord, [], Bs, Acc) -> reverse(Bs, Acc);
merge_desc(_Ord, As, [], Acc) -> reverse(As, Acc).

%%% ---------------------------------------------------------------------
%%% Merging of sorted lists
%%% ---------------------------------------------------------------------

-spec merge(ListOfLists) -> List1 when
      ListOfLists :: [List], List :: [T], List1 :: [T], T :: term().
merge(Lists) -> merge_all(fun merge/2, Lists).

-spec merge(List1, List2) -> List3 when
      List1 :: [X], List2 :: [Y], List3 :: [(X | Y)], X :: term(),
      Y :: term().
merge(L1, []) -> L1;
merge(L1, [H2 | T2]) -> merge_2(term, L1, H2, T2, []).

-spec merge(Fun, List1, List2) -> List3 when
      Fun :: fun((A, B) -> boolean()), List1 :: [A], List2 :: [B],
      List3 :: [(A | B)], A :: term(), B :: term().
merge(Fun, L1, [H2 | T2]) when is_function(Fun, 2) ->
    merge_2({fn, Fun}, L1, H2, T2, []);
merge(Fun, L1, []) when is_function(Fun, 2) -> L1.

-spec keymerge(N, TupleList1, TupleList2) -> TupleList3 when
      N :: pos_integer(), TupleList1 :: [T1], TupleList2 :: [T2],
      TupleList3 :: [(T1 | T2)], T1 :: Tuple, T2 :: Tuple,
      Tuple :: tuple().
keymerge(N, L1, L2) when is_integer(N), N > 0 ->
    case L2 of
        [] -> L1;
        [H2 | T2] ->
            _ = element(N, H2),
            merge_2({key, N}, L1, H2, T2, [])
    end.

%% Standard merge: take from the first list while it may stay before
%% the pending head of the second list.
merge_2(Ord, [H1 | T1], H2, T2, Acc) ->
    case le(Ord, H1, H2) of
        true -> merge_2(Ord, T1, H2, T2, [H1 | Acc]);
        false -> merge_2b(Ord, H1, T1, T2, [H2 | Acc])
    end;
merge_2(_Ord, [], H2, T2, Acc) ->
    finish(Acc, [H2 | T2]).

merge_2b(Ord, H1, T1, [H2 | T2], Acc) ->
    case le(Ord, H1, H2) of
        true -> merge_2(Ord, T1, H2, T2, [H1 | Acc]);
        false -> merge_2b(Ord, H1, T1, T2, [H2 | Acc])
    end;
merge_2b(_Ord, H1, T1, [], Acc) ->
    finish(Acc, [H1 | T1]).

%% Append the (reversed) merged prefix to the rest of one input.  The
%% rest is walked, so an improper tail gives badarg as in OTP.
finish(Acc, Rest) -> reverse(reverse(Rest, Acc), []).

-spec merge3(List1, List2, List3) -> List4 when
      List1 :: [X], List2 :: [Y], List3 :: [Z], List4 :: [(X | Y | Z)],
      X :: term(), Y :: term(), Z :: term().
merge3(L1, [], L3) -> merge(L1, L3);
merge3(L1, L2, []) -> merge(L1, L2);
merge3(L1, [H2 | T2], [H3 | T3]) -> merge3_step(L1, H2, T2, H3, T3, []).

%% Each step takes the smallest head; on ties the earlier list wins.
merge3_step([H1 | T1], H2, T2, H3, T3, Acc) ->
    if
        H1 =< H2, H1 =< H3 ->
            merge3_step(T1, H2, T2, H3, T3, [H1 | Acc]);
        H1 > H2, H2 =< H3 ->
            merge3_next2([H1 | T1], T2, H3, T3, [H2 | Acc]);
        true ->
            merge3_next3([H1 | T1], H2, T2, T3, [H3 | Acc])
    end;
merge3_step([], H2, T2, H3, T3, Acc) ->
    merge_2(term, [H2 | T2], H3, T3, Acc).

merge3_next2(L1, [H2 | T2], H3, T3, Acc) -> merge3_step(L1, H2, T2, H3, T3, Acc);
merge3_next2(L1, [], H3, T3, Acc) -> merge_2(term, L1, H3, T3, Acc).

merge3_next3(L1, H2, T2, [H3 | T3], Acc) -> merge3_step(L1, H2, T2, H3, T3, Acc);
merge3_next3(L1, H2, T2, [], Acc) -> merge_2(term, L1, H2, T2, Acc).

-spec umerge(ListOfLists) -> List1 when
      ListOfLists :: [List], List :: [T], List1 :: [T], T :: term().
umerge(Lists) -> merge_all(fun umerge/2, Lists).

-spec umerge(List1, List2) -> List3 when
      List1 :: [X], List2 :: [Y], List3 :: [(X | Y)], X :: term(),
      Y :: term().
umerge([], L2) -> L2;
umerge([H1 | T1], L2) -> umerge_a(term, H1, T1, L2, []).

-spec umerge(Fun, List1, List2) -> List3 when
      Fun :: fun((A, B) -> boolean()), List1 :: [A], List2 :: [B],
      List3 :: [(A | B)], A :: term(), B :: term().
umerge(Fun, [], L2) when is_function(Fun, 2) -> L2;
umerge(Fun, [H1 | T1], L2) when is_function(Fun, 2) ->
    umerge_a({fn, Fun}, H1, T1, L2, []).

-spec ukeymerge(N, TupleList1, TupleList2) -> TupleList3 when
      N :: pos_integer(), TupleList1 :: [T1], TupleList2 :: [T2],
      TupleList3 :: [(T1 | T2)], T1 :: Tuple, T2 :: Tuple,
      Tuple :: tuple().
ukeymerge(N, L1, L2) when is_integer(N), N > 0 ->
    case L1 of
        [] -> L2;
        [H1 | T1] ->
            _ = element(N, H1),
            umerge_a({key, N}, H1, T1, L2, [])
    end.

%% Merge without duplicates; on a tie the element of the first list is
%% kept and the equal element of the second list is dropped.
%% umerge_a: H1 (from list 1) is pending, nothing from list 1 emitted
%%           that could equal the next element of list 2.
%% umerge_b: H2 (from list 2) is pending and Prev is the last element
%%           taken from list 1.
umerge_a(Ord, H1, T1, [H2 | T2], Acc) ->
    case le(Ord, H1, H2) of
        true -> umerge_b(Ord, T1, H1, H2, T2, [H1 | Acc]);
        false -> umerge_a(Ord, H1, T1, T2, [H2 | Acc])
    end;
umerge_a(_Ord, H1, T1, [], Acc) ->
    finish(Acc, [H1 | T1]).

umerge_b(Ord, [H1 | T1], Prev, H2, T2, Acc) ->
    case le(Ord, H1, H2) of
        true ->
            umerge_b(Ord, T1, H1, H2, T2, [H1 | Acc]);
        false ->
            case same_prev(Ord, H2, Prev) of
                true -> umerge_a(Ord, H1, T1, T2, Acc);
                false -> umerge_a(Ord, H1, T1, T2, [H2 | Acc])
            end
    end;
umerge_b(Ord, [], Prev, H2, T2, Acc) ->
    case same_prev(Ord, H2, Prev) of
        true -> finish(Acc, T2);
        false -> finish(Acc, [H2 | T2])
    end.

%% Is the pending element of list 2 equal to the previous element of
%% list 1?  (Prev =< H2 is already known.)
same_prev(term, H2, Prev) -> H2 == Prev;
same_prev({key, N}, H2, Prev) -> element(N, H2) == element(N, Prev);
same_prev({fn, F}, H2, Prev) -> F(H2, Prev).

-spec umerge3(List1, List2, List3) -> List4 when
      List1 :: [X], List2 :: [Y], List3 :: [Z], List4 :: [(X | Y | Z)],
      X :: term(), Y :: term(), Z :: term().
umerge3(L1, [], L3) -> umerge(L1, L3);
umerge3(L1, L2, []) -> umerge(L1, L2);
umerge3(L1, L2, L3) -> umerge(umerge(L1, L2), L3).

%% Merge a list of lists by repeatedly merging neighbours, which keeps
%% the "earlier list wins ties" property and costs O(N log K).
merge_all(_Merge, []) -> [];
merge_all(_Merge, [L]) -> L;
merge_all(Merge, Lists) -> merge_all(Merge, merge_all_pass(Merge, Lists)).

merge_all_pass(Merge, [A, B | Rest]) -> [Merge(A, B) | merge_all_pass(Merge, Rest)];
merge_all_pass(_Merge, [A]) -> [A];
merge_all_pass(_Merge, []) -> [].

%%% Merges of reversed (descending) sorted lists.  These are exported by
%%% OTP (undocumented) and satisfy
%%%   reverse(rmerge(reverse(A), reverse(B))) =:= merge(A, B).

-spec rmerge([X], [Y]) -> [(X | Y)].
rmerge(L1, []) -> L1;
rmerge(L1, [H2 | T2]) -> rmerge_2(term, L1, H2, T2, []).

-spec rmerge(fun((X, Y) -> boolean()), [X], [Y]) -> [(X | Y)].
rmerge(Fun, L1, [H2 | T2]) when is_function(Fun, 2) ->
    rmerge_2({fn, Fun}, L1, H2, T2, []);
rmerge(Fun, L1, []) when is_function(Fun, 2) -> L1.

-spec rkeymerge(pos_integer(), [X], [Y]) -> [R] when
      X :: tuple(), Y :: tuple(), R :: tuple().
rkeymerge(N, L1, L2) when is_integer(N), N > 0 ->
    case L2 of
        [] -> L1;
        [H2 | T2] ->
            _ = element(N, H2),
            rmerge_2({key, N}, L1, H2, T2, [])
    end.

rmerge_2(Ord, [H1 | T1], H2, T2, Acc) ->
    case le(Ord, H1, H2) of
        true -> rmerge_2b(Ord, H1, T1, T2, [H2 | Acc]);
        false -> rmerge_2(Ord, T1, H2, T2, [H1 | Acc])
    end;
rmerge_2(_Ord, [], H2, T2, Acc) ->
    finish(Acc, [H2 | T2]).

rmerge_2b(Ord, H1, T1, [H2 | T2], Acc) ->
    case le(Ord, H1, H2) of
        true -> rmerge_2b(Ord, H1, T1, T2, [H2 | Acc]);
        false -> rmerge_2(Ord, T1, H2, T2, [H1 | Acc])
    end;
rmerge_2b(_Ord, H1, T1, [], Acc) ->
    finish(Acc, [H1 | T1]).

-spec rmerge3([X], [Y], [Z]) -> [(X | Y | Z)].
rmerge3(L1, [], L3) -> rmerge(L1, L3);
rmerge3(L1, L2, []) -> rmerge(L1, L2);
rmerge3(L1, [H2 | T2], [H3 | T3]) -> rmerge3_step(L1, H2, T2, H3, T3, []).

%% Each step takes the largest head; on ties the later list wins.
rmerge3_step([H1 | T1], H2, T2, H3, T3, Acc) ->
    Use2 = H1 =< H2,
    Big = if Use2 -> H2; true -> H1 end,
    if
        Big =< H3 ->
            rmerge3_next3([H1 | T1], H2, T2, T3, [H3 | Acc]);
        Use2 ->
            rmerge3_next2([H1 | T1], T2, H3, T3, [H2 | Acc]);
        true ->
            rmerge3_step(T1, H2, T2, H3, T3, [H1 | Acc])
    end;
rmerge3_step([], H2, T2, H3, T3, Acc) ->
    rmerge_2(term, [H2 | T2], H3, T3, Acc).

rmerge3_next2(L1, [H2 | T2], H3, T3, Acc) -> rmerge3_step(L1, H2, T2, H3, T3, Acc);
rmerge3_next2(L1, [], H3, T3, Acc) -> rmerge_2(term, L1, H3, T3, Acc).

rmerge3_next3(L1, H2, T2, [H3 | T3], Acc) -> rmerge3_step(L1, H2, T2, H3, T3, Acc);
rmerge3_next3(L1, H2, T2, [], Acc) -> rmerge_2(term, L1, H2, T2, Acc).

-spec rumerge([X], [Y]) -> [(X | Y)].
rumerge(L1, []) -> L1;
rumerge(L1, [H2 | T2]) -> rumerge_a(term, L1, H2, T2, []).

-spec rumerge(fun((X, Y) -> boolean()), [X], [Y]) -> [(X | Y)].
rumerge(Fun, L1, []) when is_function(Fun, 2) -> L1;
rumerge(Fun, L1, [H2 | T2]) when is_function(Fun, 2) ->
    rumerge_a({fn, Fun}, L1, H2, T2, []).

-spec rukeymerge(pos_integer(), [X], [Y]) -> [(X | Y)] when
      X :: tuple(), Y :: tuple().
rukeymerge(N, L1, L2) when is_integer(N), N > 0 ->
    case L2 of
        [] -> L1;
        [H2 | T2] ->
            _ = element(N, H2),
            rumerge_a({key, N}, L1, H2, T2, [])
    end.

%% Descending merge without duplicates.  H2 is pending; elements of
%% list 1 greater than H2 are emitted.  When H1 =< H2, H2 is emitted
%% unless it is equal to H1 (then list 1's element is the one kept).
rumerge_a(Ord, [H1 | T1], H2, T2, Acc) ->
    case le(Ord, H1, H2) of
        true -> rumerge_b(Ord, H1, T1, H2, T2, Acc);
        false -> rumerge_a(Ord, T1, H2, T2, [H1 | Acc])
    end;
rumerge_a(_Ord, [], H2, T2, Acc) ->
    finish(Acc, [H2 | T2]).

%% H1 =< H2M holds; H2M is waiting to be emitted.
rumerge_b(Ord, H1, T1, H2M, [H2 | T2], Acc) ->
    case le(Ord, H1, H2) of
        true ->
            rumerge_b(Ord, H1, T1, H2, T2, [H2M | Acc]);
        false ->
            case same_prev(Ord, H2M, H1) of
                true -> rumerge_a(Ord, T1, H2, T2, [H1 | Acc]);
                false -> rumerge_a(Ord, T1, H2, T2, [H1, H2M | Acc])
            end
    end;
rumerge_b(Ord, H1, T1, H2M, [], Acc) ->
    case same_prev(Ord, H2M, H1) of
        true -> finish(Acc, [H1 | T1]);
        false -> finish([H2M | Acc], [H1 | T1])
    end.

-spec rumerge3([X], [Y], [Z]) -> [(X | Y | Z)].
rumerge3(L1, [], L3) -> rumerge(L1, L3);
rumerge3(L1, L2, []) -> rumerge(L1, L2);
rumerge3(L1, L2, L3) -> rumerge(rumerge(L1, L2), L3).

%%% The functions whose errors show in stack traces, laid out on the lines
%%% OTP 25's lists.erl has them (each `-file` pins the next line), so a
%%% crash inside a fun given to map/2, foldl/3, ... names the same frames
%%% and lines as OTP. (`-file(F, N)` numbers the line after it N + 1.)

-file("lists.erl", 197).
nth(1, [H | _]) -> H;
nth(N, [_ | T]) when N > 1 ->
    nth(N - 1, T).

-file("lists.erl", 255).
last([E | Es]) -> last(E, Es).

last(_, [E | Es]) -> last(E, Es);
last(E, []) -> E.

-file("lists.erl", 270).
seq(First, Last)
  when is_integer(First), is_integer(Last), First - 1 =< Last ->
    seq_loop(Last - First + 1, Last, []).

seq_loop(0, _, L) -> L;
seq_loop(N, X, L) -> seq_loop(N - 1, X - 1, [X | L]).

-file("lists.erl", 316).
sum(L) -> sum(L, 0).

sum([H | T], Sum) -> sum(T, Sum + H);
sum([], Sum) -> Sum.

-file("lists.erl", 330).
duplicate(N, X) when is_integer(N), N >= 0 -> duplicate(N, X, []).

duplicate(0, _, L) -> L;
duplicate(N, X, L) -> duplicate(N - 1, X, [X | L]).

-file("lists.erl", 342).
min([H | T]) -> min(T, H).

min([H | T], Min) when H < Min -> min(T, H);
min([_ | T], Min) -> min(T, Min);
min([], Min) -> Min.

-file("lists.erl", 355).
max([H | T]) -> max(T, H).

max([H | T], Max) when H > Max -> max(T, H);
max([_ | T], Max) -> max(T, Max);
max([], Max) -> Max.

-file("lists.erl", 384).
sublist(List, L) when is_integer(L), is_list(List) ->
    sublist_2(List, L).

sublist_2([H | T], L) when L > 0 ->
    [H | sublist_2(T, L - 1)];
sublist_2(_, 0) ->
    [];
sublist_2(List, L) when is_list(List), L > 0 ->
    [].

-file("lists.erl", 482).
zipwith(F, [X | Xs], [Y | Ys]) -> [F(X, Y) | zipwith(F, Xs, Ys)];
zipwith(F, [], []) when is_function(F, 2) -> [].

-file("lists.erl", 1264).
all(Pred, List) when is_function(Pred, 1) ->
    case List of
        [Hd | Tail] ->
            case Pred(Hd) of
                true -> all_1(Pred, Tail);
                false -> false
            end;
        [] -> true
    end.

all_1(Pred, [Hd | Tail]) ->
    case Pred(Hd) of
        true -> all_1(Pred, Tail);
        false -> false
    end;
all_1(_Pred, []) ->
    true.

-file("lists.erl", 1287).
any(Pred, List) when is_function(Pred, 1) ->
    case List of
        [Hd | Tail] ->
            case Pred(Hd) of
                true -> true;
                false -> any_1(Pred, Tail)
            end;
        [] -> false
    end.

-file("lists.erl", 1297).
any_1(Pred, [Hd | Tail]) ->
    case Pred(Hd) of
        true -> true;
        false -> any_1(Pred, Tail)
    end;
any_1(_Pred, []) ->
    false.

-file("lists.erl", 1312).
map(F, List) when is_function(F, 1) ->
    case List of
        [Hd | Tail] -> [F(Hd) | map_1(F, Tail)];
        [] -> []
    end.

map_1(F, [Hd | Tail]) ->
    [F(Hd) | map_1(F, Tail)];
map_1(_F, []) ->
    [].

-file("lists.erl", 1330).
flatmap(F, List) when is_function(F, 1) ->
    flatmap_1(F, List).

flatmap_1(F, [Hd | Tail]) ->
    F(Hd) ++ flatmap_1(F, Tail);
flatmap_1(_F, []) ->
    [].

-file("lists.erl", 1347).
foldl(F, Accu, List) when is_function(F, 2) ->
    case List of
        [Hd | Tail] -> foldl_1(F, F(Hd, Accu), Tail);
        [] -> Accu
    end.

foldl_1(F, Accu, [Hd | Tail]) ->
    foldl_1(F, F(Hd, Accu), Tail);
foldl_1(_F, Accu, []) ->
    Accu.

-file("lists.erl", 1367).
foldr(F, Accu, List) when is_function(F, 2) ->
    foldr_1(F, Accu, List).

foldr_1(F, Accu, [Hd | Tail]) ->
    F(Hd, foldr_1(F, Accu, Tail));
foldr_1(_F, Accu, []) ->
    Accu.

-file("lists.erl", 1381).
filter(Pred, List) when is_function(Pred, 1) ->
    [E || E <- List, Pred(E)].

-file("lists.erl", 1394).
partition(Pred, L) when is_function(Pred, 1) ->
    partition_1(Pred, L, [], []).

partition_1(Pred, [H | T], As, Bs) ->
    case Pred(H) of
        true -> partition_1(Pred, T, [H | As], Bs);
        false -> partition_1(Pred, T, As, [H | Bs])
    end;
partition_1(_Pred, [], As, Bs) ->
    {reverse(As), reverse(Bs)}.

-file("lists.erl", 1412).
filtermap(F, List) when is_function(F, 1) ->
    filtermap_1(F, List).

filtermap_1(F, [Hd | Tail]) ->
    case F(Hd) of
        true ->
            [Hd | filtermap_1(F, Tail)];
        {true, Val} ->
            [Val | filtermap_1(F, Tail)];
        false ->
            filtermap_1(F, Tail)
    end;
filtermap_1(_F, []) ->
    [].

-file("lists.erl", 1437).
foreach(F, List) when is_function(F, 1) ->
    foreach_1(F, List).

foreach_1(F, [Hd | Tail]) ->
    F(Hd),
    foreach_1(F, Tail);
foreach_1(_F, []) ->
    ok.

-file("lists.erl", 1457).
mapfoldl(F, Accu, List) when is_function(F, 2) ->
    mapfoldl_1(F, Accu, List).

mapfoldl_1(F, Accu0, [Hd | Tail]) ->
    {R, Accu1} = F(Hd, Accu0),
    {Rs, Accu2} = mapfoldl_1(F, Accu1, Tail),
    {[R | Rs], Accu2};
mapfoldl_1(_F, Accu, []) ->
    {[], Accu}.

-file("lists.erl", 1494).
takewhile(Pred, List) when is_function(Pred, 1) ->
    takewhile_1(Pred, List).

takewhile_1(Pred, [Hd | Tail]) ->
    case Pred(Hd) of
        true -> [Hd | takewhile_1(Pred, Tail)];
        false -> []
    end;
takewhile_1(_Pred, []) ->
    [].

-file("lists.erl", 1511).
dropwhile(Pred, List) when is_function(Pred, 1) ->
    dropwhile_1(Pred, List).

dropwhile_1(Pred, [Hd | Tail] = Rest) ->
    case Pred(Hd) of
        true -> dropwhile_1(Pred, Tail);
        false -> Rest
    end;
dropwhile_1(_Pred, []) ->
    [].

-file("lists.erl", 1563).
split(N, List) when is_integer(N), N >= 0, is_list(List) ->
    case split(N, List, []) of
        {_, _} = Result -> Result;
        Fault when is_atom(Fault) ->
            erlang:error(Fault, [N, List])
    end;
split(N, List) ->
    erlang:error(badarg, [N, List]).

split(0, L, R) ->
    {reverse(R, []), L};
split(N, [H | T], R) ->
    split(N - 1, T, [H | R]);
split(_, [], _) ->
    badarg.

-file("lists.erl", 143).
append(L1, L2) -> L1 ++ L2.

-file("lists.erl", 403).
delete(Item, [Item | Rest]) -> Rest;
delete(Item, [H | Rest]) ->
    [H | delete(Item, Rest)];
delete(_, []) -> [].

-file("lists.erl", 418).
zip([X | Xs], [Y | Ys]) -> [{X, Y} | zip(Xs, Ys)];
zip([], []) -> [].

-file("lists.erl", 431).
unzip(Ts) -> unzip(Ts, [], []).

unzip([{X, Y} | Ts], Xs, Ys) -> unzip(Ts, [X | Xs], [Y | Ys]);
unzip([], Xs, Ys) -> {reverse(Xs), reverse(Ys)}.

-file("lists.erl", 631).
concat(List) ->
    flatmap(fun thing_to_list/1, List).

thing_to_list(X) when is_integer(X) -> integer_to_list(X);
thing_to_list(X) when is_float(X) -> float_to_list(X);
thing_to_list(X) when is_atom(X) -> atom_to_list(X);
thing_to_list(X) when is_list(X) -> X.

-file("lists.erl", 734).
keyreplace(K, N, L, New) when is_integer(N), N > 0, is_tuple(New) ->
    keyreplace3(K, N, L, New).

keyreplace3(Key, Pos, [Tup | Tail], New) when element(Pos, Tup) == Key ->
    [New | Tail];
keyreplace3(Key, Pos, [H | T], New) ->
    [H | keyreplace3(Key, Pos, T, New)];
keyreplace3(_, _, [], _) -> [].

-file("lists.erl", 767).
keystore(K, N, L, New) when is_integer(N), N > 0, is_tuple(New) ->
    keystore2(K, N, L, New).

keystore2(Key, N, [H | T], New) when element(N, H) == Key ->
    [New | T];
keystore2(Key, N, [H | T], New) ->
    [H | keystore2(Key, N, T, New)];
keystore2(_Key, _N, [], New) ->
    [New].

-file("lists.erl", 982).
keymap(Fun, Index, [Tup | Tail]) ->
    [setelement(Index, Tup, Fun(element(Index, Tup))) | keymap(Fun, Index, Tail)];
keymap(Fun, Index, []) when is_integer(Index), Index >= 1, is_function(Fun, 1) -> [].

-file("lists.erl", 1478).
mapfoldr(F, Accu, List) when is_function(F, 2) ->
    mapfoldr_1(F, Accu, List).

mapfoldr_1(F, Accu0, [Hd | Tail]) ->
    {Rs, Accu1} = mapfoldr_1(F, Accu0, Tail),
    {R, Accu2} = F(Hd, Accu1),
    {[R | Rs], Accu2};
mapfoldr_1(_F, Accu, []) ->
    {[], Accu}.
