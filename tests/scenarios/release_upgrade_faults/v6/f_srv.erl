-module(f_srv).
-vsn("6").
-behaviour(gen_server).
-export([start_link/1, incr/1]).
-export([init/1, handle_call/3, handle_cast/2, code_change/3]).
start_link(Name) -> gen_server:start_link({local, Name}, ?MODULE, Name, []).
incr(Name) -> gen_server:call(Name, incr, infinity).
init(Name) -> {ok, {Name, 0}}.
handle_call(incr, _From, {Name, N}) -> {reply, {Name, N + 1}, {Name, N + 1}}.
handle_cast(_Msg, S) -> {noreply, S}.
%% Never returns for server b.
code_change(_OldVsn, {a, N}, _Extra) -> {ok, {a, N}};
code_change(_OldVsn, {b, _N}, _Extra) -> receive after infinity -> ok end.
