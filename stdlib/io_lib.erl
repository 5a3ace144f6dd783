%% io_lib: the parts of OTP's io_lib written in Erlang. The formatting
%% functions (format/2, write/1,2, print/1, write_atom/1, write_string/1,
%% the printable_* tests, ...) are native in ferl (vm/src/bif/io.rs); a
%% native function of the same name and arity is always called first.
-module(io_lib).

-export([write_char/1, write_latin1_char/1, indentation/2,
         write_unicode_char/1, char_to_text/1]).

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
