%% code: the functions of the code server's API written in Erlang (the
%% rest is native: vm/src/bif/code.rs, code_path.rs). Adding several
%% directories adds each in turn; ones that do not exist are skipped.
-module(code).
-export([add_paths/1, add_pathsa/1, add_pathsz/1]).

add_paths(Dirs) -> add_pathsz(Dirs).

%% Each to the front: the list ends up reversed in the path.
add_pathsa(Dirs) when is_list(Dirs) ->
    _ = [code:add_patha(D) || D <- Dirs],
    ok.

add_pathsz(Dirs) when is_list(Dirs) ->
    _ = [code:add_pathz(D) || D <- Dirs],
    ok.
