%% logger_formatter: turns a log event into text, as OTP 25's
%% logger_formatter does. The default handler of an escript uses it with
%% #{legacy_header => true, single_line => false}: a
%% "=ERROR REPORT==== 22-Nov-2026::04:40:00.123456 ===" header (title from
%% the event's logger_formatter => #{title => ...} metadata, else the
%% level), then the message. Reports go through the event's report_cb
%% (fun/1 giving {Format, Args}, or fun/2 giving chardata) or
%% logger:format_report/1.
%%
%% Not supported / known differences:
%% - the header's time comes from the VM's clock at formatting time, in UTC
%%   (OTP uses the event's timestamp in local time); time_offset only
%%   chooses the "Z" suffix of the time in the non-legacy templates.
-module(logger_formatter).

-export([format/2, check_config/1]).

format(#{level := Level, msg := Msg, meta := Meta}, Config0) when is_map(Config0) ->
    Config = add_default_config(Config0),
    Meta1 = add_legacy_header(Level, Meta, Config),
    {Before, After0} = lists:splitwith(fun(T) -> T =/= msg end, maps:get(template, Config)),
    {WithMsg, After} = case After0 of
                           [msg | Rest] -> {true, Rest};
                           _ -> {false, After0}
                       end,
    B = expand(Level, Meta1, Before, Config),
    A = expand(Level, Meta1, After, Config),
    MsgText = case WithMsg of
                  true -> single_line(format_msg(Msg, Meta1, msg_limit(Config, [B, A])), Config);
                  false -> ""
              end,
    truncate(B, MsgText, A, maps:get(max_size, Config)).

%% The message gets what chars_limit leaves after the template's other
%% parts.
msg_limit(#{chars_limit := unlimited} = Config, _) ->
    Config;
msg_limit(#{chars_limit := Limit} = Config, Others) ->
    Config#{chars_limit := max(Limit - io_lib:chars_length(Others), 0)}.

%% Text longer than max_size is cut to it, ending in "..." (and the
%% newline it ended with, if the last part ended with one).
truncate(B, Msg, A, unlimited) ->
    [B, Msg, A];
truncate(B, Msg, A, Size) ->
    Text = [B, Msg, A],
    case io_lib:chars_length(Text) > Size of
        false -> Text;
        true ->
            {Last, Flat} = case {A, Msg} of
                               {[], []} -> {last_char(B), lists:flatten(B)};
                               {[], _} -> {last_char(Msg), lists:flatten([B, Msg])};
                               _ -> {last_char(A), lists:flatten(Text)}
                           end,
            case Last of
                $\n -> lists:sublist(Flat, 1, Size - 4) ++ "...\n";
                _ -> lists:sublist(Flat, 1, Size - 3) ++ "..."
            end
    end.

%% The last character of a deep list, or error when it has none.
last_char(L) ->
    case lists:reverse(lists:flatten(L)) of
        [C | _] when is_integer(C) -> C;
        _ -> error
    end.

%%% Configuration.

add_default_config(Config0) ->
    Default = #{chars_limit => unlimited, error_logger_notice_header => info,
                legacy_header => false, single_line => true, time_designator => $T},
    Config = maps:merge(Default,
                        Config0#{max_size => max_size(maps:get(max_size, Config0, undefined)),
                                 depth => depth(maps:get(depth, Config0, undefined)),
                                 time_offset => maps:get(time_offset, Config0, "")}),
    case Config of
        #{template := _} -> Config;
        _ -> Config#{template => default_template(Config)}
    end.

max_size(undefined) -> unlimited;
max_size(S) -> max(10, S).

depth(undefined) -> error_logger:get_format_depth();
depth(D) -> max(5, D).

default_template(#{legacy_header := true}) -> [[logger_formatter, header], "\n", msg, "\n"];
default_template(#{single_line := true}) -> [time, " ", level, ": ", msg, "\n"];
default_template(_) -> [time, " ", level, ":\n", msg, "\n"].

check_config(Config) when is_map(Config) ->
    check_items(maps:to_list(Config));
check_config(Config) ->
    {error, {invalid_formatter_config, ?MODULE, Config}}.

check_items([{Limit, L} | Rest]) when Limit =:= chars_limit; Limit =:= depth; Limit =:= max_size ->
    case (is_integer(L) andalso L > 0) orelse L =:= unlimited of
        true -> check_items(Rest);
        false -> {error, {invalid_formatter_config, ?MODULE, {Limit, L}}}
    end;
check_items([{Flag, B} | Rest]) when (Flag =:= single_line orelse Flag =:= legacy_header),
                                     is_boolean(B) ->
    check_items(Rest);
check_items([{error_logger_notice_header, H} | Rest]) when H =:= info; H =:= notice ->
    check_items(Rest);
check_items([{report_cb, F} | Rest]) when is_function(F, 1); is_function(F, 2) ->
    check_items(Rest);
check_items([{template, T} | Rest]) when is_list(T) ->
    check_items(Rest);
check_items([{time_offset, _} | Rest]) ->
    check_items(Rest);
check_items([{time_designator, C} | Rest]) when is_integer(C), C >= 32, C =< 255 ->
    check_items(Rest);
check_items([Item | _]) ->
    {error, {invalid_formatter_config, ?MODULE, Item}};
check_items([]) ->
    ok.

%%% The legacy header: its title and text go into the event's metadata,
%%% where the template key [logger_formatter, header] finds them.

add_legacy_header(Level, Meta, #{legacy_header := true} = Config) ->
    Mine = title(Level, Meta, Config),
    #{title := Title} = Mine,
    Meta#{logger_formatter => Mine#{header => ferl_logger:header(Title)}};
add_legacy_header(_, Meta, _) ->
    Meta.

title(Level, Meta, Config) ->
    case maps:get(logger_formatter, Meta, #{}) of
        #{title := _} = Mine ->
            Mine;
        Mine ->
            %% error_logger's info_msg/info_report log at notice level but
            %% keep their old "INFO REPORT" title.
            TitleLevel = case Level =:= notice andalso maps:is_key(error_logger, Meta) of
                             true -> maps:get(error_logger_notice_header, Config);
                             false -> Level
                         end,
            Mine#{title => string:uppercase(atom_to_list(TitleLevel)) ++ " REPORT"}
    end.

%%% Templates.

expand(Level, Meta, [level | T], Config) ->
    [atom_to_list(Level) | expand(Level, Meta, T, Config)];
expand(Level, Meta, [{Key, IfExists, Else} | T], Config) ->
    Text = case value(Key, Meta) of
               {ok, V} -> expand(Level, Meta#{Key => V}, IfExists, Config);
               error -> expand(Level, Meta, Else, Config)
           end,
    [Text | expand(Level, Meta, T, Config)];
expand(Level, Meta, [Key | T], Config) when is_atom(Key); is_list(Key), is_atom(hd(Key)) ->
    Text = case value(Key, Meta) of
               {ok, V} -> to_string(Key, V, Config);
               error -> ""
           end,
    [Text | expand(Level, Meta, T, Config)];
expand(Level, Meta, [Str | T], Config) ->
    [Str | expand(Level, Meta, T, Config)];
expand(_, _, [], _) ->
    [].

value(Key, Meta) when is_atom(Key), is_map_key(Key, Meta) -> {ok, maps:get(Key, Meta)};
value([Key | Keys], Meta) when is_map(Meta), is_map_key(Key, Meta) -> value(Keys, maps:get(Key, Meta));
value([], V) -> {ok, V};
value(_, _) -> error.

to_string(time, Time, Config) when is_integer(Time) -> format_time(Time, Config);
to_string(mfa, {M, F, A}, _) when is_atom(M), is_atom(F), is_integer(A) ->
    io_lib:format("~tw:~tw/~w", [M, F, A]);
to_string(mfa, {M, F, A}, Config) when is_atom(M), is_atom(F), is_list(A) ->
    to_string(mfa, {M, F, length(A)}, Config);
to_string(_, X, _) when is_atom(X) -> atom_to_list(X);
to_string(_, X, _) when is_integer(X) -> integer_to_list(X);
to_string(_, X, _) when is_pid(X) -> pid_to_list(X);
to_string(_, X, _) when is_reference(X) -> ref_to_list(X);
to_string(_, X, Config) when is_list(X) ->
    case printable(lists:flatten(X)) of
        true -> X;
        false -> io_lib:format(p(Config), [X])
    end;
to_string(_, X, Config) ->
    io_lib:format(p(Config), [X]).

printable([]) -> false;
printable(X) -> io_lib:printable_unicode_list(X).

%% RFC 3339 in UTC with microseconds: 2026-11-22T04:40:00.123456Z.
format_time(Micros, #{time_designator := T}) ->
    Secs = Micros div 1000000,
    Days = Secs div 86400,
    Rem = Secs rem 86400,
    {Y, Mo, D} = civil_from_days(Days),
    io_lib:format("~4..0w-~2..0w-~2..0w~c~2..0w:~2..0w:~2..0w.~6..0wZ",
                  [Y, Mo, D, T, Rem div 3600, Rem div 60 rem 60, Rem rem 60,
                   Micros rem 1000000]).

civil_from_days(Z0) ->
    Z = Z0 + 719468,
    Era = Z div 146097,
    Doe = Z - Era * 146097,
    Yoe = (Doe - Doe div 1460 + Doe div 36524 - Doe div 146096) div 365,
    Doy = Doe - (365 * Yoe + Yoe div 4 - Yoe div 100),
    Mp = (5 * Doy + 2) div 153,
    D = Doy - (153 * Mp + 2) div 5 + 1,
    M = case Mp < 10 of true -> Mp + 3; false -> Mp - 9 end,
    Y = Yoe + Era * 400 + case M =< 2 of true -> 1; false -> 0 end,
    {Y, M, D}.

%%% The message.

format_msg({string, Chardata}, Meta, Config) ->
    format_msg({"~ts", [Chardata]}, Meta, Config);
format_msg({report, _} = Msg, Meta, #{report_cb := Fun} = Config)
  when is_function(Fun, 1); is_function(Fun, 2) ->
    format_msg(Msg, Meta#{report_cb => Fun}, maps:remove(report_cb, Config));
format_msg({report, Report}, #{report_cb := Fun} = Meta, Config) when is_function(Fun, 1) ->
    try Fun(Report) of
        {Format, Args} when is_list(Format), is_list(Args) ->
            format_msg({Format, Args}, maps:remove(report_cb, Meta), Config);
        Other ->
            cb_problem("REPORT_CB/1 ERROR: ", "; Returned: ", Report, Other, Meta, Config)
    catch
        C:R:S ->
            cb_problem("REPORT_CB/1 CRASH: ", "; Reason: ", Report,
                       {C, R, logger:filter_stacktrace(?MODULE, S)}, Meta, Config)
    end;
format_msg({report, Report}, #{report_cb := Fun} = Meta, Config) when is_function(Fun, 2) ->
    try Fun(Report, maps:with([depth, chars_limit, single_line], Config)) of
        Chardata when is_list(Chardata); is_binary(Chardata) ->
            case unicode:characters_to_list(Chardata) of
                List when is_list(List) -> List;
                _ -> cb_problem("REPORT_CB/2 ERROR: ", "; Returned: ", Report, Chardata, Meta, Config)
            end;
        Other ->
            cb_problem("REPORT_CB/2 ERROR: ", "; Returned: ", Report, Other, Meta, Config)
    catch
        C:R:S ->
            cb_problem("REPORT_CB/2 CRASH: ", "; Reason: ", Report,
                       {C, R, logger:filter_stacktrace(?MODULE, S)}, Meta, Config)
    end;
format_msg({report, Report}, Meta, Config) ->
    format_msg({report, Report}, Meta#{report_cb => fun logger:format_report/1}, Config);
format_msg({Format, Args}, _Meta, #{depth := Depth, single_line := Single, chars_limit := Limit}) ->
    Opts = case Limit of
               unlimited -> [];
               _ -> [{chars_limit, Limit}]
           end,
    format_args(Format, Args, Depth, Single, Opts).

cb_problem(What, Sep, Report, Other, Meta, Config) ->
    P = p(Config),
    format_msg({What ++ P ++ Sep ++ P, [Report, Other]}, Meta, Config).

%% Format and Args through io_lib:format (with the chars_limit), with ~p widths forced to 0 on a
%% single line and ~p/~w depth-limited; a bad pair is shown as a
%% FORMAT ERROR line instead.
format_args(Format0, Args, Depth, Single, Opts) ->
    try
        Format1 = chars(Format0),
        {Format, Args1} = reformat(Format1, Args, Depth, Single),
        case Opts of
            [] -> io_lib:format(Format, Args1);
            _ -> io_lib:format(Format, Args1, Opts)
        end
    catch
        C:R:S ->
            P = p(Single),
            Error = "FORMAT ERROR: " ++ P ++ " - " ++ P,
            case Format0 of
                Error -> erlang:raise(C, R, S);
                _ -> format_args(Error, [Format0, Args], Depth, Single, Opts)
            end
    end.

chars(F) when is_atom(F) -> atom_to_list(F);
chars(F) when is_binary(F) -> unicode:characters_to_list(F);
chars(F) -> lists:flatten(F).

reformat(Format, Args, unlimited, false) ->
    {Format, Args};
reformat(Format, Args, Depth, Single) ->
    rewrite(Format, Args, Depth, Single, [], []).

%% Walks the directives, keeping each argument with its directive.
rewrite([$~ | T], Args, Depth, Single, FAcc, AAcc) ->
    {Spec, Control, Rest} = directive(T, []),
    {Used, Args1} = take_args(Spec, Control, Args),
    {Spec1, Control1, Used1} = limit(Spec, Control, Used, Depth, Single),
    rewrite(Rest, Args1, Depth, Single,
            lists:reverse([$~ | Spec1] ++ [Control1], FAcc), lists:reverse(Used1, AAcc));
rewrite([C | T], Args, Depth, Single, FAcc, AAcc) ->
    rewrite(T, Args, Depth, Single, [C | FAcc], AAcc);
rewrite([], _, _, _, FAcc, AAcc) ->
    {lists:reverse(FAcc), lists:reverse(AAcc)}.

%% The field/precision/pad/modifier characters of one directive
%% (~F.P.PadModC), then its control character.
directive(T0, _) ->
    {Field, T1} = field(T0),
    {Prec, T2} = case T1 of
                     [$. | R1] -> {P0, R2} = field(R1), {[$. | P0], R2};
                     _ -> {[], T1}
                 end,
    {Pad, T3} = case T2 of
                    [$., PadC | R3] -> {[$., PadC], R3};
                    _ -> {[], T2}
                end,
    {Mods, [Control | Rest]} = lists:splitwith(fun(C) -> lists:member(C, "tlk") end, T3),
    {Field ++ Prec ++ Pad ++ Mods, Control, Rest}.

field([$* | T]) -> {"*", T};
field([$- | T]) -> {F, R} = field(T), {[$- | F], R};
field(T) -> lists:splitwith(fun(C) -> C >= $0 andalso C =< $9 end, T).

take_args(Spec, Control, Args) ->
    Stars = length([S || S <- Spec, S =:= $*]),
    N = Stars + n_args(Control),
    {lists:sublist(Args, N), lists:nthtail(N, Args)}.

n_args(C) when C =:= $~; C =:= $n -> 0;
n_args(C) when C =:= $P; C =:= $W; C =:= $X; C =:= $x -> 2;
n_args(_) -> 1.

limit(Spec, Control, Used, Depth, Single) when Control =:= $p; Control =:= $w ->
    Spec1 = width0(Spec, Control, Single),
    case Depth of
        unlimited -> {Spec1, Control, Used};
        _ -> {Spec1, Control - 32, Used ++ [Depth]}
    end;
limit(Spec, $P, Used, _, Single) ->
    {width0(Spec, $P, Single), $P, Used};
limit(Spec, Control, Used, _, _) ->
    {Spec, Control, Used}.

%% A ~p on a single line gets field width 0 (no line breaks).
width0(Spec, C, true) when C =:= $p; C =:= $P ->
    Mods = [M || M <- Spec, M =:= $t orelse M =:= $l],
    Rest = lists:dropwhile(fun(X) -> X =/= $. end, Spec -- Mods),
    [$0 | Rest] ++ Mods;
width0(Spec, _, _) ->
    Spec.

%% On a single line, ",\n   " and "\n   " become ", " (OTP's
%% re:replace(T, ",?\r?\n *", ", ")), after trimming white space at both
%% ends.
single_line(Text, #{single_line := true}) ->
    Flat = trim(lists:reverse(trim(lists:reverse(lists:flatten(Text))))),
    join_lines(Flat);
single_line(Text, _) ->
    Text.

trim([C | T]) when C =:= $\s; C =:= $\r; C =:= $\n -> trim(T);
trim(T) -> T.

join_lines([$, | T] = S) ->
    case newline(T) of
        {true, Rest} -> ", " ++ join_lines(Rest);
        false -> [hd(S) | join_lines(T)]
    end;
join_lines([C | T] = S) when C =:= $\r; C =:= $\n ->
    case newline(S) of
        {true, Rest} -> ", " ++ join_lines(Rest);
        false -> [C | join_lines(T)]
    end;
join_lines([C | T]) -> [C | join_lines(T)];
join_lines([]) -> [].

newline([$\r, $\n | T]) -> {true, lists:dropwhile(fun(C) -> C =:= $\s end, T)};
newline([$\n | T]) -> {true, lists:dropwhile(fun(C) -> C =:= $\s end, T)};
newline(_) -> false.

p(#{single_line := Single}) -> p(Single);
p(true) -> "~0tp";
p(false) -> "~tp".
