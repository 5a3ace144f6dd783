#!/usr/bin/env escript
%% -*- erlang -*-
%%! -noshell
%%
%% compare_with_otp.escript: differential test of ferl's stdlib modules
%% lists, proplists, string, orddict and ordsets against a real OTP
%% installation (the oracle).
%%
%% Run it with real Erlang/OTP 25 installed (apt-get install erlang-nox):
%%
%%     escript stdlib/test/compare_with_otp.escript [StdlibDir]
%%
%% StdlibDir defaults to the directory above this script.  Each module
%% is copied to a temporary directory as `my_<module>', compiled with
%% erlc's compiler, and every test call is made both to OTP's module and
%% to the copy; results (or exception class and reason) must be equal.
%% Mismatches are printed (at most 4 per function) with a summary.  The
%% exit status is 0 when nothing differs and 1 otherwise.  Known,
%% accepted differences are listed in stdlib/README.md.

-mode(compile).

main(Args) ->
    Here = filename:dirname(filename:absname(escript:script_name())),
    Dir = case Args of
              [D | _] -> D;
              [] -> filename:dirname(Here)
          end,
    Tmp = filename:join("/tmp", "ferl_stdlib_cmp_" ++ os:getpid()),
    ok = filelib:ensure_dir(filename:join(Tmp, "x")),
    Mods = [lists, proplists, string, orddict, ordsets],
    [load_copy(Dir, Tmp, M) || M <- Mods],
    Suites = [{lists, fun lists_tests/0}, {lists, fun lists_merge_tests/0},
              {proplists, fun proplists_tests/0}, {string, fun string_tests/0},
              {ord, fun ord_tests/0}],
    [begin io:format("== ~p~n", [Name]), F() end || {Name, F} <- Suites],
    Bad = [{K, V} || {{bad, K}, V} <- get()],
    io:format("~p checks, ~p functions with mismatches~n~p~n",
              [get(cmp_n), length(Bad), lists:sort(Bad)]),
    halt(case Bad of [] -> 0; _ -> 1 end).

load_copy(Dir, Tmp, Mod) ->
    Name = atom_to_list(Mod),
    {ok, Src} = file:read_file(filename:join(Dir, Name ++ ".erl")),
    My = "my_" ++ Name,
    S1 = re:replace(Src, "^-module\\(" ++ Name ++ "\\)", "-module(" ++ My ++ ")",
                    [multiline, {return, binary}]),
    S2 = re:replace(S1, "\\b" ++ Name ++ ":", My ++ ":", [global, {return, binary}]),
    File = filename:join(Tmp, My ++ ".erl"),
    ok = file:write_file(File, S2),
    {ok, MyMod, Bin} = compile:file(File, [binary, return_errors]),
    {module, MyMod} = code:load_binary(MyMod, File, Bin),
    ok.

call(M, F, A) ->
    try {ok, apply(M, F, A)}
    catch C:R -> {C, R}
    end.

run(Mod, F, A) ->
    My = list_to_atom("my_" ++ atom_to_list(Mod)),
    R1 = call(Mod, F, A),
    R2 = call(My, F, A),
    N = case get(cmp_n) of undefined -> 0; X -> X end,
    put(cmp_n, N + 1),
    case R1 =:= R2 of
        true -> ok;
        false ->
            K = {Mod, F, length(A)},
            Bad = case get({bad, K}) of undefined -> 0; Y -> Y end,
            put({bad, K}, Bad + 1),
            if Bad < 4 ->
                   io:format("MISMATCH ~p:~p(~P)~n  otp: ~P~n  my:  ~P~n",
                             [Mod, F, A, 12, R1, 15, R2, 15]);
               true -> ok
            end
    end.

cl(F, A) -> run(lists, F, A).
cp(F, A) -> run(proplists, F, A).
cs(F, A) -> run(string, F, A).
cd(F, A) -> run(orddict, F, A).
co(F, A) -> run(ordsets, F, A).

%% Random test strings over a small alphabet with CR and LF.
rs() -> [lists:nth(rand:uniform(8), "ab \r\n,.x") || _ <- lists:seq(1, rand:uniform(10) - 1)].

lists_tests() ->
    Ls = [[], [1], [1,2,3], [3,1,2], [a,b,c,b,a], [1|a], [1,2|b], a, 5, "hello", [[1,2],[3,[4]],[]], [1.0,1,2,2.0], [{1,a},{2,b},{1,c}], <<"bin">>, [[]|x]],
    Ns = [-1, 0, 1, 2, 3, 4, 10, a, 1.0],
    Funs1 = [fun(X) -> is_integer(X) end, fun(_) -> true end, fun(_) -> false end, fun(X) -> X end, fun(X) -> {true, {X}} end, fun(X) -> [X, X] end, not_a_fun, fun(X, _) -> X end],
    Funs2 = [fun(X, A) -> [X|A] end, fun(X, A) -> {X, A} end, fun(A, B) -> A =< B end, fun(A, B) -> A > B end, fun(X) -> X end, nofun],
    [cl(F, [L]) || L <- Ls, F <- [append, concat, droplast, enumerate, flatlength, flatten, last, max, min, reverse, sort, sum, uniq, unzip, unzip3, usort, merge, umerge]],
    [cl(F, [L1, L2]) || L1 <- Ls, L2 <- Ls, F <- [append, subtract, prefix, suffix, reverse, flatten, merge, umerge, rmerge, rumerge, zip, delete, member, join]],
    [cl(F, [N, L]) || N <- Ns, L <- Ls, F <- [nth, nthtail, split, sublist, duplicate, enumerate, keysort, ukeysort]],
    [cl(sublist, [L, N]) || N <- Ns, L <- Ls],
    [cl(sublist, [L, S, N]) || N <- Ns, S <- Ns, L <- Ls],
    [cl(F, [Fn, L]) || Fn <- Funs1, L <- Ls, F <- [all, any, map, filter, filtermap, zf, flatmap, foreach, takewhile, dropwhile, search, splitwith, partition, uniq]],
    [cl(F, [Fn, L]) || Fn <- Funs2, L <- Ls, F <- [sort, usort]],
    [cl(F, [Fn, A, L]) || Fn <- Funs2, L <- Ls, A <- [[], 0], F <- [foldl, foldr]],
    [cl(F, [fun(X, A) -> {X, [X|A]} end, [], L]) || L <- Ls, F <- [mapfoldl, mapfoldr]],
    [cl(F, [fun(X, A) -> X end, [], L]) || L <- Ls, F <- [mapfoldl, mapfoldr]],
    [cl(F, [Fn, L1, L2]) || Fn <- Funs2, L1 <- Ls, L2 <- Ls, F <- [merge, umerge, zipwith, rmerge, rumerge]],
    [cl(zipwith3, [fun(X,Y,Z) -> {Z,Y,X} end, L1, L2, L3]) || L1 <- Ls, L2 <- Ls, L3 <- Ls],
    [cl(F, [L1, L2, L3]) || L1 <- Ls, L2 <- Ls, L3 <- Ls, F <- [zip3, merge3, umerge3, rmerge3, rumerge3]],
    [cl(seq, [A, B]) || A <- Ns, B <- Ns],
    [cl(seq, [A, B, C]) || A <- Ns ++ [20, -5], B <- Ns ++ [20, -5], C <- Ns ++ [-2, -1, 0, 3, 7]],
    TLs = [[], [{a,1},{b,2},{a,3}], [{1,x},{1.0,y},{2,z}], [{a}, b, {a,1,2}], [x|y], [{a,1}|z], a, [{b,1,c},{a,2,d},{c,0,e},{a,0,f}], [{3,a},{1,b},{2,c},{1,d},{3.0,e}]],
    Keys = [a, b, 1, 1.0, 2, z],
    [cl(F, [K, N, L]) || K <- Keys, N <- [0,1,2,3,a], L <- TLs, F <- [keyfind, keymember, keysearch, keydelete, keytake]],
    [cl(F, [K, N, L, New]) || K <- Keys, N <- [0,1,2,3,a], L <- TLs, New <- [{new}, notuple], F <- [keyreplace, keystore]],
    [cl(F, [N, L]) || N <- [0,1,2,3,a], L <- TLs, F <- [keysort, ukeysort]],
    [cl(F, [N, L1, L2]) || N <- [1,2,a], L1 <- TLs, L2 <- TLs, F <- [keymerge, ukeymerge, rkeymerge, rukeymerge]],
    [cl(keymap, [Fn, N, L]) || Fn <- [fun(X) -> {X} end, nofun], N <- [0,1,2,3,a], L <- TLs],
    %% random sort/merge checks
    rand:seed(exsss, {4,5,6}),
    Gen = fun() -> [case rand:uniform(4) of 1 -> rand:uniform(6); 2 -> float(rand:uniform(6)); 3 -> {rand:uniform(3), rand:uniform(3)}; 4 -> lists:nth(rand:uniform(3), [a,b,c]) end || _ <- lists:seq(1, rand:uniform(40) - 1)] end,
    GenT = fun() -> [{rand:uniform(5), I, case rand:uniform(2) of 1 -> 1; 2 -> 1.0 end} || I <- lists:seq(1, rand:uniform(30) - 1)] end,
    Ords = [fun(A,B) -> A =< B end, fun(A,B) -> A < B end, fun(A,B) -> A >= B end, fun(A,B) -> A > B end,
            fun(A,B) -> element(1,A) =< element(1,B) end, fun(A,B) -> element(1,A) > element(1,B) end],
    lists:foreach(fun(_) ->
        L = Gen(), L2 = Gen(), L3 = Gen(), T1 = GenT(), T2 = GenT(),
        [cl(F, [L]) || F <- [sort, usort]],
        S1 = lists:sort(L), S2 = lists:sort(L2), S3 = lists:sort(L3),
        U1 = lists:usort(L), U2 = lists:usort(L2), U3 = lists:usort(L3),
        cl(merge, [S1, S2]), cl(merge, [[S1, S2, S3]]), cl(merge3, [S1, S2, S3]),
        cl(umerge, [U1, U2]), cl(umerge, [[U1, U2, U3, U1]]), cl(umerge3, [U1, U2, U3]),
        cl(rmerge, [lists:reverse(S1), lists:reverse(S2)]), cl(rumerge, [lists:reverse(U1), lists:reverse(U2)]),
        cl(rmerge3, [lists:reverse(S1), lists:reverse(S2), lists:reverse(S3)]),
        cl(rumerge3, [lists:reverse(U1), lists:reverse(U2), lists:reverse(U3)]),
        cl(merge, [L, L2]), cl(umerge, [L, L2]),
        [cl(F, [I, T]) || I <- [1,2,3], T <- [T1, T2], F <- [keysort, ukeysort]],
        [begin KS1 = lists:keysort(I, T1), KS2 = lists:keysort(I, T2), UK1 = lists:ukeysort(I, T1), UK2 = lists:ukeysort(I, T2),
               cl(keymerge, [I, KS1, KS2]), cl(ukeymerge, [I, UK1, UK2]), cl(rkeymerge, [I, lists:reverse(KS1), lists:reverse(KS2)]),
               cl(rukeymerge, [I, lists:reverse(UK1), lists:reverse(UK2)]) end || I <- [1,3]],
        [begin cl(sort, [O, T1]), cl(usort, [O, T1]),
           SO1 = lists:sort(O, T1), SO2 = lists:sort(O, T2), UO1 = lists:usort(O, T1), UO2 = lists:usort(O, T2),
           cl(merge, [O, SO1, SO2]), cl(umerge, [O, UO1, UO2]),
           cl(rmerge, [O, lists:reverse(SO1), lists:reverse(SO2)]), cl(rumerge, [O, lists:reverse(UO1), lists:reverse(UO2)])
         end || O <- Ords]
      end, lists:seq(1, 1500)),
    ok.


lists_merge_tests() ->
    rand:seed(exsss, {7,8,9}),
    Gen = fun() -> lists:usort([case rand:uniform(2) of 1 -> rand:uniform(8); 2 -> float(rand:uniform(8)) end || _ <- lists:seq(1, rand:uniform(12) - 1)]) end,
    GenNU = fun() -> lists:sort([case rand:uniform(2) of 1 -> rand:uniform(8); 2 -> float(rand:uniform(8)) end || _ <- lists:seq(1, rand:uniform(12) - 1)]) end,
    [begin A = Gen(), B = Gen(), C = Gen(), 
       run(lists, umerge3, [A,B,C]), run(lists, rumerge3, [lists:reverse(A), lists:reverse(B), lists:reverse(C)]),
       A2 = GenNU(), B2 = GenNU(), C2 = GenNU(),
       run(lists, umerge3, [A2,B2,C2]), run(lists, umerge, [A2,B2]), run(lists, umerge, [[A2,B2,C2]]),
       run(lists, rumerge, [lists:reverse(A2), lists:reverse(B2)]),
       run(lists, merge, [[A2,B2,C2,A,B]]),
       run(lists, umerge, [[A,B,C,A2]])
     end || _ <- lists:seq(1, 5000)],
    ok.


proplists_tests() ->
    Ps = [[], [a, {b, 1}, {c, 2, 3}, {a, false}, d, {b, 2}, "str", 7, {}, {d, true}, {e, [1,2]}, {e, 3}, e],
          [{a, true}, {b, false}, b, {c}], [a|b], x, [{1, one}, {1.0, onef}, {1, uno}], [{k, true}, {k, false}, {k, other}, {k}, k]],
    Keys = [a, b, c, d, e, f, 1, 1.0, k, "str", {}],
    [cp(F, [K, L]) || K <- Keys, L <- Ps, F <- [get_value, lookup, lookup_all, is_defined, get_all_values, append_values, get_bool, delete]],
    [cp(get_value, [K, L, def]) || K <- Keys, L <- Ps],
    [cp(F, [L]) || L <- Ps, F <- [compact, unfold, to_map, get_keys]],
    [cp(property, [P]) || P <- [a, {a, true}, {a, false}, {1, true}, {a, true, x}, "s", {}]],
    [cp(property, [K, V]) || K <- [a, 1, "s"], V <- [true, false, 3]],
    Aliases = [[], [{a, z}, {b, y}], [{a, z}, {a, w}], [{1, b}], [{c, k}], [{a, "x"}]],
    [cp(F, [A, L]) || A <- Aliases ++ [x, [{a}]], L <- Ps, F <- [substitute_aliases, substitute_negations]],
    Exps = [[], [{a, [x, y]}], [{{a, false}, [nota]}], [{b, [bb]}, {b, [cc]}], [{{b, 1}, [{bb, 1}, q]}], [{k, [kk]}, {e, [ee, {e2, 1}]}, {k, [no]}],
            [{a, [1]}, {b, [2]}, {a, [3]}], [{{c,2,3}, [cc]}], [{"str", [s]}], [{{a, true}, [aa]}]],
    [cp(expand, [E, L]) || E <- Exps ++ [x, [x]], L <- Ps],
    Stages = [[], [{aliases, [{a, z}]}], [{negations, [{b, notb}]}], [{expand, [{a, [x]}]}],
              [{aliases, [{d, a}]}, {expand, [{a, [q, {r, 1}]}]}, {negations, [{q, nq}]}], [{bogus, 1}]],
    [cp(F, [L, S]) || L <- Ps, S <- Stages, F <- [normalize, to_map]],
    [cp(split, [L, K]) || L <- Ps, K <- [[], [a], [a, b, e], [b, a, a], [zz], x]],
    [cp(from_map, [M]) || M <- [#{}, #{a => 1}, #{a => 1, b => 2, 3 => c, "s" => x}, x]],
    ok.


string_tests() ->
    rand:seed(exsss, {1,1,1}),
    Fixed = ["", "abc", "  hello world  ", "a\r\nb", "\r\n", "a,b,,c", ",a,", "aaa", "ÅäÖ ß ÿ", "Hello, World!", "1234", "-12.5e3rest", [955, 931, 962, 1046, 1078], "tab\there\n", "x\r\r\n", "\r\r\n\n"],
    Strs = Fixed ++ [rs() || _ <- lists:seq(1, 60)],
    All = Strs ++ [unicode:characters_to_binary(S) || S <- Strs],
    Pats = ["", "a", ",", "\r", "\n", "\r\n", "aa", " ", "ab", <<"b">>, "x\r"],
    SepLists = [" ", ",", "\r\n", "\n", "\r", [[13,10]], [[13,10], 10], [[13,10], 13], " ,", "a", [$\s, [13,10]]],
    [cs(F, [S]) || S <- All, F <- [length, is_empty, reverse, to_graphemes, next_grapheme, next_codepoint, trim, chomp, uppercase, lowercase, titlecase, casefold, to_integer, to_float]],
    [cs(F, [S, D]) || S <- All, D <- [leading, trailing, both], F <- [trim]],
    [cs(trim, [S, D, Sp]) || S <- All, D <- [leading, trailing, both], Sp <- SepLists],
    [cs(take, [S, Sp]) || S <- All, Sp <- SepLists],
    [cs(take, [S, Sp, Cm, D]) || S <- All, Sp <- SepLists, Cm <- [true, false], D <- [leading, trailing]],
    [cs(lexemes, [S, Sp]) || S <- All, Sp <- SepLists],
    [cs(nth_lexeme, [S, N, Sp]) || S <- All, Sp <- SepLists, N <- [1, 2, 3]],
    [cs(F, [S, P]) || S <- All, P <- Pats, F <- [split, find, prefix]],
    [cs(F, [S, P, W]) || S <- All, P <- Pats, W <- [leading, trailing], F <- [split, find]],
    [cs(split, [S, P, all]) || S <- All, P <- Pats],
    [cs(replace, [S, P, "-", W]) || S <- All, P <- Pats, W <- [leading, trailing, all]],
    [cs(slice, [S, St]) || S <- All, St <- [0, 1, 2, 5, 20]],
    [cs(slice, [S, St, L]) || S <- All, St <- [0, 1, 3], L <- [0, 1, 2, 10, infinity]],
    [cs(pad, [S, L]) || S <- All, L <- [0, 3, 8, 11]],
    [cs(pad, [S, L, D, Ch]) || S <- Fixed, L <- [0, 5, 8], D <- [leading, trailing, both], Ch <- [$., [13,10]]],
    [cs(equal, [A, B]) || A <- Fixed, B <- Fixed],
    [cs(equal, [A, B, true]) || A <- Fixed, B <- ["ABC", "abc", "HELLO, WORLD!", "åÄö SS Ÿ", "ÅäÖ ß ÿ", [923, 963, 962, 1078, 1046]]],
    [cs(equal, [A, B, true, none]) || A <- Fixed, B <- ["ABC", "abc"]],
    Nums = ["0", "12", "-12", "+3x", "007", "1.5", "-1.5e10", "1.5E-3z", "1.e3", "2.5e", "2.5e+", "3,25", "1e5", ".5", "-", "+", "", " 1", "99999999999999999999999", "1.0e400", "5 ", "12.5.6"],
    [cs(F, [N]) || N0 <- Nums, N <- [N0, list_to_binary(N0)], F <- [to_integer, to_float]],
    [cs(F, [N]) || N <- Nums ++ [<<"1">>, x], F <- [list_to_integer, list_to_float]],
    %% old API
    Olds = ["", "abc", "  a  b  c  ", "hello world", "aaa", "a.b..c", "ÅÖß"],
    [cs(F, [S]) || S <- Olds, F <- [len, strip, words, to_upper, to_lower]],
    [cs(F, [C]) || C <- [$a, $Z, 224, 247, 255, 223, 256, 192, 215], F <- [to_upper, to_lower]],
    [cs(F, [S, C]) || S <- Olds, C <- [$a, $., $\s, $l, $o], F <- [chr, rchr, words]],
    [cs(F, [S, Sub]) || S <- Olds, Sub <- ["", "a", "b c", "aa", "lo", "o w"], F <- [str, rstr, span, cspan, tokens, concat]],
    [cs(F, [S, N]) || S <- Olds, N <- [-1, 0, 1, 2, 3, 5, 12], F <- [substr, sub_string, left, right, centre, sub_word, copies]],
    [cs(F, [S, N, L]) || S <- Olds, N <- [0, 1, 2, 4], L <- [-1, 0, 1, 3, 9], F <- [substr, sub_string]],
    [cs(F, [S, N, $*]) || S <- Olds, N <- [0, 1, 2, 4, 9, 11, 12], F <- [left, right, centre]],
    [cs(sub_word, [S, N, C]) || S <- Olds, N <- [0, 1, 2, 3], C <- [$., $\s]],
    [cs(strip, [S, D]) || S <- Olds, D <- [left, right, both, bad]],
    [cs(strip, [S, D, C]) || S <- Olds, D <- [left, right, both], C <- [$a, $., "x"]],
    [cs(chars, [C, N]) || C <- [$a], N <- [-1, 0, 3]],
    cs(chars, [$a, 2, "tail"]),
    [cs(join, [L, Sep]) || L <- [[], ["a"], ["a", "b", "c"], ["", ""]], Sep <- ["", ", "]],
    [cs(F, [S]) || S <- [a, 1, [a], <<255>>, [-1], ["a" | b]], F <- [length, reverse, trim, uppercase, is_empty, to_integer, next_grapheme]],
    ok.


ord_tests() ->
    Ds = [[], [{1, a}], [{1, a}, {2, b}, {4, d}], [{a, [1]}, {b, [2]}], [{1.0, x}, {3, y}], x, [{1,a}|z], [bad]],
    Ks = [0, 1, 1.0, 2, 3, 4, 5, a, b, c],
    [cd(F, [D]) || D <- Ds, F <- [to_list, size, is_empty, fetch_keys]],
    [cd(from_list, [L]) || L <- [[], [{b,1},{a,2},{b,3}], [{1,a},{1.0,b}], [{1,a}], [x], [{1,a},x], x, [{1,2,3}]]],
    [cd(F, [K, D]) || K <- Ks, D <- Ds, F <- [is_key, fetch, find, erase, take]],
    [cd(F, [K, V, D]) || K <- Ks, V <- [[z], 5], D <- Ds, F <- [store, append, append_list, update_counter]],
    [cd(update, [K, Fn, D]) || K <- Ks, Fn <- [fun(X) -> {X} end, nofun], D <- Ds],
    [cd(update, [K, Fn, init, D]) || K <- Ks, Fn <- [fun(X) -> {X} end, nofun], D <- Ds],
    [cd(fold, [Fn, [], D]) || Fn <- [fun(K, V, A) -> [{K, V} | A] end, nofun], D <- Ds],
    [cd(map, [Fn, D]) || Fn <- [fun(K, V) -> {K, V} end, nofun], D <- Ds],
    [cd(filter, [Fn, D]) || Fn <- [fun(K, _) -> is_integer(K) end, fun(_, _) -> maybe end, nofun], D <- Ds],
    [cd(merge, [Fn, D1, D2]) || Fn <- [fun(K, A, B) -> {K, A, B} end, nofun], D1 <- Ds, D2 <- Ds],
    Ss = [[], [1], [1, 2, 3], [2, 4, 6], [1.0, 3], [a, b], [3, 1], x, [1|x], [1, 1]],
    [co(F, [S]) || S <- Ss, F <- [is_set, size, is_empty, to_list, from_list, union, intersection]],
    [co(F, [E, S]) || E <- Ks, S <- Ss, F <- [is_element, add_element, del_element]],
    [co(F, [S1, S2]) || S1 <- Ss, S2 <- Ss, F <- [union, intersection, is_disjoint, subtract, is_subset]],
    [co(F, [[S1, S2, S3]]) || S1 <- Ss, S2 <- Ss, S3 <- Ss, F <- [union, intersection]],
    [co(fold, [Fn, [], S]) || Fn <- [fun(E, A) -> [E | A] end, nofun], S <- Ss],
    [co(filter, [Fn, S]) || Fn <- [fun(E) -> is_integer(E) end, nofun], S <- Ss],
    co(intersection, [[]]), co(union, [[]]),
    ok.
