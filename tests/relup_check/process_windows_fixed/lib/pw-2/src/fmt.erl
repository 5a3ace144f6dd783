-module(fmt).
-export([show/1, plain/1]).
show(N) -> style:bold(integer_to_list(N)).
plain(N) -> style:none(integer_to_list(N)).
