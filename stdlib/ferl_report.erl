%% ferl_report: what the OTP report modules' format_log/2 (the logger
%% report_cb) share: the formatter options with OTP's defaults filled in,
%% and the text of {Format, Args} under the options' chars_limit. OTP
%% repeats these few lines in each module; here supervisor,
%% supervisor_bridge, application_controller and gen_statem use this one.
-module(ferl_report).

-export([options/1, text/3]).

%% The options a report_cb/2 gets, with the defaults OTP fills in.
-spec options(map()) -> map().
options(Opts) ->
    maps:merge(#{chars_limit => unlimited, depth => unlimited,
                 single_line => false, encoding => utf8}, Opts).

%% io_lib:format(Format, Args), with the options' chars_limit if any.
-spec text(io:format(), [term()], map()) -> io_lib:chars().
text(Format, Args, #{chars_limit := unlimited}) ->
    io_lib:format(Format, Args);
text(Format, Args, #{chars_limit := Limit}) ->
    io_lib:format(Format, Args, [{chars_limit, Limit}]).
