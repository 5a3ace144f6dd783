%% pwd/0, cd/1 (also to a missing directory: it prints the unchanged
%% directory) and ls/0,1 (sorted names in columns, a plain file, a
%% missing directory).
-module(shellcmd_files).
-mode(compile).
-export([main/1]).

main(_) ->
    Dir = "/tmp/shellcmd_files_dir",
    _ = [file:delete(filename:join(Dir, F)) || F <- files()],
    _ = file:make_dir(Dir),
    [ok = file:write_file(filename:join(Dir, F), <<>>) || F <- files()],
    ok = c:cd(Dir),
    ok = c:pwd(),
    ok = c:cd("/nonexistent_shellcmd_dir"),
    ok = c:ls(),
    ok = c:ls(filename:join(Dir, "zz")),
    ok = c:ls("/nonexistent_shellcmd_dir"),
    _ = [file:delete(filename:join(Dir, F)) || F <- files()],
    ok = c:ls(Dir),
    ok.

files() ->
    ["zz", "a_rather_long_file_name_for_columns.erl", "b.txt", "c", "d.beam",
     "eeeeeeeeeeeee", "f"].
