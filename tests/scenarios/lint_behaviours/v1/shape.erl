-module(shape).
-export([area/1]).

-callback area(Shape :: term()) -> number().
-callback name() -> string().
-callback scale(Shape :: term(), Factor :: number()) -> term().
-callback 'draw it'(Shape :: term(), Canvas :: {integer(), integer()}, Opts :: [term()]) -> ok.
-optional_callbacks([scale/2, 'draw it'/3]).

area({M, S}) -> M:area(S).
