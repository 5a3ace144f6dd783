%% logger: the Erlang part of OTP 25's logger API (the primary level lives
%% in the VM: set_primary_config/1,2 and get_primary_config/0 are native,
%% vm/src/bif/logger.rs). A log call runs entirely in the calling process:
%% level checks (module level, else primary level), primary filters, then
%% each handler's level, filters and Module:log/2. The default handler is
%% the one an escript has: logger_std_h on standard_io with
%% logger_formatter's legacy header, its domain filters passing events
%% without a domain or with a domain that is a prefix of [otp, sasl].
%% Handler configuration, primary filters and metadata and module levels
%% are kept VM-wide through ferl_logger:store_get/store_put.
%%
%% Not supported / known differences:
%% - reports are printed synchronously by the logging process (OTP's
%%   handler process prints them a little later); logger_std_h:filesync/1
%%   is therefore a no-op.
%% - set_primary_config(filters | metadata | filter_default, _) is accepted
%%   by the native part but has no effect; use add_primary_filter/2,
%%   update_primary_config/1 (filters, metadata).
%% - no proxy, no remote group leaders, no set_application_level/2,
%%   no reconfigure/0; i/0 prints a short summary.
-module(logger).

-export([emergency/1, emergency/2, emergency/3, alert/1, alert/2, alert/3,
         critical/1, critical/2, critical/3, error/1, error/2, error/3,
         warning/1, warning/2, warning/3, notice/1, notice/2, notice/3,
         info/1, info/2, info/3, debug/1, debug/2, debug/3,
         log/2, log/3, log/4, macro_log/3, macro_log/4, macro_log/5,
         allow/2, compare_levels/2, timestamp/0,
         format_report/1, format_otp_report/1, filter_stacktrace/2, internal_log/2,
         add_handler/3, remove_handler/1, get_handler_ids/0,
         get_handler_config/0, get_handler_config/1,
         set_handler_config/2, set_handler_config/3,
         update_handler_config/2, update_handler_config/3,
         update_formatter_config/2, update_formatter_config/3,
         add_handler_filter/3, remove_handler_filter/2,
         add_primary_filter/2, remove_primary_filter/1, update_primary_config/1,
         set_module_level/2, unset_module_level/0, unset_module_level/1,
         get_module_level/0, get_module_level/1,
         set_process_metadata/1, update_process_metadata/1,
         get_process_metadata/0, unset_process_metadata/0,
         get_config/0, i/0]).

-compile({no_auto_import, [error/1, error/2, error/3]}).

-define(PROC_META, '$logger_metadata$').

%%% Logging by level.

emergency(X) -> log(emergency, X).
emergency(X, Y) -> log(emergency, X, Y).
emergency(F, A, M) -> log(emergency, F, A, M).
alert(X) -> log(alert, X).
alert(X, Y) -> log(alert, X, Y).
alert(F, A, M) -> log(alert, F, A, M).
critical(X) -> log(critical, X).
critical(X, Y) -> log(critical, X, Y).
critical(F, A, M) -> log(critical, F, A, M).
error(X) -> log(error, X).
error(X, Y) -> log(error, X, Y).
error(F, A, M) -> log(error, F, A, M).
warning(X) -> log(warning, X).
warning(X, Y) -> log(warning, X, Y).
warning(F, A, M) -> log(warning, F, A, M).
notice(X) -> log(notice, X).
notice(X, Y) -> log(notice, X, Y).
notice(F, A, M) -> log(notice, F, A, M).
info(X) -> log(info, X).
info(X, Y) -> log(info, X, Y).
info(F, A, M) -> log(info, F, A, M).
debug(X) -> log(debug, X).
debug(X, Y) -> log(debug, X, Y).
debug(F, A, M) -> log(debug, F, A, M).

log(Level, StringOrReport) ->
    do_log(Level, StringOrReport, #{}).

log(Level, StringOrReport, Meta) when is_map(Meta), not is_function(StringOrReport) ->
    do_log(Level, StringOrReport, Meta);
log(Level, FunOrFormat, Args) ->
    do_log(Level, {FunOrFormat, Args}, #{}).

log(Level, FunOrFormat, Args, Meta) ->
    do_log(Level, {FunOrFormat, Args}, Meta).

%% What ?LOG_ERROR and friends call, once allow/2 said yes.
macro_log(Location, Level, StringOrReport) ->
    log_allowed(Location, Level, StringOrReport, #{}).

macro_log(Location, Level, StringOrReport, Meta) when is_map(Meta), not is_function(StringOrReport) ->
    log_allowed(Location, Level, StringOrReport, Meta);
macro_log(Location, Level, FunOrFormat, Args) ->
    log_allowed(Location, Level, {FunOrFormat, Args}, #{}).

macro_log(Location, Level, FunOrFormat, Args, Meta) ->
    log_allowed(Location, Level, {FunOrFormat, Args}, Meta).

do_log(Level, Msg, #{mfa := {Module, _, _}} = Meta) ->
    case allow(Level, Module) of
        true -> log_allowed(#{}, Level, Msg, Meta);
        false -> ok
    end;
do_log(Level, Msg, Meta) ->
    case allow_primary(Level) of
        true -> log_allowed(#{}, Level, Msg, Meta);
        false -> ok
    end.

%% A lazy message: Fun(FunArgs) gives the message (and maybe metadata).
log_allowed(Location, Level, {Fun, FunArgs} = Call, Meta) when is_function(Fun, 1) ->
    try Fun(FunArgs) of
        {Result, #{} = FunMeta} -> lazy_result(Location, Level, Result, maps:merge(Meta, FunMeta), Call);
        Result -> lazy_result(Location, Level, Result, Meta, Call)
    catch
        C:R -> log_allowed(Location, Level, {"LAZY_FUN CRASH: ~tp; Reason: ~tp", [Call, {C, R}]}, Meta)
    end;
log_allowed(Location, Level, Msg, CallMeta) when is_map(CallMeta) ->
    Meta0 = maps:merge(Location, maps:merge(primary_metadata(),
                                            maps:merge(get_process_metadata_map(), CallMeta))),
    Meta = add_defaults(Meta0),
    dispatch(#{level => Level, msg => message(Level, Msg), meta => Meta}).

lazy_result(_, _, ignore, _, _) ->
    ok;
lazy_result(Location, Level, {Format, Args} = Msg, Meta, _)
  when (is_list(Format) orelse is_binary(Format) orelse is_atom(Format)), is_list(Args) ->
    log_allowed(Location, Level, Msg, Meta);
lazy_result(Location, Level, Report, Meta, _)
  when is_map(Report); is_list(Report), is_tuple(hd(Report)) ->
    log_allowed(Location, Level, Report, Meta);
lazy_result(Location, Level, String, Meta, _) when is_list(String); is_binary(String) ->
    log_allowed(Location, Level, String, Meta);
lazy_result(Location, Level, Other, Meta, Call) ->
    log_allowed(Location, Level, {"LAZY_FUN ERROR: ~tp; Returned: ~tp", [Call, Other]}, Meta).

%% The msg of a log event; anything else is a function_clause, as in OTP.
message(Level, {Format, Args}) when (is_list(Format) orelse is_binary(Format) orelse is_atom(Format)),
                                    is_list(Args) ->
    valid_level(Level),
    {deatomize(Format), Args};
message(Level, Report) when is_map(Report); is_list(Report), is_tuple(hd(Report)) ->
    valid_level(Level),
    {report, Report};
message(Level, String) when is_list(String); is_binary(String) ->
    valid_level(Level),
    {string, String}.

deatomize(A) when is_atom(A) -> atom_to_list(A);
deatomize(X) -> X.

valid_level(Level) ->
    case lists:member(Level, [emergency, alert, critical, error, warning, notice, info, debug]) of
        true -> ok;
        false -> erlang:error(function_clause, [Level])
    end.

add_defaults(Meta) ->
    Defaults = [{pid, fun erlang:self/0}, {gl, fun erlang:group_leader/0}, {time, fun timestamp/0}],
    lists:foldl(fun({K, F}, M) ->
                        case maps:is_key(K, M) of
                            true -> M;
                            false -> M#{K => F()}
                        end
                end, Meta, Defaults).

%%% From an event to the handlers.

dispatch(Event) ->
    case apply_filters(Event, primary_filters(), primary_filter_default()) of
        stop -> ok;
        Event1 -> lists:foreach(fun(H) -> call_handler(Event1, H) end, handlers())
    end,
    ok.

call_handler(#{level := Level} = Event, #{id := Id, module := Module} = Config) ->
    case level_allows(Level, maps:get(level, Config, all)) of
        false ->
            ok;
        true ->
            case apply_filters(Event, maps:get(filters, Config, []), maps:get(filter_default, Config, log)) of
                stop ->
                    ok;
                Event1 ->
                    HConfig = maps:without([level, filters, filter_default, handlers], Config),
                    try
                        Module:log(Event1, HConfig)
                    catch
                        _:_ ->
                            _ = remove_handler(Id),
                            internal_log(error, {removed_failing_handler, Id})
                    end
            end
    end.

apply_filters(Event, Filters, Default) ->
    case run_filters(Event, Filters, ignore) of
        stop -> stop;
        ignore when Default =:= stop -> stop;
        ignore -> Event;
        Event1 -> Event1
    end.

run_filters(Event, [{_Id, {Fun, Arg}} | Rest], State) ->
    case catch Fun(Event, Arg) of
        stop -> stop;
        ignore -> run_filters(Event, Rest, State);
        #{level := _, msg := _, meta := _} = Event1 -> run_filters(Event1, Rest, Event1);
        _ -> run_filters(Event, Rest, State)
    end;
run_filters(_, [], ignore) -> ignore;
run_filters(_, [], Event) -> Event.

%%% Levels.

allow(Level, Module) when is_atom(Module) ->
    case maps:find(Module, module_levels()) of
        {ok, ModLevel} -> level_allows(Level, ModLevel);
        error -> allow_primary(Level)
    end.

allow_primary(Level) ->
    #{level := Primary} = logger:get_primary_config(),
    level_allows(Level, Primary).

level_allows(Level, Limit) ->
    level_int(Level) =< level_int(Limit).

level_int(none) -> -1;
level_int(emergency) -> 0;
level_int(alert) -> 1;
level_int(critical) -> 2;
level_int(error) -> 3;
level_int(warning) -> 4;
level_int(notice) -> 5;
level_int(info) -> 6;
level_int(debug) -> 7;
level_int(all) -> 10;
level_int(Other) -> erlang:error(badarg, [Other]).

compare_levels(L1, L2) ->
    case {catch level_int(L1), catch level_int(L2)} of
        {I, I} when is_integer(I) -> eq;
        {I1, I2} when is_integer(I1), is_integer(I2), I1 < I2 -> gt;
        {I1, I2} when is_integer(I1), is_integer(I2) -> lt;
        _ -> erlang:error(badarg, [L1, L2])
    end.

timestamp() ->
    os:system_time(microsecond).

%%% Report formatting (the default report_cb).

format_otp_report(#{label := _, report := Report}) -> format_report(Report);
format_otp_report(Report) -> format_report(Report).

format_report(Report) when is_map(Report) ->
    format_report(maps:to_list(Report));
format_report(Report) ->
    try lists:flatten(Report) of
        [] -> {"~tp", [[]]};
        Flat ->
            case printable(Flat) of
                true -> {"~ts", [Flat]};
                false -> format_items(Report, [], [])
            end
    catch
        _:_ -> {"~tp", [Report]}
    end.

%% One "    Tag: Value" line per {Tag, Value} (strings with ~ts), one
%% "    Term" line for anything else.
format_items([{Tag, Data} | T], Format, Args) ->
    PorS = case is_string(Data) of true -> "s"; false -> "p" end,
    format_items(T, ["    ~tp: ~t" ++ PorS | Format], [Data, Tag | Args]);
format_items([Data | T], Format, Args) ->
    format_items(T, ["    ~tp" | Format], [Data | Args]);
format_items([], Format, Args) ->
    {lists:flatten(lists:join($\n, lists:reverse(Format))), lists:reverse(Args)}.

is_string(X) ->
    try printable(lists:flatten(X)) catch _:_ -> false end.

printable([]) -> false;
printable(Flat) -> io_lib:printable_unicode_list(Flat).

filter_stacktrace(Module, [{Module, _, _, _} | _]) -> [];
filter_stacktrace(Module, [H | T]) -> [H | filter_stacktrace(Module, T)];
filter_stacktrace(_, []) -> [].

%% OTP prints these with erlang:display_string/1 on standard error.
internal_log(Level, Term) when is_atom(Level) ->
    io:put_chars(standard_error, ["Logger - ", atom_to_list(Level), ": ",
                                  io_lib:format("~w~n", [Term])]).

%%% Handlers.

default_handler() ->
    #{id => default, module => logger_std_h, level => all, filter_default => stop,
      filters => [{remote_gl, {fun logger_filters:remote_gl/2, stop}},
                  {domain, {fun logger_filters:domain/2, {log, super, [otp, sasl]}}},
                  {no_domain, {fun logger_filters:domain/2, {log, undefined, []}}}],
      formatter => {logger_formatter, #{legacy_header => true, single_line => false}},
      config => #{burst_limit_enable => true, burst_limit_max_count => 500,
                  burst_limit_window_time => 1000, drop_mode_qlen => 200,
                  filesync_repeat_interval => no_repeat, flush_qlen => 1000,
                  overload_kill_enable => false, overload_kill_mem_size => 3000000,
                  overload_kill_qlen => 20000, overload_kill_restart_after => 5000,
                  sync_mode_qlen => 10, type => standard_io}}.

handlers() -> ferl_logger:store_get(handlers, [default_handler()]).

store_handlers(Hs) -> ferl_logger:store_put(handlers, Hs).

find_handler(Id) ->
    case [H || #{id := HId} = H <- handlers(), HId =:= Id] of
        [H] -> {ok, H};
        [] -> {error, {not_found, Id}}
    end.

replace_handler(#{id := Id} = Config) ->
    store_handlers([case H of #{id := Id} -> Config; _ -> H end || H <- handlers()]),
    ok.

add_handler(Id, Module, Config0) when is_atom(Id), is_atom(Module), is_map(Config0) ->
    case find_handler(Id) of
        {ok, _} ->
            {error, {already_exist, Id}};
        {error, _} ->
            Defaults = #{level => all, filter_default => log, filters => [],
                         formatter => {logger_formatter, #{}}},
            Config1 = maps:merge(Defaults, Config0#{id => Id, module => Module}),
            case call_h_async(fun() -> call_h(Module, adding_handler, [Config1], {ok, Config1}) end) of
                {ok, Config} ->
                    case erlang:function_exported(Module, log, 2) of
                        true ->
                            store_handlers([Config | handlers()]),
                            ok;
                        false ->
                            {error, {invalid_handler, {function_not_exported, {Module, log, 2}}}}
                    end;
                {error, Reason} ->
                    {error, {handler_not_added, Reason}}
            end
    end;
add_handler(Id, Module, Config) ->
    {error, {invalid_handler, {Id, Module, Config}}}.

remove_handler(Id) ->
    case find_handler(Id) of
        {ok, #{module := Module} = Config} ->
            _ = call_h_async(fun() -> call_h(Module, removing_handler, [Config], ok) end),
            store_handlers([H || #{id := HId} = H <- handlers(), HId =/= Id]),
            ok;
        Error ->
            Error
    end.

%% A handler module's callback, run as OTP's logger server runs it: in a
%% helper process of its own (which also keeps the numbering of later
%% pids as in OTP). A callback the module lacks gives Default.
call_h_async(Fun) ->
    Self = self(),
    {Pid, Ref} = spawn_monitor(fun() -> Self ! {self(), handler_callback, Fun()} end),
    receive
        {Pid, handler_callback, Result} ->
            erlang:demonitor(Ref, [flush]),
            Result;
        {'DOWN', Ref, process, Pid, Reason} ->
            {error, {callback_crashed, Reason}}
    end.

call_h(Module, Function, Args, Default) ->
    _ = code:ensure_loaded(Module),
    try
        apply(Module, Function, Args)
    catch
        C:R:S ->
            case {C, R, S} of
                {error, undef, [{Module, changing_config, Args, _} | _]} when length(Args) =:= 3 ->
                    call_h(Module, Function, tl(Args), Default);
                {error, undef, [{Module, Function, Args, _} | _]} ->
                    Default;
                _ ->
                    {error, {callback_crashed, {C, R, S}}}
            end
    end.

%% set_handler_config/2,3 and update_handler_config/2,3: the handler
%% module may veto or adjust the new configuration (changing_config).
change_handler(Id, SetOrUpdate, Change) ->
    case find_handler(Id) of
        {ok, #{module := Module} = Old} ->
            New = Change(Old),
            case call_h_async(fun() -> call_h(Module, changing_config, [SetOrUpdate, Old, New], {ok, New}) end) of
                {ok, New1} -> replace_handler(New1);
                Error -> Error
            end;
        Error ->
            Error
    end.

get_handler_ids() -> [Id || #{id := Id} <- handlers()].

get_handler_config() -> handlers().

get_handler_config(Id) -> find_handler(Id).

set_handler_config(Id, level, Level) ->
    case catch level_int(Level) of
        I when is_integer(I) -> change_handler(Id, set, fun(H) -> H#{level => Level} end);
        _ -> {error, {invalid_level, Level}}
    end;
set_handler_config(Id, Key, Value) when Key =:= filter_default; Key =:= filters;
                                        Key =:= formatter; Key =:= config ->
    change_handler(Id, set, fun(H) -> H#{Key => Value} end);
set_handler_config(_Id, Key, Value) ->
    {error, {invalid_handler_config, {Key, Value}}}.

set_handler_config(Id, Config) when is_map(Config) ->
    change_handler(Id, set, fun(#{module := M}) ->
                                    Defaults = #{level => all, filter_default => log, filters => [],
                                                 formatter => {logger_formatter, #{}}},
                                    maps:merge(Defaults, Config#{id => Id, module => M})
                            end).

update_handler_config(Id, config, Value) ->
    change_handler(Id, update, fun(H) -> H#{config => maps:merge(maps:get(config, H, #{}), Value)} end);
update_handler_config(Id, Key, Value) ->
    set_handler_config(Id, Key, Value).

update_handler_config(Id, Config) when is_map(Config) ->
    change_handler(Id, update, fun(H) -> maps:merge(H, maps:without([id, module], Config)) end).

update_formatter_config(Id, Key, Value) ->
    update_formatter_config(Id, #{Key => Value}).

update_formatter_config(Id, FConfig) when is_map(FConfig) ->
    update_handler(Id, fun(#{formatter := {FMod, Old}} = H) ->
                               H#{formatter => {FMod, maps:merge(Old, FConfig)}}
                       end).

add_handler_filter(Id, FilterId, {Fun, _} = Filter) when is_function(Fun, 2) ->
    case find_handler(Id) of
        {ok, #{filters := Fs} = H} ->
            case lists:keymember(FilterId, 1, Fs) of
                true -> {error, {already_exist, FilterId}};
                false -> replace_handler(H#{filters => Fs ++ [{FilterId, Filter}]})
            end;
        Error ->
            Error
    end;
add_handler_filter(_Id, _FilterId, Filter) ->
    {error, {invalid_filter, Filter}}.

remove_handler_filter(Id, FilterId) ->
    case find_handler(Id) of
        {ok, #{filters := Fs} = H} ->
            case lists:keymember(FilterId, 1, Fs) of
                true -> replace_handler(H#{filters => lists:keydelete(FilterId, 1, Fs)});
                false -> {error, {not_found, FilterId}}
            end;
        Error ->
            Error
    end.

update_handler(Id, F) ->
    case find_handler(Id) of
        {ok, H} -> replace_handler(F(H));
        Error -> Error
    end.

%%% Primary filters and metadata (the level is native).

primary_filters() -> ferl_logger:store_get(primary_filters, []).

primary_filter_default() ->
    ferl_logger:store_get(primary_filter_default, log).

primary_metadata() -> ferl_logger:store_get(primary_metadata, #{}).

add_primary_filter(FilterId, {Fun, _} = Filter) when is_function(Fun, 2) ->
    Fs = primary_filters(),
    case lists:keymember(FilterId, 1, Fs) of
        true -> {error, {already_exist, FilterId}};
        false -> ferl_logger:store_put(primary_filters, Fs ++ [{FilterId, Filter}])
    end;
add_primary_filter(_FilterId, Filter) ->
    {error, {invalid_filter, Filter}}.

remove_primary_filter(FilterId) ->
    Fs = primary_filters(),
    case lists:keymember(FilterId, 1, Fs) of
        true -> ferl_logger:store_put(primary_filters, lists:keydelete(FilterId, 1, Fs));
        false -> {error, {not_found, FilterId}}
    end.

update_primary_config(Config) when is_map(Config) ->
    maps:foreach(fun(level, L) -> logger:set_primary_config(level, L);
                    (filters, Fs) -> ferl_logger:store_put(primary_filters, Fs);
                    (filter_default, D) -> ferl_logger:store_put(primary_filter_default, D);
                    (metadata, M) -> ferl_logger:store_put(primary_metadata, M);
                    (_, _) -> ok
                 end, Config).

%%% Module levels.

module_levels() -> ferl_logger:store_get(module_levels, #{}).

set_module_level(Module, Level) when is_atom(Module) ->
    set_module_level([Module], Level);
set_module_level(Modules, Level) when is_list(Modules) ->
    case catch level_int(Level) of
        I when is_integer(I) ->
            New = maps:merge(module_levels(), maps:from_list([{M, Level} || M <- Modules])),
            ferl_logger:store_put(module_levels, New);
        _ ->
            {error, {invalid_level, Level}}
    end.

unset_module_level() ->
    ferl_logger:store_put(module_levels, #{}).

unset_module_level(Module) when is_atom(Module) ->
    unset_module_level([Module]);
unset_module_level(Modules) when is_list(Modules) ->
    ferl_logger:store_put(module_levels, maps:without(Modules, module_levels())).

get_module_level() ->
    lists:sort(maps:to_list(module_levels())).

get_module_level(Module) when is_atom(Module) ->
    get_module_level([Module]);
get_module_level(Modules) when is_list(Modules) ->
    [ML || {M, _} = ML <- get_module_level(), lists:member(M, Modules)].

%%% Process metadata.

set_process_metadata(Meta) when is_map(Meta) ->
    _ = put(?PROC_META, Meta),
    ok;
set_process_metadata(Meta) ->
    erlang:error(badarg, [Meta]).

update_process_metadata(Meta) when is_map(Meta) ->
    set_process_metadata(maps:merge(get_process_metadata_map(), Meta));
update_process_metadata(Meta) ->
    erlang:error(badarg, [Meta]).

get_process_metadata() ->
    case get(?PROC_META) of
        undefined -> undefined;
        Meta -> Meta
    end.

get_process_metadata_map() ->
    case get(?PROC_META) of
        Meta when is_map(Meta) -> Meta;
        _ -> #{}
    end.

unset_process_metadata() ->
    _ = erase(?PROC_META),
    ok.

%%% Overview.

get_config() ->
    #{primary => logger:get_primary_config(), handlers => handlers(),
      proxy => #{}, module_levels => get_module_level()}.

i() ->
    #{level := Level} = logger:get_primary_config(),
    io:format("Primary configuration: ~n    Level: ~p~n", [Level]),
    io:format("Handler configuration: ~n"),
    lists:foreach(fun(#{id := Id, module := M} = H) ->
                          io:format("    Id: ~p~n        Module: ~p~n        Level: ~p~n",
                                    [Id, M, maps:get(level, H, all)])
                  end, handlers()).
