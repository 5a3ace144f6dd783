%% shell: the Erlang shell's read-eval-print loop (OTP's `shell` module).
%%
%% A server process reads expressions from its group leader (prompt
%% `N> `), keeps the history and the variable bindings, and hands each
%% command to an evaluator process. When an evaluation raises, the
%% evaluator reports the exception to the server and dies; the server
%% prints `** exception ...` and starts a fresh evaluator with the bindings
%% and process dictionary from before the failed command, so `self()`
%% changes and the bindings survive, as in OTP.
%%
%% Shell commands handled here (the rest go to user_default, then
%% shell_default): b/0, f/0, f/1, v/1, e/1 (expanded before evaluation),
%% h/0, history/1, results/1, catch_exception/1, rd/2, rf/0, rf/1, rl/0,
%% rl/1, rp/1.
%%
%% Entry points: start/0 runs a shell on the caller's group leader and
%% returns when it ends (end of input halts the node as OTP does; q()
%% halts too). eval_string/1 evaluates the expressions in a string as
%% `-eval` does.
%%
%% Records typed at the prompt are expanded by shell_records (OTP:
%% erl_expand_records), which also reads them for rr/1,2.
%% Not supported (yet): rr/3, the restricted shell, prompt functions, `fun`
%% source listing in b/0 (funs print as values), the lint checks of
%% erl_lint other than unbound variables and undefined records, ^G job
%% control.
-module(shell).
-export([start/0, start/1, server/0, eval_string/1]).
-export([history/1, results/1, catch_exception/1, whereis_evaluator/0]).

-define(DEPTH, 30).
-define(LINE_MAX_CHARS, 60).
-define(DEF_HISTORY, 20).
-define(DEF_RESULTS, 20).

%% The server's state: the command number, the evaluator, the bindings,
%% the saved process dictionary of the evaluator, record definitions, and
%% input read past the last complete expression.
-record(st, {n = 0, eval, bs, ds = [], recs = #{}}).

%% ---------------------------------------------------------------- entry

%% Runs a shell in a new process under the caller's group leader and
%% waits for it to end.
-spec start() -> ok.
start() ->
    start(false).

-spec start(boolean() | init) -> ok.
start(_NoCtrlG) ->
    {Pid, Ref} = spawn_monitor(fun server/0),
    receive
        {'DOWN', Ref, process, Pid, _} -> ok
    end.

-spec server() -> terminated.
server() ->
    process_flag(trap_exit, true),
    io:format("Eshell V~s  (abort with ^G)\n", [erlang:system_info(version)]),
    Bs = erl_eval:new_bindings(),
    St = #st{bs = Bs},
    loop(St#st{eval = start_eval(St)}).

%% Evaluates every expression in String in a fresh evaluator, without
%% printing results: `-eval`'s behaviour. Returns the last value.
-spec eval_string(string()) -> term().
eval_string(String) ->
    {ok, Toks, _} = erl_scan:string(String),
    {ok, Es} = erl_parse:parse_exprs(Toks),
    {value, V, _} = erl_eval:exprs(Es, erl_eval:new_bindings()),
    V.

-spec whereis_evaluator() -> pid() | undefined.
whereis_evaluator() ->
    get(evaluator).

%% ----------------------------------------------------------- the loop

loop(#st{n = N0} = St0) ->
    N = N0 + 1,
    Prompt = case is_alive() of
                 true -> io_lib:format("(~ts)~w> ", [atom_to_list(node()), N]);
                 false -> io_lib:format("~w> ", [N])
             end,
    case read_command(Prompt, St0) of
        {ok, Es0, St1} ->
            case expand_history(Es0, N) of
                {ok, Es} ->
                    St = run_command(Es, St1#st{n = N}),
                    loop(St);
                {error, Text} ->
                    benign("~ts", [Text]),
                    loop(St1)
            end;
        {error, {Loc, Mod, What}, St1} ->
            benign("~s: ~ts", [pos(Loc), format_error(Mod, What)]),
            loop(St1);
        {eof, _} ->
            io:format("*** Terminating erlang (~w)\n", [node()]),
            erlang:halt(0)
    end.

run_command(Es, #st{eval = Ev, n = N} = St0) ->
    Ev ! {shell_cmd, self(), {eval, Es}},
    {V, St} = wait_reply(St0),
    remember(N, Es, V),
    St.

%% Waits for the evaluator's answer, serving its requests meanwhile.
wait_reply(#st{eval = Ev} = St) ->
    receive
        {shell_rep, Ev, {value, V, Bs, Ds}} ->
            {V, St#st{bs = Bs, ds = Ds}};
        {shell_rep, Ev, {command_error, {Loc, Mod, What}}} ->
            benign("~s: ~ts", [pos(Loc), format_error(Mod, What)]),
            {{'EXIT', What}, St};
        {shell_req, Ev, {get_cmd, K}} ->
            Ev ! {shell_rep, self(), {get({command, K}), get({result, K}), K}},
            wait_reply(St);
        {shell_req, Ev, get_cmds} ->
            Ev ! {shell_rep, self(), get()},
            wait_reply(St);
        {shell_req, Ev, {records, Recs}} ->
            %% Kept in the dictionary too, for the reports of exceptions.
            put('$shell_records', Recs),
            Ev ! {shell_rep, self(), ok},
            wait_reply(St#st{recs = Recs});
        {ev_exit, {Ev, Class, {Reason, Stack}}} ->
            receive {'EXIT', Ev, _} -> ok end,
            report_exception(Class, Reason, Stack),
            {{'EXIT', {nocatch(Class, Reason), Stack}}, St#st{eval = start_eval(St)}};
        {ev_caught, {Ev, Class, {Reason, Stack}}} ->
            report_exception("* ", Class, Reason, Stack),
            {{'EXIT', {nocatch(Class, Reason), Stack}}, St};
        {'EXIT', Ev, Reason} ->
            report_exception(exit, Reason, []),
            {{'EXIT', Reason}, St#st{eval = start_eval(St)}};
        _Other ->
            wait_reply(St)
    end.

nocatch(throw, Term) -> {nocatch, Term};
nocatch(_, Reason) -> Reason.

%% Keeps the last ?DEF_HISTORY commands and results in the dictionary.
remember(N, Es, V) ->
    put({command, N}, Es),
    put({result, N}, V),
    _ = erase({command, N - history_length()}),
    _ = erase({result, N - results_length()}),
    ok.

history_length() -> env(shell_history_length, ?DEF_HISTORY).
results_length() -> min(env(shell_saved_results, ?DEF_RESULTS), history_length()).

env(Key, Default) ->
    case get({env, Key}) of
        V when is_integer(V), V >= 0 -> V;
        _ -> Default
    end.

%% ---------------------------------------------------------- reading

%% Reads tokens up to a dot followed by white space and parses them.
read_command(Prompt, St) ->
    case read_tokens(Prompt, St) of
        {ok, Toks, St1} ->
            case erl_parse:parse_exprs(Toks) of
                {ok, Es} -> {ok, Es, St1};
                {error, Info} -> {error, Info, St1}
            end;
        Other ->
            Other
    end.

%% The group leader reads and scans, as for OTP's shell: a terminal shows
%% the prompt again on each line an expression continues on, a pipe
%% shows it once; what follows the expression's dot waits there for the
%% next command.
read_tokens(Prompt, St) ->
    case io:request(group_leader(), {get_until, unicode, Prompt, erl_scan, tokens, [{1, 1}]}) of
        {ok, Toks, _} -> {ok, Toks, St};
        {error, Info, _} -> {error, Info, St};
        {eof, _} -> {eof, St};
        eof -> {eof, St};
        {error, _} -> {eof, St}
    end.

%% ----------------------------------------------------------- history

%% Replaces e(N) by the commands of query N and v(N) by v(K) with K the
%% absolute query number; throws the `command not found` text otherwise.
expand_history(Es, N) ->
    try
        {ok, expand(Es, N)}
    catch
        throw:{no_command, Text} -> {error, Text}
    end.

expand({call, A, {atom, _, e}, [Arg]}, N) ->
    K = query_number(Arg, N),
    case get({command, K}) of
        undefined -> throw({no_command, no_command_text(Arg)});
        [E] -> E;
        Es -> {block, A, Es}
    end;
expand({call, A, {atom, VA, v}, [Arg]}, N) ->
    K = query_number(Arg, N),
    case get({result, K}) of
        undefined -> throw({no_command, no_command_text(Arg)});
        _ -> {call, A, {atom, VA, v}, [{integer, VA, K}]}
    end;
expand({match, A, P, E}, N) ->
    {match, A, P, expand(E, N)};
expand({clause, A, H, G, B}, N) ->
    {clause, A, H, G, expand(B, N)};
expand(T, N) when is_tuple(T) ->
    list_to_tuple(expand(tuple_to_list(T), N));
expand([H | T], N) ->
    [expand(H, N) | expand(T, N)];
expand(X, _N) ->
    X.

query_number({integer, _, K}, N) when K < 0 -> N + K;
query_number({integer, _, K}, _N) -> K;
query_number({op, _, '-', {integer, _, K}}, N) -> N - K;
query_number(_, _N) -> undefined.

no_command_text({integer, _, K}) -> io_lib:format("~w: command not found", [K]);
no_command_text({op, _, '-', {integer, _, K}}) -> io_lib:format("-~w: command not found", [K]);
no_command_text(E) -> [pp_expr(E), ": command not found"].

%% ---------------------------------------------------------- evaluator

start_eval(#st{bs = Bs, ds = Ds, recs = Recs}) ->
    Shell = self(),
    Ev = spawn_link(fun() -> evaluator(Shell, Bs, Ds, Recs) end),
    put(evaluator, Ev),
    Ev.

evaluator(Shell, Bs, Ds, Recs) ->
    lists:foreach(fun({K, V}) -> put(K, V) end, Ds),
    put('$shell_records', Recs),
    eval_loop(Shell, Bs).

eval_loop(Shell, Bs0) ->
    receive
        {shell_cmd, Shell, {eval, Es}} ->
            Bs = eval_command(Es, Shell, Bs0),
            eval_loop(Shell, Bs)
    end.

eval_command(Es, Shell, Bs0) ->
    Lf = {eval, fun(F, As, Bs) -> local_func(F, As, Bs, Shell) end},
    try eval_exprs(Es, Bs0, Lf) of
        {value, V, Bs} ->
            Shell ! {shell_rep, self(), {value, V, Bs, user_dict()}},
            Bs;
        {command_error, Error} ->
            Shell ! {shell_rep, self(), {command_error, Error}},
            Bs0
    catch
        exit:normal ->
            exit(normal);
        Class:Reason:Stack ->
            Msg = {self(), Class, {Reason, Stack}},
            case get({env, shell_catch_exception}) of
                true ->
                    Shell ! {ev_caught, Msg},
                    Bs0;
                _ ->
                    %% Linked processes die with the reason, not through an
                    %% error report of ours.
                    {links, Links} = process_info(self(), links),
                    Exit = case Class of throw -> {{nocatch, Reason}, Stack}; _ -> {Reason, Stack} end,
                    [exit(P, Exit) || P <- Links, P =/= Shell],
                    Shell ! {ev_exit, Msg},
                    exit(normal)
            end
    end.

%% The evaluator's dictionary without the shell's own entries.
user_dict() ->
    [KV || {K, _} = KV <- get(), K =/= '$shell_records'].

eval_exprs([E0 | Es], Bs0, Lf) ->
    case expand_records(E0) of
        {ok, E} -> eval_expanded(E, Es, Bs0, Lf);
        {error, _} = Error -> {command_error, element(2, Error)}
    end.

expand_records(E) ->
    try
        {ok, shell_records:expand(E, get('$shell_records'))}
    catch
        throw:{lint, Error} -> {error, Error}
    end.

eval_expanded(E, Es, Bs0, Lf) ->
    case unbound_vars(E, Bs0) of
        ok ->
            {value, V, Bs} = erl_eval:expr(E, Bs0, Lf),
            case Es of
                [] ->
                    print_value(V),
                    {value, V, Bs};
                _ ->
                    eval_exprs(Es, Bs, Lf)
            end;
        {error, _} = Error ->
            {command_error, element(2, Error)}
    end.

print_value(V) ->
    io:put_chars([pp(V, 1), $\n]).

%% ------------------------------------------------- commands of the shell

local_func(v, [{integer, _, K}], Bs, Shell) ->
    {_, V, _} = shell_req(Shell, {get_cmd, K}),
    {value, V, Bs};
local_func(h, [], Bs, Shell) ->
    Dict = shell_req(Shell, get_cmds),
    Ns = lists:sort([K || {{command, K}, _} <- Dict]),
    lists:foreach(fun(K) -> list_command(K, Dict) end, Ns),
    {value, ok, Bs};
local_func(b, [], Bs, _Shell) ->
    lists:foreach(fun list_binding/1, lists:sort(erl_eval:bindings(Bs))),
    {value, ok, Bs};
local_func(f, [], _Bs, _Shell) ->
    {value, ok, erl_eval:new_bindings()};
local_func(f, [{var, _, Name}], Bs, _Shell) ->
    {value, ok, erl_eval:del_binding(Name, Bs)};
local_func(f, [_], _Bs, _Shell) ->
    erlang:raise(error, function_clause, [{shell, f, 1}]);
local_func(history, [{integer, _, N}], Bs, _Shell) ->
    {value, set_env(shell_history_length, N, ?DEF_HISTORY), Bs};
local_func(results, [{integer, _, N}], Bs, _Shell) ->
    {value, set_env(shell_saved_results, N, ?DEF_RESULTS), Bs};
local_func(catch_exception, [{atom, _, B}], Bs, _Shell) when is_boolean(B) ->
    {value, set_env(shell_catch_exception, B, false), Bs};
local_func(rd, [{atom, _, Name}, Def], Bs, Shell) ->
    Fields = record_fields(Def),
    Recs = maps:put(Name, Fields, get('$shell_records')),
    put('$shell_records', Recs),
    ok = shell_req(Shell, {records, Recs}),
    {value, Name, Bs};
local_func(rf, [], Bs, Shell) ->
    put('$shell_records', #{}),
    ok = shell_req(Shell, {records, #{}}),
    %% OTP answers with the records it kept: those of user_default (none here).
    {value, [], Bs};
local_func(rf, [A], Bs0, Shell) ->
    {[Names], Bs} = erl_eval:expr_list([A], Bs0),
    Recs = case Names of
               '_' -> #{};
               _ -> maps:without(listify(Names), get('$shell_records'))
           end,
    put('$shell_records', Recs),
    ok = shell_req(Shell, {records, Recs}),
    {value, ok, Bs};
local_func(rl, [], Bs, _Shell) ->
    list_records(lists:sort(maps:to_list(get('$shell_records')))),
    {value, ok, Bs};
local_func(rl, [A], Bs0, _Shell) ->
    {[Names], Bs} = erl_eval:expr_list([A], Bs0),
    Recs = get('$shell_records'),
    list_records([{N, maps:get(N, Recs)} || N <- listify(Names), maps:is_key(N, Recs)]),
    {value, ok, Bs};
local_func(rr, [A], Bs0, Shell) ->
    {[Spec], Bs} = erl_eval:expr_list([A], Bs0),
    {value, read_records(Spec, all, Shell), Bs};
local_func(rr, [A, B], Bs0, Shell) ->
    {[Spec, Sel], Bs} = erl_eval:expr_list([A, B], Bs0),
    {value, read_records(Spec, listify(Sel), Shell), Bs};
local_func(rp, [A], Bs0, Shell) ->
    Lf = {eval, fun(F, As, Bs) -> local_func(F, As, Bs, Shell) end},
    {[V], Bs} = erl_eval:expr_list([A], Bs0, Lf),
    io:put_chars([pp(V, 1, -1), $\n]),
    {value, ok, Bs};
local_func(F, As0, Bs0, Shell) when is_atom(F) ->
    Lf = {eval, fun(F1, As1, Bs1) -> local_func(F1, As1, Bs1, Shell) end},
    {As, Bs} = erl_eval:expr_list(As0, Bs0, Lf),
    {value, call_default(F, As), Bs}.

%% A local call that is not a shell command: user_default first, then
%% shell_default.
call_default(F, As) ->
    A = length(As),
    case exported(user_default, F, A) of
        true ->
            apply(user_default, F, As);
        false ->
            case exported(shell_default, F, A) of
                true -> apply(shell_default, F, As);
                false -> erlang:error({shell_undef, F, A, []})
            end
    end.

exported(M, F, A) ->
    case code:ensure_loaded(M) of
        {module, M} -> erlang:function_exported(M, F, A);
        _ -> false
    end.

shell_req(Shell, Req) ->
    Shell ! {shell_req, self(), Req},
    receive
        {shell_rep, Shell, Rep} -> Rep
    end.

listify(L) when is_list(L) -> L;
listify(X) -> [X].

%% The environment is the evaluator's and the server's dictionary entry
%% `{env, Key}` (ferl has no application environment for stdlib here).
set_env(Key, Value, Default) ->
    Old = case get({env, Key}) of
              undefined -> Default;
              V -> V
          end,
    put({env, Key}, Value),
    Old.

history(N) when is_integer(N), N >= 0 -> set_env(shell_history_length, N, ?DEF_HISTORY).
results(N) when is_integer(N), N >= 0 -> set_env(shell_saved_results, N, ?DEF_RESULTS).
catch_exception(B) when is_boolean(B) -> set_env(shell_catch_exception, B, false).

%% h/0's lines: `N: Command` and, when the result is kept, `-> Value`.
list_command(K, Dict) ->
    {_, Es} = lists:keyfind({command, K}, 1, Dict),
    Prefix = io_lib:format("~w: ", [K]),
    io:put_chars([Prefix, pp_exprs(Es), $\n]),
    case lists:keyfind({result, K}, 1, Dict) of
        {_, V} -> io:put_chars(["-> ", pp(V, 4), $\n]);
        false -> ok
    end.

list_binding({Name, Val}) ->
    Prefix = io_lib:format("~s = ", [Name]),
    io:put_chars([Prefix, pp(Val, length(lists:flatten(Prefix)) + 1), $\n]).

%% ------------------------------------------------------------- records

%% rd(Name, {a, b = 1}): the definition's fields as {Field, DefaultExpr}.
record_fields({tuple, _, Fs}) -> [record_field(F) || F <- Fs];
record_fields(_) -> erlang:raise(error, function_clause, [{shell, rd, 2}]).

record_field({atom, _, F}) -> {F, none};
record_field({match, _, {atom, _, F}, E}) -> {F, E};
record_field(_) -> erlang:raise(error, function_clause, [{shell, rd, 2}]).

%% rr/1,2: reads record definitions and adds them to the shell's; the
%% names read, as OTP's shell answers.
read_records(Spec, Sel, Shell) ->
    case shell_records:read(Spec) of
        {ok, Read} ->
            Wanted = [R || {N, _} = R <- Read, Sel =:= all orelse lists:member(N, Sel)],
            Recs = maps:merge(get('$shell_records'), maps:from_list(Wanted)),
            put('$shell_records', Recs),
            ok = shell_req(Shell, {records, Recs}),
            lists:usort([N || {N, _} <- Wanted]);
        {error, _} = Error ->
            Error
    end.

list_records(Recs) ->
    lists:foreach(
      fun({Name, Fields}) ->
              Fs = lists:join(", ", [field_text(F) || F <- Fields]),
              io:format("-record(~tw,{~ts}).~n", [Name, Fs])
      end, Recs).

field_text({F, none}) -> io_lib:format("~tw", [F]);
field_text({F, E}) -> [io_lib:format("~tw = ", [F]), pp_expr(E)];
field_text({F, D, Type}) -> [field_text({F, D}), " :: ", Type].

%% ----------------------------------------------------- unbound variables

%% OTP's shell lints each command before evaluating it; the check that
%% matters most at the prompt is the use of an unbound variable, reported
%% as `* L:C: variable 'X' is unbound` without running anything.
unbound_vars(E, Bs) ->
    Bound = [N || {N, _} <- erl_eval:bindings(Bs)],
    try
        _ = uv(E, Bound),
        ok
    catch
        throw:{unbound, A, Name} -> {error, {erl_anno:location(A), erl_lint, {unbound_var, Name}}}
    end.

%% uv(Expr, Bound) -> Bound after Expr (variables it binds).
uv({var, _, '_'}, Bd) -> Bd;
uv({var, A, V}, Bd) ->
    case lists:member(V, Bd) of
        true -> Bd;
        false -> throw({unbound, A, V})
    end;
uv({match, _, P, E}, Bd) ->
    pat(P, uv(E, Bd));
uv({call, _, {atom, _, f}, [{var, _, _}]}, Bd) ->
    Bd;
uv({'fun', _, {clauses, Cs}}, Bd) ->
    [clause(C, Bd) || C <- Cs],
    Bd;
uv({named_fun, _, Name, Cs}, Bd) ->
    [clause(C, [Name | Bd]) || C <- Cs],
    Bd;
uv({'case', _, E, Cs}, Bd) ->
    clauses(Cs, uv(E, Bd));
uv({'receive', _, Cs}, Bd) ->
    clauses(Cs, Bd);
uv({'receive', _, Cs, T, After}, Bd) ->
    Bd1 = uv(T, Bd),
    _ = seq(After, Bd1),
    clauses(Cs, Bd1);
uv({'if', _, Cs}, Bd) ->
    clauses(Cs, Bd);
uv({'try', _, Es, Ocs, Ccs, After}, Bd) ->
    Bd1 = seq(Es, Bd),
    _ = clauses(Ocs, Bd1),
    _ = clauses(Ccs, Bd),
    _ = seq(After, Bd),
    Bd;
uv({'catch', _, E}, Bd) ->
    _ = uv(E, Bd),
    Bd;
uv({block, _, Es}, Bd) ->
    seq(Es, Bd);
uv({Comp, _, E, Qs}, Bd) when Comp =:= lc; Comp =:= bc ->
    Bd1 = lists:foldl(fun qual/2, Bd, Qs),
    _ = uv(E, Bd1),
    Bd;
uv({record_field, _, R, _Name, F}, Bd) ->
    _ = uv(F, Bd),
    uv(R, Bd);
uv({record, _, _Name, Fs}, Bd) ->
    lists:foldl(fun({record_field, _, _, V}, B) -> uv(V, B); (_, B) -> B end, Bd, Fs);
uv({record, _, R, _Name, Fs}, Bd) ->
    uv({record, 0, x, Fs}, uv(R, Bd));
uv({record_index, _, _, _}, Bd) -> Bd;
uv(T, Bd) when is_tuple(T), tuple_size(T) >= 2 ->
    seq_all(tl(tl(tuple_to_list(T))), Bd);
uv(L, Bd) when is_list(L) ->
    seq_all(L, Bd);
uv(_, Bd) ->
    Bd.

seq_all(Xs, Bd) -> lists:foldl(fun uv/2, Bd, Xs).
seq(Es, Bd) -> lists:foldl(fun uv/2, Bd, Es).

clauses(Cs, Bd) ->
    lists:foldl(fun(C, Acc) -> clause(C, Bd) ++ Acc end, Bd, Cs).

clause({clause, _, Ps, G, B}, Bd) ->
    Bd1 = lists:foldl(fun pat/2, Bd, Ps),
    [seq(Gs, Bd1) || Gs <- G],
    seq(B, Bd1);
clause(_, Bd) ->
    Bd.

qual({generate, _, P, E}, Bd) -> pat(P, uv(E, Bd));
qual({b_generate, _, P, E}, Bd) -> pat(P, uv(E, Bd));
qual(E, Bd) -> uv(E, Bd).

%% Variables in a pattern become bound (a binary size may use bound ones).
pat({var, _, '_'}, Bd) -> Bd;
pat({var, _, V}, Bd) -> [V | Bd];
pat({bin_element, _, E, Size, _}, Bd) ->
    Bd1 = case Size of default -> Bd; _ -> uv(Size, Bd) end,
    pat(E, Bd1);
pat({map_field_exact, _, K, V}, Bd) -> pat(V, uv(K, Bd));
pat(T, Bd) when is_tuple(T), tuple_size(T) >= 2 ->
    lists:foldl(fun pat/2, Bd, tl(tl(tuple_to_list(T))));
pat(L, Bd) when is_list(L) -> lists:foldl(fun pat/2, Bd, L);
pat(_, Bd) -> Bd.

%% ------------------------------------------------------------- output

%% A value as the shell prints it: ~tp at the terminal's width, depth 30,
%% at most 60 characters a line.
pp(V, Col) -> pp(V, Col, ?DEPTH).

pp(V, Col, Depth) ->
    Recs = case get('$shell_records') of
               undefined -> #{};
               R -> R
           end,
    Opts = [{record_print_fun, record_print_fun(Recs)},
            {column, Col}, {line_length, columns()}, {depth, Depth},
            {line_max_chars, ?LINE_MAX_CHARS}, {strings, true}, {encoding, latin1}],
    try io_lib_pretty:print(V, Opts)
    catch error:undef -> io_lib:print(V, Col, columns(), Depth)
    end.

%% The known records as ferl_logger:format_exception/8 takes them.
record_table() ->
    case get('$shell_records') of
        undefined -> [];
        Recs -> [{Name, length(Fs), [element(1, F) || F <- Fs]} || {Name, Fs} <- maps:to_list(Recs)]
    end.

%% The shell prints a tuple as a record when its tag and size match a
%% record it knows.
record_print_fun(Recs) ->
    fun(Tag, NoFields) ->
            case Recs of
                #{Tag := Fields} when length(Fields) =:= NoFields -> [element(1, F) || F <- Fields];
                _ -> no
            end
    end.

columns() ->
    try io:columns() of
        {ok, N} when is_integer(N), N > 0 -> N;
        _ -> 80
    catch
        error:undef -> 80
    end.

report_exception(Class, Reason, Stack) ->
    report_exception("** ", Class, Reason, Stack).

%% Tag is `** ` for an exception that restarts the evaluator, `* ` for one
%% caught under catch_exception(true); the text is laid out after it.
report_exception(Tag, Class, Reason, Stack) ->
    Col = length(Tag) + 1,
    Opts = [{line_length, columns()}, {line_max_chars, ?LINE_MAX_CHARS}, {records, record_table()}],
    Text = ferl_logger:format_exception(Col, Class, Reason, Stack, [erl_eval, shell, shell_records], ?DEPTH, latin1,
                                        Opts),
    io:put_chars([Tag, Text, $\n]).

benign(Fmt, Args) ->
    io:put_chars(["* ", io_lib:format(Fmt, Args), $\n]).

format_error(erl_lint, {unbound_var, V}) ->
    io_lib:format("variable ~w is unbound", [V]);
format_error(erl_lint, {Undefined, _} = What) when Undefined =:= undefined_record ->
    shell_records:format_error(What);
format_error(erl_lint, {undefined_field, _, _} = What) ->
    shell_records:format_error(What);
format_error(Mod, What) ->
    try Mod:format_error(What)
    catch _:_ -> io_lib:format("~tp", [What])
    end.

pos({Line, Col}) -> io_lib:format("~w:~w", [Line, Col]);
pos(Line) -> io_lib:format("~w", [Line]).

%% ------------------------------------------- expressions printed back

%% A small erl_pp for h/0 and rl/0: one line per command, OTP's spacing
%% and parentheses by operator priority.
pp_exprs(Es) ->
    lists:join(", ", [pp_expr(E) || E <- Es]).

pp_expr(E) -> pp_expr(E, 0).

pp_expr({var, _, V}, _) -> atom_to_list(V);
pp_expr({atom, _, A}, _) -> io_lib:write_atom(A);
pp_expr({integer, _, I}, _) -> integer_to_list(I);
pp_expr({char, _, C}, _) -> [$$ | io_lib:write_char_text(C)];
pp_expr({float, _, F}, _) -> io_lib:format("~w", [F]);
pp_expr({string, _, S}, _) -> io_lib:write_string(S);
pp_expr({nil, _}, _) -> "[]";
pp_expr({cons, _, H, T}, _) -> ["[", pp_expr(H), pp_tail(T), "]"];
pp_expr({tuple, _, Es}, _) -> ["{", pp_exprs(Es), "}"];
pp_expr({map, _, Es}, _) -> ["#{", lists:join(",", [pp_assoc(E) || E <- Es]), "}"];
pp_expr({map, _, M, Es}, _) -> [pp_expr(M, 800), "#{", lists:join(",", [pp_assoc(E) || E <- Es]), "}"];
pp_expr({match, _, P, E}, Prec) -> paren(150, Prec, [pp_expr(P, 151), " = ", pp_expr(E, 150)]);
pp_expr({call, _, {remote, _, M, F}, As}, _) -> [pp_expr(M, 800), ":", pp_expr(F, 800), "(", pp_exprs(As), ")"];
pp_expr({call, _, F, As}, _) -> [pp_expr(F, 800), "(", pp_exprs(As), ")"];
pp_expr({op, _, Op, A}, Prec) ->
    Text = atom_to_list(Op),
    Sep = case Op of 'not' -> " "; 'bnot' -> " "; _ -> "" end,
    paren(600, Prec, [Text, Sep, pp_expr(A, 600)]);
pp_expr({op, _, Op, L, R}, Prec) ->
    {LP, P, RP} = op_prec(Op),
    paren(P, Prec, [pp_expr(L, LP), " ", atom_to_list(Op), " ", pp_expr(R, RP)]);
pp_expr({'fun', _, {function, F, A}}, _) -> io_lib:format("fun ~tw/~w", [F, A]);
pp_expr({'fun', _, {function, M, F, A}}, _) -> ["fun ", pp_expr(M), ":", pp_expr(F), "/", pp_expr(A)];
pp_expr({block, _, Es}, _) -> ["begin ", pp_exprs(Es), " end"];
pp_expr({'catch', _, E}, Prec) -> paren(0, Prec, ["catch ", pp_expr(E, 0)]);
pp_expr({bin, _, Es}, _) -> ["<<", lists:join(",", [pp_bin_element(E) || E <- Es]), ">>"];
pp_expr({value, _, V}, _) -> io_lib:format("~tw", [V]);
pp_expr(E, _) -> io_lib:format("~tw", [E]).

pp_bin_element({bin_element, _, E, Size, Types}) ->
    [pp_expr(E, 700),
     case Size of default -> ""; _ -> [":", pp_expr(Size, 700)] end,
     case Types of default -> ""; _ -> ["/", lists:join("-", [bin_type(T) || T <- Types])] end].

bin_type({T, N}) -> io_lib:format("~tw:~w", [T, N]);
bin_type(T) -> io_lib:format("~tw", [T]).

pp_tail({nil, _}) -> "";
pp_tail({cons, _, H, T}) -> [",", pp_expr(H), pp_tail(T)];
pp_tail(T) -> [" | ", pp_expr(T)].

pp_assoc({map_field_assoc, _, K, V}) -> [pp_expr(K), " => ", pp_expr(V)];
pp_assoc({map_field_exact, _, K, V}) -> [pp_expr(K), " := ", pp_expr(V)].

paren(P, Prec, Text) when P < Prec -> ["(", Text, ")"];
paren(_, _, Text) -> Text.

%% erl_parse's priorities: {Left, Op, Right}.
op_prec(Op) when Op =:= '!' -> {151, 150, 150};
op_prec('orelse') -> {160, 160, 161};
op_prec('andalso') -> {200, 200, 201};
op_prec(Op) when Op =:= '=='; Op =:= '/='; Op =:= '=<'; Op =:= '<'; Op =:= '>=';
                 Op =:= '>'; Op =:= '=:='; Op =:= '=/=' -> {300, 200, 300};
op_prec(Op) when Op =:= '++'; Op =:= '--' -> {400, 300, 300};
op_prec(Op) when Op =:= '+'; Op =:= '-'; Op =:= 'bor'; Op =:= 'bxor'; Op =:= 'bsl';
                 Op =:= 'bsr'; Op =:= 'or'; Op =:= 'xor' -> {400, 400, 500};
op_prec(_) -> {500, 500, 600}.
