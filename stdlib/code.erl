%% code: the functions of the code server's API written in Erlang (the
%% rest is native: vm/src/bif/code.rs, code_path.rs). Adding several
%% directories adds each in turn; ones that do not exist are skipped.
%% load_abs/1 loads an object file named without the code path.
-module(code).
-export([add_paths/1, add_pathsa/1, add_pathsz/1, load_abs/1]).

add_paths(Dirs) -> add_pathsz(Dirs).

%% Each to the front: the list ends up reversed in the path.
add_pathsa(Dirs) when is_list(Dirs) ->
    _ = [code:add_patha(D) || D <- Dirs],
    ok.

add_pathsz(Dirs) when is_list(Dirs) ->
    _ = [code:add_pathz(D) || D <- Dirs],
    ok.

%% The module named by File's base name, from File.beam; code:which/1
%% then gives the file's absolute name, as OTP's code server does.
load_abs(File) when is_list(File); is_atom(File) ->
    Name = filename:absname(lists:concat([File, ".beam"])),
    case file:read_file(Name) of
        {ok, Bin} -> code:load_binary(list_to_atom(filename:basename(File)), Name, Bin);
        {error, _} -> {error, nofile}
    end.
