%% erl_eval: evaluates Erlang expressions in OTP 25's abstract format (as
%% erl_parse:parse_exprs/1 returns them) with bindings, for the shell and
%% for -eval. Funs it makes are real funs that compiled code can call.
%%
%% Bindings are an orddict of {Name, Value} (a map is accepted too).
%% Local calls go to auto-imported BIFs, else to the local function
%% handler ({value, F}: F(Name, Args); {eval, F}: F(Name, ArgExprs, Bs)).
%% The non-local function handler {value, F} gets F({M, F}, Args) for
%% remote calls and F(Fun, Args) for fun calls.
%%
%% Not supported: records (the shell expands them before evaluating),
%% {eval, F} non-local handlers, the `maybe` expression. (`receive` takes
%% messages with the help of ferl_eval's BIFs, see do_receive/5.)
-module(erl_eval).
-export([exprs/2, exprs/3, exprs/4, expr/2, expr/3, expr/4, expr/5,
         expr_list/2, expr_list/3, expr_list/4,
         new_bindings/0, bindings/1, binding/2, add_binding/3, del_binding/2,
         is_constant_expr/1]).

%% ---- bindings ----

new_bindings() -> [].

bindings(Bs) when is_map(Bs) -> lists:sort(maps:to_list(Bs));
bindings(Bs) -> Bs.

binding(Name, Bs) when is_map(Bs) ->
    case Bs of
        #{Name := V} -> {value, V};
        _ -> unbound
    end;
binding(Name, Bs) ->
    case lists:keyfind(Name, 1, Bs) of
        {Name, V} -> {value, V};
        false -> unbound
    end.

add_binding(Name, V, Bs) when is_map(Bs) -> Bs#{Name => V};
add_binding(Name, V, [{N, _} = B | Bs]) when N < Name -> [B | add_binding(Name, V, Bs)];
add_binding(Name, V, [{Name, _} | Bs]) -> [{Name, V} | Bs];
add_binding(Name, V, Bs) -> [{Name, V} | Bs].

del_binding(Name, Bs) when is_map(Bs) -> maps:remove(Name, Bs);
del_binding(Name, Bs) -> lists:keydelete(Name, 1, Bs).

%% ---- entry points ----

exprs(Es, Bs) -> exprs(Es, Bs, none, none).
exprs(Es, Bs, Lf) -> exprs(Es, Bs, Lf, none).
exprs(Es, Bs0, Lf, Ef) ->
    {V, Bs} = body(Es, Bs0, {Lf, Ef}),
    {value, V, Bs}.

expr(E, Bs) -> expr(E, Bs, none, none, none).
expr(E, Bs, Lf) -> expr(E, Bs, Lf, none, none).
expr(E, Bs, Lf, Ef) -> expr(E, Bs, Lf, Ef, none).
expr(E, Bs0, Lf, Ef, RBs) ->
    {V, Bs} = eval(E, Bs0, {Lf, Ef}),
    case RBs of
        value -> V;
        _ -> {value, V, Bs}
    end.

expr_list(Es, Bs) -> expr_list(Es, Bs, none, none).
expr_list(Es, Bs, Lf) -> expr_list(Es, Bs, Lf, none).
expr_list(Es, Bs, Lf, Ef) -> eval_list(Es, Bs, {Lf, Ef}).

is_constant_expr({integer, _, _}) -> true;
is_constant_expr({char, _, _}) -> true;
is_constant_expr({float, _, _}) -> true;
is_constant_expr({atom, _, _}) -> true;
is_constant_expr({string, _, _}) -> true;
is_constant_expr({nil, _}) -> true;
is_constant_expr({op, _, _, A}) -> is_constant_expr(A);
is_constant_expr({op, _, _, A, B}) -> is_constant_expr(A) andalso is_constant_expr(B);
is_constant_expr(_) -> false.

%% ---- expressions ----

body([E], Bs, Env) -> eval(E, Bs, Env);
body([E | Es], Bs0, Env) ->
    {_, Bs} = eval(E, Bs0, Env),
    body(Es, Bs, Env).

%% Arguments are evaluated left to right; each sees the bindings of the
%% ones before it, as OTP's erl_eval does.
eval_list(Es, Bs, Env) -> eval_list(Es, Bs, Env, []).
eval_list([], Bs, _Env, Acc) -> {lists:reverse(Acc), Bs};
eval_list([E | Es], Bs0, Env, Acc) ->
    {V, Bs} = eval(E, Bs0, Env),
    eval_list(Es, Bs, Env, [V | Acc]).

eval({var, _, V}, Bs, _Env) ->
    case binding(V, Bs) of
        {value, Val} -> {Val, Bs};
        unbound -> erlang:error({unbound_var, V})
    end;
eval({integer, _, I}, Bs, _Env) -> {I, Bs};
eval({char, _, C}, Bs, _Env) -> {C, Bs};
eval({float, _, F}, Bs, _Env) -> {F, Bs};
eval({atom, _, A}, Bs, _Env) -> {A, Bs};
eval({string, _, S}, Bs, _Env) -> {S, Bs};
eval({nil, _}, Bs, _Env) -> {[], Bs};
eval({cons, _, H0, T0}, Bs0, Env) ->
    {H, Bs1} = eval(H0, Bs0, Env),
    {T, Bs} = eval(T0, Bs1, Env),
    {[H | T], Bs};
eval({tuple, _, Es}, Bs0, Env) ->
    {Vs, Bs} = eval_list(Es, Bs0, Env),
    {list_to_tuple(Vs), Bs};
eval({map, _, Fs}, Bs0, Env) ->
    {Pairs, Bs} = map_fields(Fs, Bs0, Env, []),
    {lists:foldl(fun({assoc, K, V}, M) -> M#{K => V} end, #{}, Pairs), Bs};
eval({map, _, Base0, Fs}, Bs0, Env) ->
    {Base, Bs1} = eval(Base0, Bs0, Env),
    {Pairs, Bs} = map_fields(Fs, Bs1, Env, []),
    is_map(Base) orelse erlang:error({badmap, Base}),
    {lists:foldl(fun update_map/2, Base, Pairs), Bs};
eval({block, _, Es}, Bs, Env) -> body(Es, Bs, Env);
eval({match, _, P, E}, Bs0, Env) ->
    {V, Bs1} = eval(E, Bs0, Env),
    case match(P, V, Bs1, Env) of
        {match, Bs} -> {V, Bs};
        nomatch -> erlang:error({badmatch, V})
    end;
eval({op, _, 'andalso', L0, R0}, Bs0, Env) ->
    case eval(L0, Bs0, Env) of
        {true, Bs1} -> eval(R0, Bs1, Env);
        {false, Bs1} -> {false, Bs1};
        {L, _} -> erlang:error({badarg, L})
    end;
eval({op, _, 'orelse', L0, R0}, Bs0, Env) ->
    case eval(L0, Bs0, Env) of
        {false, Bs1} -> eval(R0, Bs1, Env);
        {true, Bs1} -> {true, Bs1};
        {L, _} -> erlang:error({badarg, L})
    end;
eval({op, _, '!', P0, M0}, Bs0, Env) ->
    {[P, M], Bs} = eval_list([P0, M0], Bs0, Env),
    {erlang:send(P, M), Bs};
eval({op, _, Op, L0, R0}, Bs0, Env) ->
    {[L, R], Bs} = eval_list([L0, R0], Bs0, Env),
    {erlang:Op(L, R), Bs};
eval({op, _, Op, A0}, Bs0, Env) ->
    {A, Bs} = eval(A0, Bs0, Env),
    {erlang:Op(A), Bs};
eval({'case', _, E, Cs}, Bs0, Env) ->
    {V, Bs} = eval(E, Bs0, Env),
    case_clauses(V, Cs, Bs, Env, case_clause);
eval({'if', _, Cs}, Bs, Env) -> if_clauses(Cs, Bs, Env);
eval({'receive', _, Cs}, Bs, Env) -> do_receive(Cs, infinity, [], Bs, Env);
eval({'receive', _, Cs, T0, After}, Bs0, Env) ->
    {T, Bs} = eval(T0, Bs0, Env),
    (T =:= infinity orelse (is_integer(T) andalso T >= 0))
        orelse erlang:error(timeout_value),
    do_receive(Cs, T, After, Bs, Env);
eval({'try', _, Body, Of, Catch, After}, Bs, Env) ->
    do_try(Body, Of, Catch, After, Bs, Env);
eval({'catch', _, E}, Bs, Env) ->
    try eval(E, Bs, Env)
    catch
        throw:T -> {T, Bs};
        exit:R -> {{'EXIT', R}, Bs};
        error:R:S -> {{'EXIT', {R, S}}, Bs}
    end;
eval({'fun', _, {clauses, Cs}}, Bs, Env) ->
    {make_fun(clause_arity(Cs), {Cs, Bs, Env, none}), Bs};
eval({named_fun, _, Name, Cs}, Bs, Env) ->
    {make_fun(clause_arity(Cs), {Cs, Bs, Env, Name}), Bs};
eval({'fun', _, {function, M0, F0, A0}}, Bs0, Env) ->
    {[M, F, A], Bs} = eval_list([M0, F0, A0], Bs0, Env),
    {erlang:make_fun(M, F, A), Bs};
eval({'fun', _, {function, F, A}}, _Bs, _Env) ->
    erlang:raise(error, undef, [{erl_eval, F, A, []}]);
eval({call, _, {remote, _, M0, F0}, As0}, Bs0, {_, Ef} = Env) ->
    {[M, F], Bs1} = eval_list([M0, F0], Bs0, Env),
    {As, Bs} = eval_list(As0, Bs1, Env),
    case Ef of
        {value, H} -> {H({M, F}, As), Bs};
        _ -> {apply(M, F, As), Bs}
    end;
eval({call, _, {atom, _, F}, As0}, Bs0, {Lf, _} = Env) ->
    case is_auto_bif(F) of
        true ->
            {As, Bs} = eval_list(As0, Bs0, Env),
            {apply(erlang, F, As), Bs};
        false ->
            local_call(F, As0, Bs0, Env, Lf)
    end;
eval({call, _, F0, As0}, Bs0, {_, Ef} = Env) ->
    {F, Bs1} = eval(F0, Bs0, Env),
    {As, Bs} = eval_list(As0, Bs1, Env),
    case Ef of
        {value, H} -> {H(F, As), Bs};
        _ -> {apply(F, As), Bs}
    end;
eval({lc, _, E, Qs}, Bs, Env) -> {lc(E, Qs, Bs, Env), Bs};
eval({bc, _, E, Qs}, Bs, Env) -> {list_to_bitstring(bc(E, Qs, Bs, Env)), Bs};
eval({bin, _, Els}, Bs0, Env) ->
    {Segs, Bs} = bin_segments(Els, Bs0, Env, []),
    {list_to_bitstring(Segs), Bs};
eval({record, _, Name, _}, _Bs, _Env) -> erlang:error({undef_record, Name});
eval({record, _, _, Name, _}, _Bs, _Env) -> erlang:error({undef_record, Name});
eval({record_field, _, _, Name, _}, _Bs, _Env) -> erlang:error({undef_record, Name});
eval({record_index, _, Name, _}, _Bs, _Env) -> erlang:error({undef_record, Name});
eval(E, _Bs, _Env) -> erlang:error({illegal_expr, E}).

map_fields([], Bs, _Env, Acc) -> {lists:reverse(Acc), Bs};
map_fields([{Tag, _, K0, V0} | Fs], Bs0, Env, Acc) ->
    {[K, V], Bs} = eval_list([K0, V0], Bs0, Env),
    Kind = case Tag of map_field_assoc -> assoc; map_field_exact -> exact end,
    map_fields(Fs, Bs, Env, [{Kind, K, V} | Acc]).

update_map({assoc, K, V}, M) -> M#{K => V};
update_map({exact, K, V}, M) ->
    case M of
        #{K := _} -> M#{K := V};
        _ -> erlang:error({badkey, K})
    end.

local_call(F, As0, Bs0, Env, {value, H}) ->
    {As, Bs} = eval_list(As0, Bs0, Env),
    {H(F, As), Bs};
local_call(F, As0, Bs0, _Env, {eval, H}) ->
    {value, V, Bs} = H(F, As0, Bs0),
    {V, Bs};
local_call(F, As0, _Bs, _Env, _) ->
    erlang:raise(error, undef, [{erl_eval, F, length(As0), []}]).

%% ---- clauses ----

clause_arity([{clause, _, Ps, _, _} | _]) -> length(Ps).

case_clauses(V, Cs, Bs, Env, Error) ->
    case pick_clause([V], Cs, Bs, Env) of
        {Body, Bs1} -> body(Body, Bs1, Env);
        nomatch -> erlang:error({Error, V})
    end.

%% The body and bindings of the first clause whose patterns match Vs and
%% whose guard holds.
pick_clause(_Vs, [], _Bs, _Env) -> nomatch;
pick_clause(Vs, [{clause, _, Ps, G, Body} | Cs], Bs0, Env) ->
    case match_list(Ps, Vs, Bs0, Env) of
        {match, Bs} ->
            case guard(G, Bs, Env) of
                true -> {Body, Bs};
                false -> pick_clause(Vs, Cs, Bs0, Env)
            end;
        nomatch -> pick_clause(Vs, Cs, Bs0, Env)
    end.

if_clauses([], _Bs, _Env) -> erlang:error(if_clause);
if_clauses([{clause, _, [], G, Body} | Cs], Bs, Env) ->
    case guard(G, Bs, Env) of
        true -> body(Body, Bs, Env);
        false -> if_clauses(Cs, Bs, Env)
    end.

guard([], _Bs, _Env) -> true;
guard(Alts, Bs, Env) -> lists:any(fun(Tests) -> guard_tests(Tests, Bs, Env) end, Alts).

guard_tests([], _Bs, _Env) -> true;
guard_tests([T | Ts], Bs, Env) ->
    is_guard_expr(T) orelse erlang:error(illegal_guard_expr),
    case catch_guard(T, Bs, Env) of
        true -> guard_tests(Ts, Bs, Env);
        _ -> false
    end.

catch_guard(T, Bs, Env) ->
    try eval(T, Bs, Env) of
        {V, _} -> V
    catch
        _:_ -> false
    end.

%% ---- funs ----

eval_fun(As, {Cs, Bs0, Env, Name} = Info) ->
    Bs1 = case Name of
              none -> Bs0;
              _ -> add_binding(Name, make_fun(length(As), Info), Bs0)
          end,
    case pick_clause_list(As, Cs, Bs1, Env) of
        {Body, Bs} ->
            {V, _} = body(Body, Bs, Env),
            V;
        nomatch ->
            erlang:raise(error, function_clause,
                         [{erl_eval, '-inside-an-interpreted-fun-', As, []}])
    end.

%% Variables in a fun's head are new: they shadow the outer ones.
pick_clause_list(_As, [], _Bs, _Env) -> nomatch;
pick_clause_list(As, [{clause, _, Ps, _, _} = C | Cs], Bs, Env) ->
    case pick_clause(As, [C], shadow(Ps, Bs), Env) of
        nomatch -> pick_clause_list(As, Cs, Bs, Env);
        Found -> Found
    end.

shadow(Ps, Bs) -> lists:foldl(fun del_binding/2, Bs, pattern_vars(Ps, [])).

pattern_vars({var, _, V}, Acc) -> [V | Acc];
pattern_vars(T, Acc) when is_tuple(T) -> pattern_vars(tuple_to_list(T), Acc);
pattern_vars([H | T], Acc) -> pattern_vars(T, pattern_vars(H, Acc));
pattern_vars(_, Acc) -> Acc.

%% ---- receive ----

%% Takes the queue's messages one at a time from the oldest with a real
%% receive (so waiting blocks, and the timeout runs, as in compiled code);
%% a message no clause takes goes back to its place (ferl_eval, native).
do_receive(Cs, T, After, Bs, Env) ->
    Deadline = case T of
                   infinity -> infinity;
                   _ -> erlang:monotonic_time(millisecond) + T
               end,
    receive_loop(Cs, Deadline, After, Bs, Env, 0).

receive_loop(Cs, Deadline, After, Bs, Env, Pos) ->
    case next_message(Pos, Deadline) of
        {ok, Msg} ->
            case pick_clause([Msg], Cs, Bs, Env) of
                {Body, Bs1} ->
                    body(Body, Bs1, Env);
                nomatch ->
                    ferl_eval:put_back(Pos, Msg),
                    receive_loop(Cs, Deadline, After, Bs, Env, Pos + 1)
            end;
        timeout ->
            body(After, Bs, Env)
    end.

next_message(Pos, Deadline) ->
    T = case Deadline of
            infinity -> infinity;
            _ -> max(0, Deadline - erlang:monotonic_time(millisecond))
        end,
    ferl_eval:receive_from(Pos),
    receive
        Msg -> {ok, Msg}
    after T -> timeout
    end.

%% ---- try ----

do_try(Body, Of, Catch, After, Bs, Env) ->
    try try_body(Body, Of, Bs, Env) of
        {ok, V, Bs1} -> {V, Bs1};
        {of_clause, {Body1, Bs1}} -> body(Body1, Bs1, Env);
        {of_clause, nomatch, V} -> erlang:error({try_clause, V})
    catch
        Class:Reason:Stack ->
            case pick_clause([{Class, Reason, Stack}], Catch, Bs, Env) of
                {CBody, Bs2} -> body(CBody, Bs2, Env);
                nomatch -> erlang:raise(Class, Reason, Stack)
            end
    after
        case After of
            [] -> ok;
            _ -> body(After, Bs, Env)
        end
    end.

%% Only the body is protected by the catch clauses, not the `of` clauses:
%% the clause is chosen here and its body run by the caller.
try_body(Body, Of, Bs0, Env) ->
    {V, Bs} = body(Body, Bs0, Env),
    case Of of
        [] -> {ok, V, Bs};
        _ ->
            case pick_clause([V], Of, Bs, Env) of
                nomatch -> {of_clause, nomatch, V};
                Found -> {of_clause, Found}
            end
    end.

%% ---- matching ----

match_list([], [], Bs, _Env) -> {match, Bs};
match_list([P | Ps], [V | Vs], Bs0, Env) ->
    case match(P, V, Bs0, Env) of
        {match, Bs} -> match_list(Ps, Vs, Bs, Env);
        nomatch -> nomatch
    end;
match_list(_, _, _, _) -> nomatch.

match({var, _, '_'}, _V, Bs, _Env) -> {match, Bs};
match({var, _, Name}, V, Bs, _Env) ->
    case binding(Name, Bs) of
        {value, V} -> {match, Bs};
        {value, _} -> nomatch;
        unbound -> {match, add_binding(Name, V, Bs)}
    end;
match({match, _, P1, P2}, V, Bs0, Env) ->
    case match(P1, V, Bs0, Env) of
        {match, Bs} -> match(P2, V, Bs, Env);
        nomatch -> nomatch
    end;
match({cons, _, H, T}, [VH | VT], Bs0, Env) ->
    case match(H, VH, Bs0, Env) of
        {match, Bs} -> match(T, VT, Bs, Env);
        nomatch -> nomatch
    end;
match({cons, _, _, _}, _, _Bs, _Env) -> nomatch;
match({tuple, _, Ps}, V, Bs, Env) when is_tuple(V), tuple_size(V) =:= length(Ps) ->
    match_list(Ps, tuple_to_list(V), Bs, Env);
match({tuple, _, _}, _, _Bs, _Env) -> nomatch;
match({map, _, Fs}, V, Bs, Env) when is_map(V) -> match_map(Fs, V, Bs, Env);
match({map, _, _}, _, _Bs, _Env) -> nomatch;
match({bin, _, Els}, V, Bs0, Env) when is_bitstring(V) ->
    case match_bits(Els, V, Bs0, Env) of
        {match, Bs, <<>>} -> {match, Bs};
        _ -> nomatch
    end;
match({bin, _, _}, _, _Bs, _Env) -> nomatch;
match({op, _, '++', {nil, _}, P}, V, Bs, Env) -> match(P, V, Bs, Env);
match({op, _, '++', {cons, A, H, T}, P}, V, Bs, Env) ->
    match({cons, A, H, {op, A, '++', T, P}}, V, Bs, Env);
match({op, A, '++', {string, _, S}, P}, V, Bs, Env) ->
    match(lists:foldr(fun(C, Acc) -> {cons, A, {integer, A, C}, Acc} end, P, S), V, Bs, Env);
match({record, _, Name, _}, _V, _Bs, _Env) -> erlang:error({undef_record, Name});
match(P, V, Bs, Env) ->
    case is_literal(P) of
        true ->
            {Lit, _} = eval(P, [], Env),
            case Lit =:= V of
                true -> {match, Bs};
                false -> nomatch
            end;
        false -> erlang:error({illegal_pattern, P})
    end.

is_literal({Tag, _, _}) when Tag =:= integer; Tag =:= char; Tag =:= float;
                             Tag =:= atom; Tag =:= string -> true;
is_literal({nil, _}) -> true;
is_literal({op, _, _, A}) -> is_literal(A);
is_literal({op, _, _, A, B}) -> is_literal(A) andalso is_literal(B);
is_literal(_) -> false.

match_map([], _M, Bs, _Env) -> {match, Bs};
match_map([{map_field_exact, _, K0, P} | Fs], M, Bs0, Env) ->
    {K, _} = eval(K0, Bs0, Env),
    case M of
        #{K := V} ->
            case match(P, V, Bs0, Env) of
                {match, Bs} -> match_map(Fs, M, Bs, Env);
                nomatch -> nomatch
            end;
        _ -> nomatch
    end.

%% ---- comprehensions ----

lc(E, [], Bs, Env) ->
    {V, _} = eval(E, Bs, Env),
    [V];
lc(E, [{generate, _, P, L0} | Qs], Bs, Env) ->
    {L, _} = eval(L0, Bs, Env),
    is_list(L) orelse erlang:error({bad_generator, L}),
    lists:append([lc_match(P, X, Bs, Env, fun(Bs1) -> lc(E, Qs, Bs1, Env) end) || X <- L]);
lc(E, [{b_generate, _, {bin, _, Els}, B0} | Qs], Bs, Env) ->
    {B, _} = eval(B0, Bs, Env),
    is_bitstring(B) orelse erlang:error({bad_generator, B}),
    lists:append(bin_gen(Els, B, Bs, Env, fun(Bs1) -> lc(E, Qs, Bs1, Env) end));
lc(E, [F | Qs], Bs, Env) ->
    case filter(F, Bs, Env) of
        true -> lc(E, Qs, Bs, Env);
        false -> []
    end.

bc(E, [], Bs, Env) ->
    {V, _} = eval(E, Bs, Env),
    is_bitstring(V) orelse erlang:error({bad_generator, V}),
    [V];
bc(E, [{generate, _, P, L0} | Qs], Bs, Env) ->
    {L, _} = eval(L0, Bs, Env),
    is_list(L) orelse erlang:error({bad_generator, L}),
    lists:append([lc_match(P, X, Bs, Env, fun(Bs1) -> bc(E, Qs, Bs1, Env) end) || X <- L]);
bc(E, [{b_generate, _, {bin, _, Els}, B0} | Qs], Bs, Env) ->
    {B, _} = eval(B0, Bs, Env),
    is_bitstring(B) orelse erlang:error({bad_generator, B}),
    lists:append(bin_gen(Els, B, Bs, Env, fun(Bs1) -> bc(E, Qs, Bs1, Env) end));
bc(E, [F | Qs], Bs, Env) ->
    case filter(F, Bs, Env) of
        true -> bc(E, Qs, Bs, Env);
        false -> []
    end.

lc_match(P, X, Bs, Env, Then) ->
    case match(P, X, shadow([P], Bs), Env) of
        {match, Bs1} -> Then(Bs1);
        nomatch -> []
    end.

bin_gen(Els, B, Bs0, Env, Then) ->
    Bs = shadow(Els, Bs0),
    case match_bits(Els, B, Bs, Env) of
        {match, Bs1, Rest} -> [Then(Bs1) | bin_gen(Els, Rest, Bs0, Env, Then)];
        nomatch -> []
    end.

%% A filter that is a guard expression is a guard test (an exception or a
%% value other than `true` means `false`); any other filter must give a
%% boolean.
filter(F, Bs, Env) ->
    case is_guard_expr(F) of
        true -> catch_guard(F, Bs, Env) =:= true;
        false -> expr_filter(F, Bs, Env)
    end.

expr_filter(F, Bs, Env) ->
    case eval(F, Bs, Env) of
        {true, _} -> true;
        {false, _} -> false;
        {V, _} -> erlang:error({bad_filter, V})
    end.

%% ---- the bit syntax ----

%% {Type, Signedness, Endianness, Unit} of a type specifier list.
bit_type(default) -> bit_type([]);
bit_type(Specs) ->
    lists:foldl(fun bit_spec/2, {integer, unsigned, big, default}, Specs).

bit_spec({unit, U}, {T, S, E, _}) -> {T, S, E, U};
bit_spec(bytes, {_, S, E, U}) -> {binary, S, E, U};
bit_spec(bits, {_, S, E, U}) -> {bitstring, S, E, U};
bit_spec(T, {_, S, E, U}) when T =:= integer; T =:= float; T =:= binary;
                              T =:= bitstring; T =:= utf8; T =:= utf16;
                              T =:= utf32 -> {T, S, E, U};
bit_spec(S, {T, _, E, U}) when S =:= signed; S =:= unsigned -> {T, S, E, U};
bit_spec(E, {T, S, _, U}) when E =:= big; E =:= little; E =:= native -> {T, S, E, U}.

unit(_, U) when is_integer(U) -> U;
unit(binary, default) -> 8;
unit(_, default) -> 1.

default_size(integer) -> 8;
default_size(float) -> 64;
default_size(_) -> all.

bin_segments([], Bs, _Env, Acc) -> {lists:reverse(Acc), Bs};
bin_segments([{bin_element, _, {string, A, S}, Size, Specs} | Els], Bs, Env, Acc) ->
    Chars = [{bin_element, A, {integer, A, C}, Size, Specs} || C <- S],
    bin_segments(Chars ++ Els, Bs, Env, Acc);
bin_segments([{bin_element, _, V0, Size0, Specs} | Els], Bs0, Env, Acc) ->
    {V, Bs1} = eval(V0, Bs0, Env),
    {Type, _, End, U} = bit_type(Specs),
    {Size, Bs} = case Size0 of
                     default -> {default_size(Type), Bs1};
                     _ -> eval(Size0, Bs1, Env)
                 end,
    Seg = try build_segment(Type, End, V, Size, unit(Type, U))
          catch error:_ -> erlang:error(badarg)
          end,
    bin_segments(Els, Bs, Env, [Seg | Acc]).

build_segment(integer, End, V, Size, U) when is_integer(V) ->
    N = Size * U,
    case End of
        big -> <<V:N/big>>;
        little -> <<V:N/little>>;
        native -> <<V:N/native>>
    end;
build_segment(float, End, V, Size, U) when is_number(V) ->
    N = Size * U,
    case End of
        big -> <<V:N/float-big>>;
        little -> <<V:N/float-little>>;
        native -> <<V:N/float-native>>
    end;
build_segment(binary, _End, V, all, _U) when is_binary(V) -> V;
build_segment(bitstring, _End, V, all, _U) when is_bitstring(V) -> V;
build_segment(Type, _End, V, Size, U) when Type =:= binary; Type =:= bitstring ->
    N = Size * U,
    <<V:N/bitstring>>;
build_segment(utf8, _End, V, _, _) -> <<V/utf8>>;
build_segment(utf16, big, V, _, _) -> <<V/utf16-big>>;
build_segment(utf16, little, V, _, _) -> <<V/utf16-little>>;
build_segment(utf16, native, V, _, _) -> <<V/utf16-native>>;
build_segment(utf32, big, V, _, _) -> <<V/utf32-big>>;
build_segment(utf32, little, V, _, _) -> <<V/utf32-little>>;
build_segment(utf32, native, V, _, _) -> <<V/utf32-native>>.

%% Matches segments against the front of Bin: {match, Bs, Rest} | nomatch.
match_bits([], Bin, Bs, _Env) -> {match, Bs, Bin};
match_bits([{bin_element, _, {string, A, S}, Size, Specs} | Els], Bin, Bs, Env) ->
    Chars = [{bin_element, A, {integer, A, C}, Size, Specs} || C <- S],
    match_bits(Chars ++ Els, Bin, Bs, Env);
match_bits([{bin_element, _, P, Size0, Specs} | Els], Bin, Bs0, Env) ->
    {Type, Sign, End, U} = bit_type(Specs),
    Size = case Size0 of
               default -> default_size(Type);
               _ -> element(1, eval(Size0, Bs0, Env))
           end,
    case take_segment(Type, Sign, End, Size, unit(Type, U), Bin) of
        {V, Rest} ->
            case match(P, V, Bs0, Env) of
                {match, Bs} -> match_bits(Els, Rest, Bs, Env);
                nomatch -> nomatch
            end;
        nomatch -> nomatch
    end.

take_segment(Type, Sign, End, Size, U, Bin) ->
    try take(Type, Sign, End, Size, U, Bin)
    catch error:_ -> nomatch
    end.

take(integer, Sign, End, Size, U, Bin) when is_integer(Size), Size >= 0 ->
    N = Size * U,
    case {Sign, End, Bin} of
        {unsigned, big, <<V:N/unsigned-big, R/bits>>} -> {V, R};
        {unsigned, little, <<V:N/unsigned-little, R/bits>>} -> {V, R};
        {unsigned, native, <<V:N/unsigned-native, R/bits>>} -> {V, R};
        {signed, big, <<V:N/signed-big, R/bits>>} -> {V, R};
        {signed, little, <<V:N/signed-little, R/bits>>} -> {V, R};
        {signed, native, <<V:N/signed-native, R/bits>>} -> {V, R};
        _ -> nomatch
    end;
take(float, _Sign, End, Size, U, Bin) when is_integer(Size) ->
    N = Size * U,
    case {End, Bin} of
        {big, <<V:N/float-big, R/bits>>} -> {V, R};
        {little, <<V:N/float-little, R/bits>>} -> {V, R};
        {native, <<V:N/float-native, R/bits>>} -> {V, R};
        _ -> nomatch
    end;
take(binary, _Sign, _End, all, _U, Bin) when is_binary(Bin) -> {Bin, <<>>};
take(bitstring, _Sign, _End, all, U, Bin) when bit_size(Bin) rem U =:= 0 -> {Bin, <<>>};
take(Type, _Sign, _End, Size, U, Bin) when (Type =:= binary orelse Type =:= bitstring),
                                           is_integer(Size), Size >= 0 ->
    N = Size * U,
    case Bin of
        <<V:N/bits, R/bits>> -> {V, R};
        _ -> nomatch
    end;
take(utf8, _, _, _, _, <<V/utf8, R/bits>>) -> {V, R};
take(utf16, _, big, _, _, <<V/utf16-big, R/bits>>) -> {V, R};
take(utf16, _, little, _, _, <<V/utf16-little, R/bits>>) -> {V, R};
take(utf32, _, big, _, _, <<V/utf32-big, R/bits>>) -> {V, R};
take(utf32, _, little, _, _, <<V/utf32-little, R/bits>>) -> {V, R};
take(_, _, _, _, _, _) -> nomatch.

%% ---- guards ----

is_guard_expr({var, _, _}) -> true;
is_guard_expr({Lit, _, _}) when Lit =:= integer; Lit =:= char; Lit =:= float;
                                Lit =:= atom; Lit =:= string -> true;
is_guard_expr({nil, _}) -> true;
is_guard_expr({cons, _, H, T}) -> is_guard_expr(H) andalso is_guard_expr(T);
is_guard_expr({tuple, _, Es}) -> lists:all(fun is_guard_expr/1, Es);
is_guard_expr({map, _, Fs}) -> lists:all(fun is_guard_expr/1, [E || {_, _, K, V} <- Fs, E <- [K, V]]);
is_guard_expr({map, _, B, Fs}) -> is_guard_expr({map, 0, Fs}) andalso is_guard_expr(B);
is_guard_expr({bin, _, Els}) ->
    lists:all(fun({bin_element, _, V, S, _}) -> is_guard_expr(V) andalso (S =:= default orelse is_guard_expr(S)) end, Els);
is_guard_expr({op, _, '!', _, _}) -> false;
is_guard_expr({op, _, _, L, R}) -> is_guard_expr(L) andalso is_guard_expr(R);
is_guard_expr({op, _, _, A}) -> is_guard_expr(A);
is_guard_expr({call, _, {remote, _, {atom, _, erlang}, {atom, _, F}}, As}) ->
    is_guard_bif(F, length(As)) andalso lists:all(fun is_guard_expr/1, As);
is_guard_expr({call, _, {atom, _, F}, As}) ->
    is_guard_bif(F, length(As)) andalso lists:all(fun is_guard_expr/1, As);
is_guard_expr(_) -> false.

is_guard_bif(F, 1) when F =:= is_atom; F =:= is_binary; F =:= is_bitstring;
                        F =:= is_boolean; F =:= is_float; F =:= is_function;
                        F =:= is_integer; F =:= is_list; F =:= is_map;
                        F =:= is_number; F =:= is_pid; F =:= is_port;
                        F =:= is_reference; F =:= is_tuple; F =:= abs;
                        F =:= bit_size; F =:= byte_size; F =:= ceil;
                        F =:= float; F =:= floor; F =:= hd; F =:= length;
                        F =:= map_size; F =:= node; F =:= round; F =:= size;
                        F =:= tl; F =:= trunc; F =:= tuple_size; F =:= 'not' -> true;
is_guard_bif(F, 2) when F =:= element; F =:= is_function; F =:= is_record;
                        F =:= map_get; F =:= is_map_key; F =:= binary_part;
                        F =:= min; F =:= max -> true;
is_guard_bif(F, 0) when F =:= node; F =:= self -> true;
is_guard_bif(F, 3) when F =:= binary_part; F =:= is_record -> true;
is_guard_bif(_, _) -> false.

%% ---- auto-imported BIFs (called without a module) ----

is_auto_bif(F) -> lists:member(F, auto_bifs()).

auto_bifs() ->
    [abs, apply, atom_to_binary, atom_to_list, binary_part, binary_to_atom,
     binary_to_existing_atom, binary_to_float, binary_to_integer, binary_to_list,
     binary_to_term, bit_size, bitstring_to_list, byte_size, ceil, date,
     demonitor, element, erase, error, exit, float, float_to_binary,
     float_to_list, floor, garbage_collect, get, get_keys, group_leader, halt,
     hd, integer_to_binary, integer_to_list, iolist_size, iolist_to_binary,
     is_alive, is_atom, is_binary, is_bitstring, is_boolean, is_float,
     is_function, is_integer, is_list, is_map, is_map_key, is_number, is_pid,
     is_port, is_process_alive, is_record, is_reference, is_tuple, length, link,
     list_to_atom, list_to_binary, list_to_bitstring, list_to_existing_atom,
     list_to_float, list_to_integer, list_to_pid, list_to_ref, list_to_tuple,
     make_ref, map_get, map_size, max, min, monitor, node, nodes, now,
     pid_to_list, process_flag, process_info, processes, put, ref_to_list,
     register, registered, round, self, setelement, size, spawn, spawn_link,
     spawn_monitor, spawn_opt, split_binary, statistics, term_to_binary,
     throw, time, tl, trunc, tuple_size, tuple_to_list, unlink, unregister,
     whereis].

%% ---- funs of each arity ----

make_fun(0, Info) -> fun() -> eval_fun([], Info) end;
make_fun(1, Info) -> fun(A1) -> eval_fun([A1], Info) end;
make_fun(2, Info) -> fun(A1, A2) -> eval_fun([A1, A2], Info) end;
make_fun(3, Info) -> fun(A1, A2, A3) -> eval_fun([A1, A2, A3], Info) end;
make_fun(4, Info) -> fun(A1, A2, A3, A4) -> eval_fun([A1, A2, A3, A4], Info) end;
make_fun(5, Info) -> fun(A1, A2, A3, A4, A5) -> eval_fun([A1, A2, A3, A4, A5], Info) end;
make_fun(6, Info) -> fun(A1, A2, A3, A4, A5, A6) -> eval_fun([A1, A2, A3, A4, A5, A6], Info) end;
make_fun(7, Info) -> fun(A1, A2, A3, A4, A5, A6, A7) -> eval_fun([A1, A2, A3, A4, A5, A6, A7], Info) end;
make_fun(8, Info) -> fun(A1, A2, A3, A4, A5, A6, A7, A8) -> eval_fun([A1, A2, A3, A4, A5, A6, A7, A8], Info) end;
make_fun(9, Info) -> fun(A1, A2, A3, A4, A5, A6, A7, A8, A9) -> eval_fun([A1, A2, A3, A4, A5, A6, A7, A8, A9], Info) end;
make_fun(10, Info) -> fun(A1, A2, A3, A4, A5, A6, A7, A8, A9, A10) -> eval_fun([A1, A2, A3, A4, A5, A6, A7, A8, A9, A10], Info) end;
make_fun(11, Info) -> fun(A1, A2, A3, A4, A5, A6, A7, A8, A9, A10, A11) -> eval_fun([A1, A2, A3, A4, A5, A6, A7, A8, A9, A10, A11], Info) end;
make_fun(12, Info) -> fun(A1, A2, A3, A4, A5, A6, A7, A8, A9, A10, A11, A12) -> eval_fun([A1, A2, A3, A4, A5, A6, A7, A8, A9, A10, A11, A12], Info) end;
make_fun(13, Info) -> fun(A1, A2, A3, A4, A5, A6, A7, A8, A9, A10, A11, A12, A13) -> eval_fun([A1, A2, A3, A4, A5, A6, A7, A8, A9, A10, A11, A12, A13], Info) end;
make_fun(14, Info) -> fun(A1, A2, A3, A4, A5, A6, A7, A8, A9, A10, A11, A12, A13, A14) -> eval_fun([A1, A2, A3, A4, A5, A6, A7, A8, A9, A10, A11, A12, A13, A14], Info) end;
make_fun(15, Info) -> fun(A1, A2, A3, A4, A5, A6, A7, A8, A9, A10, A11, A12, A13, A14, A15) -> eval_fun([A1, A2, A3, A4, A5, A6, A7, A8, A9, A10, A11, A12, A13, A14, A15], Info) end;
make_fun(16, Info) -> fun(A1, A2, A3, A4, A5, A6, A7, A8, A9, A10, A11, A12, A13, A14, A15, A16) -> eval_fun([A1, A2, A3, A4, A5, A6, A7, A8, A9, A10, A11, A12, A13, A14, A15, A16], Info) end;
make_fun(17, Info) -> fun(A1, A2, A3, A4, A5, A6, A7, A8, A9, A10, A11, A12, A13, A14, A15, A16, A17) -> eval_fun([A1, A2, A3, A4, A5, A6, A7, A8, A9, A10, A11, A12, A13, A14, A15, A16, A17], Info) end;
make_fun(18, Info) -> fun(A1, A2, A3, A4, A5, A6, A7, A8, A9, A10, A11, A12, A13, A14, A15, A16, A17, A18) -> eval_fun([A1, A2, A3, A4, A5, A6, A7, A8, A9, A10, A11, A12, A13, A14, A15, A16, A17, A18], Info) end;
make_fun(19, Info) -> fun(A1, A2, A3, A4, A5, A6, A7, A8, A9, A10, A11, A12, A13, A14, A15, A16, A17, A18, A19) -> eval_fun([A1, A2, A3, A4, A5, A6, A7, A8, A9, A10, A11, A12, A13, A14, A15, A16, A17, A18, A19], Info) end;
make_fun(20, Info) -> fun(A1, A2, A3, A4, A5, A6, A7, A8, A9, A10, A11, A12, A13, A14, A15, A16, A17, A18, A19, A20) -> eval_fun([A1, A2, A3, A4, A5, A6, A7, A8, A9, A10, A11, A12, A13, A14, A15, A16, A17, A18, A19, A20], Info) end.
