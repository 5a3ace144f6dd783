%% erl_scan: the Erlang part. string/1,2,3 and tokens/3,4 are Rust BIFs
%% (vm/src/bif/erl_scan.rs); this module holds what works on their results.
%%
%% Not supported: options of string/3 and tokens/4 (`text`,
%% `return_comments`, ...) are ignored; reserved_word/1 knows OTP 25's
%% words without `maybe`/`else`.
-module(erl_scan).
-export([format_error/1, reserved_word/1, category/1, symbol/1, line/1,
         location/1, column/1]).

format_error({string, Quote, Head}) ->
    lists:flatten(["unterminated ", string_thing(Quote),
                   " starting with ", quote(head(Head), Quote)]);
format_error({illegal, Type}) -> lists:flatten(io_lib:fwrite("illegal ~w", [Type]));
format_error(char) -> "unterminated character";
format_error({base, Base}) -> lists:flatten(io_lib:fwrite("illegal base '~w'", [Base]));
format_error(Other) -> lists:flatten(io_lib:write(Other)).

quote(Cs, $") -> io_lib:write_string(Cs);
quote(Cs, Q) -> [Q, lists:flatmap(fun(C) -> escape(C, Q) end, Cs), Q].

escape(Q, Q) -> [$\\, Q];
escape($\\, _) -> "\\\\";
escape($\n, _) -> "\\n";
escape($\t, _) -> "\\t";
escape(C, _) -> [C].

string_thing($') -> "atom";
string_thing(_) -> "string".

%% The first 16 characters, with an ellipsis when there are more.
head(Cs) when length(Cs) > 16 -> lists:sublist(Cs, 16) ++ "...";
head(Cs) -> Cs.

reserved_word(W) ->
    lists:member(W, ['after', 'and', 'andalso', 'band', 'begin', 'bnot', 'bor',
                     'bsl', 'bsr', 'bxor', 'case', 'catch', 'cond', 'div', 'end',
                     'fun', 'if', 'let', 'not', 'of', 'or', 'orelse', 'receive',
                     'rem', 'try', 'when', 'xor']).

category(Token) -> element(1, Token).

symbol({Category, _Anno}) -> Category;
symbol({_Category, _Anno, Symbol}) -> Symbol.

location(Token) ->
    case element(2, Token) of
        {L, C} -> {L, C};
        L when is_integer(L) -> L;
        Anno when is_list(Anno) -> proplists:get_value(location, Anno)
    end.

line(Token) ->
    case location(Token) of
        {L, _} -> L;
        L -> L
    end.

column(Token) ->
    case location(Token) of
        {_, C} -> C;
        _ -> undefined
    end.
