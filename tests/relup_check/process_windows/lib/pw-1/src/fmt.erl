-module(fmt).
-export([show/1, plain/1]).
show(N) -> integer_to_list(N).
plain(N) -> integer_to_list(N).
