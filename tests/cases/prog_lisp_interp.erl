#!/usr/bin/env escript
-module(prog_lisp_interp).
-mode(compile).
-export([main/1]).
tok(S) -> string:lexemes(lists:flatten(string:replace(string:replace(S, "(", " ( ", all), ")", " ) ", all)), " \n").
parse(["(" | T]) -> parse_list(T, []);
parse([A | T]) -> {atom(A), T}.
parse_list([")" | T], Acc) -> {lists:reverse(Acc), T};
parse_list(Ts, Acc) -> {X, R} = parse(Ts), parse_list(R, [X | Acc]).
atom(A) -> try list_to_integer(A) catch error:badarg -> list_to_atom(A) end.
ev(X, _) when is_integer(X) -> X;
ev(X, Env) when is_atom(X) -> case Env of #{X := V} -> V; _ -> error({unbound, X}) end;
ev([quote, X], _) -> X;
ev(['if', C, T, E], Env) -> case ev(C, Env) of false -> ev(E, Env); _ -> ev(T, Env) end;
ev([define, Name, Expr], Env) -> {define, Name, ev(Expr, Env)};
ev([lambda, Params, Body], Env) -> {closure, Params, Body, Env};
ev(['let', Binds, Body], Env) -> ev(Body, maps:merge(Env, maps:from_list([{N, ev(E, Env)} || [N, E] <- Binds])));
ev([F | Args], Env) -> app(ev(F, Env), [ev(A, Env) || A <- Args], Env).
app({prim, P}, Args, _) -> P(Args);
app({closure, Ps, Body, CEnv}, Args, Env) ->
    Self = maps:filter(fun(_, {closure, _, _, _}) -> true; (_, _) -> false end, Env),
    ev(Body, maps:merge(maps:merge(Self, CEnv), maps:from_list(lists:zip(Ps, Args))));
app(Other, _, _) -> error({not_callable, Other}).
prims() ->
    B = fun(F) -> {prim, fun([A, C]) -> F(A, C) end} end,
    #{'+' => {prim, fun lists:sum/1}, '-' => B(fun erlang:'-'/2), '*' => B(fun erlang:'*'/2),
      '<' => B(fun erlang:'<'/2), '=' => B(fun erlang:'=:='/2),
      list => {prim, fun(L) -> L end}, car => {prim, fun([[H | _]]) -> H end},
      cdr => {prim, fun([[_ | T]]) -> T end}, cons => B(fun(H, T) -> [H | T] end),
      'null?' => {prim, fun([L]) -> L =:= [] end}, true => true, false => false}.
run(Prog) -> run(Prog, prims()).
run([], _) -> ok;
run([Src | Rest], Env) ->
    {Ast, []} = parse(tok(Src)),
    case catch ev(Ast, Env) of
        {define, N, V} -> io:format("~s => defined ~p~n", [Src, N]), run(Rest, Env#{N => V});
        {closure, Ps, _, _} -> io:format("~s => <closure/~p>~n", [Src, length(Ps)]), run(Rest, Env);
        {'EXIT', {Why, _}} -> io:format("~s => error ~p~n", [Src, Why]), run(Rest, Env);
        V -> io:format("~s => ~p~n", [Src, V]), run(Rest, Env)
    end.
main(_) ->
    run(["(+ 1 2 3)", "(* (- 10 4) 7)", "(define sq (lambda (x) (* x x)))", "(sq 12)",
         "(define fact (lambda (n) (if (< n 2) 1 (* n (fact (- n 1))))))", "(fact 20)", "(fact 30)",
         "(define len (lambda (l) (if (null? l) 0 (+ 1 (len (cdr l))))))", "(len (quote (a b c d)))",
         "(define map (lambda (f l) (if (null? l) (quote ()) (cons (f (car l)) (map f (cdr l))))))",
         "(map sq (list 1 2 3 4))", "(let ((a 3) (b 4)) (+ (sq a) (sq b)))", "(lambda (a b) a)",
         "(undefined-thing 1)", "(1 2)", "(car (quote ()))",
         "(define fib (lambda (n) (if (< n 2) n (+ (fib (- n 1)) (fib (- n 2))))))", "(map fib (list 5 10 15))",
         "(= (quote abc) (quote abc))"]).
