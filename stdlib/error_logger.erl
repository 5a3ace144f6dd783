%% error_logger: OTP 25's legacy logging API, on top of logger. Each call
%% becomes a logger event with an error_logger => #{tag => ...} metadata
%% entry, as in OTP, so the default handler prints it with the old titles
%% (info_msg and info_report log at notice level under "INFO REPORT").
%% A report with a type other than std_error/std_info/std_warning gets the
%% domain [Type], which the default handler does not print.
%%
%% Not supported / known differences:
%% - there is no error_logger event manager: add_report_handler/1,2 and
%%   logfile/1 return {error, not_supported}; which_report_handlers/0 is [].
%% - the format depth is only read from the kernel environment
%%   (error_logger_format_depth, default unlimited).
-module(error_logger).

-export([error_msg/1, error_msg/2, format/2, error_report/1, error_report/2,
         warning_msg/1, warning_msg/2, warning_report/1, warning_report/2,
         info_msg/1, info_msg/2, info_report/1, info_report/2, error_info/1,
         warning_map/0, tty/1, logfile/1, start/0, stop/0,
         add_report_handler/1, add_report_handler/2, delete_report_handler/1,
         which_report_handlers/0, get_format_depth/0, limit_term/1]).

error_msg(Format) ->
    error_msg(Format, []).

error_msg(Format, Args) ->
    logger:log(error, #{label => {error_logger, error_msg}, format => Format, args => Args},
               meta(error)).

format(Format, Args) ->
    error_msg(Format, Args).

error_report(Report) ->
    error_report(std_error, Report).

error_report(Type, Report) ->
    logger:log(error, #{label => {error_logger, error_report}, report => Report},
               meta(error_report, Type)).

warning_msg(Format) ->
    warning_msg(Format, []).

warning_msg(Format, Args) ->
    logger:log(warning, #{label => {error_logger, warning_msg}, format => Format, args => Args},
               meta(warning_msg)).

warning_report(Report) ->
    warning_report(std_warning, Report).

warning_report(Type, Report) ->
    logger:log(warning, #{label => {error_logger, warning_report}, report => Report},
               meta(warning_report, Type)).

info_msg(Format) ->
    info_msg(Format, []).

info_msg(Format, Args) ->
    logger:log(notice, #{label => {error_logger, info_msg}, format => Format, args => Args},
               meta(info_msg)).

info_report(Report) ->
    info_report(std_info, Report).

info_report(Type, Report) ->
    logger:log(notice, #{label => {error_logger, info_report}, report => Report},
               meta(info_report, Type)).

error_info(Error) ->
    {Format, Args} = case is_string(Error) of
                         true -> {Error, []};
                         false -> {"~p", [Error]}
                     end,
    logger:log(notice, Format, Args, #{error_logger => #{tag => info, type => Error},
                                       domain => [Error]}).

%% Warnings stay warnings (OTP's +W flag default).
warning_map() ->
    warning.

meta(Tag) ->
    #{report_cb => fun report_to_format/1, error_logger => #{tag => Tag}}.

meta(Tag, Type) ->
    Meta = #{report_cb => fun report_to_format/1, error_logger => #{tag => Tag, type => Type}},
    case {Tag, Type} of
        {error_report, std_error} -> Meta;
        {info_report, std_info} -> Meta;
        {warning_report, std_warning} -> Meta;
        _ -> Meta#{domain => [Type]}
    end.

%% The report_cb of error_logger's own events.
report_to_format(#{label := {error_logger, _}, report := Report}) when is_map(Report) ->
    {"~tp\n", [Report]};
report_to_format(#{label := {error_logger, _}, format := Format, args := Args}) ->
    case valid_format(Format, Args) of
        true -> {Format, Args};
        false -> {"ERROR: ~tp - ~tp", [Format, Args]}
    end;
report_to_format(Term) ->
    logger:format_otp_report(Term).

%% io_lib:scan_format/2 accepts the pair exactly when formatting does not
%% raise.
valid_format(Format, Args) ->
    try io_lib:format(Format, Args) of
        _ -> true
    catch
        _:_ -> false
    end.

is_string(List) when is_list(List) ->
    try lists:flatten(List) of
        [] -> false;
        Flat -> io_lib:printable_list(Flat)
    catch
        _:_ -> false
    end;
is_string(_) ->
    false.

%%% The old event manager and its handlers.

%% tty(false) silences the default handler; tty(true) undoes that.
tty(true) ->
    _ = logger:remove_handler_filter(default, error_logger_tty_false),
    ok;
tty(false) ->
    _ = logger:add_handler_filter(default, error_logger_tty_false, {fun(_, _) -> stop end, ok}),
    ok.

logfile(_Request) ->
    {error, not_supported}.

start() -> ok.

stop() -> ok.

add_report_handler(Module) when is_atom(Module) ->
    add_report_handler(Module, []).

add_report_handler(Module, _Args) when is_atom(Module) ->
    {error, not_supported}.

delete_report_handler(Module) when is_atom(Module) ->
    ok.

which_report_handlers() ->
    [].

%%% Depth of the terms in reports.

get_format_depth() ->
    case catch application:get_env(kernel, error_logger_format_depth) of
        {ok, Depth} when is_integer(Depth) -> max(10, Depth);
        _ -> unlimited
    end.

limit_term(Term) ->
    case get_format_depth() of
        unlimited -> Term;
        Depth -> io_lib:limit_term(Term, Depth)
    end.
