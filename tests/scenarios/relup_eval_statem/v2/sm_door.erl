-module(sm_door).
-vsn("2").
-behaviour(gen_statem).
-export([start_link/0, push/0, peek/0]).
-export([init/1, callback_mode/0, handle_event/4, code_change/4]).

start_link() -> gen_statem:start_link({local, sm_door}, ?MODULE, [], []).
push() -> gen_statem:call(sm_door, push).
peek() -> gen_statem:call(sm_door, peek).

init([]) -> {ok, locked, #{pushes => 0}}.
%% v2 switches to one event handler and a map
callback_mode() -> handle_event_function.

handle_event({call, From}, push, locked, D = #{pushes := N}) ->
    {next_state, open, D#{pushes := N + 1}, [{reply, From, {open, N + 1}}]};
handle_event({call, From}, push, open, D = #{pushes := N}) ->
    {next_state, locked, D#{pushes := N + 1}, [{reply, From, {locked, N + 1}}]};
handle_event({call, From}, peek, State, D) ->
    {keep_state_and_data, [{reply, From, {v2, State, D}}]}.

code_change(OldVsn, State, N, Extra) when is_integer(N) ->
    io:format("  sm_door:code_change(~p, ~p, ~p, ~p)~n", [OldVsn, State, N, Extra]),
    {ok, State, #{pushes => N, extra => Extra}};
code_change({down, Vsn}, State, #{pushes := N} = D, Extra) ->
    io:format("  sm_door:code_change({down,~p}, ~p, ~p, ~p)~n", [Vsn, State, D, Extra]),
    {ok, State, N}.
