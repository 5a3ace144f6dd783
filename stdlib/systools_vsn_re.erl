%% systools_vsn_re: the regular expressions an .appup may give instead of
%% a version (`<<"1\\.0\\.[0-9]+">>`). OTP 25 runs
%% re:run(Vsn, Pattern, [unicode, {capture, first, list}]) and accepts the
%% version when the first match is all of it; ferl has no `re` module, so
%% this is a small backtracking matcher with PCRE's order of preference
%% (leftmost, then greedy/lazy quantifiers, then alternatives in order).
%%
%% Supported: literals, `.`, `\d \D \w \W \s \S` and escaped punctuation,
%% classes `[a-z]`, `[^...]`, groups `(...)` and `(?:...)`, `|`,
%% `* + ? {n} {n,} {n,m}` with a lazy `?` suffix, `^` and `$`.
%% Not supported (the pattern then matches nothing): look-around,
%% back references, named classes such as `[:digit:]`, options.
-module(systools_vsn_re).

-export([whole_match/2]).

%% Whether the first match of Pattern in Vsn is all of Vsn.
-spec whole_match(string(), binary()) -> boolean().
whole_match(Vsn, Pattern) ->
    case catch parse(unicode:characters_to_list(Pattern)) of
        {ok, Re} ->
            %% The leftmost match starts at 0 whenever one does, and a match
            %% starting later cannot be all of Vsn.
            match(Re, Vsn, fun(Rest) -> {found, Rest} end) =:= {found, []};
        _ ->
            false
    end.

%%--------------------------------------------------------------------------
%% Parsing: alt = [seq], seq = [{Atom, Min, Max, Greedy}]
%%--------------------------------------------------------------------------

parse(Chars) ->
    case alt(Chars) of
        {Re, []} -> {ok, Re};
        _ -> error
    end.

alt(Chars) ->
    {Seq, Rest} = seq(Chars, []),
    case Rest of
        [$| | More] ->
            {{alt, Seqs}, Rest1} = alt(More),
            {{alt, [Seq | Seqs]}, Rest1};
        _ ->
            {{alt, [Seq]}, Rest}
    end.

seq([C | _] = Chars, Acc) when C =/= $|, C =/= $) ->
    {Atom, Rest} = atom(Chars),
    {Piece, Rest1} = quantifier(Atom, Rest),
    seq(Rest1, [Piece | Acc]);
seq(Chars, Acc) ->
    {lists:reverse(Acc), Chars}.

atom([$( , $?, $: | Rest]) -> group(Rest);
atom([$( | Rest]) -> group(Rest);
atom([$[, $^ | Rest]) -> class(Rest, true);
atom([$[ | Rest]) -> class(Rest, false);
atom([$. | Rest]) -> {any, Rest};
atom([$^ | Rest]) -> {bol, Rest};
atom([$$ | Rest]) -> {eol, Rest};
atom([$\\, C | Rest]) -> {escape(C), Rest};
atom([C | Rest]) when C =/= $*, C =/= $+, C =/= $?, C =/= ${ -> {{char, C}, Rest}.

group(Chars) ->
    {Alt, [$) | Rest]} = alt(Chars),
    {{group, Alt}, Rest}.

escape($d) -> {class, false, [{range, $0, $9}]};
escape($D) -> {class, true, [{range, $0, $9}]};
escape($w) -> {class, false, word()};
escape($W) -> {class, true, word()};
escape($s) -> {class, false, [{char, C} || C <- " \t\n\r\f\v"]};
escape($S) -> {class, true, [{char, C} || C <- " \t\n\r\f\v"]};
escape(C) when not (C >= $a andalso C =< $z), not (C >= $A andalso C =< $Z),
                not (C >= $0 andalso C =< $9) -> {char, C}.

word() -> [{range, $a, $z}, {range, $A, $Z}, {range, $0, $9}, {char, $_}].

%% A `]` right after `[` or `[^` is a literal.
class([$] | Rest], Neg) -> class_items(Rest, Neg, [{char, $]}]);
class(Rest, Neg) -> class_items(Rest, Neg, []).

class_items([$] | Rest], Neg, Acc) -> {{class, Neg, Acc}, Rest};
class_items([$\\, C | Rest], Neg, Acc) ->
    Items = case escape(C) of
                {class, false, Is} -> Is;
                {char, Ch} -> [{char, Ch}]
            end,
    class_items(Rest, Neg, Items ++ Acc);
class_items([A, $-, B | Rest], Neg, Acc) when B =/= $] -> class_items(Rest, Neg, [{range, A, B} | Acc]);
class_items([C | Rest], Neg, Acc) -> class_items(Rest, Neg, [{char, C} | Acc]).

quantifier(Atom, [$* | Rest]) -> lazy(Atom, 0, infinity, Rest);
quantifier(Atom, [$+ | Rest]) -> lazy(Atom, 1, infinity, Rest);
quantifier(Atom, [$? | Rest]) -> lazy(Atom, 0, 1, Rest);
quantifier(Atom, [${ | Rest] = Chars) ->
    case counts(Rest) of
        {Min, Max, Rest1} -> lazy(Atom, Min, Max, Rest1);
        error -> {{{char, ${}, 1, 1, true}, tl(Chars)}
    end;
quantifier(Atom, Rest) -> {{Atom, 1, 1, true}, Rest}.

lazy(Atom, Min, Max, [$? | Rest]) -> {{Atom, Min, Max, false}, Rest};
lazy(Atom, Min, Max, Rest) -> {{Atom, Min, Max, true}, Rest}.

counts(Chars) ->
    case string:to_integer(Chars) of
        {Min, [$} | Rest]} when is_integer(Min) -> {Min, Min, Rest};
        {Min, [$,, $} | Rest]} when is_integer(Min) -> {Min, infinity, Rest};
        {Min, [$, | More]} when is_integer(Min) ->
            case string:to_integer(More) of
                {Max, [$} | Rest]} when is_integer(Max) -> {Min, Max, Rest};
                _ -> error
            end;
        _ -> error
    end.

%%--------------------------------------------------------------------------
%% Matching: K(Rest) is tried for each way of matching, in PCRE's order;
%% the first {found, _} wins.
%%--------------------------------------------------------------------------

match({alt, Seqs}, Str, K) ->
    first(fun(Seq) -> seq_match(Seq, Str, K) end, Seqs).

seq_match([], Str, K) -> K(Str);
seq_match([{Atom, Min, Max, Greedy} | Pieces], Str, K) ->
    repeat(Atom, Min, Max, Greedy, Str, fun(Rest) -> seq_match(Pieces, Rest, K) end).

repeat(Atom, Min, Max, Greedy, Str, K) when Min > 0 ->
    one(Atom, Str, fun(Rest) -> repeat(Atom, Min - 1, dec(Max), Greedy, Rest, K) end);
repeat(_Atom, 0, 0, _Greedy, Str, K) ->
    K(Str);
repeat(Atom, 0, Max, Greedy, Str, K) ->
    More = fun() ->
                   one(Atom, Str, fun(Rest) when Rest =:= Str -> false;
                                     (Rest) -> repeat(Atom, 0, dec(Max), Greedy, Rest, K)
                                  end)
           end,
    case Greedy of
        true -> either(More, fun() -> K(Str) end);
        false -> either(fun() -> K(Str) end, More)
    end.

dec(infinity) -> infinity;
dec(N) -> N - 1.

either(F, G) ->
    case F() of
        false -> G();
        Found -> Found
    end.

first(F, [X | Xs]) -> either(fun() -> F(X) end, fun() -> first(F, Xs) end);
first(_F, []) -> false.

one({group, Alt}, Str, K) -> match(Alt, Str, K);
one(bol, Str, K) -> K(Str);
one(eol, [], K) -> K([]);
one(eol, _, _K) -> false;
one(_Atom, [], _K) -> false;
one(any, [C | Rest], K) when C =/= $\n -> K(Rest);
one({char, C}, [C | Rest], K) -> K(Rest);
one({class, Neg, Items}, [C | Rest], K) ->
    case in_class(C, Items) =/= Neg of
        true -> K(Rest);
        false -> false
    end;
one(_Atom, _Str, _K) -> false.

in_class(C, Items) ->
    lists:any(fun({char, X}) -> C =:= X;
                 ({range, A, B}) -> C >= A andalso C =< B
              end, Items).
