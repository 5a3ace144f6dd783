#!/usr/bin/env escript
-module(prog_expr_eval).
-mode(compile).
-export([main/1]).
-record(num, {v}).
-record(var, {name}).
-record(bin, {op, l, r}).
-record(let_, {name, val, body}).
tokens([]) -> [];
tokens([C | T]) when C =:= $\s -> tokens(T);
tokens([C | T]) when C >= $0, C =< $9 ->
    {D, R} = lists:splitwith(fun(X) -> X >= $0 andalso X =< $9 end, [C | T]),
    [{int, list_to_integer(D)} | tokens(R)];
tokens([C | T]) when C >= $a, C =< $z ->
    {D, R} = lists:splitwith(fun(X) -> X >= $a andalso X =< $z end, [C | T]),
    case D of "let" -> [let_ | tokens(R)]; "in" -> [in | tokens(R)]; _ -> [{id, D} | tokens(R)] end;
tokens([C | T]) -> [list_to_atom([C]) | tokens(T)].
%% expr := term (('+'|'-') term)* ; term := fact (('*'|'/') fact)* ; fact := int | id | (expr) | let
expr(Ts) -> {L, R} = term(Ts), expr_rest(L, R).
expr_rest(L, [Op | Ts]) when Op =:= '+'; Op =:= '-' ->
    {R, Ts2} = term(Ts), expr_rest(#bin{op = Op, l = L, r = R}, Ts2);
expr_rest(L, Ts) -> {L, Ts}.
term(Ts) -> {L, R} = fact(Ts), term_rest(L, R).
term_rest(L, [Op | Ts]) when Op =:= '*'; Op =:= '/' ->
    {R, Ts2} = fact(Ts), term_rest(#bin{op = Op, l = L, r = R}, Ts2);
term_rest(L, Ts) -> {L, Ts}.
fact([{int, N} | Ts]) -> {#num{v = N}, Ts};
fact([{id, N} | Ts]) -> {#var{name = N}, Ts};
fact(['(' | Ts]) -> {E, [')' | R]} = expr(Ts), {E, R};
fact(['-' | Ts]) -> {E, R} = fact(Ts), {#bin{op = '-', l = #num{v = 0}, r = E}, R};
fact([let_, {id, N}, '=' | Ts]) ->
    {V, [in | R]} = expr(Ts), {B, R2} = expr(R), {#let_{name = N, val = V, body = B}, R2}.
eval(#num{v = V}, _) -> V;
eval(#var{name = N}, Env) ->
    case Env of #{N := V} -> V; _ -> throw({unbound, N}) end;
eval(#bin{op = Op, l = L, r = R}, Env) ->
    A = eval(L, Env), B = eval(R, Env),
    case Op of '+' -> A + B; '-' -> A - B; '*' -> A * B;
        '/' when B =:= 0 -> throw(div_zero); '/' -> A div B end;
eval(#let_{name = N, val = V, body = B}, Env) -> eval(B, Env#{N => eval(V, Env)}).
show(#num{v = V}) -> integer_to_list(V);
show(#var{name = N}) -> N;
show(#bin{op = Op, l = L, r = R}) -> "(" ++ show(L) ++ " " ++ atom_to_list(Op) ++ " " ++ show(R) ++ ")";
show(#let_{name = N, val = V, body = B}) -> "let " ++ N ++ "=" ++ show(V) ++ " in " ++ show(B).
run(S) ->
    {Ast, []} = expr(tokens(S)),
    Res = try eval(Ast, #{"x" => 10, "y" => 3}) catch throw:E -> {error, E} end,
    io:format("~-34s ~-40s ~p~n", [S, show(Ast), Res]).
main(_) ->
    [run(S) || S <- ["1 + 2 * 3", "(1 + 2) * 3", "x * x - y", "-x + 4", "100 / 7 / 2",
                      "let z = x + 1 in z * z", "let a = 2 in let b = a * a in b * b * b",
                      "q + 1", "1 / (y - 3)", "2*2*2*2*2*2*2*2*2*2*2*2*2*2*2*2*2*2*2*2*2*2*2*2*2*2*2*2*2*2*2*2*2*2*2*2*2*2*2*2*2*2*2*2*2*2*2*2*2*2*2*2*2*2*2*2*2*2*2*2*2*2*2*2*2*2*2*2"]],
    {A, _} = expr(tokens("let x = 1 in x + y")),
    io:format("~p~n", [A]).
