-module(counter_srv).
-behaviour(gen_server).
-export([init/1, handle_call/3, handle_cast/2]).
init(N) -> {ok, N}.
handle_call(show, _From, N) -> {reply, fmt:show(N), N};
handle_call(plain, _From, N) -> {reply, fmt:plain(N), N}.
handle_cast(bump, N) -> {noreply, N + 1}.
