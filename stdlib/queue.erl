%% queue: ferl's implementation of the OTP `queue' module.
%%
%% This module owns double-ended FIFO queues, represented exactly as in
%% OTP: {RearList, FrontList}, where the front list holds the first
%% items in order and the rear list holds the last items reversed.
%% When one side runs out, about half of the other side is moved over,
%% so most operations are O(1) amortized.  It provides the original
%% API (in/out), the "less garbage" API (get/peek/drop), the higher
%% level API and the Okasaki API (cons/head/tail/snoc/daeh/last/liat/
%% init, plus the deprecated lait).  Results and errors follow OTP 25.

-module(queue).

-export([new/0, is_queue/1, is_empty/1, len/1, to_list/1, from_list/1,
         member/2]).
-export([in/2, in_r/2, out/1, out_r/1]).
-export([get/1, get_r/1, peek/1, peek_r/1, drop/1, drop_r/1]).
-export([reverse/1, join/2, split/2, filter/2, filtermap/2, fold/3,
         any/2, all/2, delete/2, delete_r/2, delete_with/2,
         delete_with_r/2]).
-export([cons/2, head/1, tail/1, snoc/2, last/1, daeh/1, init/1, liat/1,
         lait/1]).

-export_type([queue/0, queue/1]).

-opaque queue(Item) :: {list(Item), list(Item)}.
-type queue() :: queue(_).

%%% ------------------------------------------------------------------
%%% Creation, inspection and conversion
%%% ------------------------------------------------------------------

-spec new() -> queue(none()).
new() -> {[], []}.

-spec is_queue(Term :: term()) -> boolean().
is_queue({R, F}) when is_list(R), is_list(F) -> true;
is_queue(_) -> false.

-spec is_empty(Q :: queue()) -> boolean().
is_empty({[], []}) -> true;
is_empty({R, F}) when is_list(R), is_list(F) -> false;
is_empty(Q) -> erlang:error(badarg, [Q]).

-spec len(Q :: queue()) -> non_neg_integer().
len({R, F}) when is_list(R), is_list(F) -> length(R) + length(F);
len(Q) -> erlang:error(badarg, [Q]).

-spec to_list(Q :: queue(Item)) -> list(Item).
to_list({R, F}) when is_list(R), is_list(F) -> F ++ lists:reverse(R, []);
to_list(Q) -> erlang:error(badarg, [Q]).

-spec from_list(L :: list(Item)) -> queue(Item).
from_list(L) when is_list(L) -> balance_from_front(L);
from_list(L) -> erlang:error(badarg, [L]).

-spec member(Item, Q :: queue(Item)) -> boolean().
member(X, {R, F}) when is_list(R), is_list(F) ->
    lists:member(X, R) orelse lists:member(X, F);
member(X, Q) -> erlang:error(badarg, [X, Q]).

%%% ------------------------------------------------------------------
%%% Original API
%%% ------------------------------------------------------------------

-spec in(Item, Q1 :: queue(Item)) -> Q2 :: queue(Item).
in(X, {[_] = R, []}) -> {[X], R};
in(X, {R, F}) when is_list(R), is_list(F) -> {[X | R], F};
in(X, Q) -> erlang:error(badarg, [X, Q]).

-spec in_r(Item, Q1 :: queue(Item)) -> Q2 :: queue(Item).
in_r(X, {[], [_] = F}) -> {F, [X]};
in_r(X, {R, F}) when is_list(R), is_list(F) -> {R, [X | F]};
in_r(X, Q) -> erlang:error(badarg, [X, Q]).

-spec out(Q1 :: queue(Item)) ->
          {{value, Item}, Q2 :: queue(Item)} | {empty, Q1 :: queue(Item)}.
out({[], []} = Q) -> {empty, Q};
out({R, F}) when is_list(R), is_list(F) ->
    Rest = drop_front(R, F),
    {{value, first(R, F)}, Rest};
out(Q) -> erlang:error(badarg, [Q]).

-spec out_r(Q1 :: queue(Item)) ->
          {{value, Item}, Q2 :: queue(Item)} | {empty, Q1 :: queue(Item)}.
out_r({[], []} = Q) -> {empty, Q};
out_r({R, F}) when is_list(R), is_list(F) ->
    {{value, final(R, F)}, drop_rear(R, F)};
out_r(Q) -> erlang:error(badarg, [Q]).

%%% ------------------------------------------------------------------
%%% Less garbage API
%%% ------------------------------------------------------------------

-spec get(Q :: queue(Item)) -> Item.
-file("queue.erl", 186).
get({[], []} = Q) ->
    erlang:error(empty, [Q]);
get({R, F}) when is_list(R), is_list(F) ->
    first(R, F);
get(Q) ->
    erlang:error(badarg, [Q]).

-spec get_r(Q :: queue(Item)) -> Item.
get_r({[], []} = Q) -> erlang:error(empty, [Q]);
get_r({R, F}) when is_list(R), is_list(F) -> final(R, F);
get_r(Q) -> erlang:error(badarg, [Q]).

-spec peek(Q :: queue(Item)) -> empty | {value, Item}.
peek({[], []}) -> empty;
peek({R, F}) when is_list(R), is_list(F) -> {value, first(R, F)};
peek(Q) -> erlang:error(badarg, [Q]).

-spec peek_r(Q :: queue(Item)) -> empty | {value, Item}.
peek_r({[], []}) -> empty;
peek_r({R, F}) when is_list(R), is_list(F) -> {value, final(R, F)};
peek_r(Q) -> erlang:error(badarg, [Q]).

-spec drop(Q1 :: queue(Item)) -> Q2 :: queue(Item).
drop({[], []} = Q) -> erlang:error(empty, [Q]);
drop({R, F}) when is_list(R), is_list(F) -> drop_front(R, F);
drop(Q) -> erlang:error(badarg, [Q]).

-spec drop_r(Q1 :: queue(Item)) -> Q2 :: queue(Item).
drop_r({[], []} = Q) -> erlang:error(empty, [Q]);
drop_r({R, F}) when is_list(R), is_list(F) -> drop_rear(R, F);
drop_r(Q) -> erlang:error(badarg, [Q]).

%%% ------------------------------------------------------------------
%%% Higher level API
%%% ------------------------------------------------------------------

-spec reverse(Q1 :: queue(Item)) -> Q2 :: queue(Item).
reverse({R, F}) when is_list(R), is_list(F) -> {F, R};
reverse(Q) -> erlang:error(badarg, [Q]).

-spec join(Q1 :: queue(Item), Q2 :: queue(Item)) -> Q3 :: queue(Item).
join({R, F} = Q, {[], []}) when is_list(R), is_list(F) -> Q;
join({[], []}, {R, F} = Q) when is_list(R), is_list(F) -> Q;
join({R1, F1}, {R2, F2})
  when is_list(R1), is_list(F1), is_list(R2), is_list(F2) ->
    {R2, F1 ++ lists:reverse(R1, F2)};
join(Q1, Q2) -> erlang:error(badarg, [Q1, Q2]).

-spec split(N :: non_neg_integer(), Q1 :: queue(Item)) ->
          {Q2 :: queue(Item), Q3 :: queue(Item)}.
split(0, {R, F} = Q) when is_list(R), is_list(F) -> {{[], []}, Q};
split(N, {R, F} = Q) when is_integer(N), N >= 1, is_list(R), is_list(F) ->
    LenF = length(F),
    if
        N < LenF ->
            %% The cut is inside the front list.
            {Taken, KeptF} = lists:split(N, F),
            [X | RestTaken] = Taken,
            {{lists:reverse(RestTaken), [X]}, {R, KeptF}};
        N > LenF ->
            M = length(R) - (N - LenF),
            if
                M < 0 -> erlang:error(badarg, [N, Q]);
                M > 0 ->
                    %% The cut is inside the rear list.
                    {Last, Rest} = lists:split(M, R),
                    [X | RestLast] = Last,
                    {{Rest, F}, {[X], lists:reverse(RestLast)}};
                true -> {Q, {[], []}}
            end;
        true ->
            {balance_from_front(F), balance_from_rear(R)}
    end;
split(N, Q) -> erlang:error(badarg, [N, Q]).

-spec filter(Fun, Q1 :: queue(Item)) -> Q2 :: queue(Item) when
      Fun :: fun((Item) -> boolean() | list(Item)).
filter(Fun, {R0, F0}) when is_function(Fun, 1), is_list(R0), is_list(F0) ->
    F = filter_front(Fun, F0),
    R = filter_rear(Fun, R0),
    rebuild(R, F);
filter(Fun, Q) -> erlang:error(badarg, [Fun, Q]).

%% Front items are visited first to last.
filter_front(_Fun, []) -> [];
filter_front(Fun, [X | F]) ->
    case Fun(X) of
        true -> [X | filter_front(Fun, F)];
        false -> filter_front(Fun, F);
        L when is_list(L) -> L ++ filter_front(Fun, F)
    end.

%% Rear items are visited in queue order too (last item last), so the
%% recursion goes down the rear list first.
filter_rear(_Fun, []) -> [];
filter_rear(Fun, [X | R0]) ->
    R = filter_rear(Fun, R0),
    case Fun(X) of
        true -> [X | R];
        false -> R;
        L when is_list(L) -> lists:reverse(L, R)
    end.

-spec filtermap(Fun, Q1) -> Q2 when
      Fun :: fun((Item) -> boolean() | {'true', Value}),
      Q1 :: queue(Item),
      Q2 :: queue(Item | Value),
      Item :: term(),
      Value :: term().
filtermap(Fun, {R0, F0}) when is_function(Fun, 1), is_list(R0), is_list(F0) ->
    F = lists:filtermap(Fun, F0),
    R = filtermap_rear(Fun, R0),
    rebuild(R, F);
filtermap(Fun, Q) -> erlang:error(badarg, [Fun, Q]).

filtermap_rear(_Fun, []) -> [];
filtermap_rear(Fun, [X | R0]) ->
    R = filtermap_rear(Fun, R0),
    case Fun(X) of
        true -> [X | R];
        {true, V} -> [V | R];
        false -> R
    end.

-spec fold(Fun, Acc0, Q :: queue(Item)) -> Acc1 when
      Fun :: fun((Item, AccIn) -> AccOut),
      Acc0 :: term(),
      Acc1 :: term(),
      AccIn :: term(),
      AccOut :: term().
fold(Fun, Acc0, {R, F}) when is_function(Fun, 2), is_list(R), is_list(F) ->
    lists:foldr(Fun, lists:foldl(Fun, Acc0, F), R);
fold(Fun, Acc0, Q) -> erlang:error(badarg, [Fun, Acc0, Q]).

-spec any(Pred, Q :: queue(Item)) -> boolean() when
      Pred :: fun((Item) -> boolean()).
any(Pred, {R, F}) when is_function(Pred, 1), is_list(R), is_list(F) ->
    lists:any(Pred, F) orelse lists:any(Pred, R);
any(Pred, Q) -> erlang:error(badarg, [Pred, Q]).

-spec all(Pred, Q :: queue(Item)) -> boolean() when
      Pred :: fun((Item) -> boolean()).
all(Pred, {R, F}) when is_function(Pred, 1), is_list(R), is_list(F) ->
    lists:all(Pred, F) andalso lists:all(Pred, R);
all(Pred, Q) -> erlang:error(badarg, [Pred, Q]).

-spec delete(Item, Q1) -> Q2 when
      Item :: T,
      Q1 :: queue(T),
      Q2 :: queue(T),
      T :: term().
delete(Item, {R0, F0} = Q) when is_list(R0), is_list(F0) ->
    case del_first(Item, F0) of
        false ->
            case del_last(Item, R0) of
                false -> Q;
                [] -> balance_from_front(F0);
                R -> {R, F0}
            end;
        [] -> balance_from_rear(R0);
        F -> {R0, F}
    end;
delete(Item, Q) -> erlang:error(badarg, [Item, Q]).

-spec delete_r(Item, Q1) -> Q2 when
      Item :: T,
      Q1 :: queue(T),
      Q2 :: queue(T),
      T :: term().
delete_r(Item, {R0, F0}) ->
    {F, R} = delete(Item, {F0, R0}),
    {R, F};
delete_r(Item, Q) -> erlang:error(badarg, [Item, Q]).

-spec delete_with(Pred, Q1) -> Q2 when
      Pred :: fun((Item) -> boolean()),
      Q1 :: queue(Item),
      Q2 :: queue(Item),
      Item :: term().
delete_with(Pred, {R0, F0} = Q) when is_function(Pred, 1), is_list(R0), is_list(F0) ->
    case del_first_with(Pred, F0) of
        false ->
            case del_last_with(Pred, R0) of
                false -> Q;
                [] -> balance_from_front(F0);
                R -> {R, F0}
            end;
        [] -> balance_from_rear(R0);
        F -> {R0, F}
    end;
delete_with(Pred, Q) -> erlang:error(badarg, [Pred, Q]).

-spec delete_with_r(Pred, Q1) -> Q2 when
      Pred :: fun((Item) -> boolean()),
      Q1 :: queue(Item),
      Q2 :: queue(Item),
      Item :: term().
delete_with_r(Pred, {R0, F0}) ->
    {F, R} = delete_with(Pred, {F0, R0}),
    {R, F};
delete_with_r(Pred, Q) -> erlang:error(badarg, [Pred, Q]).

%% The list without its first element =:= Item, or false.
del_first(Item, [Item | Rest]) -> Rest;
del_first(Item, [X | Rest]) ->
    case del_first(Item, Rest) of
        false -> false;
        Rest1 -> [X | Rest1]
    end;
del_first(_Item, []) -> false.

del_first_with(Pred, [X | Rest]) ->
    case Pred(X) of
        true -> Rest;
        false ->
            case del_first_with(Pred, Rest) of
                false -> false;
                Rest1 -> [X | Rest1]
            end
    end;
del_first_with(_Pred, []) -> false.

%% The same for the last matching element (the rear list is reversed).
del_last(Item, [X | Rest]) ->
    case del_last(Item, Rest) of
        false when X =:= Item -> Rest;
        false -> false;
        Rest1 -> [X | Rest1]
    end;
del_last(_Item, []) -> false.

del_last_with(Pred, [X | Rest]) ->
    case del_last_with(Pred, Rest) of
        false ->
            case Pred(X) of
                true -> Rest;
                false -> false
            end;
        Rest1 -> [X | Rest1]
    end;
del_last_with(_Pred, []) -> false.

%%% ------------------------------------------------------------------
%%% Okasaki API
%%% ------------------------------------------------------------------

-spec cons(Item, Q1 :: queue(Item)) -> Q2 :: queue(Item).
cons(X, Q) -> in_r(X, Q).

-spec head(Q :: queue(Item)) -> Item.
head({[], []} = Q) -> erlang:error(empty, [Q]);
head({R, F}) when is_list(R), is_list(F) -> first(R, F);
head(Q) -> erlang:error(badarg, [Q]).

-spec tail(Q1 :: queue(Item)) -> Q2 :: queue(Item).
tail(Q) -> drop(Q).

-spec snoc(Q1 :: queue(Item), Item) -> Q2 :: queue(Item).
snoc(Q, X) -> in(X, Q).

-spec daeh(Q :: queue(Item)) -> Item.
daeh(Q) -> get_r(Q).

-spec last(Q :: queue(Item)) -> Item.
last(Q) -> get_r(Q).

-spec liat(Q1 :: queue(Item)) -> Q2 :: queue(Item).
liat(Q) -> drop_r(Q).

-spec lait(Q1 :: queue(Item)) -> Q2 :: queue(Item).
lait(Q) -> drop_r(Q).

-spec init(Q1 :: queue(Item)) -> Q2 :: queue(Item).
init(Q) -> drop_r(Q).

%%% ------------------------------------------------------------------
%%% Internals
%%% ------------------------------------------------------------------

%% First and last item of a non-empty queue.
first(_R, [X | _]) -> X;
first(R, []) -> lists:last(R).

final([X | _], _F) -> X;
final([], F) -> lists:last(F).

%% The queue without its first / last item (non-empty queue).
drop_front([_], []) -> {[], []};
drop_front([Y | R], []) ->
    [_ | F] = lists:reverse(R, []),
    {[Y], F};
drop_front(R, [_]) -> balance_from_rear(R);
drop_front(R, [_ | F]) -> {R, F}.

drop_rear([], [_]) -> {[], []};
drop_rear([], [Y | F]) ->
    [_ | R] = lists:reverse(F, []),
    {R, [Y]};
drop_rear([_], F) -> balance_from_front(F);
drop_rear([_ | R], F) -> {R, F}.

%% A queue from what is left on each side after filtering.
rebuild([], F) -> balance_from_front(F);
rebuild(R, []) -> balance_from_rear(R);
rebuild(R, F) -> {R, F}.

%% A queue holding front list F alone, with the back half moved to
%% the rear list.
balance_from_front([]) -> {[], []};
balance_from_front([_] = F) -> {F, []};
balance_from_front([X, Y]) -> {[Y], [X]};
balance_from_front(F) ->
    {Front, Back} = lists:split(length(F) div 2, F),
    {lists:reverse(Back), Front}.

%% A queue holding rear list R alone, with half moved to the front.
balance_from_rear([]) -> {[], []};
balance_from_rear([_] = R) -> {[], R};
balance_from_rear([X, Y]) -> {[X], [Y]};
balance_from_rear(R) ->
    {Rear, Front} = lists:split(length(R) div 2, R),
    {Rear, lists:reverse(Front)}.
