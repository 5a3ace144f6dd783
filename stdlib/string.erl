%% string: ferl's implementation of the OTP `string' module.
%%
%% This module owns string handling for both APIs of OTP 25's `string':
%%
%%  * the Unicode API working on chardata (lists of code points,
%%    binaries, or mixes of them): length, slice, pad, trim, take,
%%    split, replace, find, lexemes, case conversion, to_integer, ...
%%    A binary argument gives binary results, as in OTP; a flat list
%%    gives list results equal to OTP's.  Other chardata (deep lists,
%%    lists with binaries) is first flattened to a list of code points,
%%    so results are equal as text but may be shaped differently.
%%
%%  * the old list-only API (len, chr, str, substr, tokens, strip,
%%    left, right, centre, words, to_upper, ...).
%%
%% Grapheme clusters are simplified: every code point is a cluster of
%% its own except CR LF, which is one cluster (so a letter followed by a
%% combining mark counts as two).  Case mapping follows Unicode's full
%% mappings (as OTP 25 does); the tables at the end were generated from
%% OTP's results.  Unicode normalisation forms (equal/4) are not
%% implemented: the text is compared as it is.

-module(string).

-compile({no_auto_import, [length/1]}).

%% Unicode API
-export([casefold/1, chomp/1, equal/2, equal/3, equal/4, find/2, find/3,
         is_empty/1, length/1, lexemes/2, lowercase/1, next_codepoint/1,
         next_grapheme/1, nth_lexeme/3, pad/2, pad/3, pad/4, prefix/2,
         replace/3, replace/4, reverse/1, slice/2, slice/3, split/2,
         split/3, take/2, take/3, take/4, titlecase/1, to_float/1,
         to_graphemes/1, to_integer/1, trim/1, trim/2, trim/3,
         uppercase/1]).

%% Old list-only API
-export([centre/2, centre/3, chars/2, chars/3, chr/2, concat/2,
         copies/2, cspan/2, join/2, left/2, left/3, len/1,
         list_to_float/1, list_to_integer/1, rchr/2, right/2, right/3,
         rstr/2, span/2, str/2, strip/1, strip/2, strip/3, sub_string/2,
         sub_string/3, sub_word/2, sub_word/3, substr/2, substr/3,
         to_lower/1, to_upper/1, tokens/2, words/1, words/2]).

-export_type([direction/0, grapheme_cluster/0]).

-type grapheme_cluster() :: char() | [char()].
-type direction() :: 'leading' | 'trailing'.

-define(CR, 13).
-define(LF, 10).

%% What unicode_util:whitespace() gives in OTP.
-define(WHITESPACE, [[?CR, ?LF], 9, 10, 11, 12, 13, 32, 133, 8206, 8207,
                     8232, 8233]).

%%% =====================================================================
%%% Unicode API
%%% =====================================================================

-spec length(String :: unicode:chardata()) -> non_neg_integer().
length(Str) -> count_gcs(cps(Str), 0).

count_gcs([?CR, ?LF | T], N) -> count_gcs(T, N + 1);
count_gcs([_ | T], N) -> count_gcs(T, N + 1);
count_gcs([], N) -> N.

-spec is_empty(String :: unicode:chardata()) -> boolean().
is_empty([]) -> true;
is_empty(<<>>) -> true;
is_empty([L | R]) -> is_empty(L) andalso is_empty(R);
is_empty(_) -> false.

-spec equal(A, B) -> boolean() when
      A :: unicode:chardata(), B :: unicode:chardata().
equal(A, B) when is_binary(A), is_binary(B) -> A =:= B;
equal(A, B) -> cps(A) =:= cps(B).

-spec equal(A, B, IgnoreCase) -> boolean() when
      A :: unicode:chardata(), B :: unicode:chardata(),
      IgnoreCase :: boolean().
equal(A, B, false) -> equal(A, B);
equal(A, B, true) -> fold_cps(cps(A)) =:= fold_cps(cps(B)).

-spec equal(A, B, IgnoreCase, Norm) -> boolean() when
      A :: unicode:chardata(), B :: unicode:chardata(),
      IgnoreCase :: boolean(), Norm :: 'none' | 'nfc' | 'nfd' | 'nfkc' | 'nfkd'.
equal(A, B, IgnoreCase, Norm)
  when Norm =:= none; Norm =:= nfc; Norm =:= nfd; Norm =:= nfkc;
       Norm =:= nfkd ->
    %% Normalisation is not implemented; precomposed text compares as is.
    equal(A, B, IgnoreCase).

-spec reverse(String :: unicode:chardata()) -> [grapheme_cluster()].
reverse(Str) -> lists:reverse(gcs(cps(Str))).

-spec to_graphemes(String :: unicode:chardata()) -> [grapheme_cluster()].
to_graphemes(Str) -> gcs(cps(Str)).

-spec next_grapheme(String :: unicode:chardata()) ->
          maybe_improper_list(grapheme_cluster(), unicode:chardata()) |
          {error, unicode:chardata()}.
next_grapheme(Str) ->
    case safe_cps(Str) of
        error -> {error, Str};
        [] -> [];
        [?CR, ?LF | Rest] -> [[?CR, ?LF] | out(Str, Rest)];
        [C | Rest] -> [C | out(Str, Rest)]
    end.

-spec next_codepoint(String :: unicode:chardata()) ->
          maybe_improper_list(char(), unicode:chardata()) |
          {error, unicode:chardata()}.
next_codepoint(Str) ->
    case safe_cps(Str) of
        error -> {error, Str};
        [] -> [];
        [C | Rest] -> [C | out(Str, Rest)]
    end.

-spec slice(String, Start) -> Slice when
      String :: unicode:chardata(), Start :: non_neg_integer(),
      Slice :: unicode:chardata().
slice(Str, Start) when is_integer(Start), Start >= 0 ->
    out(Str, drop_gcs(Start, cps(Str))).

-spec slice(String, Start, Length) -> Slice when
      String :: unicode:chardata(), Start :: non_neg_integer(),
      Length :: 'infinity' | non_neg_integer(),
      Slice :: unicode:chardata().
slice(Str, Start, infinity) ->
    slice(Str, Start);
slice(Str, Start, Len)
  when is_integer(Start), Start >= 0, is_integer(Len), Len >= 0 ->
    out(Str, take_gcs(Len, drop_gcs(Start, cps(Str)))).

drop_gcs(0, L) -> L;
drop_gcs(N, [?CR, ?LF | T]) -> drop_gcs(N - 1, T);
drop_gcs(N, [_ | T]) -> drop_gcs(N - 1, T);
drop_gcs(_, []) -> [].

take_gcs(0, _) -> [];
take_gcs(N, [?CR, ?LF | T]) -> [?CR, ?LF | take_gcs(N - 1, T)];
take_gcs(N, [C | T]) -> [C | take_gcs(N - 1, T)];
take_gcs(_, []) -> [].

-spec pad(String, Length) -> unicode:charlist() when
      String :: unicode:chardata(), Length :: integer().
pad(Str, Len) -> pad(Str, Len, trailing, $\s).

-spec pad(String, Length, Dir) -> unicode:charlist() when
      String :: unicode:chardata(), Length :: integer(),
      Dir :: direction() | 'both'.
pad(Str, Len, Dir) -> pad(Str, Len, Dir, $\s).

-spec pad(String, Length, Dir, Char) -> unicode:charlist() when
      String :: unicode:chardata(), Length :: integer(),
      Dir :: direction() | 'both', Char :: grapheme_cluster().
pad(Str, Len, Dir, Char) when is_integer(Len) ->
    N = erlang:max(0, Len - length(Str)),
    case Dir of
        trailing -> [Str | lists:duplicate(N, Char)];
        leading -> [lists:duplicate(N, Char), Str];
        both ->
            Side = lists:duplicate(N div 2, Char),
            Extra = case N rem 2 of 1 -> [Char]; 0 -> [] end,
            [Side, Str, Side | Extra]
    end.

-spec trim(String) -> unicode:chardata() when String :: unicode:chardata().
trim(Str) -> trim(Str, both, ?WHITESPACE).

-spec trim(String, Dir) -> unicode:chardata() when
      String :: unicode:chardata(), Dir :: direction() | 'both'.
trim(Str, Dir) -> trim(Str, Dir, ?WHITESPACE).

-spec trim(String, Dir, Characters) -> unicode:chardata() when
      String :: unicode:chardata(), Dir :: direction() | 'both',
      Characters :: [grapheme_cluster()].
trim(Str, leading, Seps) when is_list(Seps) ->
    out(Str, trim_lead(cps(Str), sep_set(Seps)));
trim(Str, trailing, Seps) when is_list(Seps) ->
    out(Str, trim_trail(cps(Str), sep_set(Seps)));
trim(Str, both, Seps) when is_list(Seps) ->
    Set = sep_set(Seps),
    out(Str, trim_trail(trim_lead(cps(Str), Set), Set)).

trim_lead(L, Set) ->
    case unit(L, Set) of
        {true, _, Rest} -> trim_lead(Rest, Set);
        _ -> L
    end.

%% Drop the run of separators that reaches the end of the text.
trim_trail(L, Set) ->
    {Kept, _Run} = split_trailing_run(L, Set, true),
    Kept.

%% Split the text into {Before, Run} where Run is the longest stretch
%% at the end made only of units for which is_sep =:= Want.
split_trailing_run(L, Set, Want) ->
    trail_scan(L, Set, Want, [], 0).

trail_scan(L, Set, Want, Acc, RunLen) ->
    case unit(L, Set) of
        none ->
            {Run, Before} = lists:split(RunLen, Acc),
            {flat_units(lists:reverse(Before)), flat_units(lists:reverse(Run))};
        {Want, U, Rest} ->
            trail_scan(Rest, Set, Want, [U | Acc], RunLen + 1);
        {_, U, Rest} ->
            trail_scan(Rest, Set, Want, [U | Acc], 0)
    end.

-spec take(String, Characters) -> {Leading, Trailing} when
      String :: unicode:chardata(), Characters :: [grapheme_cluster()],
      Leading :: unicode:chardata(), Trailing :: unicode:chardata().
take(Str, Seps) -> take(Str, Seps, false, leading).

-spec take(String, Characters, Complement) -> {Leading, Trailing} when
      String :: unicode:chardata(), Characters :: [grapheme_cluster()],
      Complement :: boolean(), Leading :: unicode:chardata(),
      Trailing :: unicode:chardata().
take(Str, Seps, Complement) -> take(Str, Seps, Complement, leading).

-spec take(String, Characters, Complement, Dir) -> {Leading, Trailing} when
      String :: unicode:chardata(), Characters :: [grapheme_cluster()],
      Complement :: boolean(), Dir :: direction(),
      Leading :: unicode:chardata(), Trailing :: unicode:chardata().
take(Str, Seps, Complement, leading)
  when is_list(Seps), is_boolean(Complement) ->
    {Taken, Rest} = take_lead(cps(Str), sep_set(Seps), not Complement, []),
    {out(Str, Taken), out(Str, Rest)};
take(Str, Seps, Complement, trailing)
  when is_list(Seps), is_boolean(Complement) ->
    %% OTP looks at whole grapheme clusters when taking the complement
    %% from the end of a list, and at separator-led units otherwise.
    Set = case Complement andalso not is_binary(Str) of
              true -> {Seps, all};
              false -> sep_set(Seps)
          end,
    {Before, Run} = split_trailing_run(cps(Str), Set, not Complement),
    {out(Str, Before), out(Str, Run)}.

take_lead(L, Set, Want, Acc) ->
    case unit(L, Set) of
        {Want, U, Rest} -> take_lead(Rest, Set, Want, [U | Acc]);
        _ -> {flat_units(lists:reverse(Acc)), L}
    end.

-spec chomp(String :: unicode:chardata()) -> unicode:chardata().
chomp(Str) -> trim(Str, trailing, [[?CR, ?LF], ?LF]).

-spec lexemes(String, SeparatorList) -> [unicode:chardata()] when
      String :: unicode:chardata(), SeparatorList :: [grapheme_cluster()].
lexemes(Str, Seps) when is_list(Seps) ->
    [out(Str, Lex) || Lex <- lexemes_1(cps(Str), sep_set(Seps), [], [])].

lexemes_1(L, Set, Cur, Acc) ->
    case unit(L, Set) of
        none -> lists:reverse(add_lexeme(Cur, Acc));
        {true, _, Rest} -> lexemes_1(Rest, Set, [], add_lexeme(Cur, Acc));
        {false, U, Rest} -> lexemes_1(Rest, Set, [U | Cur], Acc)
    end.

add_lexeme([], Acc) -> Acc;
add_lexeme(Cur, Acc) -> [flat_units(lists:reverse(Cur)) | Acc].

-spec nth_lexeme(String, N, SeparatorList) -> unicode:chardata() when
      String :: unicode:chardata(), N :: non_neg_integer(),
      SeparatorList :: [grapheme_cluster()].
nth_lexeme(Str, N, Seps) when is_integer(N), N > 0, is_list(Seps) ->
    out(Str, nth_or_empty(N, lexemes_1(cps(Str), sep_set(Seps), [], []))).

nth_or_empty(1, [Lex | _]) -> Lex;
nth_or_empty(N, [_ | T]) -> nth_or_empty(N - 1, T);
nth_or_empty(_, []) -> [].

%%% Separator sets.  A separator is a grapheme cluster.  While scanning,
%%% a code point that cannot start any separator is a unit of its own
%%% (so the LF of a CR LF pair can still match "\n"), otherwise the
%%% whole cluster at that point is the unit and is tested.

sep_set(Seps) ->
    {Seps, [first_cp(S) || S <- Seps]}.

first_cp([C | _]) -> C;
first_cp(C) -> C.

%% unit(Text, Set) -> none | {IsSep, Unit, Rest}
unit([], _Set) -> none;
unit([C | T] = L, {Seps, Firsts}) ->
    case Firsts =:= all orelse lists:member(C, Firsts) of
        false ->
            {false, C, T};
        true ->
            {G, Rest} = gc1(L),
            {lists:member(G, Seps), G, Rest}
    end.

gc1([?CR, ?LF | T]) -> {[?CR, ?LF], T};
gc1([C | T]) -> {C, T}.

flat_units([[A, B] | T]) -> [A, B | flat_units(T)];
flat_units([C | T]) -> [C | flat_units(T)];
flat_units([]) -> [].

%%% Searching.  A match must agree code point by code point and must
%%% not end inside a CR LF pair.

-spec prefix(String, Prefix) -> 'nomatch' | unicode:chardata() when
      String :: unicode:chardata(), Prefix :: unicode:chardata().
prefix(Str, Prefix) ->
    case cps(Prefix) of
        [] -> Str;
        Pat ->
            case match_here(cps(Str), Pat) of
                {match, Rest} -> out(Str, Rest);
                nomatch -> nomatch
            end
    end.

match_here([C | T], [C | P]) -> match_here(T, P, C);
match_here(_, _) -> nomatch.

match_here([C | T], [C | P], _Last) -> match_here(T, P, C);
match_here([?LF | _], [], ?CR) -> nomatch;
match_here(Rest, [], _Last) -> {match, Rest};
match_here(_, _, _) -> nomatch.

%% All valid match positions as {Before (reversed), After}.
first_match(L, Pat) -> first_match(L, Pat, []).

first_match([], _Pat, _Before) -> nomatch;
first_match([C | T] = L, Pat, Before) ->
    case match_here(L, Pat) of
        {match, Rest} -> {lists:reverse(Before), L, Rest};
        nomatch -> first_match(T, Pat, [C | Before])
    end.

last_match(L, Pat) -> last_match(L, Pat, [], nomatch).

last_match([], _Pat, _Before, Found) -> Found;
last_match([C | T] = L, Pat, Before, Found) ->
    case match_here(L, Pat) of
        {match, Rest} ->
            last_match(T, Pat, [C | Before], {Before, L, Rest});
        nomatch ->
            last_match(T, Pat, [C | Before], Found)
    end.

-spec find(String, SearchPattern) -> unicode:chardata() | 'nomatch' when
      String :: unicode:chardata(), SearchPattern :: unicode:chardata().
find(Str, Pattern) -> find(Str, Pattern, leading).

-spec find(String, SearchPattern, Dir) -> unicode:chardata() | 'nomatch' when
      String :: unicode:chardata(), SearchPattern :: unicode:chardata(),
      Dir :: direction().
find(Str, Pattern, Dir) when Dir =:= leading; Dir =:= trailing ->
    case cps(Pattern) of
        [] -> Str;
        Pat ->
            Found = case Dir of
                        leading -> first_match(cps(Str), Pat);
                        trailing -> last_match(cps(Str), Pat)
                    end,
            case Found of
                nomatch -> nomatch;
                {_Before, At, _After} -> out(Str, At)
            end
    end.

-spec split(String, SearchPattern) -> [unicode:chardata()] when
      String :: unicode:chardata(), SearchPattern :: unicode:chardata().
split(Str, Pattern) -> split(Str, Pattern, leading).

-spec split(String, SearchPattern, Where) -> [unicode:chardata()] when
      String :: unicode:chardata(), SearchPattern :: unicode:chardata(),
      Where :: direction() | 'all'.
split(Str, Pattern, Where)
  when Where =:= leading; Where =:= trailing; Where =:= all ->
    case cps(Pattern) of
        [] -> [Str];
        Pat ->
            L = cps(Str),
            case Where of
                leading -> split_once(Str, first_match(L, Pat));
                trailing ->
                    case last_match(L, Pat) of
                        nomatch -> [Str];
                        {RevBefore, At, After} ->
                            split_once(Str, {lists:reverse(RevBefore), At, After})
                    end;
                all ->
                    case first_match(L, Pat) of
                        nomatch -> [Str];
                        Found -> [out(Str, P) || P <- split_all(Found, Pat)]
                    end
            end
    end.

split_once(Str, nomatch) -> [Str];
split_once(Str, {Before, _At, After}) -> [out(Str, Before), out(Str, After)].

split_all({Before, _At, After}, Pat) ->
    [Before | case first_match(After, Pat) of
                  nomatch -> [After];
                  Next -> split_all(Next, Pat)
              end].

-spec replace(String, SearchPattern, Replacement) -> [unicode:chardata()] when
      String :: unicode:chardata(), SearchPattern :: unicode:chardata(),
      Replacement :: unicode:chardata().
replace(Str, Pattern, Replacement) ->
    replace(Str, Pattern, Replacement, leading).

-spec replace(String, SearchPattern, Replacement, Where) ->
          [unicode:chardata()] when
      String :: unicode:chardata(), SearchPattern :: unicode:chardata(),
      Replacement :: unicode:chardata(), Where :: direction() | 'all'.
replace(Str, Pattern, Replacement, Where) ->
    lists:join(Replacement, split(Str, Pattern, Where)).

%%% Case conversion

-spec uppercase(String :: unicode:chardata()) -> unicode:chardata().
uppercase(Str) -> out(Str, map_cps(fun cp_upper/1, cps(Str))).

-spec lowercase(String :: unicode:chardata()) -> unicode:chardata().
lowercase(Str) -> out(Str, map_cps(fun cp_lower/1, cps(Str))).

-spec casefold(String :: unicode:chardata()) -> unicode:chardata().
casefold(Str) -> out(Str, fold_cps(cps(Str))).

-spec titlecase(String :: unicode:chardata()) -> unicode:chardata().
titlecase(Str) ->
    case cps(Str) of
        [?CR, ?LF | _] -> Str;
        [C | Rest] -> out(Str, map_cps(fun cp_title/1, [C]) ++ Rest);
        [] -> Str
    end.

fold_cps(L) -> map_cps(fun cp_fold/1, L).

map_cps(F, [C | T]) ->
    case F(C) of
        M when is_integer(M) -> [M | map_cps(F, T)];
        Ms -> Ms ++ map_cps(F, T)
    end;
map_cps(_F, []) -> [].

%%% Numbers

-spec to_integer(String) -> {Int, Rest} | {'error', Reason} when
      String :: unicode:chardata(), Int :: integer(),
      Rest :: unicode:chardata(), Reason :: 'no_integer' | 'badarg'.
to_integer(Str) ->
    case safe_cps(Str) of
        error -> {error, badarg};
        L ->
            case parse_integer(L) of
                {Int, Rest} -> {Int, out(Str, Rest)};
                error -> {error, no_integer}
            end
    end.

-spec to_float(String) -> {Float, Rest} | {'error', Reason} when
      String :: unicode:chardata(), Float :: float(),
      Rest :: unicode:chardata(), Reason :: 'no_float' | 'badarg'.
to_float(Str) ->
    case safe_cps(Str) of
        error -> {error, badarg};
        L ->
            case parse_float(L) of
                {Float, Rest} -> {Float, out(Str, Rest)};
                error -> {error, no_float}
            end
    end.

parse_integer([$- | T]) -> parse_integer_1(T, "-");
parse_integer([$+ | T]) -> parse_integer_1(T, "");
parse_integer(L) -> parse_integer_1(L, "").

parse_integer_1(L, Sign) ->
    case digits(L) of
        {[], _} -> error;
        {Ds, Rest} -> {erlang:list_to_integer(Sign ++ Ds), Rest}
    end.

parse_float([$- | T]) -> parse_float_1(T, "-");
parse_float([$+ | T]) -> parse_float_1(T, "");
parse_float(L) -> parse_float_1(L, "").

parse_float_1(L, Sign) ->
    case digits(L) of
        {[_ | _] = Int, [Dot | AfterDot]} when Dot =:= $.; Dot =:= $, ->
            case digits(AfterDot) of
                {[], _} ->
                    error;
                {Frac, Rest} ->
                    {Exp, Rest1} = exponent(Rest),
                    Text = Sign ++ Int ++ "." ++ Frac ++ Exp,
                    try erlang:list_to_float(Text) of
                        F -> {F, Rest1}
                    catch
                        error:badarg -> error    % out of range
                    end
            end;
        _ ->
            error
    end.

exponent([E | T] = L) when E =:= $e; E =:= $E ->
    {Sign, T1} = case T of
                     [$- | R] -> {"-", R};
                     [$+ | R] -> {"+", R};
                     R -> {"", R}
                 end,
    case digits(T1) of
        {[], _} -> {"", L};
        {Ds, Rest} -> {"e" ++ Sign ++ Ds, Rest}
    end;
exponent(L) -> {"", L}.

digits(L) -> lists:splitwith(fun(C) -> C >= $0 andalso C =< $9 end, L).

%%% =====================================================================
%%% Chardata helpers
%%% =====================================================================

%% The text as a flat list of code points (badarg if it is not chardata).
cps(Str) ->
    case safe_cps(Str) of
        error -> erlang:error(badarg, [Str]);
        L -> L
    end.

safe_cps(Str) when is_list(Str) ->
    case is_flat(Str) of
        true -> Str;
        false -> convert(Str)
    end;
safe_cps(Str) when is_binary(Str) -> convert(Str);
safe_cps(_) -> error.

convert(Str) ->
    try unicode:characters_to_list(Str) of
        L when is_list(L) -> L;
        _ -> error
    catch
        _:_ -> error
    end.

is_flat([C | T]) when is_integer(C), C >= 0, C =< 16#10FFFF -> is_flat(T);
is_flat([]) -> true;
is_flat(_) -> false.

%% Give a result in the same kind as the argument it came from.
out(Orig, L) when is_binary(Orig) -> unicode:characters_to_binary(L);
out(_Orig, L) -> L.

gcs([?CR, ?LF | T]) -> [[?CR, ?LF] | gcs(T)];
gcs([C | T]) -> [C | gcs(T)];
gcs([]) -> [].

%%% =====================================================================
%%% Old list-only API
%%% =====================================================================

-spec len(String) -> Length when
      String :: string(), Length :: non_neg_integer().
len(S) -> erlang:length(S).

-spec concat(String1, String2) -> String3 when
      String1 :: string(), String2 :: string(), String3 :: string().
concat(S1, S2) -> S1 ++ S2.

-spec chr(String, Character) -> Index when
      String :: string(), Character :: char(), Index :: non_neg_integer().
chr(S, C) when is_integer(C) -> chr_1(S, C, 1).

chr_1([C | _], C, I) -> I;
chr_1([_ | T], C, I) -> chr_1(T, C, I + 1);
chr_1([], _C, _I) -> 0.

-spec rchr(String, Character) -> Index when
      String :: string(), Character :: char(), Index :: non_neg_integer().
rchr(S, C) when is_integer(C) -> rchr_1(S, C, 1, 0).

rchr_1([C | T], C, I, _Last) -> rchr_1(T, C, I + 1, I);
rchr_1([_ | T], C, I, Last) -> rchr_1(T, C, I + 1, Last);
rchr_1([], _C, _I, Last) -> Last.

-spec str(String, SubString) -> Index when
      String :: string(), SubString :: string(),
      Index :: non_neg_integer().
str(S, [C | Sub]) when is_integer(C) -> str_1(S, C, Sub, 1);
str(_S, []) -> 0.

str_1([C | T], C, Sub, I) ->
    case lists:prefix(Sub, T) of
        true -> I;
        false -> str_1(T, C, Sub, I + 1)
    end;
str_1([_ | T], C, Sub, I) -> str_1(T, C, Sub, I + 1);
str_1([], _C, _Sub, _I) -> 0.

-spec rstr(String, SubString) -> Index when
      String :: string(), SubString :: string(),
      Index :: non_neg_integer().
rstr(S, [C | Sub]) when is_integer(C) -> rstr_1(S, C, Sub, 1, 0);
rstr(_S, []) -> 0.

rstr_1([C | T], C, Sub, I, Last) ->
    case lists:prefix(Sub, T) of
        true -> rstr_1(T, C, Sub, I + 1, I);
        false -> rstr_1(T, C, Sub, I + 1, Last)
    end;
rstr_1([_ | T], C, Sub, I, Last) -> rstr_1(T, C, Sub, I + 1, Last);
rstr_1([], _C, _Sub, _I, Last) -> Last.

-spec span(String, Chars) -> Length when
      String :: string(), Chars :: string(), Length :: non_neg_integer().
span(S, Cs) when is_list(Cs) -> span_1(S, Cs, 0).

span_1([C | T], Cs, N) ->
    case lists:member(C, Cs) of
        true -> span_1(T, Cs, N + 1);
        false -> N
    end;
span_1([], _Cs, N) -> N.

-spec cspan(String, Chars) -> Length when
      String :: string(), Chars :: string(), Length :: non_neg_integer().
cspan(S, Cs) when is_list(Cs) -> cspan_1(S, Cs, 0).

cspan_1([C | T], Cs, N) ->
    case lists:member(C, Cs) of
        true -> N;
        false -> cspan_1(T, Cs, N + 1)
    end;
cspan_1([], _Cs, N) -> N.

-spec substr(String, Start) -> SubString when
      String :: string(), SubString :: string(), Start :: pos_integer().
substr(S, 1) -> S;
substr([_ | T], Start) when is_integer(Start), Start > 1 ->
    substr(T, Start - 1).

-spec substr(String, Start, Length) -> SubString when
      String :: string(), SubString :: string(), Start :: pos_integer(),
      Length :: non_neg_integer().
substr(S, Start, Len) when is_integer(Start), Start >= 1,
                           is_integer(Len), Len >= 0 ->
    lists:sublist(substr(S, Start), Len).

-spec sub_string(String, Start) -> SubString when
      String :: string(), SubString :: string(), Start :: pos_integer().
sub_string(S, Start) -> substr(S, Start).

-spec sub_string(String, Start, Stop) -> SubString when
      String :: string(), SubString :: string(), Start :: pos_integer(),
      Stop :: pos_integer().
sub_string(S, Start, Stop) -> substr(S, Start, Stop - Start + 1).

-spec tokens(String, SeparatorList) -> Tokens when
      String :: string(), SeparatorList :: string(), Tokens :: [Token :: nonempty_string()].
%% As OTP 25: the string is walked from its end (so a non-list fails in
%% lists:reverse/1, called from tokens/2's line 1934 or 1936), each token
%% built in order.
-file("string.erl", 1925).
tokens(S, Seps) ->
    case Seps of
        [] ->
            case S of
                [] -> [];
                [_ | _] -> [S]
            end;
        [C] ->
            tokens_single_1(lists:reverse(S), C, []);
        [_ | _] ->
            tokens_multiple_1(lists:reverse(S), Seps, [])
    end.

tokens_single_1([Sep | S], Sep, Toks) -> tokens_single_1(S, Sep, Toks);
tokens_single_1([C | S], Sep, Toks) -> tokens_single_2(S, Sep, Toks, [C]);
tokens_single_1([], _Sep, Toks) -> Toks.

tokens_single_2([Sep | S], Sep, Toks, Tok) -> tokens_single_1(S, Sep, [Tok | Toks]);
tokens_single_2([C | S], Sep, Toks, Tok) -> tokens_single_2(S, Sep, Toks, [C | Tok]);
tokens_single_2([], _Sep, Toks, Tok) -> [Tok | Toks].

tokens_multiple_1([C | S], Seps, Toks) ->
    case lists:member(C, Seps) of
        true -> tokens_multiple_1(S, Seps, Toks);
        false -> tokens_multiple_2(S, Seps, Toks, [C])
    end;
tokens_multiple_1([], _Seps, Toks) -> Toks.

tokens_multiple_2([C | S], Seps, Toks, Tok) ->
    case lists:member(C, Seps) of
        true -> tokens_multiple_1(S, Seps, [Tok | Toks]);
        false -> tokens_multiple_2(S, Seps, Toks, [C | Tok])
    end;
tokens_multiple_2([], _Seps, Toks, Tok) -> [Tok | Toks].

-spec chars(Character, Number) -> String when
      Character :: char(), Number :: non_neg_integer(), String :: string().
chars(C, N) -> chars(C, N, []).

-spec chars(Character, Number, Tail) -> String when
      Character :: char(), Number :: non_neg_integer(), Tail :: string(),
      String :: string().
chars(C, N, Tail) when is_integer(N), N >= 0 -> chars_1(C, N, Tail).

chars_1(_C, 0, Tail) -> Tail;
chars_1(C, N, Tail) -> chars_1(C, N - 1, [C | Tail]).

-spec copies(String, Number) -> Copies when
      String :: string(), Copies :: string(), Number :: non_neg_integer().
copies(S, N) when is_integer(N), N >= 0 -> copies_1(S, N, []).

copies_1(_S, 0, Acc) -> Acc;
copies_1(S, N, Acc) -> copies_1(S, N - 1, S ++ Acc).

-spec words(String) -> Count when
      String :: string(), Count :: pos_integer().
words(S) -> words(S, $\s).

-spec words(String, Character) -> Count when
      String :: string(), Character :: char(), Count :: pos_integer().
words(S, C) when is_integer(C) -> count_words(strip(S, both, C), C, 0).

count_words([], _C, N) -> N + 1;
count_words([C | T], C, N) -> count_words(strip(T, left, C), C, N + 1);
count_words([_ | T], C, N) -> count_words(T, C, N).

-spec sub_word(String, Number) -> Word when
      String :: string(), Word :: string(), Number :: integer().
sub_word(S, N) -> sub_word(S, N, $\s).

-spec sub_word(String, Number, Character) -> Word when
      String :: string(), Word :: string(), Number :: integer(),
      Character :: char().
sub_word(S, N, C) when is_integer(N), is_integer(C) ->
    case words(S, C) of
        Count when Count < N -> [];
        _ -> nth_word(strip(S, left, C), N, C)
    end.

nth_word([], _N, _C) -> [];
nth_word(S, 1, C) -> lists:takewhile(fun(X) -> X =/= C end, S);
nth_word([C | T], N, C) when N > 1 -> nth_word(strip(T, left, C), N - 1, C);
nth_word([_ | T], N, C) when N > 1 -> nth_word(T, N, C).

-spec strip(String) -> Stripped when
      String :: string(), Stripped :: string().
strip(S) -> strip(S, both, $\s).

-spec strip(String, Direction) -> Stripped when
      String :: string(), Stripped :: string(),
      Direction :: 'left' | 'right' | 'both'.
strip(S, Dir) -> strip(S, Dir, $\s).

-spec strip(String, Direction, Character) -> Stripped when
      String :: string(), Stripped :: string(),
      Direction :: 'left' | 'right' | 'both', Character :: char().
strip(S, right, C) when is_integer(C) -> strip_right(S, C);
strip(S, left, C) when is_integer(C) -> strip_left(S, C);
strip(S, both, C) when is_integer(C) -> strip_right(strip_left(S, C), C).

strip_left([C | T], C) -> strip_left(T, C);
strip_left(S, _C) -> S.

strip_right(S, C) -> lists:reverse(strip_left(lists:reverse(S), C)).

-spec left(String, Number) -> Left when
      String :: string(), Left :: string(), Number :: non_neg_integer().
left(S, N) -> left(S, N, $\s).

-spec left(String, Number, Character) -> Left when
      String :: string(), Left :: string(), Number :: non_neg_integer(),
      Character :: char().
left(S, N, C) when is_integer(C) ->
    Len = erlang:length(S),
    if
        Len > N -> lists:sublist(S, N);
        Len < N -> S ++ chars(C, N - Len);
        true -> S
    end.

-spec right(String, Number) -> Right when
      String :: string(), Right :: string(), Number :: non_neg_integer().
right(S, N) -> right(S, N, $\s).

-spec right(String, Number, Character) -> Right when
      String :: string(), Right :: string(), Number :: non_neg_integer(),
      Character :: char().
right(S, N, C) when is_integer(C) ->
    Len = erlang:length(S),
    if
        Len > N -> lists:nthtail(Len - N, S);
        Len < N -> chars(C, N - Len, S);
        true -> S
    end.

-spec centre(String, Number) -> Centered when
      String :: string(), Centered :: string(), Number :: non_neg_integer().
centre(S, N) -> centre(S, N, $\s).

-spec centre(String, Number, Character) -> Centered when
      String :: string(), Centered :: string(), Number :: non_neg_integer(),
      Character :: char().
centre(S, 0, C) when is_list(S), is_integer(C) -> [];
centre(S, N, C) when is_integer(C) ->
    Len = erlang:length(S),
    if
        Len > N -> lists:sublist(lists:nthtail((Len - N) div 2, S), N);
        Len < N ->
            Before = (N - Len) div 2,
            chars(C, Before, S ++ chars(C, N - Len - Before));
        true -> S
    end.

-spec join(StringList, Separator) -> String when
      StringList :: [string()], Separator :: string(), String :: string().
-file("string.erl", 2240).
join([], Sep) when is_list(Sep) ->
    [];
join([H | T], Sep) ->
    H ++ lists:append([Sep ++ X || X <- T]).

-spec to_upper(String) -> Result when
      String :: io_lib:latin1_string(), Result :: io_lib:latin1_string();
              (Char) -> CharResult when
      Char :: char(), CharResult :: char().
to_upper(S) when is_list(S) -> [latin1_upper(C) || C <- S];
to_upper(C) when is_integer(C) -> latin1_upper(C).

-spec to_lower(String) -> Result when
      String :: io_lib:latin1_string(), Result :: io_lib:latin1_string();
              (Char) -> CharResult when
      Char :: char(), CharResult :: char().
to_lower(S) when is_list(S) -> [latin1_lower(C) || C <- S];
to_lower(C) when is_integer(C) -> latin1_lower(C).

latin1_upper(C) when C >= $a, C =< $z -> C - 32;
latin1_upper(C) when C >= 16#E0, C =< 16#FE, C =/= 16#F7 -> C - 32;
latin1_upper(C) -> C.

latin1_lower(C) when C >= $A, C =< $Z -> C + 32;
latin1_lower(C) when C >= 16#C0, C =< 16#DE, C =/= 16#D7 -> C + 32;
latin1_lower(C) -> C.

-spec list_to_integer(String) -> {Int, Rest} | {'error', Reason} when
      String :: string(), Int :: integer(), Rest :: string(),
      Reason :: 'no_integer' | 'not_a_list'.
list_to_integer(S) when is_list(S) -> to_integer(S);
list_to_integer(_) -> {error, not_a_list}.

-spec list_to_float(String) -> {Float, Rest} | {'error', Reason} when
      String :: string(), Float :: float(), Rest :: string(),
      Reason :: 'no_float' | 'not_a_list'.
list_to_float(S) when is_list(S) -> to_float(S);
list_to_float(_) -> {error, not_a_list}.

%%% =====================================================================
%%% Case mapping tables (generated from Unicode data; one code point in,
%%% one code point or a list of code points out)
%%% =====================================================================

%% Upper case (full mapping; a list where one code point becomes several).
cp_upper(223) -> [83,83];
cp_upper(329) -> [700,78];
cp_upper(496) -> [74,780];
cp_upper(912) -> [921,776,769];
cp_upper(944) -> [933,776,769];
cp_upper(1415) -> [1333,1362];
cp_upper(7830) -> [72,817];
cp_upper(7831) -> [84,776];
cp_upper(7832) -> [87,778];
cp_upper(7833) -> [89,778];
cp_upper(7834) -> [65,702];
cp_upper(8016) -> [933,787];
cp_upper(8018) -> [933,787,768];
cp_upper(8020) -> [933,787,769];
cp_upper(8022) -> [933,787,834];
cp_upper(8064) -> [7944,921];
cp_upper(8065) -> [7945,921];
cp_upper(8066) -> [7946,921];
cp_upper(8067) -> [7947,921];
cp_upper(8068) -> [7948,921];
cp_upper(8069) -> [7949,921];
cp_upper(8070) -> [7950,921];
cp_upper(8071) -> [7951,921];
cp_upper(8072) -> [7944,921];
cp_upper(8073) -> [7945,921];
cp_upper(8074) -> [7946,921];
cp_upper(8075) -> [7947,921];
cp_upper(8076) -> [7948,921];
cp_upper(8077) -> [7949,921];
cp_upper(8078) -> [7950,921];
cp_upper(8079) -> [7951,921];
cp_upper(8080) -> [7976,921];
cp_upper(8081) -> [7977,921];
cp_upper(8082) -> [7978,921];
cp_upper(8083) -> [7979,921];
cp_upper(8084) -> [7980,921];
cp_upper(8085) -> [7981,921];
cp_upper(8086) -> [7982,921];
cp_upper(8087) -> [7983,921];
cp_upper(8088) -> [7976,921];
cp_upper(8089) -> [7977,921];
cp_upper(8090) -> [7978,921];
cp_upper(8091) -> [7979,921];
cp_upper(8092) -> [7980,921];
cp_upper(8093) -> [7981,921];
cp_upper(8094) -> [7982,921];
cp_upper(8095) -> [7983,921];
cp_upper(8096) -> [8040,921];
cp_upper(8097) -> [8041,921];
cp_upper(8098) -> [8042,921];
cp_upper(8099) -> [8043,921];
cp_upper(8100) -> [8044,921];
cp_upper(8101) -> [8045,921];
cp_upper(8102) -> [8046,921];
cp_upper(8103) -> [8047,921];
cp_upper(8104) -> [8040,921];
cp_upper(8105) -> [8041,921];
cp_upper(8106) -> [8042,921];
cp_upper(8107) -> [8043,921];
cp_upper(8108) -> [8044,921];
cp_upper(8109) -> [8045,921];
cp_upper(8110) -> [8046,921];
cp_upper(8111) -> [8047,921];
cp_upper(8114) -> [8122,921];
cp_upper(8115) -> [913,921];
cp_upper(8116) -> [902,921];
cp_upper(8118) -> [913,834];
cp_upper(8119) -> [913,834,921];
cp_upper(8124) -> [913,921];
cp_upper(8130) -> [8138,921];
cp_upper(8131) -> [919,921];
cp_upper(8132) -> [905,921];
cp_upper(8134) -> [919,834];
cp_upper(8135) -> [919,834,921];
cp_upper(8140) -> [919,921];
cp_upper(8146) -> [921,776,768];
cp_upper(8147) -> [921,776,769];
cp_upper(8150) -> [921,834];
cp_upper(8151) -> [921,776,834];
cp_upper(8162) -> [933,776,768];
cp_upper(8163) -> [933,776,769];
cp_upper(8164) -> [929,787];
cp_upper(8166) -> [933,834];
cp_upper(8167) -> [933,776,834];
cp_upper(8178) -> [8186,921];
cp_upper(8179) -> [937,921];
cp_upper(8180) -> [911,921];
cp_upper(8182) -> [937,834];
cp_upper(8183) -> [937,834,921];
cp_upper(8188) -> [937,921];
cp_upper(64256) -> [70,70];
cp_upper(64257) -> [70,73];
cp_upper(64258) -> [70,76];
cp_upper(64259) -> [70,70,73];
cp_upper(64260) -> [70,70,76];
cp_upper(64261) -> [83,84];
cp_upper(64262) -> [83,84];
cp_upper(64275) -> [1348,1350];
cp_upper(64276) -> [1348,1333];
cp_upper(64277) -> [1348,1339];
cp_upper(64278) -> [1358,1350];
cp_upper(64279) -> [1348,1341];
cp_upper(C) when C >= 97, C =< 122 -> C - 32;
cp_upper(181) -> 924;
cp_upper(C) when C >= 224, C =< 246 -> C - 32;
cp_upper(C) when C >= 248, C =< 254 -> C - 32;
cp_upper(255) -> 376;
cp_upper(C) when C >= 257, C =< 303, (C - 257) rem 2 =:= 0 -> C - 1;
cp_upper(305) -> 73;
cp_upper(C) when C >= 307, C =< 311, (C - 307) rem 2 =:= 0 -> C - 1;
cp_upper(C) when C >= 314, C =< 328, (C - 314) rem 2 =:= 0 -> C - 1;
cp_upper(C) when C >= 331, C =< 375, (C - 331) rem 2 =:= 0 -> C - 1;
cp_upper(C) when C >= 378, C =< 382, (C - 378) rem 2 =:= 0 -> C - 1;
cp_upper(383) -> 83;
cp_upper(384) -> 579;
cp_upper(C) when C >= 387, C =< 389, (C - 387) rem 2 =:= 0 -> C - 1;
cp_upper(392) -> 391;
cp_upper(396) -> 395;
cp_upper(402) -> 401;
cp_upper(405) -> 502;
cp_upper(409) -> 408;
cp_upper(410) -> 573;
cp_upper(414) -> 544;
cp_upper(C) when C >= 417, C =< 421, (C - 417) rem 2 =:= 0 -> C - 1;
cp_upper(424) -> 423;
cp_upper(429) -> 428;
cp_upper(432) -> 431;
cp_upper(C) when C >= 436, C =< 438, (C - 436) rem 2 =:= 0 -> C - 1;
cp_upper(441) -> 440;
cp_upper(445) -> 444;
cp_upper(447) -> 503;
cp_upper(453) -> 452;
cp_upper(454) -> 452;
cp_upper(456) -> 455;
cp_upper(457) -> 455;
cp_upper(459) -> 458;
cp_upper(460) -> 458;
cp_upper(C) when C >= 462, C =< 476, (C - 462) rem 2 =:= 0 -> C - 1;
cp_upper(477) -> 398;
cp_upper(C) when C >= 479, C =< 495, (C - 479) rem 2 =:= 0 -> C - 1;
cp_upper(498) -> 497;
cp_upper(499) -> 497;
cp_upper(501) -> 500;
cp_upper(C) when C >= 505, C =< 543, (C - 505) rem 2 =:= 0 -> C - 1;
cp_upper(C) when C >= 547, C =< 563, (C - 547) rem 2 =:= 0 -> C - 1;
cp_upper(572) -> 571;
cp_upper(C) when C >= 575, C =< 576 -> C + 10815;
cp_upper(578) -> 577;
cp_upper(C) when C >= 583, C =< 591, (C - 583) rem 2 =:= 0 -> C - 1;
cp_upper(592) -> 11375;
cp_upper(593) -> 11373;
cp_upper(594) -> 11376;
cp_upper(595) -> 385;
cp_upper(596) -> 390;
cp_upper(C) when C >= 598, C =< 599 -> C - 205;
cp_upper(601) -> 399;
cp_upper(603) -> 400;
cp_upper(604) -> 42923;
cp_upper(608) -> 403;
cp_upper(609) -> 42924;
cp_upper(611) -> 404;
cp_upper(613) -> 42893;
cp_upper(614) -> 42922;
cp_upper(616) -> 407;
cp_upper(617) -> 406;
cp_upper(618) -> 42926;
cp_upper(619) -> 11362;
cp_upper(620) -> 42925;
cp_upper(623) -> 412;
cp_upper(625) -> 11374;
cp_upper(626) -> 413;
cp_upper(629) -> 415;
cp_upper(637) -> 11364;
cp_upper(640) -> 422;
cp_upper(642) -> 42949;
cp_upper(643) -> 425;
cp_upper(647) -> 42929;
cp_upper(648) -> 430;
cp_upper(649) -> 580;
cp_upper(C) when C >= 650, C =< 651 -> C - 217;
cp_upper(652) -> 581;
cp_upper(658) -> 439;
cp_upper(669) -> 42930;
cp_upper(670) -> 42928;
cp_upper(837) -> 921;
cp_upper(C) when C >= 881, C =< 883, (C - 881) rem 2 =:= 0 -> C - 1;
cp_upper(887) -> 886;
cp_upper(C) when C >= 891, C =< 893 -> C + 130;
cp_upper(940) -> 902;
cp_upper(C) when C >= 941, C =< 943 -> C - 37;
cp_upper(C) when C >= 945, C =< 961 -> C - 32;
cp_upper(962) -> 931;
cp_upper(C) when C >= 963, C =< 971 -> C - 32;
cp_upper(972) -> 908;
cp_upper(C) when C >= 973, C =< 974 -> C - 63;
cp_upper(976) -> 914;
cp_upper(977) -> 920;
cp_upper(981) -> 934;
cp_upper(982) -> 928;
cp_upper(983) -> 975;
cp_upper(C) when C >= 985, C =< 1007, (C - 985) rem 2 =:= 0 -> C - 1;
cp_upper(1008) -> 922;
cp_upper(1009) -> 929;
cp_upper(1010) -> 1017;
cp_upper(1011) -> 895;
cp_upper(1013) -> 917;
cp_upper(1016) -> 1015;
cp_upper(1019) -> 1018;
cp_upper(C) when C >= 1072, C =< 1103 -> C - 32;
cp_upper(C) when C >= 1104, C =< 1119 -> C - 80;
cp_upper(C) when C >= 1121, C =< 1153, (C - 1121) rem 2 =:= 0 -> C - 1;
cp_upper(C) when C >= 1163, C =< 1215, (C - 1163) rem 2 =:= 0 -> C - 1;
cp_upper(C) when C >= 1218, C =< 1230, (C - 1218) rem 2 =:= 0 -> C - 1;
cp_upper(1231) -> 1216;
cp_upper(C) when C >= 1233, C =< 1327, (C - 1233) rem 2 =:= 0 -> C - 1;
cp_upper(C) when C >= 1377, C =< 1414 -> C - 48;
cp_upper(C) when C >= 4304, C =< 4346 -> C + 3008;
cp_upper(C) when C >= 4349, C =< 4351 -> C + 3008;
cp_upper(C) when C >= 5112, C =< 5117 -> C - 8;
cp_upper(7296) -> 1042;
cp_upper(7297) -> 1044;
cp_upper(7298) -> 1054;
cp_upper(C) when C >= 7299, C =< 7300 -> C - 6242;
cp_upper(7301) -> 1058;
cp_upper(7302) -> 1066;
cp_upper(7303) -> 1122;
cp_upper(7304) -> 42570;
cp_upper(7545) -> 42877;
cp_upper(7549) -> 11363;
cp_upper(7566) -> 42950;
cp_upper(C) when C >= 7681, C =< 7829, (C - 7681) rem 2 =:= 0 -> C - 1;
cp_upper(7835) -> 7776;
cp_upper(C) when C >= 7841, C =< 7935, (C - 7841) rem 2 =:= 0 -> C - 1;
cp_upper(C) when C >= 7936, C =< 7943 -> C + 8;
cp_upper(C) when C >= 7952, C =< 7957 -> C + 8;
cp_upper(C) when C >= 7968, C =< 7975 -> C + 8;
cp_upper(C) when C >= 7984, C =< 7991 -> C + 8;
cp_upper(C) when C >= 8000, C =< 8005 -> C + 8;
cp_upper(C) when C >= 8017, C =< 8023, (C - 8017) rem 2 =:= 0 -> C + 8;
cp_upper(C) when C >= 8032, C =< 8039 -> C + 8;
cp_upper(C) when C >= 8048, C =< 8049 -> C + 74;
cp_upper(C) when C >= 8050, C =< 8053 -> C + 86;
cp_upper(C) when C >= 8054, C =< 8055 -> C + 100;
cp_upper(C) when C >= 8056, C =< 8057 -> C + 128;
cp_upper(C) when C >= 8058, C =< 8059 -> C + 112;
cp_upper(C) when C >= 8060, C =< 8061 -> C + 126;
cp_upper(C) when C >= 8112, C =< 8113 -> C + 8;
cp_upper(8126) -> 921;
cp_upper(C) when C >= 8144, C =< 8145 -> C + 8;
cp_upper(C) when C >= 8160, C =< 8161 -> C + 8;
cp_upper(8165) -> 8172;
cp_upper(8526) -> 8498;
cp_upper(C) when C >= 8560, C =< 8575 -> C - 16;
cp_upper(8580) -> 8579;
cp_upper(C) when C >= 9424, C =< 9449 -> C - 26;
cp_upper(C) when C >= 11312, C =< 11359 -> C - 48;
cp_upper(11361) -> 11360;
cp_upper(11365) -> 570;
cp_upper(11366) -> 574;
cp_upper(C) when C >= 11368, C =< 11372, (C - 11368) rem 2 =:= 0 -> C - 1;
cp_upper(11379) -> 11378;
cp_upper(11382) -> 11381;
cp_upper(C) when C >= 11393, C =< 11491, (C - 11393) rem 2 =:= 0 -> C - 1;
cp_upper(C) when C >= 11500, C =< 11502, (C - 11500) rem 2 =:= 0 -> C - 1;
cp_upper(11507) -> 11506;
cp_upper(C) when C >= 11520, C =< 11557 -> C - 7264;
cp_upper(11559) -> 4295;
cp_upper(11565) -> 4301;
cp_upper(C) when C >= 42561, C =< 42605, (C - 42561) rem 2 =:= 0 -> C - 1;
cp_upper(C) when C >= 42625, C =< 42651, (C - 42625) rem 2 =:= 0 -> C - 1;
cp_upper(C) when C >= 42787, C =< 42799, (C - 42787) rem 2 =:= 0 -> C - 1;
cp_upper(C) when C >= 42803, C =< 42863, (C - 42803) rem 2 =:= 0 -> C - 1;
cp_upper(C) when C >= 42874, C =< 42876, (C - 42874) rem 2 =:= 0 -> C - 1;
cp_upper(C) when C >= 42879, C =< 42887, (C - 42879) rem 2 =:= 0 -> C - 1;
cp_upper(42892) -> 42891;
cp_upper(C) when C >= 42897, C =< 42899, (C - 42897) rem 2 =:= 0 -> C - 1;
cp_upper(42900) -> 42948;
cp_upper(C) when C >= 42903, C =< 42921, (C - 42903) rem 2 =:= 0 -> C - 1;
cp_upper(C) when C >= 42933, C =< 42947, (C - 42933) rem 2 =:= 0 -> C - 1;
cp_upper(C) when C >= 42952, C =< 42954, (C - 42952) rem 2 =:= 0 -> C - 1;
cp_upper(42961) -> 42960;
cp_upper(C) when C >= 42967, C =< 42969, (C - 42967) rem 2 =:= 0 -> C - 1;
cp_upper(42998) -> 42997;
cp_upper(43859) -> 42931;
cp_upper(C) when C >= 43888, C =< 43967 -> C - 38864;
cp_upper(C) when C >= 65345, C =< 65370 -> C - 32;
cp_upper(C) when C >= 66600, C =< 66639 -> C - 40;
cp_upper(C) when C >= 66776, C =< 66811 -> C - 40;
cp_upper(C) when C >= 66967, C =< 66977 -> C - 39;
cp_upper(C) when C >= 66979, C =< 66993 -> C - 39;
cp_upper(C) when C >= 66995, C =< 67001 -> C - 39;
cp_upper(C) when C >= 67003, C =< 67004 -> C - 39;
cp_upper(C) when C >= 68800, C =< 68850 -> C - 64;
cp_upper(C) when C >= 71872, C =< 71903 -> C - 32;
cp_upper(C) when C >= 93792, C =< 93823 -> C - 32;
cp_upper(C) when C >= 125218, C =< 125251 -> C - 34;
cp_upper(C) when C >= 125218, C =< 125251 -> C - 34;
cp_upper(C) -> C.

%% Lower case.
cp_lower(304) -> [105,775];
cp_lower(C) when C >= 65, C =< 90 -> C + 32;
cp_lower(C) when C >= 192, C =< 214 -> C + 32;
cp_lower(C) when C >= 216, C =< 222 -> C + 32;
cp_lower(C) when C >= 256, C =< 302, (C - 256) rem 2 =:= 0 -> C + 1;
cp_lower(C) when C >= 306, C =< 310, (C - 306) rem 2 =:= 0 -> C + 1;
cp_lower(C) when C >= 313, C =< 327, (C - 313) rem 2 =:= 0 -> C + 1;
cp_lower(C) when C >= 330, C =< 374, (C - 330) rem 2 =:= 0 -> C + 1;
cp_lower(376) -> 255;
cp_lower(C) when C >= 377, C =< 381, (C - 377) rem 2 =:= 0 -> C + 1;
cp_lower(385) -> 595;
cp_lower(C) when C >= 386, C =< 388, (C - 386) rem 2 =:= 0 -> C + 1;
cp_lower(390) -> 596;
cp_lower(391) -> 392;
cp_lower(C) when C >= 393, C =< 394 -> C + 205;
cp_lower(395) -> 396;
cp_lower(398) -> 477;
cp_lower(399) -> 601;
cp_lower(400) -> 603;
cp_lower(401) -> 402;
cp_lower(403) -> 608;
cp_lower(404) -> 611;
cp_lower(406) -> 617;
cp_lower(407) -> 616;
cp_lower(408) -> 409;
cp_lower(412) -> 623;
cp_lower(413) -> 626;
cp_lower(415) -> 629;
cp_lower(C) when C >= 416, C =< 420, (C - 416) rem 2 =:= 0 -> C + 1;
cp_lower(422) -> 640;
cp_lower(423) -> 424;
cp_lower(425) -> 643;
cp_lower(428) -> 429;
cp_lower(430) -> 648;
cp_lower(431) -> 432;
cp_lower(C) when C >= 433, C =< 434 -> C + 217;
cp_lower(C) when C >= 435, C =< 437, (C - 435) rem 2 =:= 0 -> C + 1;
cp_lower(439) -> 658;
cp_lower(440) -> 441;
cp_lower(444) -> 445;
cp_lower(452) -> 454;
cp_lower(453) -> 454;
cp_lower(455) -> 457;
cp_lower(456) -> 457;
cp_lower(458) -> 460;
cp_lower(C) when C >= 459, C =< 475, (C - 459) rem 2 =:= 0 -> C + 1;
cp_lower(C) when C >= 478, C =< 494, (C - 478) rem 2 =:= 0 -> C + 1;
cp_lower(497) -> 499;
cp_lower(C) when C >= 498, C =< 500, (C - 498) rem 2 =:= 0 -> C + 1;
cp_lower(502) -> 405;
cp_lower(503) -> 447;
cp_lower(C) when C >= 504, C =< 542, (C - 504) rem 2 =:= 0 -> C + 1;
cp_lower(544) -> 414;
cp_lower(C) when C >= 546, C =< 562, (C - 546) rem 2 =:= 0 -> C + 1;
cp_lower(570) -> 11365;
cp_lower(571) -> 572;
cp_lower(573) -> 410;
cp_lower(574) -> 11366;
cp_lower(577) -> 578;
cp_lower(579) -> 384;
cp_lower(580) -> 649;
cp_lower(581) -> 652;
cp_lower(C) when C >= 582, C =< 590, (C - 582) rem 2 =:= 0 -> C + 1;
cp_lower(C) when C >= 880, C =< 882, (C - 880) rem 2 =:= 0 -> C + 1;
cp_lower(886) -> 887;
cp_lower(895) -> 1011;
cp_lower(902) -> 940;
cp_lower(C) when C >= 904, C =< 906 -> C + 37;
cp_lower(908) -> 972;
cp_lower(C) when C >= 910, C =< 911 -> C + 63;
cp_lower(C) when C >= 913, C =< 929 -> C + 32;
cp_lower(C) when C >= 931, C =< 939 -> C + 32;
cp_lower(975) -> 983;
cp_lower(C) when C >= 984, C =< 1006, (C - 984) rem 2 =:= 0 -> C + 1;
cp_lower(1012) -> 952;
cp_lower(1015) -> 1016;
cp_lower(1017) -> 1010;
cp_lower(1018) -> 1019;
cp_lower(C) when C >= 1021, C =< 1023 -> C - 130;
cp_lower(C) when C >= 1024, C =< 1039 -> C + 80;
cp_lower(C) when C >= 1040, C =< 1071 -> C + 32;
cp_lower(C) when C >= 1120, C =< 1152, (C - 1120) rem 2 =:= 0 -> C + 1;
cp_lower(C) when C >= 1162, C =< 1214, (C - 1162) rem 2 =:= 0 -> C + 1;
cp_lower(1216) -> 1231;
cp_lower(C) when C >= 1217, C =< 1229, (C - 1217) rem 2 =:= 0 -> C + 1;
cp_lower(C) when C >= 1232, C =< 1326, (C - 1232) rem 2 =:= 0 -> C + 1;
cp_lower(C) when C >= 1329, C =< 1366 -> C + 48;
cp_lower(C) when C >= 4256, C =< 4293 -> C + 7264;
cp_lower(4295) -> 11559;
cp_lower(4301) -> 11565;
cp_lower(C) when C >= 5024, C =< 5103 -> C + 38864;
cp_lower(C) when C >= 5104, C =< 5109 -> C + 8;
cp_lower(C) when C >= 7312, C =< 7354 -> C - 3008;
cp_lower(C) when C >= 7357, C =< 7359 -> C - 3008;
cp_lower(C) when C >= 7680, C =< 7828, (C - 7680) rem 2 =:= 0 -> C + 1;
cp_lower(7838) -> 223;
cp_lower(C) when C >= 7840, C =< 7934, (C - 7840) rem 2 =:= 0 -> C + 1;
cp_lower(C) when C >= 7944, C =< 7951 -> C - 8;
cp_lower(C) when C >= 7960, C =< 7965 -> C - 8;
cp_lower(C) when C >= 7976, C =< 7983 -> C - 8;
cp_lower(C) when C >= 7992, C =< 7999 -> C - 8;
cp_lower(C) when C >= 8008, C =< 8013 -> C - 8;
cp_lower(C) when C >= 8025, C =< 8031, (C - 8025) rem 2 =:= 0 -> C - 8;
cp_lower(C) when C >= 8040, C =< 8047 -> C - 8;
cp_lower(C) when C >= 8072, C =< 8079 -> C - 8;
cp_lower(C) when C >= 8088, C =< 8095 -> C - 8;
cp_lower(C) when C >= 8104, C =< 8111 -> C - 8;
cp_lower(C) when C >= 8120, C =< 8121 -> C - 8;
cp_lower(C) when C >= 8122, C =< 8123 -> C - 74;
cp_lower(8124) -> 8115;
cp_lower(C) when C >= 8136, C =< 8139 -> C - 86;
cp_lower(8140) -> 8131;
cp_lower(C) when C >= 8152, C =< 8153 -> C - 8;
cp_lower(C) when C >= 8154, C =< 8155 -> C - 100;
cp_lower(C) when C >= 8168, C =< 8169 -> C - 8;
cp_lower(C) when C >= 8170, C =< 8171 -> C - 112;
cp_lower(8172) -> 8165;
cp_lower(C) when C >= 8184, C =< 8185 -> C - 128;
cp_lower(C) when C >= 8186, C =< 8187 -> C - 126;
cp_lower(8188) -> 8179;
cp_lower(8486) -> 969;
cp_lower(8490) -> 107;
cp_lower(8491) -> 229;
cp_lower(8498) -> 8526;
cp_lower(C) when C >= 8544, C =< 8559 -> C + 16;
cp_lower(8579) -> 8580;
cp_lower(C) when C >= 9398, C =< 9423 -> C + 26;
cp_lower(C) when C >= 11264, C =< 11311 -> C + 48;
cp_lower(11360) -> 11361;
cp_lower(11362) -> 619;
cp_lower(11363) -> 7549;
cp_lower(11364) -> 637;
cp_lower(C) when C >= 11367, C =< 11371, (C - 11367) rem 2 =:= 0 -> C + 1;
cp_lower(11373) -> 593;
cp_lower(11374) -> 625;
cp_lower(11375) -> 592;
cp_lower(11376) -> 594;
cp_lower(11378) -> 11379;
cp_lower(11381) -> 11382;
cp_lower(C) when C >= 11390, C =< 11391 -> C - 10815;
cp_lower(C) when C >= 11392, C =< 11490, (C - 11392) rem 2 =:= 0 -> C + 1;
cp_lower(C) when C >= 11499, C =< 11501, (C - 11499) rem 2 =:= 0 -> C + 1;
cp_lower(11506) -> 11507;
cp_lower(C) when C >= 42560, C =< 42604, (C - 42560) rem 2 =:= 0 -> C + 1;
cp_lower(C) when C >= 42624, C =< 42650, (C - 42624) rem 2 =:= 0 -> C + 1;
cp_lower(C) when C >= 42786, C =< 42798, (C - 42786) rem 2 =:= 0 -> C + 1;
cp_lower(C) when C >= 42802, C =< 42862, (C - 42802) rem 2 =:= 0 -> C + 1;
cp_lower(C) when C >= 42873, C =< 42875, (C - 42873) rem 2 =:= 0 -> C + 1;
cp_lower(42877) -> 7545;
cp_lower(C) when C >= 42878, C =< 42886, (C - 42878) rem 2 =:= 0 -> C + 1;
cp_lower(42891) -> 42892;
cp_lower(42893) -> 613;
cp_lower(C) when C >= 42896, C =< 42898, (C - 42896) rem 2 =:= 0 -> C + 1;
cp_lower(C) when C >= 42902, C =< 42920, (C - 42902) rem 2 =:= 0 -> C + 1;
cp_lower(42922) -> 614;
cp_lower(42923) -> 604;
cp_lower(42924) -> 609;
cp_lower(42925) -> 620;
cp_lower(42926) -> 618;
cp_lower(42928) -> 670;
cp_lower(42929) -> 647;
cp_lower(42930) -> 669;
cp_lower(42931) -> 43859;
cp_lower(C) when C >= 42932, C =< 42946, (C - 42932) rem 2 =:= 0 -> C + 1;
cp_lower(42948) -> 42900;
cp_lower(42949) -> 642;
cp_lower(42950) -> 7566;
cp_lower(C) when C >= 42951, C =< 42953, (C - 42951) rem 2 =:= 0 -> C + 1;
cp_lower(42960) -> 42961;
cp_lower(C) when C >= 42966, C =< 42968, (C - 42966) rem 2 =:= 0 -> C + 1;
cp_lower(42997) -> 42998;
cp_lower(C) when C >= 65313, C =< 65338 -> C + 32;
cp_lower(C) when C >= 66560, C =< 66599 -> C + 40;
cp_lower(C) when C >= 66736, C =< 66771 -> C + 40;
cp_lower(C) when C >= 66928, C =< 66938 -> C + 39;
cp_lower(C) when C >= 66940, C =< 66954 -> C + 39;
cp_lower(C) when C >= 66956, C =< 66962 -> C + 39;
cp_lower(C) when C >= 66964, C =< 66965 -> C + 39;
cp_lower(C) when C >= 68736, C =< 68786 -> C + 64;
cp_lower(C) when C >= 71840, C =< 71871 -> C + 32;
cp_lower(C) when C >= 93760, C =< 93791 -> C + 32;
cp_lower(C) when C >= 125184, C =< 125217 -> C + 34;
cp_lower(C) when C >= 125184, C =< 125217 -> C + 34;
cp_lower(C) -> C.

%% Title case (as upper case except for digraphs and a few specials).
cp_title(223) -> [83,115];
cp_title(329) -> [700,78];
cp_title(496) -> [74,780];
cp_title(912) -> [921,776,769];
cp_title(944) -> [933,776,769];
cp_title(1415) -> [1333,1410];
cp_title(7830) -> [72,817];
cp_title(7831) -> [84,776];
cp_title(7832) -> [87,778];
cp_title(7833) -> [89,778];
cp_title(7834) -> [65,702];
cp_title(8016) -> [933,787];
cp_title(8018) -> [933,787,768];
cp_title(8020) -> [933,787,769];
cp_title(8022) -> [933,787,834];
cp_title(8114) -> [8122,837];
cp_title(8116) -> [902,837];
cp_title(8118) -> [913,834];
cp_title(8119) -> [913,834,837];
cp_title(8130) -> [8138,837];
cp_title(8132) -> [905,837];
cp_title(8134) -> [919,834];
cp_title(8135) -> [919,834,837];
cp_title(8146) -> [921,776,768];
cp_title(8147) -> [921,776,769];
cp_title(8150) -> [921,834];
cp_title(8151) -> [921,776,834];
cp_title(8162) -> [933,776,768];
cp_title(8163) -> [933,776,769];
cp_title(8164) -> [929,787];
cp_title(8166) -> [933,834];
cp_title(8167) -> [933,776,834];
cp_title(8178) -> [8186,837];
cp_title(8180) -> [911,837];
cp_title(8182) -> [937,834];
cp_title(8183) -> [937,834,837];
cp_title(64256) -> [70,102];
cp_title(64257) -> [70,105];
cp_title(64258) -> [70,108];
cp_title(64259) -> [70,102,105];
cp_title(64260) -> [70,102,108];
cp_title(64261) -> [83,116];
cp_title(64262) -> [83,116];
cp_title(64275) -> [1348,1398];
cp_title(64276) -> [1348,1381];
cp_title(64277) -> [1348,1387];
cp_title(64278) -> [1358,1398];
cp_title(64279) -> [1348,1389];
cp_title(C) when C >= 97, C =< 122 -> C - 32;
cp_title(181) -> 924;
cp_title(C) when C >= 224, C =< 246 -> C - 32;
cp_title(C) when C >= 248, C =< 254 -> C - 32;
cp_title(255) -> 376;
cp_title(C) when C >= 257, C =< 303, (C - 257) rem 2 =:= 0 -> C - 1;
cp_title(305) -> 73;
cp_title(C) when C >= 307, C =< 311, (C - 307) rem 2 =:= 0 -> C - 1;
cp_title(C) when C >= 314, C =< 328, (C - 314) rem 2 =:= 0 -> C - 1;
cp_title(C) when C >= 331, C =< 375, (C - 331) rem 2 =:= 0 -> C - 1;
cp_title(C) when C >= 378, C =< 382, (C - 378) rem 2 =:= 0 -> C - 1;
cp_title(383) -> 83;
cp_title(384) -> 579;
cp_title(C) when C >= 387, C =< 389, (C - 387) rem 2 =:= 0 -> C - 1;
cp_title(392) -> 391;
cp_title(396) -> 395;
cp_title(402) -> 401;
cp_title(405) -> 502;
cp_title(409) -> 408;
cp_title(410) -> 573;
cp_title(414) -> 544;
cp_title(C) when C >= 417, C =< 421, (C - 417) rem 2 =:= 0 -> C - 1;
cp_title(424) -> 423;
cp_title(429) -> 428;
cp_title(432) -> 431;
cp_title(C) when C >= 436, C =< 438, (C - 436) rem 2 =:= 0 -> C - 1;
cp_title(441) -> 440;
cp_title(445) -> 444;
cp_title(447) -> 503;
cp_title(452) -> 453;
cp_title(454) -> 453;
cp_title(455) -> 456;
cp_title(457) -> 456;
cp_title(458) -> 459;
cp_title(C) when C >= 460, C =< 476, (C - 460) rem 2 =:= 0 -> C - 1;
cp_title(477) -> 398;
cp_title(C) when C >= 479, C =< 495, (C - 479) rem 2 =:= 0 -> C - 1;
cp_title(497) -> 498;
cp_title(C) when C >= 499, C =< 501, (C - 499) rem 2 =:= 0 -> C - 1;
cp_title(C) when C >= 505, C =< 543, (C - 505) rem 2 =:= 0 -> C - 1;
cp_title(C) when C >= 547, C =< 563, (C - 547) rem 2 =:= 0 -> C - 1;
cp_title(572) -> 571;
cp_title(C) when C >= 575, C =< 576 -> C + 10815;
cp_title(578) -> 577;
cp_title(C) when C >= 583, C =< 591, (C - 583) rem 2 =:= 0 -> C - 1;
cp_title(592) -> 11375;
cp_title(593) -> 11373;
cp_title(594) -> 11376;
cp_title(595) -> 385;
cp_title(596) -> 390;
cp_title(C) when C >= 598, C =< 599 -> C - 205;
cp_title(601) -> 399;
cp_title(603) -> 400;
cp_title(604) -> 42923;
cp_title(608) -> 403;
cp_title(609) -> 42924;
cp_title(611) -> 404;
cp_title(613) -> 42893;
cp_title(614) -> 42922;
cp_title(616) -> 407;
cp_title(617) -> 406;
cp_title(618) -> 42926;
cp_title(619) -> 11362;
cp_title(620) -> 42925;
cp_title(623) -> 412;
cp_title(625) -> 11374;
cp_title(626) -> 413;
cp_title(629) -> 415;
cp_title(637) -> 11364;
cp_title(640) -> 422;
cp_title(642) -> 42949;
cp_title(643) -> 425;
cp_title(647) -> 42929;
cp_title(648) -> 430;
cp_title(649) -> 580;
cp_title(C) when C >= 650, C =< 651 -> C - 217;
cp_title(652) -> 581;
cp_title(658) -> 439;
cp_title(669) -> 42930;
cp_title(670) -> 42928;
cp_title(837) -> 921;
cp_title(C) when C >= 881, C =< 883, (C - 881) rem 2 =:= 0 -> C - 1;
cp_title(887) -> 886;
cp_title(C) when C >= 891, C =< 893 -> C + 130;
cp_title(940) -> 902;
cp_title(C) when C >= 941, C =< 943 -> C - 37;
cp_title(C) when C >= 945, C =< 961 -> C - 32;
cp_title(962) -> 931;
cp_title(C) when C >= 963, C =< 971 -> C - 32;
cp_title(972) -> 908;
cp_title(C) when C >= 973, C =< 974 -> C - 63;
cp_title(976) -> 914;
cp_title(977) -> 920;
cp_title(981) -> 934;
cp_title(982) -> 928;
cp_title(983) -> 975;
cp_title(C) when C >= 985, C =< 1007, (C - 985) rem 2 =:= 0 -> C - 1;
cp_title(1008) -> 922;
cp_title(1009) -> 929;
cp_title(1010) -> 1017;
cp_title(1011) -> 895;
cp_title(1013) -> 917;
cp_title(1016) -> 1015;
cp_title(1019) -> 1018;
cp_title(C) when C >= 1072, C =< 1103 -> C - 32;
cp_title(C) when C >= 1104, C =< 1119 -> C - 80;
cp_title(C) when C >= 1121, C =< 1153, (C - 1121) rem 2 =:= 0 -> C - 1;
cp_title(C) when C >= 1163, C =< 1215, (C - 1163) rem 2 =:= 0 -> C - 1;
cp_title(C) when C >= 1218, C =< 1230, (C - 1218) rem 2 =:= 0 -> C - 1;
cp_title(1231) -> 1216;
cp_title(C) when C >= 1233, C =< 1327, (C - 1233) rem 2 =:= 0 -> C - 1;
cp_title(C) when C >= 1377, C =< 1414 -> C - 48;
cp_title(C) when C >= 5112, C =< 5117 -> C - 8;
cp_title(7296) -> 1042;
cp_title(7297) -> 1044;
cp_title(7298) -> 1054;
cp_title(C) when C >= 7299, C =< 7300 -> C - 6242;
cp_title(7301) -> 1058;
cp_title(7302) -> 1066;
cp_title(7303) -> 1122;
cp_title(7304) -> 42570;
cp_title(7545) -> 42877;
cp_title(7549) -> 11363;
cp_title(7566) -> 42950;
cp_title(C) when C >= 7681, C =< 7829, (C - 7681) rem 2 =:= 0 -> C - 1;
cp_title(7835) -> 7776;
cp_title(C) when C >= 7841, C =< 7935, (C - 7841) rem 2 =:= 0 -> C - 1;
cp_title(C) when C >= 7936, C =< 7943 -> C + 8;
cp_title(C) when C >= 7952, C =< 7957 -> C + 8;
cp_title(C) when C >= 7968, C =< 7975 -> C + 8;
cp_title(C) when C >= 7984, C =< 7991 -> C + 8;
cp_title(C) when C >= 8000, C =< 8005 -> C + 8;
cp_title(C) when C >= 8017, C =< 8023, (C - 8017) rem 2 =:= 0 -> C + 8;
cp_title(C) when C >= 8032, C =< 8039 -> C + 8;
cp_title(C) when C >= 8048, C =< 8049 -> C + 74;
cp_title(C) when C >= 8050, C =< 8053 -> C + 86;
cp_title(C) when C >= 8054, C =< 8055 -> C + 100;
cp_title(C) when C >= 8056, C =< 8057 -> C + 128;
cp_title(C) when C >= 8058, C =< 8059 -> C + 112;
cp_title(C) when C >= 8060, C =< 8061 -> C + 126;
cp_title(C) when C >= 8064, C =< 8071 -> C + 8;
cp_title(C) when C >= 8080, C =< 8087 -> C + 8;
cp_title(C) when C >= 8096, C =< 8103 -> C + 8;
cp_title(C) when C >= 8112, C =< 8113 -> C + 8;
cp_title(8115) -> 8124;
cp_title(8126) -> 921;
cp_title(8131) -> 8140;
cp_title(C) when C >= 8144, C =< 8145 -> C + 8;
cp_title(C) when C >= 8160, C =< 8161 -> C + 8;
cp_title(8165) -> 8172;
cp_title(8179) -> 8188;
cp_title(8526) -> 8498;
cp_title(C) when C >= 8560, C =< 8575 -> C - 16;
cp_title(8580) -> 8579;
cp_title(C) when C >= 9424, C =< 9449 -> C - 26;
cp_title(C) when C >= 11312, C =< 11359 -> C - 48;
cp_title(11361) -> 11360;
cp_title(11365) -> 570;
cp_title(11366) -> 574;
cp_title(C) when C >= 11368, C =< 11372, (C - 11368) rem 2 =:= 0 -> C - 1;
cp_title(11379) -> 11378;
cp_title(11382) -> 11381;
cp_title(C) when C >= 11393, C =< 11491, (C - 11393) rem 2 =:= 0 -> C - 1;
cp_title(C) when C >= 11500, C =< 11502, (C - 11500) rem 2 =:= 0 -> C - 1;
cp_title(11507) -> 11506;
cp_title(C) when C >= 11520, C =< 11557 -> C - 7264;
cp_title(11559) -> 4295;
cp_title(11565) -> 4301;
cp_title(C) when C >= 42561, C =< 42605, (C - 42561) rem 2 =:= 0 -> C - 1;
cp_title(C) when C >= 42625, C =< 42651, (C - 42625) rem 2 =:= 0 -> C - 1;
cp_title(C) when C >= 42787, C =< 42799, (C - 42787) rem 2 =:= 0 -> C - 1;
cp_title(C) when C >= 42803, C =< 42863, (C - 42803) rem 2 =:= 0 -> C - 1;
cp_title(C) when C >= 42874, C =< 42876, (C - 42874) rem 2 =:= 0 -> C - 1;
cp_title(C) when C >= 42879, C =< 42887, (C - 42879) rem 2 =:= 0 -> C - 1;
cp_title(42892) -> 42891;
cp_title(C) when C >= 42897, C =< 42899, (C - 42897) rem 2 =:= 0 -> C - 1;
cp_title(42900) -> 42948;
cp_title(C) when C >= 42903, C =< 42921, (C - 42903) rem 2 =:= 0 -> C - 1;
cp_title(C) when C >= 42933, C =< 42947, (C - 42933) rem 2 =:= 0 -> C - 1;
cp_title(C) when C >= 42952, C =< 42954, (C - 42952) rem 2 =:= 0 -> C - 1;
cp_title(42961) -> 42960;
cp_title(C) when C >= 42967, C =< 42969, (C - 42967) rem 2 =:= 0 -> C - 1;
cp_title(42998) -> 42997;
cp_title(43859) -> 42931;
cp_title(C) when C >= 43888, C =< 43967 -> C - 38864;
cp_title(C) when C >= 65345, C =< 65370 -> C - 32;
cp_title(C) when C >= 66600, C =< 66639 -> C - 40;
cp_title(C) when C >= 66776, C =< 66811 -> C - 40;
cp_title(C) when C >= 66967, C =< 66977 -> C - 39;
cp_title(C) when C >= 66979, C =< 66993 -> C - 39;
cp_title(C) when C >= 66995, C =< 67001 -> C - 39;
cp_title(C) when C >= 67003, C =< 67004 -> C - 39;
cp_title(C) when C >= 68800, C =< 68850 -> C - 64;
cp_title(C) when C >= 71872, C =< 71903 -> C - 32;
cp_title(C) when C >= 93792, C =< 93823 -> C - 32;
cp_title(C) when C >= 125218, C =< 125251 -> C - 34;
cp_title(C) when C >= 125218, C =< 125251 -> C - 34;
cp_title(C) -> C.

%% Case folding (for caseless comparison).
cp_fold(223) -> [115,115];
cp_fold(304) -> [105,775];
cp_fold(329) -> [700,110];
cp_fold(496) -> [106,780];
cp_fold(912) -> [953,776,769];
cp_fold(944) -> [965,776,769];
cp_fold(1415) -> [1381,1410];
cp_fold(7830) -> [104,817];
cp_fold(7831) -> [116,776];
cp_fold(7832) -> [119,778];
cp_fold(7833) -> [121,778];
cp_fold(7834) -> [97,702];
cp_fold(7838) -> [115,115];
cp_fold(8016) -> [965,787];
cp_fold(8018) -> [965,787,768];
cp_fold(8020) -> [965,787,769];
cp_fold(8022) -> [965,787,834];
cp_fold(8064) -> [7936,953];
cp_fold(8065) -> [7937,953];
cp_fold(8066) -> [7938,953];
cp_fold(8067) -> [7939,953];
cp_fold(8068) -> [7940,953];
cp_fold(8069) -> [7941,953];
cp_fold(8070) -> [7942,953];
cp_fold(8071) -> [7943,953];
cp_fold(8072) -> [7936,953];
cp_fold(8073) -> [7937,953];
cp_fold(8074) -> [7938,953];
cp_fold(8075) -> [7939,953];
cp_fold(8076) -> [7940,953];
cp_fold(8077) -> [7941,953];
cp_fold(8078) -> [7942,953];
cp_fold(8079) -> [7943,953];
cp_fold(8080) -> [7968,953];
cp_fold(8081) -> [7969,953];
cp_fold(8082) -> [7970,953];
cp_fold(8083) -> [7971,953];
cp_fold(8084) -> [7972,953];
cp_fold(8085) -> [7973,953];
cp_fold(8086) -> [7974,953];
cp_fold(8087) -> [7975,953];
cp_fold(8088) -> [7968,953];
cp_fold(8089) -> [7969,953];
cp_fold(8090) -> [7970,953];
cp_fold(8091) -> [7971,953];
cp_fold(8092) -> [7972,953];
cp_fold(8093) -> [7973,953];
cp_fold(8094) -> [7974,953];
cp_fold(8095) -> [7975,953];
cp_fold(8096) -> [8032,953];
cp_fold(8097) -> [8033,953];
cp_fold(8098) -> [8034,953];
cp_fold(8099) -> [8035,953];
cp_fold(8100) -> [8036,953];
cp_fold(8101) -> [8037,953];
cp_fold(8102) -> [8038,953];
cp_fold(8103) -> [8039,953];
cp_fold(8104) -> [8032,953];
cp_fold(8105) -> [8033,953];
cp_fold(8106) -> [8034,953];
cp_fold(8107) -> [8035,953];
cp_fold(8108) -> [8036,953];
cp_fold(8109) -> [8037,953];
cp_fold(8110) -> [8038,953];
cp_fold(8111) -> [8039,953];
cp_fold(8114) -> [8048,953];
cp_fold(8115) -> [945,953];
cp_fold(8116) -> [940,953];
cp_fold(8118) -> [945,834];
cp_fold(8119) -> [945,834,953];
cp_fold(8124) -> [945,953];
cp_fold(8130) -> [8052,953];
cp_fold(8131) -> [951,953];
cp_fold(8132) -> [942,953];
cp_fold(8134) -> [951,834];
cp_fold(8135) -> [951,834,953];
cp_fold(8140) -> [951,953];
cp_fold(8146) -> [953,776,768];
cp_fold(8147) -> [953,776,769];
cp_fold(8150) -> [953,834];
cp_fold(8151) -> [953,776,834];
cp_fold(8162) -> [965,776,768];
cp_fold(8163) -> [965,776,769];
cp_fold(8164) -> [961,787];
cp_fold(8166) -> [965,834];
cp_fold(8167) -> [965,776,834];
cp_fold(8178) -> [8060,953];
cp_fold(8179) -> [969,953];
cp_fold(8180) -> [974,953];
cp_fold(8182) -> [969,834];
cp_fold(8183) -> [969,834,953];
cp_fold(8188) -> [969,953];
cp_fold(64256) -> [102,102];
cp_fold(64257) -> [102,105];
cp_fold(64258) -> [102,108];
cp_fold(64259) -> [102,102,105];
cp_fold(64260) -> [102,102,108];
cp_fold(64261) -> [115,116];
cp_fold(64262) -> [115,116];
cp_fold(64275) -> [1396,1398];
cp_fold(64276) -> [1396,1381];
cp_fold(64277) -> [1396,1387];
cp_fold(64278) -> [1406,1398];
cp_fold(64279) -> [1396,1389];
cp_fold(C) when C >= 65, C =< 90 -> C + 32;
cp_fold(181) -> 956;
cp_fold(C) when C >= 192, C =< 214 -> C + 32;
cp_fold(C) when C >= 216, C =< 222 -> C + 32;
cp_fold(C) when C >= 256, C =< 302, (C - 256) rem 2 =:= 0 -> C + 1;
cp_fold(C) when C >= 306, C =< 310, (C - 306) rem 2 =:= 0 -> C + 1;
cp_fold(C) when C >= 313, C =< 327, (C - 313) rem 2 =:= 0 -> C + 1;
cp_fold(C) when C >= 330, C =< 374, (C - 330) rem 2 =:= 0 -> C + 1;
cp_fold(376) -> 255;
cp_fold(C) when C >= 377, C =< 381, (C - 377) rem 2 =:= 0 -> C + 1;
cp_fold(383) -> 115;
cp_fold(385) -> 595;
cp_fold(C) when C >= 386, C =< 388, (C - 386) rem 2 =:= 0 -> C + 1;
cp_fold(390) -> 596;
cp_fold(391) -> 392;
cp_fold(C) when C >= 393, C =< 394 -> C + 205;
cp_fold(395) -> 396;
cp_fold(398) -> 477;
cp_fold(399) -> 601;
cp_fold(400) -> 603;
cp_fold(401) -> 402;
cp_fold(403) -> 608;
cp_fold(404) -> 611;
cp_fold(406) -> 617;
cp_fold(407) -> 616;
cp_fold(408) -> 409;
cp_fold(412) -> 623;
cp_fold(413) -> 626;
cp_fold(415) -> 629;
cp_fold(C) when C >= 416, C =< 420, (C - 416) rem 2 =:= 0 -> C + 1;
cp_fold(422) -> 640;
cp_fold(423) -> 424;
cp_fold(425) -> 643;
cp_fold(428) -> 429;
cp_fold(430) -> 648;
cp_fold(431) -> 432;
cp_fold(C) when C >= 433, C =< 434 -> C + 217;
cp_fold(C) when C >= 435, C =< 437, (C - 435) rem 2 =:= 0 -> C + 1;
cp_fold(439) -> 658;
cp_fold(440) -> 441;
cp_fold(444) -> 445;
cp_fold(452) -> 454;
cp_fold(453) -> 454;
cp_fold(455) -> 457;
cp_fold(456) -> 457;
cp_fold(458) -> 460;
cp_fold(C) when C >= 459, C =< 475, (C - 459) rem 2 =:= 0 -> C + 1;
cp_fold(C) when C >= 478, C =< 494, (C - 478) rem 2 =:= 0 -> C + 1;
cp_fold(497) -> 499;
cp_fold(C) when C >= 498, C =< 500, (C - 498) rem 2 =:= 0 -> C + 1;
cp_fold(502) -> 405;
cp_fold(503) -> 447;
cp_fold(C) when C >= 504, C =< 542, (C - 504) rem 2 =:= 0 -> C + 1;
cp_fold(544) -> 414;
cp_fold(C) when C >= 546, C =< 562, (C - 546) rem 2 =:= 0 -> C + 1;
cp_fold(570) -> 11365;
cp_fold(571) -> 572;
cp_fold(573) -> 410;
cp_fold(574) -> 11366;
cp_fold(577) -> 578;
cp_fold(579) -> 384;
cp_fold(580) -> 649;
cp_fold(581) -> 652;
cp_fold(C) when C >= 582, C =< 590, (C - 582) rem 2 =:= 0 -> C + 1;
cp_fold(837) -> 953;
cp_fold(C) when C >= 880, C =< 882, (C - 880) rem 2 =:= 0 -> C + 1;
cp_fold(886) -> 887;
cp_fold(895) -> 1011;
cp_fold(902) -> 940;
cp_fold(C) when C >= 904, C =< 906 -> C + 37;
cp_fold(908) -> 972;
cp_fold(C) when C >= 910, C =< 911 -> C + 63;
cp_fold(C) when C >= 913, C =< 929 -> C + 32;
cp_fold(C) when C >= 931, C =< 939 -> C + 32;
cp_fold(962) -> 963;
cp_fold(975) -> 983;
cp_fold(976) -> 946;
cp_fold(977) -> 952;
cp_fold(981) -> 966;
cp_fold(982) -> 960;
cp_fold(C) when C >= 984, C =< 1006, (C - 984) rem 2 =:= 0 -> C + 1;
cp_fold(1008) -> 954;
cp_fold(1009) -> 961;
cp_fold(1012) -> 952;
cp_fold(1013) -> 949;
cp_fold(1015) -> 1016;
cp_fold(1017) -> 1010;
cp_fold(1018) -> 1019;
cp_fold(C) when C >= 1021, C =< 1023 -> C - 130;
cp_fold(C) when C >= 1024, C =< 1039 -> C + 80;
cp_fold(C) when C >= 1040, C =< 1071 -> C + 32;
cp_fold(C) when C >= 1120, C =< 1152, (C - 1120) rem 2 =:= 0 -> C + 1;
cp_fold(C) when C >= 1162, C =< 1214, (C - 1162) rem 2 =:= 0 -> C + 1;
cp_fold(1216) -> 1231;
cp_fold(C) when C >= 1217, C =< 1229, (C - 1217) rem 2 =:= 0 -> C + 1;
cp_fold(C) when C >= 1232, C =< 1326, (C - 1232) rem 2 =:= 0 -> C + 1;
cp_fold(C) when C >= 1329, C =< 1366 -> C + 48;
cp_fold(C) when C >= 4256, C =< 4293 -> C + 7264;
cp_fold(4295) -> 11559;
cp_fold(4301) -> 11565;
cp_fold(C) when C >= 5112, C =< 5117 -> C - 8;
cp_fold(7296) -> 1074;
cp_fold(7297) -> 1076;
cp_fold(7298) -> 1086;
cp_fold(C) when C >= 7299, C =< 7300 -> C - 6210;
cp_fold(7301) -> 1090;
cp_fold(7302) -> 1098;
cp_fold(7303) -> 1123;
cp_fold(7304) -> 42571;
cp_fold(C) when C >= 7312, C =< 7354 -> C - 3008;
cp_fold(C) when C >= 7357, C =< 7359 -> C - 3008;
cp_fold(C) when C >= 7680, C =< 7828, (C - 7680) rem 2 =:= 0 -> C + 1;
cp_fold(7835) -> 7777;
cp_fold(C) when C >= 7840, C =< 7934, (C - 7840) rem 2 =:= 0 -> C + 1;
cp_fold(C) when C >= 7944, C =< 7951 -> C - 8;
cp_fold(C) when C >= 7960, C =< 7965 -> C - 8;
cp_fold(C) when C >= 7976, C =< 7983 -> C - 8;
cp_fold(C) when C >= 7992, C =< 7999 -> C - 8;
cp_fold(C) when C >= 8008, C =< 8013 -> C - 8;
cp_fold(C) when C >= 8025, C =< 8031, (C - 8025) rem 2 =:= 0 -> C - 8;
cp_fold(C) when C >= 8040, C =< 8047 -> C - 8;
cp_fold(C) when C >= 8120, C =< 8121 -> C - 8;
cp_fold(C) when C >= 8122, C =< 8123 -> C - 74;
cp_fold(8126) -> 953;
cp_fold(C) when C >= 8136, C =< 8139 -> C - 86;
cp_fold(C) when C >= 8152, C =< 8153 -> C - 8;
cp_fold(C) when C >= 8154, C =< 8155 -> C - 100;
cp_fold(C) when C >= 8168, C =< 8169 -> C - 8;
cp_fold(C) when C >= 8170, C =< 8171 -> C - 112;
cp_fold(8172) -> 8165;
cp_fold(C) when C >= 8184, C =< 8185 -> C - 128;
cp_fold(C) when C >= 8186, C =< 8187 -> C - 126;
cp_fold(8486) -> 969;
cp_fold(8490) -> 107;
cp_fold(8491) -> 229;
cp_fold(8498) -> 8526;
cp_fold(C) when C >= 8544, C =< 8559 -> C + 16;
cp_fold(8579) -> 8580;
cp_fold(C) when C >= 9398, C =< 9423 -> C + 26;
cp_fold(C) when C >= 11264, C =< 11311 -> C + 48;
cp_fold(11360) -> 11361;
cp_fold(11362) -> 619;
cp_fold(11363) -> 7549;
cp_fold(11364) -> 637;
cp_fold(C) when C >= 11367, C =< 11371, (C - 11367) rem 2 =:= 0 -> C + 1;
cp_fold(11373) -> 593;
cp_fold(11374) -> 625;
cp_fold(11375) -> 592;
cp_fold(11376) -> 594;
cp_fold(11378) -> 11379;
cp_fold(11381) -> 11382;
cp_fold(C) when C >= 11390, C =< 11391 -> C - 10815;
cp_fold(C) when C >= 11392, C =< 11490, (C - 11392) rem 2 =:= 0 -> C + 1;
cp_fold(C) when C >= 11499, C =< 11501, (C - 11499) rem 2 =:= 0 -> C + 1;
cp_fold(11506) -> 11507;
cp_fold(C) when C >= 42560, C =< 42604, (C - 42560) rem 2 =:= 0 -> C + 1;
cp_fold(C) when C >= 42624, C =< 42650, (C - 42624) rem 2 =:= 0 -> C + 1;
cp_fold(C) when C >= 42786, C =< 42798, (C - 42786) rem 2 =:= 0 -> C + 1;
cp_fold(C) when C >= 42802, C =< 42862, (C - 42802) rem 2 =:= 0 -> C + 1;
cp_fold(C) when C >= 42873, C =< 42875, (C - 42873) rem 2 =:= 0 -> C + 1;
cp_fold(42877) -> 7545;
cp_fold(C) when C >= 42878, C =< 42886, (C - 42878) rem 2 =:= 0 -> C + 1;
cp_fold(42891) -> 42892;
cp_fold(42893) -> 613;
cp_fold(C) when C >= 42896, C =< 42898, (C - 42896) rem 2 =:= 0 -> C + 1;
cp_fold(C) when C >= 42902, C =< 42920, (C - 42902) rem 2 =:= 0 -> C + 1;
cp_fold(42922) -> 614;
cp_fold(42923) -> 604;
cp_fold(42924) -> 609;
cp_fold(42925) -> 620;
cp_fold(42926) -> 618;
cp_fold(42928) -> 670;
cp_fold(42929) -> 647;
cp_fold(42930) -> 669;
cp_fold(42931) -> 43859;
cp_fold(C) when C >= 42932, C =< 42946, (C - 42932) rem 2 =:= 0 -> C + 1;
cp_fold(42948) -> 42900;
cp_fold(42949) -> 642;
cp_fold(42950) -> 7566;
cp_fold(C) when C >= 42951, C =< 42953, (C - 42951) rem 2 =:= 0 -> C + 1;
cp_fold(42960) -> 42961;
cp_fold(C) when C >= 42966, C =< 42968, (C - 42966) rem 2 =:= 0 -> C + 1;
cp_fold(42997) -> 42998;
cp_fold(C) when C >= 43888, C =< 43967 -> C - 38864;
cp_fold(C) when C >= 65313, C =< 65338 -> C + 32;
cp_fold(C) when C >= 66560, C =< 66599 -> C + 40;
cp_fold(C) when C >= 66736, C =< 66771 -> C + 40;
cp_fold(C) when C >= 66928, C =< 66938 -> C + 39;
cp_fold(C) when C >= 66940, C =< 66954 -> C + 39;
cp_fold(C) when C >= 66956, C =< 66962 -> C + 39;
cp_fold(C) when C >= 66964, C =< 66965 -> C + 39;
cp_fold(C) when C >= 68736, C =< 68786 -> C + 64;
cp_fold(C) when C >= 71840, C =< 71871 -> C + 32;
cp_fold(C) when C >= 93760, C =< 93791 -> C + 32;
cp_fold(C) when C >= 125184, C =< 125217 -> C + 34;
cp_fold(C) when C >= 125184, C =< 125217 -> C + 34;
cp_fold(C) -> C.
