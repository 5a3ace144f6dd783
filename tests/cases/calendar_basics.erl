#!/usr/bin/env escript
%% calendar: days and seconds from year 0, weekdays, ISO weeks, leap years,
%% valid dates, time differences, RFC 3339 both ways (local time is UTC
%% in ferl and on the machine the output was captured on), and the
%% errors of bad arguments.
-module(calendar_basics).
-mode(compile).
main(_) ->
    T = fun(F) -> try F() catch C:R:S -> {C, R, [{M, Fn} || {M, Fn, _, _} <- lists:sublist(S, 2)]} end end,
    Days = [0, 1, 59, 60, 365, 366, 730, 146096, 146097, 719528, 738000, 738885, 3652424, 3652425],
    [io:format("~p ~p~n", [D, calendar:gregorian_days_to_date(D)]) || D <- Days],
    Dates = [{0,2,29}, {1,1,1}, {1900,2,28}, {1900,3,1}, {2000,2,29}, {2000,12,31}, {2004,1,4},
             {2008,12,29}, {2009,12,31}, {2010,1,3}, {2015,12,31}, {2016,1,1}, {2020,12,31}, {2021,1,3},
             {2024,2,29}, {2026,12,7}, {9999,12,31}],
    [io:format("~p ~p ~p ~p ~p~n", [D, calendar:date_to_gregorian_days(D), calendar:day_of_the_week(D),
                                   calendar:iso_week_number(D), calendar:valid_date(D)]) || D <- Dates],
    [io:format("~p~n", [T(F)]) || F <- [fun() -> calendar:date_to_gregorian_days(2023, 2, 29) end,
                                        fun() -> calendar:date_to_gregorian_days(2023, 13, 1) end,
                                        fun() -> calendar:date_to_gregorian_days(2023, 1, 0) end,
                                        fun() -> calendar:gregorian_days_to_date(-1) end,
                                        fun() -> calendar:last_day_of_the_month(-1, 2) end,
                                        fun() -> calendar:is_leap_year(x) end,
                                        fun() -> calendar:seconds_to_time(86400) end,
                                        fun() -> calendar:valid_date(2023, 2, 29) end,
                                        fun() -> calendar:valid_date(a, 2, 29) end,
                                        fun() -> calendar:time_to_seconds({1, 2, x}) end]],
    Secs = [0, 86399, 63113904000, 63113904001, 63900000000],
    [io:format("~p ~p~n", [S, calendar:gregorian_seconds_to_datetime(S)]) || S <- Secs],
    io:format("~p~n", [[calendar:seconds_to_daystime(S) || S <- [-1, -86400, -86401, 0, 90061, 1000000]]]),
    io:format("~p~n", [calendar:time_difference({{2024,1,1},{0,0,0}}, {{2023,12,31},{23,0,0}})]),
    io:format("~p~n", [calendar:now_to_datetime({1700, 123456, 789})]),
    io:format("~p~n", [calendar:system_time_to_universal_time(1700000000123, millisecond)]),
    Rfc = [{0, []}, {1700000000, []}, {1700000000, [{offset, "Z"}]}, {1700000000, [{offset, "+05:30"}]},
           {1700000000123, [{unit, millisecond}, {offset, "-02:00"}]}, {-1, [{unit, second}, {offset, 3600}]},
           {1700000000123456, [{unit, microsecond}, {time_designator, $\s}, {offset, "Z"}]},
           {1700000000123456789, [{unit, nanosecond}, {offset, "+01:00"}]}, {253402300800, [{offset, "Z"}]}],
    [io:format("~p~n", [T(fun() -> calendar:system_time_to_rfc3339(V, O) end)]) || {V, O} <- Rfc],
    Texts = ["2023-11-14T22:13:20Z", "2023-11-14T22:13:20+05:30", "2023-11-14 22:13:20.123-02:00",
             "1969-12-31T23:59:59.5Z", "0000-01-01T00:00:00Z", "9999-12-31T23:59:59Z"],
    [io:format("~p~n", [[T(fun() -> calendar:rfc3339_to_system_time(X, [{unit, U}]) end) || U <- [second, millisecond, nanosecond]]]) || X <- Texts],
    io:format("~p~n", [[calendar:universal_time_to_local_time({{2024,5,5},{1,2,3}}),
                        calendar:local_time_to_universal_time_dst({{2024,5,5},{1,2,3}}),
                        T(fun() -> calendar:universal_time_to_local_time({{2024,2,30},{0,0,0}}) end)]]),
    ok.
