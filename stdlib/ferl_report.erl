%% ferl_report: what the OTP report modules' format_log/2 (the logger
%% report_cb) share: the formatter options with OTP's defaults filled in,
%% and the text of {Format, Args} under the options' chars_limit. OTP
%% repeats these few lines in each module; here supervisor,
%% supervisor_bridge, application_controller, gen_server and gen_statem
%% use these.
-module(ferl_report).

-export([options/1, text/3, directive/1, with_depth/2]).

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

%% The control sequence of one term: ~p, or ~P with a depth; width 0 on
%% one line; t unless latin1.
-spec directive(map()) -> string().
directive(#{single_line := Single, depth := Depth, encoding := Enc}) ->
    "~" ++ (case Single of true -> "0"; false -> "" end)
        ++ (case Enc of latin1 -> ""; _ -> "t" end)
        ++ (case Depth of unlimited -> "p"; _ -> "P" end).

%% The arguments of directive/1's sequences: with a depth, every term is
%% followed by it. Takes the options or the depth itself.
-spec with_depth([term()], map() | unlimited | integer()) -> [term()].
with_depth(Args, #{depth := Depth}) -> with_depth(Args, Depth);
with_depth(Args, unlimited) -> Args;
with_depth(Args, Depth) -> lists:append([[A, Depth] || A <- Args]).
