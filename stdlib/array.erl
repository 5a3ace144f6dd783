%% array: OTP 25's functional, extendible arrays, with the same terms as
%% OTP's so that arrays compare and print alike.
%%
%% An array is `#array{size, max, default, elements}`. `max` is the
%% capacity the array grows into on its own (0 when fixed). `elements` is
%% a tree of capacity C, a power of ten of at least 10:
%%   - the integer C: every entry is the default (nothing stored yet);
%%   - for C = 10, a leaf: a tuple of the 10 entries;
%%   - for C > 10, a node: a tuple of 10 subtrees of capacity S = C div 10,
%%     followed by S.
%% A tree is expanded only along the paths that set/3 writes, and
%% from_list/1,2 and from_orddict/1,2 build the shapes OTP's build, holes
%% included.
%%
%% The API's badarg errors come from functions of OTP's names on OTP's
%% lines (`-file`). Known difference: a fun that fails inside map, foldl
%% and their kin shows ferl's traversal functions in the stack trace.
-module(array).

-export([new/0, new/1, new/2, is_array/1, set/3, get/2, size/1, sparse_size/1,
         default/1, reset/2, to_list/1, sparse_to_list/1, from_list/1,
         from_list/2, to_orddict/1, sparse_to_orddict/1, from_orddict/1,
         from_orddict/2, map/2, sparse_map/2, foldl/3, foldr/3, sparse_foldl/3,
         sparse_foldr/3, fix/1, relax/1, is_fix/1, resize/1, resize/2]).

-record(array, {size, max, default, elements}).

-define(LEAF, 10).
-define(NODE(E), is_tuple(E), tuple_size(E) =:= 11).

%%% ---------------------------------------------------------------------
%%% Making arrays

-file("array.erl", 192).
new() ->
    new([]).

-file("array.erl", 235).
new(Options) ->
    new_0(Options, 0, false).

-file("array.erl", 255).
new(Size, Options) when is_integer(Size), Size >= 0 ->
    new_0(Options, Size, true);
new(_, _) ->
    erlang:error(badarg).

new_0(Options, Size, Fixed) when is_list(Options) ->
    new_1(Options, Size, Fixed, undefined);
new_0(Option, Size, Fixed) ->
    new_1([Option], Size, Fixed, undefined).

%% Options in order; a size option fixes the array.
new_1([fixed | Options], Size, _, Default) ->
    new_1(Options, Size, true, Default);
new_1([{fixed, Fixed} | Options], Size, _, Default)
  when is_boolean(Fixed) ->
    new_1(Options, Size, Fixed, Default);
new_1([{default, Default} | Options], Size, Fixed, _) ->
    new_1(Options, Size, Fixed, Default);
new_1([{size, Size} | Options], _, _, Default)
  when is_integer(Size), Size >= 0 ->
    new_1(Options, Size, true, Default);
new_1([Size | Options], _, _, Default) when is_integer(Size), Size >= 0 ->
    new_1(Options, Size, true, Default);
new_1([], Size, Fixed, Default) ->
    make(Size, Fixed, Default);
new_1(_, _, _, _) ->
    erlang:error(badarg).

make(Size, Fixed, Default) ->
    C = capacity(Size - 1, ?LEAF),
    #array{size = Size, max = case Fixed of true -> 0; false -> C end,
           default = Default, elements = C}.

%% The least capacity from C up (by factors of ten) that holds index I.
capacity(I, C) when I >= C -> capacity(I, C * 10);
capacity(_, C) -> C.

%%% ---------------------------------------------------------------------
%%% Properties

-file("array.erl", 308).
is_array(#array{size = Size, max = Max})
  when is_integer(Size), is_integer(Max) ->
    true;
is_array(_) ->
    false.

-file("array.erl", 323).
size(#array{size = N}) -> N;
size(_) -> erlang:error(badarg).

-file("array.erl", 333).
default(#array{default = D}) -> D;
default(_) -> erlang:error(badarg).

-file("array.erl", 416).
fix(#array{} = A) ->
    A#array{max = 0}.

-file("array.erl", 426).
is_fix(#array{max = 0}) -> true;
is_fix(#array{}) -> false.

-file("array.erl", 464).
relax(#array{size = N} = A) ->
    A#array{max = capacity(N - 1, ?LEAF)}.

%% Growing makes room (a fixed array grows as if relaxed, and stays
%% fixed); shrinking only lowers the size, the entries stay in the tree.
-file("array.erl", 490).
resize(Size, #array{size = N, max = M, elements = E} = A)
  when is_integer(Size), Size >= 0 ->
    if
        Size > N ->
            {E1, M1} = grow(Size - 1, E, case M > 0 of
                                              true -> M;
                                              false -> capacity(N - 1, ?LEAF)
                                          end),
            A#array{size = Size, max = case M > 0 of true -> M1; false -> M end,
                    elements = E1};
        Size < N ->
            A#array{size = Size};
        true ->
            A
    end;



resize(_, _) ->
    erlang:error(badarg).

-file("array.erl", 521).
resize(Array) ->
    resize(sparse_size(Array), Array).

%% A tree of capacity C made big enough for index I: a bigger integer,
%% or the tree put under new nodes.
grow(I, E, _) when is_integer(E) ->
    C = capacity(I, E),
    {C, C};
grow(I, E, C) when I >= C ->
    grow(I, setelement(1, erlang:make_tuple(11, C), E), C * 10);
grow(_, E, C) ->
    {E, C}.

%%% ---------------------------------------------------------------------
%%% Entries

-file("array.erl", 571).
set(I, Value, #array{size = N, max = M, default = D, elements = E} = A)
  when is_integer(I), I >= 0 ->
    if
        I < N ->
            A#array{elements = put_entry(I, E, Value, D)};
        I < M ->
            A#array{size = I + 1, elements = put_entry(I, E, Value, D)};
        M > 0 ->
            {E1, M1} = grow(I, E, M),
            A#array{size = I + 1, max = M1, elements = put_entry(I, E1, Value, D)};
        true ->

            erlang:error(badarg)
    end;
set(_, _, _) ->
    erlang:error(badarg).

put_entry(I, E, X, D) when ?NODE(E) ->
    S = element(11, E),
    K = I div S + 1,
    setelement(K, E, put_entry(I rem S, element(K, E), X, D));
put_entry(I, C, X, D) when is_integer(C) ->
    expand(I, C, X, D);
put_entry(I, Leaf, X, _) ->
    setelement(I + 1, Leaf, X).

%% An empty tree of capacity C with X at index I: only the path to I is
%% made, the other subtrees stay integers.
expand(I, C, X, D) when C > ?LEAF ->
    S = C div 10,
    setelement(I div S + 1, erlang:make_tuple(11, S), expand(I rem S, S, X, D));
expand(I, _, X, D) ->
    setelement(I + 1, erlang:make_tuple(?LEAF, D), X).

-file("array.erl", 633).
get(I, #array{size = N, max = M, elements = E, default = D})
  when is_integer(I), I >= 0 ->
    if
        I < N ->
            entry(I, E, D);
        M > 0 ->
            D;
        true ->
            erlang:error(badarg)
    end;
get(_, _) ->
    erlang:error(badarg).

entry(I, E, D) when ?NODE(E) ->
    S = element(11, E),
    entry(I rem S, element(I div S + 1, E), D);
entry(_, C, D) when is_integer(C) -> D;
entry(I, Leaf, _) -> element(I + 1, Leaf).

%% Writes the default back; an entry that already is the default leaves
%% the array as it was (the very same term).
-file("array.erl", 673).
reset(I, #array{size = N, max = M, default = D, elements = E} = A)
  when is_integer(I), I >= 0 ->
    if
        I < N ->
            try A#array{elements = clear(I, E, D)}
            catch throw:default -> A
            end;
        M > 0 ->
            A;
        true ->
            erlang:error(badarg)
    end;
reset(_, _) ->
    erlang:error(badarg).

clear(I, E, D) when ?NODE(E) ->
    S = element(11, E),
    K = I div S + 1,
    setelement(K, E, clear(I rem S, element(K, E), D));
clear(_, C, _) when is_integer(C) ->
    throw(default);
clear(I, Leaf, D) ->
    case element(I + 1, Leaf) of
        D -> throw(default);
        _ -> setelement(I + 1, Leaf, D)
    end.

%%% ---------------------------------------------------------------------
%%% Walking the entries
%%%
%%% walk/7 visits the entries below index Last (in order, or backwards),
%%% passing each (Index, Value) with the default for what is not stored;
%%% sparse walks skip entries equal to the default and unexpanded trees.

walk(Fun, Acc, #array{size = N, elements = E, default = D}, Dir, Sparse) ->
    walk(Fun, Acc, E, 0, N - 1, D, Dir, Sparse).

walk(Fun, Acc, E, Base, Last, D, Dir, Sparse) when ?NODE(E) ->
    S = element(11, E),
    Ks = children(Base, Last, S, Dir),
    lists:foldl(fun(K, A) ->
                        walk(Fun, A, element(K, E), Base + (K - 1) * S, Last, D, Dir, Sparse)
                end, Acc, Ks);
walk(_, Acc, C, _, _, _, _, true) when is_integer(C) ->
    Acc;
walk(Fun, Acc, C, Base, Last, D, Dir, false) when is_integer(C) ->
    Top = min(Base + C - 1, Last),
    Is = case Dir of
             up -> lists:seq(Base, Top);
             down -> lists:seq(Top, Base, -1)
         end,
    lists:foldl(fun(I, A) -> Fun(I, D, A) end, Acc, Is);
walk(Fun, Acc, Leaf, Base, Last, D, Dir, Sparse) ->
    Top = min(Base + ?LEAF - 1, Last),
    Is = case Dir of
             up -> lists:seq(Base, Top);
             down -> lists:seq(Top, Base, -1)
         end,
    lists:foldl(fun(I, A) ->
                        case element(I - Base + 1, Leaf) of
                            D when Sparse -> A;
                            X -> Fun(I, X, A)
                        end
                end, Acc, Is).

%% The children (1-based) of a node at Base whose subtrees of S entries
%% hold indices up to Last.
children(Base, Last, _, _) when Last < Base -> [];
children(Base, Last, S, Dir) ->
    Ks = lists:seq(1, min(10, (Last - Base) div S + 1)),
    case Dir of
        up -> Ks;
        down -> lists:reverse(Ks)
    end.

-file("array.erl", 760).
to_list(#array{size = 0}) ->
    [];
to_list(#array{} = A) ->
    walk(fun(_, X, L) -> [X | L] end, [], A, down, false);
to_list(_) ->
    erlang:error(badarg).

-file("array.erl", 833).
sparse_to_list(#array{size = 0}) ->
    [];
sparse_to_list(#array{} = A) ->
    walk(fun(_, X, L) -> [X | L] end, [], A, down, true);
sparse_to_list(_) ->
    erlang:error(badarg).

-file("array.erl", 1011).
to_orddict(#array{size = 0}) ->
    [];
to_orddict(#array{} = A) ->

    walk(fun(I, X, L) -> [{I, X} | L] end, [], A, down, false);
to_orddict(_) ->
    erlang:error(badarg).

-file("array.erl", 1103).
sparse_to_orddict(#array{size = 0}) ->
    [];
sparse_to_orddict(#array{} = A) ->

    walk(fun(I, X, L) -> [{I, X} | L] end, [], A, down, true);
sparse_to_orddict(_) ->
    erlang:error(badarg).

-file("array.erl", 1582).
foldl(Function, A, #array{} = Array)
  when is_function(Function, 3) ->
    walk(Function, A, Array, up, false);




foldl(_, _, _) ->
    erlang:error(badarg).

-file("array.erl", 1654).
sparse_foldl(Function, A, #array{} = Array)
  when is_function(Function, 3) ->
    walk(Function, A, Array, up, true);




sparse_foldl(_, _, _) ->
    erlang:error(badarg).

-file("array.erl", 1731).
foldr(Function, A, #array{} = Array)
  when is_function(Function, 3) ->
    walk(Function, A, Array, down, false);





foldr(_, _, _) ->
    erlang:error(badarg).

-file("array.erl", 1809).
sparse_foldr(Function, A, #array{} = Array)
  when is_function(Function, 3) ->
    walk(Function, A, Array, down, true);





sparse_foldr(_, _, _) ->
    erlang:error(badarg).

%% One past the last entry that is not the default.
-file("array.erl", 1859).
sparse_size(A) ->
    F = fun(I, _, _) -> throw({last, I}) end,
    try sparse_foldr(F, [], A) of
        [] -> 0
    catch
        throw:{last, I} -> I + 1
    end.

%%% ---------------------------------------------------------------------
%%% Mapping: the result keeps the tree's shape, except that map expands
%%% the unexpanded trees below the size (as OTP's does) and writes the
%%% default into a leaf's places past the size.

-file("array.erl", 1394).
map(Function, #array{size = N, elements = E, default = D} = A)
  when is_function(Function, 2) ->
    if
        N > 0 ->
            A#array{elements = map_tree(E, 0, N - 1, Function, D)};
        true ->
            A
    end;
map(_, _) ->
    erlang:error(badarg).

map_tree(C, Base, Last, F, D) when is_integer(C) ->
    map_tree(unfold(C, D), Base, Last, F, D);
map_tree(E, Base, Last, F, D) when ?NODE(E) ->
    map_children(E, Base, Last, fun(Child, At) -> map_tree(Child, At, Last, F, D) end);
map_tree(Leaf, Base, Last, F, D) ->
    list_to_tuple(map_leaf(tuple_to_list(Leaf), Base, Last, F, D)).

%% A node with Each(Child, ChildBase) applied to the children that hold
%% indices up to Last; the others stay as they are.
map_children(E, Base, Last, Each) ->
    S = element(11, E),
    map_children(E, 1, Base, Last, S, Each, []).

map_children(_, 11, _, _, S, _, Acc) ->
    list_to_tuple(lists:reverse([S | Acc]));
map_children(E, K, Base, Last, S, Each, Acc) when Base =< Last ->
    map_children(E, K + 1, Base + S, Last, S, Each, [Each(element(K, E), Base) | Acc]);
map_children(E, K, Base, Last, S, Each, Acc) ->
    map_children(E, K + 1, Base + S, Last, S, Each, [element(K, E) | Acc]).

map_leaf([X | Xs], I, Last, F, D) when I =< Last ->
    Y = F(I, X),
    [Y | map_leaf(Xs, I + 1, Last, F, D)];
map_leaf([_ | Xs], I, Last, F, D) ->
    [D | map_leaf(Xs, I + 1, Last, F, D)];
map_leaf([], _, _, _, _) ->
    [].

%% An unexpanded tree of capacity C made one level real.
unfold(C, _) when C > ?LEAF -> erlang:make_tuple(11, C div 10);
unfold(_, D) -> erlang:make_tuple(?LEAF, D).

%% sparse_map leaves unexpanded trees as they are and maps every entry
%% of the leaves it reaches that is not the default, even past the size
%% (as OTP's does).
-file("array.erl", 1486).
sparse_map(Function, #array{size = N, elements = E, default = D} = A)
  when is_function(Function, 2) ->
    if
        N > 0 ->
            A#array{elements = sparse_map_tree(E, 0, N - 1, Function, D)};
        true ->
            A
    end;
sparse_map(_, _) ->
    erlang:error(badarg).

sparse_map_tree(C, _, _, _, _) when is_integer(C) ->
    C;
sparse_map_tree(E, Base, Last, F, D) when ?NODE(E) ->
    map_children(E, Base, Last, fun(Child, At) -> sparse_map_tree(Child, At, Last, F, D) end);
sparse_map_tree(Leaf, Base, _, F, D) ->
    list_to_tuple(sparse_map_leaf(tuple_to_list(Leaf), Base, F, D)).

sparse_map_leaf([D | Xs], I, F, D) ->
    [D | sparse_map_leaf(Xs, I + 1, F, D)];
sparse_map_leaf([X | Xs], I, F, D) ->
    Y = F(I, X),
    [Y | sparse_map_leaf(Xs, I + 1, F, D)];
sparse_map_leaf([], _, _, _) ->
    [].

%%% ---------------------------------------------------------------------
%%% From lists

-file("array.erl", 900).
from_list(List) ->
    from_list(List, undefined).

%% Full leaves, the last padded with the default, gathered ten to a node
%% level by level; a level's last node is padded with empty subtrees.
-file("array.erl", 912).
from_list([], Default) ->
    new({default, Default});
from_list(List, Default) when is_list(List) ->
    {E, N, M} = from_list_1(?LEAF, List, Default, 0, [], []),
    #array{size = N, max = M, default = Default, elements = E};
from_list(_, _) ->
    erlang:error(badarg).

%% K places left in the leaf being filled (Acc, reversed); Leaves in
%% reverse order.
-file("array.erl", 927).
from_list_1(0, Xs, D, N, Acc, Leaves) ->
    Leaf = list_to_tuple(lists:reverse(Acc)),
    case Xs of
        [] ->
            case Leaves of
                [] -> {Leaf, N, ?LEAF};
                _ -> gather(lists:reverse([Leaf | Leaves]), N, ?LEAF)
            end;
        [_ | _] ->
            from_list_1(?LEAF, Xs, D, N, [], [Leaf | Leaves]);
        _ ->


            erlang:error(badarg)
    end;
from_list_1(K, [X | Xs], D, N, Acc, Leaves) ->
    from_list_1(K - 1, Xs, D, N + 1, [X | Acc], Leaves);
from_list_1(K, Xs, D, N, Acc, Leaves) ->
    from_list_1(K - 1, Xs, D, N, [D | Acc], Leaves).

%% Trees of capacity S, in order, put ten to a node until one is left.
gather(Trees, N, S) ->
    Padded = Trees ++ lists:duplicate((10 - length(Trees) rem 10) rem 10, S),
    Nodes = [list_to_tuple(Group ++ [S]) || Group <- groups(Padded)],
    case Nodes of
        [Root] -> {Root, N, S * 10};
        _ -> gather(Nodes, N, S * 10)
    end.

groups([]) -> [];
groups(L) ->
    {G, Rest} = lists:split(10, L),
    [G | groups(Rest)].

%%% ---------------------------------------------------------------------
%%% From ordered lists of pairs
%%%
%%% Leaves are made for the stretches of ten that hold keys. Before a key
%%% more than ten past the current stretch's start, the gap (rounded down
%%% to tens) is kept as a number of empty places; the levels above count
%%% such gaps off in whole subtrees, as OTP's from_orddict does, so the
%%% trees come out the same.

-file("array.erl", 1183).
from_orddict(Orddict) ->
    from_orddict(Orddict, undefined).

-file("array.erl", 1198).
from_orddict([], Default) ->
    new({default, Default});
from_orddict(List, Default) when is_list(List) ->
    {E, N, M} = from_orddict_0(List, 0, ?LEAF, Default, []),
    #array{size = N, max = M, default = Default, elements = E};
from_orddict(_, _) ->
    erlang:error(badarg).

%% Parts (leaves and gaps) in reverse order.
-file("array.erl", 1215).
from_orddict_0([], N, _, _, Parts) ->
    case Parts of
        [Leaf] -> {Leaf, N, ?LEAF};
        _ -> collect(N, Parts, ?LEAF)
    end;
%% (Blank lines keep OTP's line numbers in traces.)







from_orddict_0([{K, _} | _] = Xs, I, Max, D, Parts)
  when K > Max, is_integer(K) ->
    Gap = (K - I) - (K - I) rem 10,
    from_orddict_0(Xs, I + Gap, I + Gap + ?LEAF, D, [Gap | Parts]);
from_orddict_0([{_, _} | _] = Xs, I, Max, D, Parts) ->
    {Rest, Leaf, N} = from_orddict_1(I, Max, Xs, I, D, []),
    from_orddict_0(Rest, N, N + ?LEAF, D, [Leaf | Parts]);
from_orddict_0(Xs, _, _, _, _) ->
    erlang:error({badarg, Xs}).

%% One leaf from I up to Max. N: one past the last place given a value,
%% or Max when keys remain.
-file("array.erl", 1238).
from_orddict_1(Max, Max, Xs, N, _, Acc) ->
    {Xs, list_to_tuple(lists:reverse(Acc)), N};
from_orddict_1(I, Max, Xs, N, D, Acc) ->
    case Xs of
        [{I, V} | Rest] ->
            from_orddict_1(I + 1, Max, Rest, I + 1, D, [V | Acc]);
        [{K, _} | _] when is_integer(K), K > I ->
            from_orddict_1(I + 1, Max, Xs, I + 1, D, [D | Acc]);
        [_ | _] ->




            erlang:error({badarg, Xs});
        _ ->
            from_orddict_1(I + 1, Max, Xs, N, D, [D | Acc])
    end.

%% Parts of capacity S (reversed: last first) gathered ten to a node from
%% the end; a gap takes whole empty subtrees, and what is left of it at a
%% node's start is passed up to the next level.
collect(N, Parts, S) ->
    Count = (N - 1) div S + 1,
    case (10 - Count rem 10) rem 10 * S of
        0 -> collect(10, Parts, S, N, [S], []);
        Pad -> collect(10, [Pad | Parts], S, N, [S], [])
    end.

collect(0, Parts, S, N, Acc, Done) ->
    Node = list_to_tuple(Acc),
    case Parts of
        [] when Done =:= [] -> {Node, N, S * 10};
        [] -> collect(N, lists:reverse([Node | Done]), S * 10);
        _ -> collect(10, Parts, S, N, [S], [Node | Done])
    end;
collect(Free, [Gap | Parts], S, N, Acc, Done) when is_integer(Gap) ->
    Whole = Gap div S,
    if
        Whole < Free ->
            collect(Free - Whole, Parts, S, N, empties(Whole, S, Acc), Done);
        Free =:= 10 ->
            Some = Whole rem 10,
            collect(Free - Some, Parts, S, N, empties(Some, S, Acc), [Gap | Done]);
        Whole =:= Free ->
            collect(0, Parts, S, N, empties(Free, S, Acc), Done);
        true ->
            collect(0, [(Whole - Free) * S | Parts], S, N, empties(Free, S, Acc), Done)
    end;
collect(Free, [Tree | Parts], S, N, Acc, Done) ->
    collect(Free - 1, Parts, S, N, [Tree | Acc], Done);
collect(10, [], S, N, [_], Done) ->
    collect(N, lists:reverse(Done), S * 10).

empties(0, _, Acc) -> Acc;
empties(K, S, Acc) -> empties(K - 1, S, [S | Acc]).
