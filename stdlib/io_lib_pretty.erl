%% io_lib_pretty: OTP's print/1..6 (the pretty printer behind ~p and the
%% shell). The layout is native (ferl_print/9, vm/src/format/pretty.rs);
%% this module reads the options and, since native code cannot call funs,
%% asks the record_print_fun about every tuple that may print as a record
%% and hands the answers over as a table.
-module(io_lib_pretty).

-export([print/1, print/2, print/3, print/4, print/5, print/6]).

-type rec_print_fun() :: fun((Tag :: atom(), NFields :: non_neg_integer()) ->
                                 'no' | [FieldName :: atom()]).
-type option() :: {'chars_limit', integer()}
                | {'column', integer()}
                | {'depth', integer()}
                | {'encoding', latin1 | utf8 | unicode}
                | {'line_length', pos_integer()}
                | {'line_max_chars', integer()}
                | {'record_print_fun', rec_print_fun()}
                | {'strings', boolean()}.

-spec print(term()) -> io_lib:chars().
print(Term) ->
    print(Term, 1, 80, -1).

%% print(Term, Options) or print(Term, RecDefFun).
-spec print(term(), rec_print_fun() | [option()]) -> io_lib:chars().
print(Term, Options) when is_list(Options) ->
    Col = get_option(column, Options, 1),
    Ll = get_option(line_length, Options, 80),
    D = get_option(depth, Options, -1),
    M = get_option(line_max_chars, Options, -1),
    T = get_option(chars_limit, Options, -1),
    RecDefFun = get_option(record_print_fun, Options, no_fun),
    Encoding = get_option(encoding, Options, utf8),
    Strings = get_option(strings, Options, true),
    print(Term, Col, Ll, D, M, T, RecDefFun, Encoding, Strings);
print(Term, RecDefFun) ->
    print(Term, -1, RecDefFun).

-spec print(term(), integer(), rec_print_fun()) -> io_lib:chars().
print(Term, Depth, RecDefFun) ->
    print(Term, 1, 80, Depth, RecDefFun).

-spec print(term(), integer(), pos_integer(), integer()) -> io_lib:chars().
print(Term, Col, Ll, D) ->
    print(Term, Col, Ll, D, -1, -1, no_fun, latin1, true).

-spec print(term(), integer(), pos_integer(), integer(), rec_print_fun()) ->
          io_lib:chars().
print(Term, Col, Ll, D, RecDefFun) ->
    print(Term, Col, Ll, D, -1, RecDefFun).

-spec print(term(), integer(), pos_integer(), integer(), integer(),
            rec_print_fun()) -> io_lib:chars().
print(Term, Col, Ll, D, M, RecDefFun) ->
    print(Term, Col, Ll, D, M, -1, RecDefFun, latin1, true).

print(_, _, _, 0, _M, _T, _RF, _Enc, _Str) -> "...";
print(_, _, _, _D, _M, 0, _RF, _Enc, _Str) -> "...";
print(Term, Col, Ll, D, M, T, RecDefFun, Enc, Str) ->
    Records = case is_function(RecDefFun) of
                  true -> records(Term, D, RecDefFun);
                  false -> []
              end,
    io_lib_pretty:ferl_print(Term, Col, Ll, D, M, T, Enc, Str, Records).

%% records(Term, Depth, RecDefFun) -> [{Tag, NoFields, Fields}]
%% The answers of RecDefFun for the tuples with an atom first element
%% that printing to Depth reaches, asked once per tag and size. An answer
%% that is not a list of NoFields atoms prints the tuple as a tuple.
records(Term, D, RF) ->
    Asked = defs(Term, D, RF, #{}),
    [{Tag, N, Fs} || {{Tag, N}, Fs} <- maps:to_list(Asked), field_names(Fs, N)].

field_names(Fs, N) when is_list(Fs) ->
    length(Fs) =:= N andalso lists:all(fun erlang:is_atom/1, Fs);
field_names(_, _) ->
    false.

%% The depths are those of print_length: each element of a list or tuple
%% one less than the one before, every key and value of a map one less
%% than the map; at depth 1 a compound term is only dots.
defs(L, D, RF, Acc) when is_list(L) ->
    defs_list(L, D, RF, Acc);
defs(T, D, RF, Acc) when is_tuple(T), tuple_size(T) > 0,
                         is_atom(element(1, T)) ->
    Key = {element(1, T), tuple_size(T) - 1},
    Acc1 = case Acc of
               #{Key := _} -> Acc;
               #{} -> Acc#{Key => RF(element(1, T), tuple_size(T) - 1)}
           end,
    defs_elems(T, 1, D, RF, Acc1);
defs(T, D, RF, Acc) when is_tuple(T) ->
    defs_elems(T, 1, D, RF, Acc);
defs(M, D, RF, Acc) when is_map(M), D =/= 1 ->
    %% Every pair, even those depth leaves out: map order is not
    %% print order for large maps, and asking too much prints the same.
    maps:fold(fun(K, V, A) -> defs(V, D - 1, RF, defs(K, D - 1, RF, A)) end,
              Acc, M);
defs(_, _, _, Acc) ->
    Acc.

defs_list([], _D, _RF, Acc) -> Acc;
defs_list(_, 1, _RF, Acc) -> Acc;
defs_list([E | Es], D, RF, Acc) -> defs_list(Es, D - 1, RF, defs(E, D - 1, RF, Acc));
defs_list(Tail, D, RF, Acc) -> defs(Tail, D - 1, RF, Acc).

defs_elems(T, I, _D, _RF, Acc) when I > tuple_size(T) -> Acc;
defs_elems(_T, _I, 1, _RF, Acc) -> Acc;
defs_elems(T, I, D, RF, Acc) ->
    defs_elems(T, I + 1, D - 1, RF, defs(element(I, T), D - 1, RF, Acc)).

%% The first {Key, Value} for Key, as lists:keyfind/3 finds it.
get_option(Key, Options, Default) ->
    case lists:keyfind(Key, 1, Options) of
        {Key, Value} -> Value;
        _ -> Default
    end.
