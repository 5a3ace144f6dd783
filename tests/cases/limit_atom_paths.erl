#!/usr/bin/env escript
%% Atoms made from a program's data by other paths than list_to_atom/1:
%% past 255 characters each fails as OTP's does (system_limit for the
%% conversion BIFs, badarg for binary_to_term/1,2, an error tuple from
%% erl_scan, io_lib:fread and file:consult), and exactly 255 is fine.
%% (A full atom table is not a case: OTP 25 stops the node there.)
-module(limit_atom_paths).
-mode(compile).
main(_) ->
    Long = lists:duplicate(256, $a),
    Max = lists:duplicate(255, $a),
    Wide = lists:duplicate(256, 16#3bb),
    WideMax = lists:duplicate(255, 16#3bb),
    p(list_to_existing_atom, catch list_to_existing_atom(Long)),
    p(binary_to_existing_atom, catch binary_to_existing_atom(list_to_binary(Long))),
    p(binary_to_atom_wide, catch binary_to_atom(unicode:characters_to_binary(Wide))),
    p(binary_to_atom_wide_max, length(atom_to_list(binary_to_atom(unicode:characters_to_binary(WideMax))))),
    p(list_to_atom_wide, catch list_to_atom(Wide)),
    p(list_to_atom_latin1, catch binary_to_atom(list_to_binary(Long), latin1)),
    p(ext_latin1, catch binary_to_term(ext(100, list_to_binary(Long)))),
    p(ext_utf8, catch binary_to_term(ext(118, unicode:characters_to_binary(Wide)))),
    p(ext_utf8_safe, catch binary_to_term(ext(118, unicode:characters_to_binary(Wide)), [safe])),
    p(ext_utf8_max, length(atom_to_list(binary_to_term(ext(118, unicode:characters_to_binary(WideMax)))))),
    p(ext_latin1_max, binary_to_term(ext(100, list_to_binary(Max))) =:= list_to_atom(Max)),
    p(scan, erl_scan:string("'" ++ Long ++ "'")),
    p(scan_max, element(1, erl_scan:string("'" ++ Max ++ "'"))),
    p(scan_var, erl_scan:string("A" ++ Long)),
    p(fread, catch io_lib:fread("~a", Long)),
    p(fread_max, element(1, io_lib:fread("~a", Max))),
    File = "limit_atom_paths.tmp",
    ok = file:write_file(File, ["'", Long, "'.\n"]),
    p(consult, file:consult(File)),
    ok = file:delete(File),
    try list_to_atom(id(Long))
    catch error:R:S ->
        io:format("~ts~n", [erl_error:format_exception(error, R, [hd(S)])])
    end,
    {'EXIT', {badarg, [{erlang, binary_to_term, _, Info} | _]}} =
        (catch binary_to_term(ext(118, id(unicode:characters_to_binary(Wide))))),
    io:format("~p~n", [proplists:get_value(error_info, Info)]).

ext(Tag, Name) -> <<131, Tag, (byte_size(Name)):16, Name/binary>>.

id(X) -> X.

p(What, {'EXIT', {R, _}}) -> io:format("~p: ~p~n", [What, R]);
p(What, Other) -> io:format("~p: ~P~n", [What, Other, 8]).
