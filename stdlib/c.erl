%% c: the shell's commands (OTP's c module): c/1,2 compile, purge and
%% load; l/1 purges and loads; lm/0, mm/0, flush/0, i/0, i/3, ni/0, m/0,1,
%% regs/0, nregs/0, pid/3, q/0, help/0, pwd/0, cd/1, ls/0,1, memory/0,1,
%% printed as OTP 25 prints them.
%%
%% Not supported: bt/1, nc/1,2, nl/1, lc/1, xm/1, y/1,2, uptime/0, h/1,2,3
%% (no documentation chunks); ports are never listed by regs/0 (ferl has
%% none); ni/0 and nregs/0 show the local node only; q/0 halts at once
%% (there is no init process to stop the node in order).
-module(c).
-export([c/1, c/2, l/1]).
-export([lm/0, mm/0, flush/0, i/0, i/3, ni/0, m/0, m/1, regs/0, nregs/0, pid/3, q/0,
         help/0, pwd/0, cd/1, ls/0, ls/1, memory/0, memory/1]).

-spec c(atom() | string()) -> {ok, module()} | error.
c(File) -> c(File, []).

-spec c(atom() | string(), list()) -> {ok, module()} | error.
c(File, Opts) ->
    case compile:file(File, [report | Opts]) of
        {ok, Mod} ->
            _ = code:purge(Mod),
            case code:load_file(Mod) of
                {module, Mod} -> {ok, Mod};
                _ -> error
            end;
        error ->
            error
    end.

-spec l(module()) -> {module, module()} | {error, term()}.
l(Mod) ->
    _ = code:purge(Mod),
    code:load_file(Mod).

%% ---- shell commands (OTP's c module, printed as OTP prints them) ----

-spec help() -> ok.
help() ->
    io:put_chars(help_text()).

%% The text OTP 25's c:help/0 prints, line for line (shell_default:help/0
%% wraps it in the shell's own sections).
help_text() ->
    <<      "bt(Pid)    -- stack backtrace for a process\n"
      "c(Mod)     -- compile and load module or file <Mod>\n"
      "cd(Dir)    -- change working directory\n"
      "flush()    -- flush any messages sent to the shell\n"
      "help()     -- help info\n"
      "h(M)       -- module documentation\n"
      "h(M,F)     -- module function documentation\n"
      "h(M,F,A)   -- module function arity documentation\n"
      "i()        -- information about the system\n"
      "ni()       -- information about the networked system\n"
      "i(X,Y,Z)   -- information about pid <X,Y,Z>\n"
      "l(Module)  -- load or reload module\n"
      "lm()       -- load all modified modules\n"
      "lc([File]) -- compile a list of Erlang modules\n"
      "ls()       -- list files in the current directory\n"
      "ls(Dir)    -- list files in directory <Dir>\n"
      "m()        -- which modules are loaded\n"
      "m(Mod)     -- information about module <Mod>\n"
      "mm()       -- list all modified modules\n"
      "memory()   -- memory allocation information\n"
      "memory(T)  -- memory allocation information of type <T>\n"
      "nc(File)   -- compile and load code in <File> on all nodes\n"
      "nl(Module) -- load module on all nodes\n"
      "pid(X,Y,Z) -- convert X,Y,Z to a Pid\n"
      "pwd()      -- print working directory\n"
      "q()        -- quit - shorthand for init:stop()\n"
      "regs()     -- information about registered processes\n"
      "nregs()    -- information about all registered processes\n"
      "uptime()   -- print node uptime\n"
      "xm(M)      -- cross reference check a module\n"
      "y(File)    -- generate a Yecc parser\n">>.

%% Loads every module whose object file changed since it was loaded.
-spec lm() -> list().
lm() -> [l(M) || M <- mm()].

-spec mm() -> [module()].
mm() -> code:modified_modules().

%% Prints and drops every message in the caller's queue.
-spec flush() -> ok.
flush() ->
    receive
        Msg ->
            io:format("Shell got ~p~n", [Msg]),
            flush()
    after 0 ->
        ok
    end.

-spec i() -> ok.
i() -> i(processes()).

-spec ni() -> ok.
ni() -> i(processes()).

%% The process table: two lines a process, then the totals.
i(Pids) ->
    proc_row("Pid", "Initial Call", "Heap", "Reds", "Msgs"),
    proc_row("Registered", "Current Function", "Stack", "", ""),
    {R, M, H, S} = lists:foldl(fun add_proc_info/2, {0, 0, 0, 0}, Pids),
    proc_row("Total", "", w(H), w(R), w(M)),
    proc_row("", "", w(S), "", "").

add_proc_info(Pid, {R0, M0, H0, S0}) ->
    case process_info(Pid) of
        undefined ->
            {R0, M0, H0, S0};
        Info ->
            Reds = info(reductions, Info),
            Msgs = info(message_queue_len, Info),
            Heap = info(heap_size, Info),
            Stack = info(stack_size, Info),
            proc_row(w(Pid), mfa_text(initial_call(Info)), w(Heap), w(Reds), w(Msgs)),
            proc_row(reg_name(Info), mfa_text(current_mfa(Info)), w(Stack), "", ""),
            {R0 + Reds, M0 + Msgs, H0 + Heap, S0 + Stack}
    end.

proc_row(A, B, C, D, E) ->
    io:format("~-21ts ~-33ts ~8s ~8s ~4s~n", [A, B, C, D, E]).

reg_name(Info) ->
    case info(registered_name, Info) of
        0 -> "";
        [] -> "";
        Name -> io_lib:format("~tw", [Name])
    end.

current_mfa(Info) ->
    case info(current_function, Info) of
        {M, F, Args} when is_list(Args) -> {M, F, length(Args)};
        Other -> Other
    end.

%% proc_lib processes show the function they were started with.
initial_call(Info) ->
    case info(initial_call, Info) of
        {proc_lib, init_p, _} ->
            case lists:keyfind(dictionary, 1, Info) of
                {dictionary, D} ->
                    case lists:keyfind('$initial_call', 1, D) of
                        {_, MFA} -> MFA;
                        false -> info(initial_call, Info)
                    end;
                false ->
                    info(initial_call, Info)
            end;
        Call ->
            Call
    end.

mfa_text({M, F, A}) -> io_lib:format("~w:~tw/~w", [M, F, A]);
mfa_text(X) -> w(X).

info(Key, Info) ->
    case lists:keyfind(Key, 1, Info) of
        {_, V} -> V;
        false -> 0
    end.

w(X) -> io_lib:write(X).

-spec pid(non_neg_integer(), non_neg_integer(), non_neg_integer()) -> pid().
pid(X, Y, Z) ->
    list_to_pid("<" ++ integer_to_list(X) ++ "." ++ integer_to_list(Y) ++ "." ++ integer_to_list(Z) ++ ">").

-spec i(non_neg_integer(), non_neg_integer(), non_neg_integer()) -> list() | undefined.
i(X, Y, Z) -> process_info(pid(X, Y, Z)).

%% OTP stops the node through init; ferl has no init, so the shell's
%% `q()` halts (after the prompt's `ok`, as OTP's asynchronous stop shows).
-spec q() -> no_return().
q() ->
    init:stop().

-spec m() -> ok.
m() ->
    mod_row("Module", "File"),
    lists:foreach(fun({Mod, File}) -> mod_row(Mod, File) end, lists:sort(code:all_loaded())).

mod_row(A, B) ->
    io:format("~-20s  ~ts\n", [A, B]).

-spec m(module()) -> ok.
m(M) ->
    L = M:module_info(),
    {exports, E} = lists:keyfind(exports, 1, L),
    io:format("Module: ~w~n", [M]),
    case lists:keyfind(md5, 1, L) of
        {md5, <<MD5:128>>} -> io:format("MD5: ~.16b~n", [MD5]);
        _ -> ok
    end,
    io:format("Compiled: "),
    case compile_info(L, time) of
        {ok, {Year, Month, Day, Hour, Min, _}} ->
            io:format("~s ~w ~w, ", [month(Month), Day, Year]),
            io:format("~.2.0w:~.2.0w~n", [Hour, Min]);
        _ ->
            io:format("No compile time info available~n", [])
    end,
    case code:is_loaded(M) of
        {file, File} -> io:format("Object file: ~ts\n", [File]);
        _ -> ok
    end,
    Opts = case compile_info(L, options) of {ok, O} -> O; error -> [] end,
    io:format("Compiler options:  ~p~n", [Opts]),
    io:format("Exports: ~n", []),
    print_exports(lists:keysort(1, E)).

compile_info(L, Tag) ->
    case lists:keyfind(compile, 1, L) of
        {compile, I} when is_list(I) ->
            case lists:keyfind(Tag, 1, I) of
                {Tag, V} -> {ok, V};
                false -> error
            end;
        _ ->
            error
    end.

%% More than 16 exports print in two columns.
print_exports(X) when length(X) > 16 ->
    Mid = length(X) div 2,
    {L1, L2} = lists:split(Mid, X),
    two_columns(L1, L2);
print_exports(X) ->
    lists:foreach(fun({F, A}) -> io:format("         ~tw/~w~n", [F, A]) end, X).

two_columns([], [{F, A} | T]) ->
    io:format("~-30ts~tw/~w~n", [" ", F, A]),
    two_columns([], T);
two_columns([{F1, A1} | T1], [{F2, A2} | T2]) ->
    io:format("~-30ts~tw/~w~n", [lists:flatten(io_lib:format("~tw/~w", [F1, A1])), F2, A2]),
    two_columns(T1, T2);
two_columns([], []) ->
    ok.

month(M) ->
    element(M, {"January", "February", "March", "April", "May", "June", "July",
                "August", "September", "October", "November", "December"}).

-spec regs() -> ok.
regs() -> node_regs(node(), registered()).

-spec nregs() -> ok.
nregs() -> node_regs(node(), registered()).

node_regs(Node, Names) ->
    Procs = [{N, P} || N <- lists:sort(Names), P <- [whereis(N)], is_pid(P)],
    io:format("~n** Registered procs on node ~w **~n", [Node]),
    reg_row("Name", "Pid", "Initial Call", "Reds", "Msgs"),
    lists:foreach(fun reg_line/1, Procs),
    io:format("~n** Registered ports on node ~w **~n", [Node]),
    io:format("~-21ts ~-15s ~-40ts~n", ["Name", "Id", "Command"]).

reg_line({Name, Pid}) ->
    Info = case process_info(Pid) of undefined -> []; I -> I end,
    reg_row(io_lib:format("~tw", [Name]), io_lib:format("~w", [Pid]),
            mfa_text(initial_call(Info)),
            integer_to_list(info(reductions, Info)),
            integer_to_list(info(message_queue_len, Info))).

reg_row(Name, Pid, Call, Reds, Msgs) ->
    io:format("~-21ts ~-12s ~-25ts ~12s ~4s~n", [Name, Pid, Call, Reds, Msgs]).

-spec pwd() -> ok.
pwd() ->
    case file:get_cwd() of
        {ok, Dir} -> ok = io:format("~ts\n", [Dir]);
        {error, _} -> ok = io:format("Cannot determine current directory\n")
    end.

-spec cd(file:name()) -> ok.
cd(Dir) ->
    _ = file:set_cwd(Dir),
    pwd().

-spec ls() -> ok.
ls() -> ls(".").

%% Names in columns of one width, wrapped before 80 characters.
-spec ls(file:name()) -> ok.
ls(Dir) ->
    case file:list_dir(Dir) of
        {ok, Names} -> ls_print(lists:sort(Names));
        {error, enotdir} -> ls_print([Dir]);
        {error, Why} -> io:format("~ts\n", [posix_text(Why)])
    end.

ls_print([]) ->
    ok;
ls_print(Names) ->
    Width = min(lists:max([length(N) || N <- Names]), 40) + 5,
    ls_print(Names, Width, 0).

ls_print(Names, Width, Len) when Width + Len >= 80 ->
    io:nl(),
    ls_print(Names, Width, 0);
ls_print([N | T], Width, Len) ->
    io:format("~-*ts", [Width, N]),
    ls_print(T, Width, Len + Width);
ls_print([], _, _) ->
    io:nl().

-spec memory() -> list().
memory() -> erlang:memory().

-spec memory(atom() | [atom()]) -> term().
memory(T) -> erlang:memory(T).

%% file:format_error/1's text for the errors list_dir/1 gives.
posix_text(enoent) -> "no such file or directory";
posix_text(eacces) -> "permission denied";
posix_text(enotdir) -> "not a directory";
posix_text(eloop) -> "too many levels of symbolic links";
posix_text(enametoolong) -> "file name too long";
posix_text(_) -> "unknown POSIX error".
