-module(cfg_srv).
-behaviour(gen_server).
-export([start_link/0, init/1, handle_call/3, handle_cast/2, code_change/3]).
start_link() -> gen_server:start_link({local, cfg_srv}, ?MODULE, [], []).
init([]) -> {ok, #{values => []}}.
handle_call({get, K}, _From, #{values := S} = St) -> {reply, proplists:get_value(K, S), St}.
handle_cast({set, K, V}, #{values := S} = St) -> {noreply, St#{values := [{K, V} | S]}}.
code_change({down, _}, St, _Extra) ->
    {ok, cfg_util:downgrade_state(St)};
code_change(_OldVsn, S, reset) ->
    {ok, cfg_util:reset_all(S)};
code_change(_OldVsn, S, _Extra) ->
    cfg_log:note(upgrade),
    {ok, convert(S)}.
convert(S) -> cfg_util:upgrade_state(S).
