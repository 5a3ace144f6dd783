-module(cache).
-behaviour(gen_server).
-export([init/1, handle_call/3, handle_cast/2, code_change/3]).
init(K) -> {ok, K}.
handle_call(get, _From, K) -> {reply, store:fetch(K), K}.
handle_cast(_, K) -> {noreply, K}.
code_change(_, K, _) -> {ok, K}.
