#!/usr/bin/env escript
-mode(compile).
%% io_lib's quoted strings, characters and atoms for each target encoding.
main(_) ->
    P = fun(T) -> io:format("~p~n", [T]) end,
    P(io_lib:write_string("ab\"c'\n", $')),
    P(io_lib:write_string("ab\"c'\n", $")),
    P(io_lib:write_string([1000, $a], $')),
    P(io_lib:write_latin1_string("hé")),
    P(io_lib:write_latin1_string("abc", $')),
    P(io_lib:write_string_as_latin1("hé\x{400}")),
    P(io_lib:write_string_as_latin1("hé", $')),
    P(io_lib:write_unicode_string("hé\x{400}")),
    P(io_lib:write_char_as_latin1(16#400)),
    P(io_lib:write_char_as_latin1($a)),
    P(io_lib:write_atom_as_latin1('hé\x{400}')),
    P(io_lib:write_atom_as_latin1('Abc')),
    P({io_lib:deep_latin1_char_list([$a, [$b, [255]]]), io_lib:deep_latin1_char_list([256]), io_lib:deep_latin1_char_list([$a | b])}),
    P({io_lib:deep_unicode_char_list([$a, [1000, [255]]]), io_lib:deep_unicode_char_list([-1]), io_lib:deep_unicode_char_list(<<"a">>)}),
    P({io_lib:quote_atom(abc, "abc"), io_lib:quote_atom('Abc', "Abc"), io_lib:quote_atom(else, "else")}),
    P(io_lib:write_string([0, 7, 27, 127, 128, 159, 160, 255, 256, $\\, $', $", 8364], $')),
    P(io_lib:write_string_as_latin1([0, 127, 159, 160, 255, 256, 8364, 16#1F600])),
    P(io_lib:write_latin1_string([9, 10, 13, 11, 8, 12, 27, 127, 200])),
    P([io_lib:write_char_as_latin1(C) || C <- [0, $\s, $\n, 127, 160, 255, 256, $\\]]),
    P([io_lib:write_atom_as_latin1(A) || A <- [ok, 'ok ok', 'é', 'ß', a@b, 'A', '', 'try', 'a\x{2603}']]),
    P([io_lib:quote_atom(A, atom_to_list(A)) || A <- [ok, 'ok ok', 'é', 'ß', a@b, '_x', 'try', 'when', 'aÀ']]),
    P({io_lib:deep_latin1_char_list([]), io_lib:deep_latin1_char_list([[], [[]]]), io_lib:deep_latin1_char_list(["ab", $c | "d"])}).
