-module(shapes).
-export([origin/0]).
-record(point, {x = 0, y = 0, z = 0}).
origin() -> #point{}.
