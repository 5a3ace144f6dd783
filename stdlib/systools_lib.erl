%% systools_lib: file helpers of the systools modules, as OTP 25's sasl
%% module of that name: read_term/1 (the first term of a .rel, .app or
%% .appup file) and get_path/1 (a search path with `*` wild cards
%% expanded and missing directories dropped).
-module(systools_lib).

-export([read_term/1, read_term_from_string/2, get_path/1, werror/2]).

%% The first term of File, or {error, {open, File, Reason}},
%% {error, {read, File}} (not a complete term), {error, {parse, File, E}}.
-spec read_term(file:filename()) -> {ok, term()} | {error, term()}.
read_term(File) ->
    case file:read_file(File) of
        {ok, Bin} -> read_term_from_string(text(Bin), File);
        {error, Reason} -> {error, {open, File, Reason}}
    end.

%% The first term written in Text (read from File).
-spec read_term_from_string(string(), file:filename()) -> {ok, term()} | {error, term()}.
read_term_from_string(Text, File) ->
    case first_tokens(Text) of
        {ok, Tokens} ->
            case erl_parse:parse_term(Tokens) of
                {ok, Term} -> {ok, Term};
                {error, Error} -> literal_term(Tokens, {error, {parse, File, Error}})
            end;
        error ->
            {error, {read, File}}
    end.

%% UTF-8 unless that is invalid, then Latin-1 (epp's default in OTP 25).
text(Bin) ->
    case unicode:characters_to_list(Bin) of
        L when is_list(L) -> L;
        _ -> binary_to_list(Bin)
    end.

first_tokens(Text) ->
    case erl_scan:tokens([], Text, 1) of
        {done, {ok, Tokens, _}, _} -> {ok, Tokens};
        {done, _, _} -> error;
        {more, Cont} ->
            case erl_scan:tokens(Cont, eof, 1) of
                {done, {ok, Tokens, _}, _} -> {ok, Tokens};
                _ -> error
            end
    end.

%% ferl's erl_parse:parse_term/1 does not take binaries; a term that is
%% made of literals only is evaluated instead.
literal_term(Tokens, Error) ->
    case catch erl_parse:parse_exprs(Tokens) of
        {ok, [Expr]} ->
            case is_literal(Expr) of
                true ->
                    case catch erl_eval:expr(Expr, []) of
                        {value, Term, _} -> {ok, Term};
                        _ -> Error
                    end;
                false -> Error
            end;
        _ -> Error
    end.

is_literal({Kind, _, _}) when Kind =:= integer; Kind =:= float; Kind =:= char;
                              Kind =:= atom; Kind =:= string -> true;
is_literal({nil, _}) -> true;
is_literal({cons, _, H, T}) -> is_literal(H) andalso is_literal(T);
is_literal({tuple, _, Es}) -> lists:all(fun is_literal/1, Es);
is_literal({map, _, Fs}) ->
    lists:all(fun({map_field_assoc, _, K, V}) -> is_literal(K) andalso is_literal(V);
                 (_) -> false
              end, Fs);
is_literal({op, _, Op, {Kind, _, _}}) when (Op =:= '-' orelse Op =:= '+'),
                                           (Kind =:= integer orelse Kind =:= float) -> true;
is_literal({bin, _, Es}) ->
    lists:all(fun({bin_element, _, V, Size, _Types}) ->
                      is_literal(V) andalso (Size =:= default orelse is_literal(Size));
                 (_) -> false
              end, Es);
is_literal(_) -> false.

%% The directories of Patterns, in order; a `*` in a name component
%% matches any directory there. Names that are not directories are left
%% out.
-spec get_path([string()]) -> [string()].
get_path(Patterns) when is_list(Patterns) ->
    lists:append([expand(P) || P <- Patterns]);
get_path(_) ->
    [].

expand(Pattern) ->
    case lists:member($*, Pattern) of
        false ->
            case filelib:is_dir(Pattern) of
                true -> [Pattern];
                false -> []
            end;
        true ->
            [D || D <- filelib:wildcard(Pattern), filelib:is_dir(D)]
    end.

%% Whether Warnings are to be treated as errors.
-spec werror([term()], [term()]) -> boolean().
werror(Options, Warnings) ->
    lists:member(warnings_as_errors, Options) andalso Warnings =/= [].
