%% Included by pp_include.erl and rec_* cases.
-record(point, {x = 0, y = 0}).
-record(person, {name, age = 0, email = "none"}).
-define(GREETING, "hello from hrl").
-define(DOUBLE(X), (2 * (X))).
