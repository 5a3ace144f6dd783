%% calendar: OTP 25's date and time arithmetic on the proleptic Gregorian
%% calendar (day 0 is {0,1,1}), ISO week numbers, and RFC 3339 text.
%% Functions reject what OTP's reject, from functions of the same names
%% (a bad month fails in last_day_of_the_month1/2, a negative day count in
%% day_to_year/1), so errors read the same.
%%
%% Not supported / known differences:
%% - local time is UTC (ferl has no time zone database), so the
%%   local/universal conversions return their argument and an RFC 3339
%%   text without an offset option ends in "+00:00".
-module(calendar).

-export([date_to_gregorian_days/1, date_to_gregorian_days/3,
         datetime_to_gregorian_seconds/1, day_of_the_week/1, day_of_the_week/3,
         gregorian_days_to_date/1, gregorian_seconds_to_datetime/1,
         is_leap_year/1, iso_week_number/0, iso_week_number/1,
         last_day_of_the_month/2, local_time/0,
         local_time_to_universal_time/1, local_time_to_universal_time/2,
         local_time_to_universal_time_dst/1, now_to_datetime/1,
         now_to_local_time/1, now_to_universal_time/1,
         rfc3339_to_system_time/1, rfc3339_to_system_time/2,
         seconds_to_daystime/1, seconds_to_time/1,
         system_time_to_local_time/2, system_time_to_universal_time/2,
         system_time_to_rfc3339/1, system_time_to_rfc3339/2,
         time_difference/2, time_to_seconds/1, universal_time/0,
         universal_time_to_local_time/1, valid_date/1, valid_date/3]).

-deprecated([{local_time_to_universal_time, 1,
              "use calendar:local_time_to_universal_time_dst/1 instead"}]).

-define(DAYS_TO_1970, 719528).

%%% Days.

date_to_gregorian_days({Y, M, D}) ->
    date_to_gregorian_days(Y, M, D).

date_to_gregorian_days(Y, M, D) when is_integer(D), D > 0 ->
    Last = last_day_of_the_month(Y, M),
    if
        D =< Last -> days_before_year(Y) + days_before_month(Y, M) + D - 1
    end.

%% Days from {0,1,1} to January 1st of Y.
days_before_year(Y) when Y =< 0 -> 0;
days_before_year(Y) ->
    P = Y - 1,
    366 + P * 365 + P div 4 - P div 100 + P div 400.

days_before_month(Y, M) ->
    Cumulative = element(M, {0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334}),
    case M > 2 andalso is_leap_year(Y) of
        true -> Cumulative + 1;
        false -> Cumulative
    end.

gregorian_days_to_date(Days) ->
    {Y, DayOfYear} = day_to_year(Days),
    {M, D} = month_and_day(Y, DayOfYear, 1),
    {Y, M, D}.

%% The year of day N and the day within that year (0-based).
day_to_year(N) when N >= 0 ->
    Y0 = N div 366,
    Y = find_year(Y0, N),
    {Y, N - days_before_year(Y)}.

%% The last year from Y on whose first day is not after day N.
find_year(Y, N) ->
    case days_before_year(Y + 1) =< N of
        true -> find_year(Y + 1, N);
        false -> Y
    end.

month_and_day(Y, DayOfYear, M) ->
    case M < 12 andalso days_before_month(Y, M + 1) =< DayOfYear of
        true -> month_and_day(Y, DayOfYear, M + 1);
        false -> {M, DayOfYear - days_before_month(Y, M) + 1}
    end.

day_of_the_week({Y, M, D}) ->
    day_of_the_week(Y, M, D).

%% 1 is Monday; {0,1,1} was a Saturday.
day_of_the_week(Y, M, D) ->
    (date_to_gregorian_days(Y, M, D) + 5) rem 7 + 1.

is_leap_year(Y) when is_integer(Y), Y >= 0 ->
    leap(Y).

leap(Y) ->
    (Y rem 4 =:= 0 andalso Y rem 100 =/= 0) orelse Y rem 400 =:= 0.

last_day_of_the_month(Y, M) when is_integer(Y), Y >= 0 ->
    last_day_of_the_month1(Y, M).

last_day_of_the_month1(Y, 2) ->
    case leap(Y) of
        true -> 29;
        false -> 28
    end;
last_day_of_the_month1(_, M) when M =:= 4; M =:= 6; M =:= 9; M =:= 11 ->
    30;
last_day_of_the_month1(_, M) when is_integer(M), M > 0, M < 13 ->
    31.

valid_date({Y, M, D}) ->
    valid_date(Y, M, D).

valid_date(Y, M, D) when is_integer(Y), is_integer(M), is_integer(D) ->
    Y >= 0 andalso M > 0 andalso M < 13 andalso D > 0
        andalso D =< last_day_of_the_month(Y, M).

%%% ISO weeks: week 1 is the one with the year's first Thursday.

iso_week_number() ->
    {Date, _} = local_time(),
    iso_week_number(Date).

iso_week_number({Y, M, D}) ->
    Day = date_to_gregorian_days({Y, M, D}),
    Start = iso_week1_start(Y),
    Next = iso_week1_start(Y + 1),
    if
        Day < Start -> {Y - 1, weeks_in(Y - 1)};
        Day >= Next -> {Y + 1, 1};
        true -> {Y, (Day - Start) div 7 + 1}
    end.

%% The Monday of week 1 of year Y.
iso_week1_start(Y) ->
    Jan1 = date_to_gregorian_days(Y, 1, 1),
    Dow = day_of_the_week(Y, 1, 1),
    case Dow =< 4 of
        true -> Jan1 - (Dow - 1);
        false -> Jan1 + (8 - Dow)
    end.

%% A year has 53 weeks when it starts or ends on a Thursday.
weeks_in(Y) ->
    case day_of_the_week(Y, 1, 1) =:= 4 orelse day_of_the_week(Y, 12, 31) =:= 4 of
        true -> 53;
        false -> 52
    end.

%%% Seconds.

datetime_to_gregorian_seconds({Date, Time}) ->
    86400 * date_to_gregorian_days(Date) + time_to_seconds(Time).

gregorian_seconds_to_datetime(Secs) when Secs >= 0 ->
    {gregorian_days_to_date(Secs div 86400), seconds_to_time(Secs rem 86400)}.

time_to_seconds({H, M, S}) when is_integer(H), is_integer(M), is_integer(S) ->
    H * 3600 + M * 60 + S.

seconds_to_time(Secs) when Secs >= 0, Secs < 86400 ->
    {Secs div 3600, Secs rem 3600 div 60, Secs rem 60}.

seconds_to_daystime(Secs) ->
    Days = Secs div 86400,
    case Secs rem 86400 of
        Rest when Rest < 0 -> {Days - 1, seconds_to_time(Rest + 86400)};
        Rest -> {Days, seconds_to_time(Rest)}
    end.

time_difference({{Y1, Mo1, D1}, {H1, Mi1, S1}}, {{Y2, Mo2, D2}, {H2, Mi2, S2}}) ->
    seconds_to_daystime(datetime_to_gregorian_seconds({{Y2, Mo2, D2}, {H2, Mi2, S2}})
                        - datetime_to_gregorian_seconds({{Y1, Mo1, D1}, {H1, Mi1, S1}})).

%%% Clocks (local time is UTC).

local_time() -> erlang:localtime().
universal_time() -> erlang:universaltime().

local_time_to_universal_time(DateTime) ->
    erlang:localtime_to_universaltime(DateTime).

local_time_to_universal_time(DateTime, IsDst) ->
    erlang:localtime_to_universaltime(DateTime, IsDst).

local_time_to_universal_time_dst(DateTime) ->
    [erlang:localtime_to_universaltime(DateTime, false)].

universal_time_to_local_time(DateTime) ->
    erlang:universaltime_to_localtime(DateTime).

now_to_datetime({MegaSecs, Secs, _MicroSecs}) ->
    to_datetime(MegaSecs * 1000000 + Secs).

now_to_universal_time(Now) ->
    now_to_datetime(Now).

now_to_local_time(Now) ->
    erlang:universaltime_to_localtime(now_to_universal_time(Now)).

system_time_to_universal_time(Time, Unit) ->
    to_datetime(erlang:convert_time_unit(Time, Unit, second)).

system_time_to_local_time(Time, Unit) ->
    erlang:universaltime_to_localtime(system_time_to_universal_time(Time, Unit)).

to_datetime(EpochSecs) ->
    gregorian_seconds_to_datetime(EpochSecs + ?DAYS_TO_1970 * 86400).

from_datetime(DateTime) ->
    datetime_to_gregorian_seconds(DateTime) - ?DAYS_TO_1970 * 86400.

%%% RFC 3339.

system_time_to_rfc3339(Time) ->
    system_time_to_rfc3339(Time, []).

system_time_to_rfc3339(Time, Options) ->
    Unit = proplists:get_value(unit, Options, second),
    Offset = proplists:get_value(offset, Options, ""),
    case Unit of
        native ->
            %% Native time is written to the millisecond.
            OffsetMs = case is_integer(Offset) of
                           true -> erlang:convert_time_unit(Offset, native, millisecond);
                           false -> Offset
                       end,
            system_time_to_rfc3339_do(erlang:convert_time_unit(Time, native, millisecond), Options,
                       millisecond, OffsetMs);
        _ ->
            system_time_to_rfc3339_do(Time, Options, Unit, Offset)
    end.

system_time_to_rfc3339_do(Time, Options, Unit, OffsetOpt) ->
    Designator = proplists:get_value(time_designator, Options, $T),
    ShiftSecs = offset_seconds(Unit, OffsetOpt),
    Shifted = Time + erlang:convert_time_unit(ShiftSecs, second, Unit),
    Per = per_second(Unit),
    Secs = Shifted div Per,
    check(Time, Options, Secs),
    {{Y, Mo, D}, {H, Mi, S}} = to_datetime(Secs),
    lists:append([pad(4, Y), "-", pad(2, Mo), "-", pad(2, D), [Designator],
                  pad(2, H), ":", pad(2, Mi), ":", pad(2, S),
                  fraction_text(Per, Shifted), offset_text(OffsetOpt, ShiftSecs)]).

rfc3339_to_system_time(Text) ->
    rfc3339_to_system_time(Text, []).

rfc3339_to_system_time(Text, Options) ->
    Unit = proplists:get_value(unit, Options, second),
    [Y1, Y2, Y3, Y4, $-, Mo1, Mo2, $-, D1, D2, _T, H1, H2, $:, Mi1, Mi2, $:, S1, S2 | Rest] = Text,
    DateTime = {{list_to_integer([Y1, Y2, Y3, Y4]), list_to_integer([Mo1, Mo2]),
                 list_to_integer([D1, D2])},
                {list_to_integer([H1, H2]), list_to_integer([Mi1, Mi2]),
                 list_to_integer([S1, S2])}},
    {Fraction, Zone} = lists:splitwith(fun(C) -> (C >= $0 andalso C =< $9) orelse C =:= $. end,
                                       Rest),
    Local = from_datetime(DateTime),
    Secs = Local - zone_seconds(Zone),
    check(Text, Options, Secs),
    Whole = erlang:convert_time_unit(Secs, second, Unit),
    Part = fraction_value(Unit, Fraction),
    case Whole < 0 of
        true -> Whole - Part;
        false -> Whole + Part
    end.

%% check/3: OTP accepts system times from year 0 to 9999 (names as OTP's,
%% since a bad time fails in them).
check(_Arg, _Options, Secs) when Secs >= -?DAYS_TO_1970 * 86400,
                                    Secs < 253402300800 ->
    ok;
check(Arg, Options, _Secs) ->
    error({badarg, [Arg, Options]}).

%% How far the offset option puts local time from UTC, in seconds: none
%% (local time, here UTC), an RFC 3339 zone text, or an integer in Unit.
offset_seconds(_Unit, "") -> 0;
offset_seconds(_Unit, Zone) when is_list(Zone) -> zone_seconds(Zone);
offset_seconds(Unit, Offset) when is_integer(Offset) ->
    erlang:convert_time_unit(Offset, Unit, second).

zone_seconds("Z") -> 0;
zone_seconds("z") -> 0;
zone_seconds([Sign, H1, H2 | Minutes]) ->
    M = case Minutes of
            [$:, M1, M2] -> list_to_integer([M1, M2]);
            [] -> 0
        end,
    Secs = list_to_integer([H1, H2]) * 3600 + M * 60,
    case Sign of
        $- -> -Secs;
        $+ -> Secs
    end.

%% The zone text: the option's own text, else +HH:MM from the seconds.
offset_text(Opt, Secs) when Opt =:= ""; is_integer(Opt) ->
    Sign = case Secs < 0 of true -> "-"; false -> "+" end,
    A = abs(Secs),
    Sign ++ pad(2, A div 3600) ++ ":" ++ pad(2, A rem 3600 div 60);
offset_text(Opt, _Secs) ->
    Opt.

per_second(second) -> 1;
per_second(millisecond) -> 1000;
per_second(microsecond) -> 1000000;
per_second(nanosecond) -> 1000000000;
per_second(native) -> erlang:convert_time_unit(1, second, native).

fraction_text(1, _) -> "";
fraction_text(Per, Time) ->
    Digits = length(integer_to_list(Per)) - 1,
    [$. | pad(Digits, abs(Time rem Per))].

fraction_value(second, _) -> 0;
fraction_value(_, "") -> 0;
fraction_value(Unit, Fraction) ->
    round(per_second(Unit) * list_to_float([$0 | Fraction])).

%% N as decimal text, zero-padded to Width digits.
pad(Width, N) ->
    S = integer_to_list(N),
    lists:duplicate(max(0, Width - length(S)), $0) ++ S.
