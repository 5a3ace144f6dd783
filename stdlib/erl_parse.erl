%% erl_parse: the Erlang part. parse_exprs/1 and parse_term/1 are Rust BIFs
%% (vm/src/bif/erl_parse.rs); this module has format_error/1, abstract/1,2
%% and normalise/1.
%%
%% Not supported: parse_form/1, the type and form printing helpers
%% (use erl_pp, not provided either), abstract/2 options other than a line.
-module(erl_parse).
-export([format_error/1, abstract/1, abstract/2, normalise/1]).

format_error(Message) ->
    case io_lib:deep_char_list(Message) of
        true -> Message;
        false -> io_lib:write(Message)
    end.

abstract(T) -> abstract(T, 0).

abstract(T, Opts) when is_list(Opts) ->
    abstract(T, proplists:get_value(line, Opts, 0));
abstract(T, A) when is_integer(T) -> {integer, A, T};
abstract(T, A) when is_float(T) -> {float, A, T};
abstract(T, A) when is_atom(T) -> {atom, A, T};
abstract([], A) -> {nil, A};
abstract(T, A) when is_list(T) ->
    case io_lib:printable_unicode_list(T) of
        true -> {string, A, T};
        false -> {cons, A, abstract(hd(T), A), abstract(tl(T), A)}
    end;
abstract(T, A) when is_tuple(T) -> {tuple, A, [abstract(E, A) || E <- tuple_to_list(T)]};
abstract(T, A) when is_map(T) ->
    {map, A, [{map_field_assoc, A, abstract(K, A), abstract(V, A)}
              || {K, V} <- maps:to_list(T)]};
abstract(T, A) when is_binary(T) ->
    {bin, A, [{bin_element, A, {integer, A, B}, default, default} || <<B>> <= T]};
abstract(T, _A) -> erlang:error(badarg, [T]).

normalise({char, _, C}) -> C;
normalise({integer, _, I}) -> I;
normalise({float, _, F}) -> F;
normalise({atom, _, A}) -> A;
normalise({string, _, S}) -> S;
normalise({nil, _}) -> [];
normalise({bin, _, Fs}) ->
    list_to_binary([normalise(V) || {bin_element, _, V, default, default} <- Fs]);
normalise({cons, _, H, T}) -> [normalise(H) | normalise(T)];
normalise({tuple, _, Es}) -> list_to_tuple([normalise(E) || E <- Es]);
normalise({map, _, Fs}) ->
    maps:from_list([{normalise(K), normalise(V)} || {map_field_assoc, _, K, V} <- Fs]);
normalise({op, _, '-', E}) -> - normalise(E);
normalise({op, _, '+', E}) -> normalise(E);
normalise({'fun', _, {function, {atom, _, M}, {atom, _, F}, {integer, _, A}}}) ->
    fun M:F/A;
normalise(X) -> erlang:error({badarg, X}).
