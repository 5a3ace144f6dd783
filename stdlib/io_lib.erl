%% io_lib: the parts of OTP's io_lib written in Erlang. The formatting
%% functions (format/2, write/1,2, print/1, write_atom/1, write_string/1,
%% the printable_* tests, ...) are native in ferl (vm/src/bif/io.rs); a
%% native function of the same name and arity is always called first.
-module(io_lib).

-export([write_char/1, write_latin1_char/1, indentation/2,
         write_unicode_char/1, char_to_text/1, fread/2]).

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
