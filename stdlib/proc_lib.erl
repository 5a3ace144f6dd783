%% proc_lib: OTP 25's way of starting processes that take part in
%% supervision trees. A process started here records its ancestors
%% ('$ancestors') and initial call ('$initial_call') in its dictionary,
%% can acknowledge its start with init_ack/1,2, and logs a crash report
%% through logger (label {proc_lib, crash}, domain [otp, sasl]) when it
%% exits with a reason other than normal, shutdown or {shutdown, _}.
%%
%% Not supported / known differences:
%% - distribution: the Node variants spawn locally through erlang:spawn/4
%%   and friends; remote process info is never asked for.
%% - format/1,2,3 and report_cb/2 honour depth and single_line but not
%%   chars_limit (OTP shares a character budget between the parts).
%% - init_fail/2,3 (OTP 26) is not provided.
-module(proc_lib).

-export([spawn/1, spawn/2, spawn/3, spawn/4,
         spawn_link/1, spawn_link/2, spawn_link/3, spawn_link/4,
         spawn_opt/2, spawn_opt/3, spawn_opt/4, spawn_opt/5,
         start/3, start/4, start/5,
         start_link/3, start_link/4, start_link/5,
         start_monitor/3, start_monitor/4, start_monitor/5,
         hibernate/3, init_ack/1, init_ack/2,
         init_p/3, init_p/5, wake_up/3,
         format/1, format/2, format/3, report_cb/2,
         initial_call/1, translate_initial_call/1, get_label/1,
         stop/1, stop/3]).

%% The monitor option is proc_lib's own business in start*/5: badarg, raised
%% from the start function itself.
-define(NO_MONITOR_OPTION(M, F, A, Timeout, SpawnOpts),
        case lists:member(monitor, SpawnOpts) orelse lists:keymember(monitor, 1, SpawnOpts) of
            true -> erlang:error(badarg, [M, F, A, Timeout, SpawnOpts]);
            false -> ok
        end).

%%% Spawning. Every variant starts the new process in init_p/3,5 with the
%%% caller's name (or pid) and its ancestors.

spawn(F) when is_function(F) ->
    erlang:spawn(?MODULE, init_p, [my_name(), ancestors(), F]).

spawn(M, F, A) when is_atom(M), is_atom(F), is_list(A) ->
    erlang:spawn(?MODULE, init_p, [my_name(), ancestors(), M, F, A]).

spawn(Node, F) when is_function(F) ->
    erlang:spawn(Node, ?MODULE, init_p, [my_name(), ancestors(), F]).

spawn(Node, M, F, A) when is_atom(M), is_atom(F), is_list(A) ->
    erlang:spawn(Node, ?MODULE, init_p, [my_name(), ancestors(), M, F, A]).

spawn_link(F) when is_function(F) ->
    erlang:spawn_link(?MODULE, init_p, [my_name(), ancestors(), F]).

spawn_link(M, F, A) when is_atom(M), is_atom(F), is_list(A) ->
    erlang:spawn_link(?MODULE, init_p, [my_name(), ancestors(), M, F, A]).

spawn_link(Node, F) when is_function(F) ->
    erlang:spawn_link(Node, ?MODULE, init_p, [my_name(), ancestors(), F]).

spawn_link(Node, M, F, A) when is_atom(M), is_atom(F), is_list(A) ->
    erlang:spawn_link(Node, ?MODULE, init_p, [my_name(), ancestors(), M, F, A]).

spawn_opt(F, Opts) when is_function(F) ->
    erlang:spawn_opt(?MODULE, init_p, [my_name(), ancestors(), F], Opts).

spawn_opt(_Node, F, Opts) when is_function(F) ->
    erlang:spawn_opt(?MODULE, init_p, [my_name(), ancestors(), F], Opts).

spawn_opt(M, F, A, Opts) when is_atom(M), is_atom(F), is_list(A) ->
    erlang:spawn_opt(?MODULE, init_p, [my_name(), ancestors(), M, F, A], Opts).

spawn_opt(_Node, M, F, A, Opts) when is_atom(M), is_atom(F), is_list(A) ->
    erlang:spawn_opt(?MODULE, init_p, [my_name(), ancestors(), M, F, A], Opts).

spawn_monitored(M, F, A) ->
    erlang:spawn_monitor(?MODULE, init_p, [my_name(), ancestors(), M, F, A]).

hibernate(M, F, A) when is_atom(M), is_atom(F), is_list(A) ->
    erlang:hibernate(?MODULE, wake_up, [M, F, A]).

%%% Inside the new process.

-file("proc_lib.erl", 220).
init_p(Parent, Ancestors, Fun) when is_function(Fun) ->
    put('$ancestors', [Parent | Ancestors]),
    put('$initial_call', erlang:fun_info_mfa(Fun)),
    try
        Fun()
    catch
        Class:Reason:Stacktrace -> exit_p(Class, Reason, Stacktrace)
    end.

init_p(Parent, Ancestors, M, F, A) when is_atom(M), is_atom(F), is_list(A) ->
    put('$ancestors', [Parent | Ancestors]),
    put('$initial_call', trans_init(M, F, A)),
    init_p_do_apply(M, F, A).

%% The names and lines of init_p/3, init_p_do_apply/3 and wake_up/3 show in
%% stack traces: they are OTP's (scripts/pin_otp_lines.py pins the lines).
-file("proc_lib.erl", 237).
init_p_do_apply(M, F, A) ->
    try
        apply(M, F, A)
    catch
        Class:Reason:Stacktrace -> exit_p(Class, Reason, Stacktrace)
    end.

-file("proc_lib.erl", 247).
wake_up(M, F, A) when is_atom(M), is_atom(F), is_list(A) ->
    try
        apply(M, F, A) % after hibernation
    catch
        Class:Reason:Stacktrace -> exit_p(Class, Reason, Stacktrace)
    end.

%% Logs the crash (unless the reason is a normal one) and exits with the
%% reason an uncaught exception of that class would have given.
exit_p(Class, Reason, Stacktrace) ->
    StartF = case get('$initial_call') of
                 {M, F, A} when is_atom(M), is_atom(F), is_integer(A) ->
                     {M, F, dummy_args(A)};
                 _ ->
                     []
             end,
    crash_report(Class, Reason, StartF, Stacktrace),
    erlang:raise(exit, exit_reason(Class, Reason, Stacktrace), Stacktrace).

exit_reason(error, Reason, Stacktrace) -> {Reason, Stacktrace};
exit_reason(exit, Reason, _) -> Reason;
exit_reason(throw, Reason, Stacktrace) -> {{nocatch, Reason}, Stacktrace}.

%%% Synchronous starts: the caller waits for init_ack or the end of the
%%% new process.

start(M, F, A) when is_atom(M), is_atom(F), is_list(A) ->
    start(M, F, A, infinity).

start(M, F, A, Timeout) when is_atom(M), is_atom(F), is_list(A) ->
    wait_start(spawn_monitored(M, F, A), Timeout).

-file("proc_lib.erl", 302).
start(M, F, A, Timeout, SpawnOpts) when is_atom(M), is_atom(F), is_list(A) ->
    ?NO_MONITOR_OPTION(M, F, A, Timeout, SpawnOpts), % start/5
    wait_start(?MODULE:spawn_opt(M, F, A, [monitor | SpawnOpts]), Timeout).

start_link(M, F, A) when is_atom(M), is_atom(F), is_list(A) ->
    start_link(M, F, A, infinity).

start_link(M, F, A, Timeout) when is_atom(M), is_atom(F), is_list(A) ->
    wait_start_link(?MODULE:spawn_link(M, F, A), Timeout).

-file("proc_lib.erl", 346).
start_link(M, F, A, Timeout, SpawnOpts) when is_atom(M), is_atom(F), is_list(A) ->
    ?NO_MONITOR_OPTION(M, F, A, Timeout, SpawnOpts), % start_link/5
    wait_start_link(?MODULE:spawn_opt(M, F, A, [link | SpawnOpts]), Timeout).

start_monitor(M, F, A) when is_atom(M), is_atom(F), is_list(A) ->
    start_monitor(M, F, A, infinity).

start_monitor(M, F, A, Timeout) when is_atom(M), is_atom(F), is_list(A) ->
    wait_start_monitor(spawn_monitored(M, F, A), Timeout).

-file("proc_lib.erl", 393).
start_monitor(M, F, A, Timeout, SpawnOpts) when is_atom(M), is_atom(F), is_list(A) ->
    ?NO_MONITOR_OPTION(M, F, A, Timeout, SpawnOpts), % start_monitor/5
    wait_start_monitor(?MODULE:spawn_opt(M, F, A, [monitor | SpawnOpts]), Timeout).

wait_start({Pid, Ref}, Timeout) ->
    receive
        {ack, Pid, Return} ->
            erlang:demonitor(Ref, [flush]),
            Return;
        {'DOWN', Ref, process, Pid, Reason} ->
            {error, Reason}
    after Timeout ->
        erlang:demonitor(Ref, [flush]),
        kill_flush(Pid),
        {error, timeout}
    end.

wait_start_link(Pid, Timeout) ->
    receive
        {ack, Pid, Return} -> Return;
        {'EXIT', Pid, Reason} -> {error, Reason}
    after Timeout ->
        kill_flush(Pid),
        {error, timeout}
    end.

%% The 'DOWN' message stays in the caller's queue, as in OTP.
wait_start_monitor({Pid, Ref}, Timeout) ->
    receive
        {ack, Pid, Return} ->
            {Return, Ref};
        {'DOWN', Ref, process, Pid, Reason} = Down ->
            self() ! Down,
            {{error, Reason}, Ref}
    after Timeout ->
        kill_flush(Pid),
        {{error, timeout}, Ref}
    end.

kill_flush(Pid) ->
    unlink(Pid),
    exit(Pid, kill),
    receive {'EXIT', Pid, _} -> ok after 0 -> ok end,
    ok.

init_ack(Parent, Return) ->
    Parent ! {ack, self(), Return},
    ok.

init_ack(Return) ->
    [Parent | _] = get('$ancestors'),
    init_ack(Parent, Return).

%%% Stopping a process that handles system messages.

stop(Process) ->
    stop(Process, normal, infinity).

stop(Process, Reason, Timeout) ->
    Mref = erlang:monitor(process, Process),
    T0 = erlang:monotonic_time(millisecond),
    Remaining =
        try sys:terminate(Process, Reason, Timeout) of
            ok when Timeout =:= infinity -> infinity;
            ok -> max(0, Timeout - (erlang:monotonic_time(millisecond) - T0))
        catch
            exit:{noproc, {sys, terminate, _}} ->
                erlang:demonitor(Mref, [flush]),
                exit(noproc);
            exit:{timeout, {sys, terminate, _}} ->
                erlang:demonitor(Mref, [flush]),
                exit(timeout);
            exit:Other ->
                erlang:demonitor(Mref, [flush]),
                exit(Other)
        end,
    receive
        {'DOWN', Mref, _, _, Reason} -> ok;
        {'DOWN', Mref, _, _, Reason2} -> exit(Reason2)
    after Remaining ->
        erlang:demonitor(Mref, [flush]),
        exit(timeout)
    end.

%%% Initial calls.

initial_call(DictOrPid) ->
    case raw_initial_call(DictOrPid) of
        {M, F, A} -> {M, F, dummy_args(A)};
        false -> false
    end.

translate_initial_call(DictOrPid) ->
    case raw_initial_call(DictOrPid) of
        {_, _, _} = MFA -> MFA;
        false -> {?MODULE, init_p, 5}
    end.

%% The '$process_label' entry (OTP 27's proc_lib:set_label/1).
get_label(Pid) when is_pid(Pid) ->
    case dictionary_entry(Pid, '$process_label') of
        {_, Label} -> Label;
        undefined -> undefined
    end.

raw_initial_call({X, Y, Z}) when is_integer(X), is_integer(Y), is_integer(Z) ->
    raw_initial_call(c:pid(X, Y, Z));
raw_initial_call(Pid) when is_pid(Pid) ->
    case info(Pid, dictionary) of
        {dictionary, Dict} -> stored_initial_call(Dict);
        _ -> false
    end;
raw_initial_call(ProcInfo) when is_list(ProcInfo) ->
    case lists:keyfind(dictionary, 1, ProcInfo) of
        {dictionary, Dict} -> stored_initial_call(Dict);
        _ -> false
    end.

stored_initial_call(Dict) ->
    case lists:keyfind('$initial_call', 1, Dict) of
        {_, {_, _, _} = MFA} -> MFA;
        _ -> false
    end.

dummy_args(N) ->
    [list_to_atom("Argument__" ++ integer_to_list(I)) || I <- lists:seq(1, N)].

%% What a process started through gen really runs: the callback module's
%% init/1 (or the supervisor's / bridge's module).
trans_init(gen, init_it, [gen_server, _, _, supervisor, {_, Module, _}, _]) ->
    {supervisor, Module, 1};
trans_init(gen, init_it, [gen_server, _, _, _, supervisor, {_, Module, _}, _]) ->
    {supervisor, Module, 1};
trans_init(gen, init_it, [gen_server, _, _, supervisor_bridge, [Module | _], _]) ->
    {supervisor_bridge, Module, 1};
trans_init(gen, init_it, [gen_server, _, _, _, supervisor_bridge, [Module | _], _]) ->
    {supervisor_bridge, Module, 1};
trans_init(gen, init_it, [gen_event | _]) ->
    {gen_event, init_it, 6};
trans_init(gen, init_it, [_GenMod, _, _, Module, _, _]) when is_atom(Module) ->
    {Module, init, 1};
trans_init(gen, init_it, [_GenMod, _, _, _, Module | _]) when is_atom(Module) ->
    {Module, init, 1};
trans_init(M, F, A) when is_atom(M), is_atom(F) ->
    {M, F, length(A)}.

%%% Crash reports.

crash_report(exit, normal, _, _) -> ok;
crash_report(exit, shutdown, _, _) -> ok;
crash_report(exit, {shutdown, _}, _, _) -> ok;
crash_report(Class, Reason, StartF, Stacktrace) ->
    case logger:allow(error, ?MODULE) of
        true ->
            Report = [own_info(Class, Reason, StartF, Stacktrace),
                      neighbour_reports(neighbours(self()))],
            logger:macro_log(#{mfa => {?MODULE, crash_report, 4}, line => 539,
                               file => "proc_lib.erl"},
                             error,
                             #{label => {proc_lib, crash}, report => Report},
                             #{domain => [otp, sasl],
                               report_cb => fun ?MODULE:report_cb/2,
                               logger_formatter => #{title => "CRASH REPORT"},
                               error_logger => #{tag => error_report,
                                                 type => crash_report}});
        false ->
            ok
    end.

own_info(Class, Reason, [], Stacktrace) ->
    own_info_1(Class, Reason, Stacktrace);
own_info(Class, Reason, StartF, Stacktrace) ->
    [{initial_call, StartF} | own_info_1(Class, Reason, Stacktrace)].

own_info_1(Class, Reason, Stacktrace) ->
    Self = self(),
    [{pid, Self},
     info(Self, registered_name),
     {error_info, {Class, Reason, Stacktrace}},
     ancestors_of(Self),
     info(Self, message_queue_len),
     own_messages(),
     info(Self, links),
     cleaned_dictionary(Self),
     info(Self, trap_exit),
     info(Self, status),
     info(Self, heap_size),
     info(Self, stack_size),
     info(Self, reductions)].

%% With a format depth the messages are received (at most Depth of them)
%% rather than copied out, as OTP does.
own_messages() ->
    Messages = case error_logger:get_format_depth() of
                   unlimited ->
                       {messages, Ms} = info(self(), messages),
                       Ms;
                   Depth ->
                       receive_messages(Depth)
               end,
    {messages, error_logger:limit_term(Messages)}.

receive_messages(0) -> [];
receive_messages(N) ->
    receive M -> [M | receive_messages(N - 1)] after 0 -> [] end.

ancestors_of(Pid) ->
    case dictionary_entry(Pid, '$ancestors') of
        {_, Ancestors} -> {ancestors, Ancestors};
        undefined -> {ancestors, []}
    end.

cleaned_dictionary(Pid) ->
    case info(Pid, dictionary) of
        {dictionary, Dict} ->
            Clean = [E || {K, _} = E <- Dict,
                          K =/= '$ancestors', K =/= '$initial_call'],
            {dictionary, error_logger:limit_term(Clean)};
        _ ->
            {dictionary, []}
    end.

dictionary_entry(Pid, Key) ->
    case info(Pid, dictionary) of
        {dictionary, Dict} ->
            case lists:keyfind(Key, 1, Dict) of
                false -> undefined;
                Entry -> Entry
            end;
        _ ->
            undefined
    end.

%% A neighbour that died meanwhile gives `undefined` items and is left out.
neighbour_reports(Pids) ->
    Reports = [neighbour_report(P) || P <- Pids],
    [{neighbour, R} || R <- Reports, not lists:member(undefined, R)].

neighbour_report(Pid) ->
    [{pid, Pid},
     info(Pid, registered_name),
     neighbour_initial_call(Pid),
     info(Pid, current_function),
     ancestors_of(Pid),
     info(Pid, message_queue_len),
     info(Pid, links),
     info(Pid, trap_exit),
     info(Pid, status),
     info(Pid, heap_size),
     info(Pid, stack_size),
     info(Pid, reductions),
     info(Pid, current_stacktrace)].

neighbour_initial_call(Pid) ->
    case dictionary_entry(Pid, '$initial_call') of
        {_, {M, F, A}} -> {initial_call, {M, F, dummy_args(A)}};
        _ -> info(Pid, initial_call)
    end.

%% The processes linked to Pid that do not trap exits, and theirs in turn,
%% breadth first, at most 15.
neighbours(Pid) ->
    {_, Visited} = visit(adjacents(Pid), {15, [Pid]}),
    lists:delete(Pid, Visited).

visit([P | Ps], {N, Vs} = NVs) when N > 0 ->
    case lists:member(P, Vs) of
        false -> visit(adjacents(P), visit(Ps, {N - 1, [P | Vs]}));
        true -> visit(Ps, NVs)
    end;
visit(_, NVs) ->
    NVs.

adjacents(Pid) ->
    case catch erlang:process_info(Pid, links) of
        {links, Links} -> [P || P <- Links, is_pid(P), not_trapping(P)];
        _ -> []
    end.

not_trapping(P) ->
    (catch erlang:process_info(P, trap_exit)) =:= {trap_exit, false}.

info(Pid, Item) ->
    case catch erlang:process_info(Pid, Item) of
        [] when Item =:= registered_name -> {registered_name, []};
        {'EXIT', _} -> undefined;
        Result -> Result
    end.

my_name() ->
    case erlang:process_info(self(), registered_name) of
        {registered_name, Name} -> Name;
        _ -> self()
    end.

ancestors() ->
    case get('$ancestors') of
        A when is_list(A) -> A;
        _ -> []
    end.

%%% Formatting a crash report.

report_cb(#{label := {proc_lib, crash}, report := CrashReport}, Extra) ->
    Default = #{chars_limit => unlimited, depth => unlimited,
                single_line => false, encoding => utf8},
    do_format(CrashReport, maps:merge(Default, Extra)).

format(CrashReport) ->
    format(CrashReport, latin1).

format(CrashReport, Encoding) ->
    format(CrashReport, Encoding, unlimited).

format(CrashReport, Encoding, Depth) ->
    do_format(CrashReport, #{chars_limit => unlimited, depth => Depth,
                             encoding => Encoding, single_line => false}).

do_format([OwnReport, LinkReport], #{single_line := Single} = Opts) ->
    Indent = case Single of true -> ""; false -> "  " end,
    Own = format_own(OwnReport, Indent ++ Indent, Opts),
    Links = format_neighbours(LinkReport, Indent, Opts),
    io_lib:format("~scrasher:" ++ nl(Single, " ") ++ "~ts" ++ nl(Single, "; ") ++ "~ts",
                  [Indent, Own, Links]).

%% The crasher's items, with the exception in the middle.
format_own(Report, Indent, #{single_line := Single} = Opts) ->
    Sep = nl(Single, ", "),
    case split_error_info(Report) of
        {First, {Class, Reason, Stacktrace}, Rest} ->
            lists:join(Sep, [format_items(First, Indent, Opts),
                             format_exception(Class, Reason, Stacktrace, Opts),
                             format_items(Rest, Indent, Opts)]);
        no ->
            format_items(Report, Indent, Opts)
    end.

split_error_info(Report) ->
    try lists:splitwith(fun(Item) -> element(1, Item) =/= error_info end, Report) of
        {First, [{error_info, ErrorInfo} | Rest]} -> {First, ErrorInfo, Rest};
        _ -> no
    catch
        _:_ -> no
    end.

format_neighbours(Reports, Indent, #{single_line := Single} = Opts) ->
    Inner = Indent ++ Indent,
    Texts = [format_neighbour(R, Inner, Opts) || R <- Reports],
    [Indent, "neighbours:", nl(Single, " "), lists:join(nl(Single, "; "), Texts)].

format_neighbour(Link, Indent0, #{single_line := Single} = Opts) ->
    Rep = case Link of
              {neighbour, R} -> R;
              _ -> Link
          end,
    Indent = case Single of true -> ""; false -> Indent0 end,
    [Indent, "neighbour:", nl(Single, " "), format_items(Rep, ["  ", Indent], Opts)].

format_items(Rep, Indent, #{single_line := Single} = Opts) when is_list(Rep) ->
    lists:join(nl(Single, ", "), [format_item(Item, Indent, Opts) || Item <- leading_pairs(Rep)]);
format_items(Rep, Indent0, #{single_line := Single} = Opts) ->
    {P, Tail} = p(Opts),
    {Indent, Width} = case Single of true -> {"", "0"}; false -> {Indent0, ""} end,
    io_lib:format("~s~" ++ Width ++ P, [Indent, Rep | Tail]).

%% The {Tag, Data} items up to the first thing that is not one.
leading_pairs([{_, _} = Item | Rest]) -> [Item | leading_pairs(Rest)];
leading_pairs(_) -> [].

format_item({initial_call, {M, F, Args}} = Item, Indent0, #{single_line := Single} = Opts)
  when is_list(Args) ->
    Indent = case Single of true -> ""; false -> Indent0 end,
    case catch length(Args) of
        N when is_integer(N) ->
            [Indent, "initial call: ", atom_text(M, Opts), $:, atom_text(F, Opts),
             $/, integer_to_list(N)];
        _ ->
            format_tag(Item, Indent, Opts)
    end;
format_item(Item, Indent, Opts) ->
    format_tag(Item, Indent, Opts).

format_tag({Tag, Data}, Indent0, #{single_line := Single} = Opts) ->
    {P, Tail} = p(Opts),
    {Indent, Width} = case Single of true -> {"", "0"}; false -> {Indent0, ""} end,
    io_lib:format("~s~" ++ Width ++ "p: ~" ++ Width ++ ".18" ++ P, [Indent, Tag, Data | Tail]).

format_exception(Class, Reason, Stacktrace, #{single_line := true} = Opts) ->
    {P, Tail} = p(Opts),
    [atom_to_list(Class), ": ", io_lib:format("~0" ++ P, [{Reason, Stacktrace} | Tail])];
format_exception(Class, Reason, Stacktrace, #{depth := Depth, encoding := Enc}) ->
    %% Column 5: the text sits under a four-space indent. Trailing
    %% proc_lib and erl_eval frames are left out.
    ["    ", ferl_logger:format_exception(5, Class, Reason, Stacktrace,
                                          [erl_eval, proc_lib], Depth, Enc)].

atom_text(A, _) -> io_lib:write_atom(A).

p(#{encoding := Enc, depth := Depth}) ->
    Mod = case Enc of latin1 -> ""; _ -> "t" end,
    case Depth of
        unlimited -> {Mod ++ "p", []};
        _ -> {Mod ++ "P", [Depth]}
    end.

nl(true, Else) -> Else;
nl(false, _) -> "\n".
