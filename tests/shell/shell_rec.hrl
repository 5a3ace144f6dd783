%% Included by shell_rec.erl.
-record(inc, {i, j = "s" :: string()}).
