%% io_lib: the parts of OTP's io_lib written in Erlang. The formatting
%% functions (format/2,3, write/1,2, print/1, write_atom/1, write_string/1,
%% the printable_* tests, ...) are native in ferl (vm/src/bif/io.rs); a
%% native function of the same name and arity is always called first.
-module(io_lib).

-export([write_char/1, write_latin1_char/1, indentation/2,
         write_unicode_char/1, char_to_text/1, fread/2, limit_term/2, chars_length/1]).
-export([write_string/2, write_unicode_string/1, write_latin1_string/1, write_latin1_string/2,
         write_string_as_latin1/1, write_string_as_latin1/2, write_char_as_latin1/1,
         write_atom_as_latin1/1, quote_atom/2, deep_latin1_char_list/1,
         deep_unicode_char_list/1]).

%% write_char(Char) -> "$c" as the Erlang source text of a character.
-spec write_char(char()) -> string().
write_char(C) when is_integer(C), C >= 0 ->
    [$$ | char_to_text(C)].

-spec write_latin1_char(char()) -> string().
write_latin1_char(C) when is_integer(C), C >= 0, C =< 255 ->
    [$$ | char_to_text(C)].

-spec write_unicode_char(char()) -> string().
write_unicode_char(C) when is_integer(C), C >= 0 ->
    [$$ | char_to_text(C)].

%% The text of one character inside a char literal: escapes as OTP writes them.
-spec char_to_text(char()) -> string().
char_to_text($\n) -> "\\n";
char_to_text($\r) -> "\\r";
char_to_text($\t) -> "\\t";
char_to_text($\v) -> "\\v";
char_to_text($\b) -> "\\b";
char_to_text($\f) -> "\\f";
char_to_text($\e) -> "\\e";
char_to_text($\d) -> "\\d";
char_to_text($\s) -> "\\s";
char_to_text($\\) -> "\\\\";
char_to_text(C) when C < 32; C >= 128, C < 160 -> [$\\ | octal3(C)];
char_to_text(C) -> [C].

octal3(C) -> [$0 + (C bsr 6) band 7, $0 + (C bsr 3) band 7, $0 + C band 7].

%% indentation(String, StartColumn) -> the column after printing String.
-spec indentation(string(), integer()) -> integer().
indentation([$\n | Cs], _I) -> indentation(Cs, 0);
indentation([$\t | Cs], I) -> indentation(Cs, ((I + 8) div 8) * 8);
indentation([C | Cs], I) when is_integer(C) -> indentation(Cs, I + 1);
indentation([], I) -> I.

%% fread(Format, String): reads values as the control sequences say
%% (~d ~u ~s ~a ~f ~c ~~, white space, literal characters). Field widths
%% are not supported.
-spec fread(string(), string()) -> {ok, list(), string()} | {error, {fread, atom()}}.
fread(Format, String) ->
    fread(Format, String, []).

fread([], Rest, Acc) ->
    {ok, lists:reverse(Acc), Rest};
fread([$~, $~ | F], [$~ | S], Acc) ->
    fread(F, S, Acc);
fread([$~, C | F], S, Acc) ->
    case fread_one(C, S) of
        {ok, V, Rest} -> fread(F, Rest, [V | Acc]);
        {error, _} = E -> E
    end;
fread([W | F], S, Acc) when W =:= $\s; W =:= $\t; W =:= $\n ->
    fread(F, skip_ws(S), Acc);
fread([C | F], [C | S], Acc) ->
    fread(F, S, Acc);
fread([_ | _], _, _) ->
    {error, {fread, input}}.

fread_one($d, S) -> fread_int(skip_ws(S), integer);
fread_one($u, S) -> fread_int(skip_ws(S), unsigned);
fread_one($s, S) ->
    case lists:splitwith(fun(C) -> not is_ws(C) end, skip_ws(S)) of
        {[], _} -> {error, {fread, string}};
        {W, Rest} -> {ok, W, Rest}
    end;
fread_one($a, S) ->
    case fread_one($s, S) of
        {ok, W, Rest} -> {ok, list_to_atom(W), Rest};
        _ -> {error, {fread, atom}}
    end;
fread_one($c, [C | Rest]) -> {ok, [C], Rest};
fread_one($f, S) ->
    {Digits, Rest} = lists:splitwith(fun(C) -> is_float_char(C) end, skip_ws(S)),
    try {ok, list_to_float(Digits), Rest}
    catch error:badarg -> {error, {fread, float}}
    end;
fread_one(_, _) -> {error, {fread, format}}.

fread_int(S, What) ->
    {Sign, S1} = case S of
                     [$- | T] when What =:= integer -> {-1, T};
                     [$+ | T] when What =:= integer -> {1, T};
                     _ -> {1, S}
                 end,
    case lists:splitwith(fun(C) -> C >= $0 andalso C =< $9 end, S1) of
        {[], _} -> {error, {fread, What}};
        {Ds, Rest} -> {ok, Sign * list_to_integer(Ds), Rest}
    end.

is_float_char(C) -> (C >= $0 andalso C =< $9) orelse C =:= $. orelse C =:= $e
                        orelse C =:= $E orelse C =:= $- orelse C =:= $+.

is_ws(C) -> C =:= $\s orelse C =:= $\t orelse C =:= $\n orelse C =:= $\r.

skip_ws([C | S]) when C =:= $\s; C =:= $\t; C =:= $\n; C =:= $\r -> skip_ws(S);
skip_ws(S) -> S.

%% limit_term(Term, Depth): Term itself when ~P/~W to Depth would print all
%% of it; else a copy cut as that printing cuts it, '...' marking the
%% cuts (a map keeps Depth + 1 pairs, unmarked), as OTP 25 does. Printable
%% lists are kept whole.
-spec limit_term(term(), integer()) -> term().
limit_term(Term, Depth) ->
    case fits(Term, Depth) of
        true -> Term;
        false -> cut(Term, Depth)
    end.

fits(_, 0) -> false;
fits([_ | _] = L, D) when is_integer(D) ->
    D =/= 1 andalso (io_lib:printable_list(L) orelse fits_elems(L, D));
fits(M, D) when is_map(M) -> fits_pairs(maps:to_list(M), D);
fits({}, _) -> true;
fits(T, D) when is_tuple(T) -> fits_elems(tuple_to_list(T), D);
fits(_, _) -> true.

%% The elements of a list (and its tail) or a tuple, one level down each,
%% the depth running out one element at a time.
fits_elems([H | T], D) -> fits(H, D - 1) andalso fits_tail(T, D - 1);
fits_elems([], _) -> true.

fits_tail([], _) -> true;
fits_tail(_, 1) -> false;
fits_tail([H | T], D) -> fits(H, D - 1) andalso fits_tail(T, D - 1);
fits_tail(Other, D) -> fits(Other, D - 1).

fits_pairs(_, 0) -> false;
fits_pairs([{K, V} | Ps], D) ->
    fits(K, D - 1) andalso fits(V, D - 1) andalso fits_pairs(Ps, D - 1);
fits_pairs([], _) -> true.

cut(_, 0) -> '...';
cut([H | T] = L, D) ->
    case D =:= 1 of
        true -> ['...'];
        false ->
            case io_lib:printable_list(L) of
                true -> L;
                false -> [cut(H, D - 1) | cut_tail(T, D - 1)]
            end
    end;
cut(M, D) when is_map(M) ->
    Pairs = lists:sublist(maps:to_list(M), D + 1),
    maps:from_list([{K, cut(V, D - 1)} || {K, V} <- Pairs]);
cut({}, _) -> {};
cut(T, 1) when is_tuple(T) -> {'...'};
cut(T, D) when is_tuple(T) ->
    [H | Es] = tuple_to_list(T),
    list_to_tuple([cut(H, D - 1) | cut_elems(Es, D - 1)]);
cut(Term, _) -> Term.

cut_tail([], _) -> [];
cut_tail(_, 1) -> ['...'];
cut_tail([H | T], D) -> [cut(H, D - 1) | cut_tail(T, D - 1)];
cut_tail(Other, D) -> cut(Other, D - 1).

cut_elems([], _) -> [];
cut_elems(_, 1) -> ['...'];
cut_elems([E | Es], D) -> [cut(E, D - 1) | cut_elems(Es, D - 1)].

%% chars_length(Chars): how many characters a deep list or binary holds
%% (bytes when it is an iolist, else grapheme clusters).
-spec chars_length(unicode:chardata()) -> non_neg_integer().
chars_length(S) ->
    try iolist_size(S)
    catch _:_ -> string:length(S)
    end.

%% ---- quoted strings and atoms -------------------------------------------
%% A string as the text of a literal between quote characters Q: the quote
%% and backslash escaped, printable characters kept, controls as escapes
%% or three octal digits. What counts as printable above 126 depends on
%% the target: any character (unicode), 160-255 only (latin1: a larger one
%% is not a latin1 string), or 160-255 with larger ones written \x{HEX}
%% (as_latin1, a latin1 text for any string).

-spec write_string(string(), char()) -> string().
write_string(S, Q) -> [Q | quoted(unicode, S, Q, [])].

-spec write_unicode_string(string()) -> string().
write_unicode_string(S) -> write_string(S, $").

-spec write_latin1_string(string()) -> string().
write_latin1_string(S) -> write_latin1_string(S, $").

-spec write_latin1_string(string(), char()) -> string().
write_latin1_string(S, Q) -> [Q | quoted(latin1, S, Q, [])].

-spec write_string_as_latin1(string()) -> string().
write_string_as_latin1(S) -> write_string_as_latin1(S, $").

-spec write_string_as_latin1(string(), char()) -> string().
write_string_as_latin1(S, Q) -> [Q | quoted(as_latin1, S, Q, [])].

-spec write_char_as_latin1(char()) -> string().
write_char_as_latin1(C) when is_integer(C), C >= 0 ->
    [$$ | lists:reverse(escaped(as_latin1, C, -1, []))].

quoted(_Target, [], Q, Acc) ->
    lists:reverse(Acc, [Q]);
quoted(Target, [C | Cs], Q, Acc) ->
    quoted(Target, Cs, Q, escaped(Target, C, Q, Acc)).

%% The text of character C prepended (reversed) to Acc.
escaped(_, Q, Q, Acc) -> [Q, $\\ | Acc];
escaped(_, $\\, _, Acc) -> [$\\, $\\ | Acc];
escaped(_, C, _, Acc) when C >= $\s, C =< $~ -> [C | Acc];
escaped(latin1, C, _, Acc) when C >= 160, C =< 255 -> [C | Acc];
escaped(unicode, C, _, Acc) when C >= 160 -> [C | Acc];
escaped(as_latin1, C, _, Acc) when C >= 160, C =< 255 -> [C | Acc];
escaped(as_latin1, C, _, Acc) when C > 255 ->
    lists:reverse("\\x{" ++ integer_to_list(C, 16) ++ "}", Acc);
escaped(_, C, _, Acc) when is_integer(C), C >= 0, C < 160 ->
    lists:reverse(char_to_text(C), Acc).

-spec write_atom_as_latin1(atom()) -> string().
write_atom_as_latin1(A) ->
    Cs = atom_to_list(A),
    case quote_atom(A, Cs) of
        true -> write_string_as_latin1(Cs, $');
        false -> Cs
    end.

%% Whether atom A (its characters Cs) must be quoted to read back: a
%% reserved word, or not a lower-case letter followed by name characters.
-spec quote_atom(atom(), string()) -> boolean().
quote_atom(A, Cs) ->
    case erl_scan:reserved_word(A) of
        true -> true;
        false ->
            case Cs of
                [C | Rest] when C >= $a, C =< $z -> not lists:all(fun name_char/1, Rest);
                [C | Rest] when C >= 223, C =< 255, C =/= 247 -> not lists:all(fun name_char/1, Rest);
                _ -> true
            end
    end.

name_char(C) when C >= $a, C =< $z -> true;
name_char(C) when C >= 223, C =< 255, C =/= 247 -> true;
name_char(C) when C >= $A, C =< $Z -> true;
name_char(C) when C >= 192, C =< 222, C =/= 215 -> true;
name_char(C) when C >= $0, C =< $9 -> true;
name_char($_) -> true;
name_char($@) -> true;
name_char(_) -> false.

%% A possibly deep list of latin1 characters / of any characters.
-spec deep_latin1_char_list(term()) -> boolean().
deep_latin1_char_list(T) -> deep_chars(T, [], 255).

-spec deep_unicode_char_list(term()) -> boolean().
deep_unicode_char_list(T) -> io_lib:deep_char_list(T).

deep_chars([L | Cs], More, Max) when is_list(L) -> deep_chars(L, [Cs | More], Max);
deep_chars([C | Cs], More, Max) when is_integer(C), C >= 0, C =< Max -> deep_chars(Cs, More, Max);
deep_chars([], [Cs | More], Max) -> deep_chars(Cs, More, Max);
deep_chars([], [], _) -> true;
deep_chars(_, _, _) -> false.
