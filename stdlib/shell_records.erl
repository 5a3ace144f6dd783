%% shell_records: records at the shell prompt. OTP's shell hands its record
%% definitions (rd/2, rr/1) to erl_expand_records before evaluating a
%% command; this module does the same job for ferl's shell: expand/2 turns
%% record expressions, patterns and guards into tuple operations that
%% erl_eval understands, and read_file/1 finds the -record attributes of a
%% source file (and the files it includes) for rr/1.
%%
%% Definitions are a map Name => [{Field, DefaultExpr | none}], in field
%% order. Errors are OTP's lint errors: {Loc, erl_lint, {undefined_record,
%% Name}} and {Loc, erl_lint, {undefined_field, Name, Field}}, thrown as
%% {lint, Error}.
%%
%% Not supported: the typed-record checks of erl_lint, record guards that
%% OTP rewrites with an is_record/3 test (a field access in a guard is a
%% plain element/2 here, so a wrong record makes the guard fail just the
%% same), -include_lib in files read by rr/1.
-module(shell_records).
-export([expand/2, get/4, update/4, read_file/1, read/1, format_error/1]).

%% ------------------------------------------------------------- expansion

expand(E, Recs) ->
    expr(E, Recs).

expr({record, A, Name, Fs}, Recs) ->
    {tuple, A, [{atom, A, Name} | create_fields(A, Name, Fs, Recs, fun expr/2)]};
expr({record, A, E, Name, Fs}, Recs) ->
    Defs = defs(A, Name, Recs),
    Updates = [cons_tuple(FA, index(FA, Name, F, Defs), expr(V, Recs))
               || {record_field, _, {atom, FA, F}, V} <- Fs],
    List = lists:foldr(fun(T, Tl) -> {cons, A, T, Tl} end, {nil, A}, Updates),
    call(A, update, [expr(E, Recs), {atom, A, Name}, {integer, A, length(Defs) + 1}, List]);
expr({record_field, A, E, Name, {atom, FA, F}}, Recs) ->
    Defs = defs(A, Name, Recs),
    call(A, get, [expr(E, Recs), {atom, A, Name}, {integer, A, length(Defs) + 1},
                  {integer, A, index(FA, Name, F, Defs)}]);
expr({record_index, A, Name, {atom, FA, F}}, Recs) ->
    {integer, A, index(FA, Name, F, defs(A, Name, Recs))};
expr({match, A, P, E}, Recs) ->
    {match, A, pat(P, Recs), expr(E, Recs)};
expr({'case', A, E, Cs}, Recs) ->
    {'case', A, expr(E, Recs), clauses(Cs, Recs)};
expr({'receive', A, Cs}, Recs) ->
    {'receive', A, clauses(Cs, Recs)};
expr({'receive', A, Cs, T, After}, Recs) ->
    {'receive', A, clauses(Cs, Recs), expr(T, Recs), exprs(After, Recs)};
expr({'try', A, Es, Ocs, Ccs, After}, Recs) ->
    {'try', A, exprs(Es, Recs), clauses(Ocs, Recs), clauses(Ccs, Recs), exprs(After, Recs)};
expr({'if', A, Cs}, Recs) ->
    {'if', A, clauses(Cs, Recs)};
expr({'fun', A, {clauses, Cs}}, Recs) ->
    {'fun', A, {clauses, clauses(Cs, Recs)}};
expr({named_fun, A, N, Cs}, Recs) ->
    {named_fun, A, N, clauses(Cs, Recs)};
expr({Comp, A, E, Qs}, Recs) when Comp =:= lc; Comp =:= bc ->
    {Comp, A, expr(E, Recs), [qualifier(Q, Recs) || Q <- Qs]};
expr(T, Recs) ->
    generic(T, Recs, fun expr/2).

exprs(Es, Recs) -> [expr(E, Recs) || E <- Es].

qualifier({Gen, A, P, E}, Recs) when Gen =:= generate; Gen =:= b_generate ->
    {Gen, A, pat(P, Recs), expr(E, Recs)};
qualifier(Filter, Recs) ->
    expr(Filter, Recs).

clauses(Cs, Recs) -> [clause(C, Recs) || C <- Cs].

clause({clause, A, Ps, G, B}, Recs) ->
    {clause, A, [pat(P, Recs) || P <- Ps], [[guard(T, Recs) || T <- Gs] || Gs <- G], exprs(B, Recs)}.

pat({record, A, Name, Fs}, Recs) ->
    {tuple, A, [{atom, A, Name} | pattern_fields(A, Name, Fs, Recs)]};
pat({record_index, _, _, _} = E, Recs) ->
    expr(E, Recs);
pat(T, Recs) ->
    generic(T, Recs, fun pat/2).

guard({record_field, A, E, Name, {atom, FA, F}}, Recs) ->
    Defs = defs(A, Name, Recs),
    {call, A, {remote, A, {atom, A, erlang}, {atom, A, element}},
     [{integer, A, index(FA, Name, F, Defs)}, guard(E, Recs)]};
guard({record, A, Name, Fs}, Recs) ->
    {tuple, A, [{atom, A, Name} | create_fields(A, Name, Fs, Recs, fun guard/2)]};
guard(T, Recs) ->
    generic(T, Recs, fun guard/2).

%% Any other node: its parts in the same context.
generic(T, Recs, F) when is_tuple(T), tuple_size(T) >= 3, is_atom(element(1, T)) ->
    [Tag, Anno | Parts] = tuple_to_list(T),
    list_to_tuple([Tag, Anno | [generic_part(P, Recs, F) || P <- Parts]]);
generic(T, _Recs, _F) ->
    T.

generic_part(L, Recs, F) when is_list(L) -> [generic_part(X, Recs, F) || X <- L];
generic_part(T, Recs, F) when is_tuple(T) -> F(T, Recs);
generic_part(X, _Recs, _F) -> X.

%% Field values of a new record, in definition order: the given value, the
%% `_ = V` value, the definition's default, or undefined.
create_fields(A, Name, Fs, Recs, Ctx) ->
    Defs = defs(A, Name, Recs),
    Given = given(Name, Fs, Defs),
    Wild = [V || {record_field, _, {var, _, '_'}, V} <- Fs],
    [case lists:keyfind(F, 1, Given) of
         {_, V} -> Ctx(V, Recs);
         false when Wild =/= [] -> Ctx(hd(Wild), Recs);
         false when Default =:= none -> {atom, A, undefined};
         false -> Ctx(Default, Recs)
     end || {F, Default} <- Defs].

pattern_fields(A, Name, Fs, Recs) ->
    Defs = defs(A, Name, Recs),
    Given = given(Name, Fs, Defs),
    Wild = [V || {record_field, _, {var, _, '_'}, V} <- Fs],
    [case lists:keyfind(F, 1, Given) of
         {_, P} -> pat(P, Recs);
         false when Wild =/= [] -> pat(hd(Wild), Recs);
         false -> {var, A, '_'}
     end || {F, _} <- Defs].

given(Name, Fs, Defs) ->
    [begin _ = index(FA, Name, F, Defs), {F, V} end || {record_field, _, {atom, FA, F}, V} <- Fs].

%% A field read by rr/1 carries its type as a third element.
defs(A, Name, Recs) ->
    case Recs of
        #{Name := Defs} -> [{element(1, D), element(2, D)} || D <- Defs];
        _ -> throw({lint, {erl_anno:location(A), erl_lint, {undefined_record, Name}}})
    end.

index(A, Name, F, Defs) ->
    index(A, Name, F, Defs, 2).

index(A, Name, F, [], _) ->
    throw({lint, {erl_anno:location(A), erl_lint, {undefined_field, Name, F}}});
index(_, _, F, [{F, _} | _], I) -> I;
index(A, Name, F, [_ | Defs], I) -> index(A, Name, F, Defs, I + 1).

cons_tuple(A, I, V) -> {tuple, A, [{integer, A, I}, V]}.

call(A, F, Args) ->
    {call, A, {remote, A, {atom, A, ?MODULE}, {atom, A, F}}, Args}.

%% ----------------------------------------------------- run-time helpers

%% Rec#Name.Field: OTP 25 raises {badrecord, Value} for anything that is not
%% a Name record of the right size. The shell leaves this module's frames
%% out of its reports, as it does erl_eval's.
get(Rec, Name, Size, I) when is_tuple(Rec), tuple_size(Rec) =:= Size, element(1, Rec) =:= Name ->
    element(I, Rec);
get(Rec, _Name, _Size, _I) ->
    erlang:error({badrecord, Rec}).

update(Rec, Name, Size, Changes) when is_tuple(Rec), tuple_size(Rec) =:= Size, element(1, Rec) =:= Name ->
    lists:foldl(fun({I, V}, R) -> setelement(I, R, V) end, Rec, Changes);
update(Rec, _Name, _Size, _Changes) ->
    erlang:error({badrecord, Rec}).

format_error({undefined_record, Name}) ->
    io_lib:format("record ~tw undefined", [Name]);
format_error({undefined_field, Name, F}) ->
    io_lib:format("field ~tw undefined in record ~tw", [F, Name]).

%% ------------------------------------------------ records of a source file

%% read_file(File) -> {ok, [{Name, Fields}]} | {error, Reason}: the
%% -record attributes of File and of the files it -includes (relative to
%% File's directory), in the order they appear.
read_file(File) ->
    read_file(File, 0).

read_file(_File, Depth) when Depth > 20 ->
    {ok, []};
read_file(File, Depth) ->
    case file:read_file(File) of
        {ok, Bin} ->
            case erl_scan:string(unicode:characters_to_list(Bin), {1, 1}) of
                {ok, Toks, _} -> {ok, forms(Toks, filename:dirname(File), Depth, [])};
                {error, _, _} -> {error, {scan_error, File}}
            end;
        {error, _} = Error ->
            Error
    end.

forms([], _Dir, _Depth, Acc) ->
    lists:append(lists:reverse(Acc));
forms(Toks, Dir, Depth, Acc) ->
    {Form, Rest} = split_form(Toks, []),
    forms(Rest, Dir, Depth, [form(Form, Dir, Depth) | Acc]).

split_form([], Acc) -> {lists:reverse(Acc), []};
split_form([{dot, _} | Rest], Acc) -> {lists:reverse(Acc), Rest};
split_form([T | Rest], Acc) -> split_form(Rest, [T | Acc]).

form([{'-', _}, {atom, _, record}, {'(', A} | Body], _Dir, _Depth) ->
    case lists:reverse(Body) of
        [{')', _} | RevArgs] ->
            {Untyped, Types} = untyped(lists:reverse(RevArgs)),
            Toks = [{'{', A} | Untyped] ++ [{'}', A}, {dot, A}],
            case erl_parse:parse_exprs(Toks) of
                {ok, [{tuple, _, [{atom, _, Name}, {tuple, _, Fs}]}]} ->
                    try [{Name, typed([field(F) || F <- Fs], Types)}]
                    catch error:_ -> []
                    end;
                _ -> []
            end;
        _ -> []
    end;
form([{'-', _}, {atom, _, include}, {'(', _}, {string, _, Inc}, {')', _}], Dir, Depth) ->
    case read_file(filename:join(Dir, Inc), Depth + 1) of
        {ok, Recs} -> Recs;
        {error, _} -> []
    end;
form(_, _Dir, _Depth) ->
    [].

field({atom, _, F}) -> {F, none};
field({match, _, {atom, _, F}, E}) -> {F, E}.

%% Takes the `:: Type` of typed fields out (from `::` to the next `,` or
%% `}` at the field list's own nesting level): the tokens left, and each
%% type's text keyed by the number of the field it follows.
untyped(Toks) -> untyped(Toks, 0, 1, [], []).

untyped([], _D, _N, Acc, Types) -> {lists:reverse(Acc), Types};
untyped([{'::', _} | Rest], D, N, Acc, Types) ->
    {Type, Rest1} = take_type(Rest, 0, []),
    untyped(Rest1, D, N, Acc, [{N, type_text(Type)} | Types]);
untyped([{',', _} = T | Rest], 1, N, Acc, Types) -> untyped(Rest, 1, N + 1, [T | Acc], Types);
untyped([{O, _} = T | Rest], D, N, Acc, Types) when O =:= '('; O =:= '['; O =:= '{'; O =:= '<<' ->
    untyped(Rest, D + 1, N, [T | Acc], Types);
untyped([{C, _} = T | Rest], D, N, Acc, Types) when C =:= ')'; C =:= ']'; C =:= '}'; C =:= '>>' ->
    untyped(Rest, D - 1, N, [T | Acc], Types);
untyped([T | Rest], D, N, Acc, Types) -> untyped(Rest, D, N, [T | Acc], Types).

take_type([], _, Acc) -> {lists:reverse(Acc), []};
take_type([{C, _} | _] = Toks, 0, Acc) when C =:= ','; C =:= '}' -> {lists:reverse(Acc), Toks};
take_type([{O, _} = T | Rest], N, Acc) when O =:= '('; O =:= '['; O =:= '{'; O =:= '<<' ->
    take_type(Rest, N + 1, [T | Acc]);
take_type([{C, _} = T | Rest], N, Acc) when C =:= ')'; C =:= ']'; C =:= '}'; C =:= '>>' ->
    take_type(Rest, N - 1, [T | Acc]);
take_type([T | Rest], N, Acc) -> take_type(Rest, N, [T | Acc]).

typed(Fields, Types) ->
    [case lists:keyfind(I, 1, Types) of
         {_, Text} -> {F, D, Text};
         false -> {F, D}
     end || {I, {F, D}} <- lists:zip(lists:seq(1, length(Fields)), Fields)].

%% A type as erl_pp lays it out for the common cases: `integer()`,
%% `[atom()]`, `a | b`, `{x, y}`.
type_text(Toks) -> lists:flatten(type_text(Toks, none)).

type_text([], _) -> [];
type_text([T | Rest], Prev) ->
    Text = tok_text(T),
    %% A space around `|` and after `,`; none elsewhere.
    Sep = case Prev =:= '|' orelse Prev =:= ',' orelse element(1, T) =:= '|' of
              true -> " ";
              false -> ""
          end,
    [Sep, Text | type_text(Rest, element(1, T))].

tok_text({atom, _, A}) -> io_lib:write_atom(A);
tok_text({var, _, V}) -> atom_to_list(V);
tok_text({integer, _, I}) -> integer_to_list(I);
tok_text({char, _, C}) -> integer_to_list(C);
tok_text({string, _, S}) -> io_lib:write_string(S);
tok_text({Op, _}) -> atom_to_list(Op).

%% read(Spec) -> [{Name, Fields}]: rr/1's argument, a module (its source
%% next to its object file, or the one recorded at compile time) or a
%% wildcard of .erl, .hrl or object files.
read(Mod) when is_atom(Mod) ->
    case code:which(Mod) of
        File when is_list(File) -> read_sources([File]);
        _ -> {error, nofile}
    end;
read(Wildcard) when is_list(Wildcard) ->
    case filelib:wildcard(Wildcard) of
        [] -> {error, nofile};
        Files -> read_sources(Files)
    end;
read(_) ->
    {error, nofile}.

read_sources(Files) ->
    Recs = lists:append([from_file(F) || F <- Files]),
    {ok, Recs}.

from_file(File) ->
    Source = case filename:extension(File) of
                 ".beam" -> filename:rootname(File) ++ ".erl";
                 _ -> File
             end,
    case read_file(Source) of
        {ok, Recs} -> Recs;
        {error, _} -> []
    end.
