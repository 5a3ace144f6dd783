%% Records read by rr/1 in pipe_records.in (typed fields, an include).
-module(shell_rec).
-include("shell_rec.hrl").
-record(zeta, {a :: integer(), b = [] :: [atom()] | undefined}).
-record(alpha, {x = 1, y = {1, 2}}).
