#!/usr/bin/env escript
%% Differential check of binary_to_term/1,2 between OTP and ferl (see
%% diff_b2t.sh, which runs it).
%%
%%   diff_b2t.erl gen CORPUS_DIR OUT N   (under OTP) writes the inputs: each
%%       corpus file and N mutants of each (fixed seed), as one term.
%%   diff_b2t.erl run IN                 (under OTP or ferl) prints one line
%%       per input: what binary_to_term(B) and then
%%       binary_to_term(B, [safe]) give, `badarg` or the term (`opaque` for a term
%%       holding a pid, port, reference or fun, which print differently on
%%       each VM).
-mode(compile).

main(["gen", Dir, Out, N]) ->
    rand:seed(exsss, {17, 42, 4711}),
    {ok, Names} = file:list_dir(Dir),
    Seeds = [begin {ok, B} = file:read_file(filename:join(Dir, F)), B end || F <- lists:sort(Names)],
    Mutants = [mutant(S, Seeds) || S <- Seeds, _ <- lists:seq(1, list_to_integer(N))],
    ok = file:write_file(Out, term_to_binary(Seeds ++ Mutants));
main(["run", In]) ->
    {ok, B} = file:read_file(In),
    [io:format("~s~n", [one(I)]) || I <- binary_to_term(B)],
    ok.

%% binary_to_term/1 first: it makes the atoms, so that `safe` answers
%% alike whatever atoms each VM had already.
one(I) ->
    Plain = decode(fun() -> binary_to_term(I) end),
    Safe = decode(fun() -> binary_to_term(I, [safe]) end),
    io_lib:format("~s | ~s", [Plain, Safe]).

decode(F) ->
    try F() of
        T ->
            case opaque(T) of
                true -> "opaque";
                false -> io_lib:format("~w", [T])
            end
    catch
        error:badarg -> "badarg"
    end.

opaque(T) when is_pid(T); is_port(T); is_reference(T); is_function(T) -> true;
opaque(T) when is_list(T) -> opaque_list(T);
opaque(T) when is_tuple(T) -> opaque(tuple_to_list(T));
opaque(T) when is_map(T) -> opaque(maps:to_list(T));
opaque(_) -> false.

%% Lists may be improper.
opaque_list([H | T]) -> opaque(H) orelse opaque_list(T);
opaque_list([]) -> false;
opaque_list(T) -> opaque(T).

%% One to four edits: a bit flipped, a byte set, inserted or deleted, a
%% run of another seed's bytes spliced in, the tail cut off.
mutant(S, Seeds) ->
    lists:foldl(fun(_, B) -> edit(B, Seeds) end, S, lists:seq(1, rand:uniform(4))).

edit(B, Seeds) ->
    At = rand:uniform(byte_size(B) + 1) - 1,
    <<Pre:At/binary, Post/binary>> = B,
    case {rand:uniform(6), Post} of
        {1, <<X, Rest/binary>>} -> <<Pre/binary, (X bxor (1 bsl (rand:uniform(8) - 1))), Rest/binary>>;
        {2, <<_, Rest/binary>>} -> <<Pre/binary, (rand:uniform(256) - 1), Rest/binary>>;
        {3, _} -> <<Pre/binary, (rand:uniform(256) - 1), Post/binary>>;
        {4, <<_, Rest/binary>>} -> <<Pre/binary, Rest/binary>>;
        {5, _} ->
            O = lists:nth(rand:uniform(length(Seeds)), Seeds),
            From = rand:uniform(byte_size(O)) - 1,
            Len = rand:uniform(min(64, byte_size(O) - From) + 1) - 1,
            <<Pre/binary, (binary:part(O, From, Len))/binary, Post/binary>>;
        {6, _} when At > 0 -> Pre;
        _ -> B
    end.
