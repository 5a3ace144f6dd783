#!/usr/bin/env escript
-module(io_lib_chars_limit).
-mode(compile).
-export([main/1]).
%% io_lib:format/3 with {chars_limit, N}: the limit shared among ~p, ~w
%% and ~s after the other text; terms cut with ... (io_lib_pretty's
%% intermediate form, deepened while it fits); ~s cut with ...; also
%% io_lib:write/2 and io_lib_pretty:print/2 with chars_limit, records
%% included.
main(_) ->
    simple(),
    shapes().

simple() ->
    Terms = [abc, "hello world, a long string here", [1,2,3,4,5,6,7,8,9,10],
             {a, b, {c, d, [e, f, g]}, "str"}, #{a => 1, b => [1,2,3], c => {x, y}},
             <<"printable binary text">>, <<1,2,3,4,5,6,7,8,9>>, <<1:3>>, [a, b | c],
             {state, 12345678901234567890, 3.14, [{k, v}, {k2, "v2"}]},
             [[[[[deep]]]]], {}, [], #{}, <<>>, "",
             [{pid, child_pid}, {id, worker_1}, {mfargs, {m, f, [[{deep, [1, 2, [3, 4, [5]]]}], "text"]}}]],
    Limits = [1, 3, 5, 10, 20, 50],
    [begin
         io:format("~w ~w~n", [L, I]),
         [io:format("  ~s: ~ts~n", [F, catch io_lib:format(F, [T], [{chars_limit, L}])]) || F <- ["~p", "~w", "~tp", "~lp", "x ~p y"]],
         io:format("  ~ts~n", [catch io_lib:format("~P|~W", [T, 3, T, 3], [{chars_limit, L}])]),
         io:format("  ~ts~n", [catch io_lib:format("a~pb~wc~s", [T, T, "some text string"], [{chars_limit, L}])])
     end || {I, T} <- lists:zip(lists:seq(1, length(Terms)), Terms), L <- Limits],
    ok.

shapes() ->
    Big = maps:from_list([{K, {v, K, integer_to_list(K)}} || K <- lists:seq(1, 30)]),
    Terms = [lists:seq(1, 100), "a\r\nb\tc\nd" ++ lists:duplicate(30, $x),
             [1087, 1088, 1080, 1074, 1077, 1090], <<"héllo wörld, unicode"/utf8>>,
             <<"short">>, <<"a much longer printable binary that goes on and on and on">>,
             <<"abc", 0, "def">>, <<255, 254, 0, 1>>, {ok, [{a, 1}, {b, 2}, {c, #{x => [1, 2, 3]}}]},
             Big, #{k => #{k => #{k => #{k => v}}}}, {{{{{{{{{{x}}}}}}}}}},
             [{a, "string one"}, {b, "string two"}, {c, <<"bin three">>}, {d, 'atom four'}],
             lists:duplicate(10, {node, lists:seq(1, 5), "label"}), 'quoted atom!', -12345678901234567890123,
             1.5e300, [a | b], [[a | b] | c], {tag, [], {}, #{}, <<>>}],
    Limits = [2, 7, 25, 60, 150, 300],
    [begin
         io:format("~w ~w~n", [I, L]),
         [io:format("  ~s: ~ts~n", [F, catch io_lib:format(F, [T], [{chars_limit, L}])])
          || F <- ["~p", "~w", "~tp", "~lp", "~30p", "~10w", "~-20w"]],
         io:format("  ~ts~n", [catch io_lib:format("~p ~p", [T, T], [{chars_limit, L}])]),
         io:format("  ~ts~n", [catch io_lib:format("~10s|~-12s|~.5s|~ts", ["abcdefghijklmnop", "xy", "truncated", <<"bin text"/utf8>>], [{chars_limit, L}])]),
         io:format("  ~ts~n", [catch io_lib:write(T, [{chars_limit, L}])]),
         io:format("  ~ts~n", [catch io_lib:write(T, [{chars_limit, L}, {depth, 4}])]),
         io:format("  ~ts~n", [catch io_lib_pretty:print(T, [{chars_limit, L}, {column, 10}, {line_length, 40}])]),
         io:format("  ~ts~n", [catch io_lib_pretty:print({rec, T, 2, [T]}, [{chars_limit, L}, {record_print_fun, fun(rec, 3) -> [f1, f2, f3]; (_, _) -> no end}])])
     end || {I, T} <- lists:zip(lists:seq(1, length(Terms)), Terms), L <- Limits],
    ok.
