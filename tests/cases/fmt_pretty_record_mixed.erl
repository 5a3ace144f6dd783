#!/usr/bin/env escript
%% Terms mixing records, tuples, lists and maps, built by a fixed
%% pseudo-random sequence, printed through io_lib_pretty:print/2 with a
%% record_print_fun under random column, line_length, line_max_chars,
%% depth and encoding.
-module(fmt_pretty_record_mixed).
-mode(compile).
-export([main/1]).

defs() ->
    [{person, [name, age]}, {pt, [x, y, z]}, {'Quoted Rec', ['field one', b]},
     {empty, []}, {long_record_name_here, [alpha_field, beta, gamma_long_field_name]},
     {'λr', ['ü', v]}, {n, [a]}, {state, [id, name, items, opts, parent]}].

rf(Tag, N) ->
    case lists:keyfind(Tag, 1, defs()) of
        {Tag, Fs} when length(Fs) =:= N -> Fs;
        _ -> no
    end.

%% A linear congruential generator: the same numbers on every run.
next(S) -> (S * 1103515245 + 12345) band 16#7fffffff.
pick(S, N) -> S1 = next(S), {(S1 bsr 8) rem N, S1}.

gen(S, 0) -> leaf(S);
gen(S, D) ->
    {K, S1} = pick(S, 10),
    case K of
        _ when K < 2 -> leaf(S1);
        2 -> {N, S2} = pick(S1, 5), gens(S2, N, D - 1);
        3 -> {N, S2} = pick(S1, 4), {L, S3} = gens(S2, N, D - 1),
             {list_to_tuple([tagx | L]), S3};
        4 -> {L, S2} = gens(S1, 3, D - 1),
             {maps:from_list(lists:zip([k1, k2, k3], L)), S2};
        _ -> {I, S2} = pick(S1, length(defs())),
             {Tag, Fs} = lists:nth(I + 1, defs()),
             {L, S3} = gens(S2, length(Fs), D - 1),
             {list_to_tuple([Tag | L]), S3}
    end.

gens(S, 0, _) -> {[], S};
gens(S, N, D) -> {E, S1} = gen(S, D), {Es, S2} = gens(S1, N - 1, D), {[E | Es], S2}.

leaf(S) ->
    {K, S1} = pick(S, 9),
    {element(K + 1, {42, "Ann", 'an atom', undefined, "a somewhat longer string value here",
                     <<"bin">>, 3.5, [1, 2, 3], 'ü'}), S1}.

main(_) ->
    lists:foldl(fun(I, S) ->
                        {Dp, S0} = pick(S, 6),
                        {T, S1} = gen(S0, Dp + 1),
                        {Col, S2} = pick(S1, 50),
                        {Ll, S3} = pick(S2, 100),
                        {M, S4} = pick(S3, 80),
                        {D, S5} = pick(S4, 12),
                        {E, S6} = pick(S5, 3),
                        O = [{column, Col}, {line_length, Ll + 1}, {line_max_chars, M - 10},
                             {depth, D - 1}, {encoding, element(E + 1, {latin1, unicode, utf8})}],
                        io:format("~w ~w~n", [I, O]),
                        io:put_chars([io_lib_pretty:print(T, [{record_print_fun, fun rf/2} | O]), $\n]),
                        S6
                end, 11, lists:seq(1, 250)),
    ok.
