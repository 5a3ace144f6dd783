-module(square).
-behaviour(shape).
-behavior(gen_server).
-export([area/1, init/1]).

area(Side) -> Side * Side.
init(_) -> {ok, state}.
