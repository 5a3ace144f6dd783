%% gen_statem_timeouts: the timeouts of a gen_statem (event timeout,
%% state timeout, generic {timeout, Name} timeouts). Checks timeout
%% actions, starts, restarts, updates and cancels the timers after a
%% transition, recognises a timer's message, and keeps the zero timeouts
%% that fire as soon as no events are queued.
%%
%% The timers are a map Type => {TimerRef | 0, Msg}, plus t0q: the types
%% whose zero timeout is still due, in the order they were set. A timer
%% sends {timeout, TimerRef, Type}; its content stays in the map so that
%% an update needs no new timer.
-module(gen_statem_timeouts).

-export([new/0, action/1, start/5, cancel/2, fired/3, next_zero/1, list/1,
         is_type/1]).

-spec new() -> map().
new() ->
    #{t0q => []}.

-spec is_type(term()) -> boolean().
is_type(timeout) -> true;
is_type(state_timeout) -> true;
is_type({timeout, _}) -> true;
is_type(_) -> false.

%% Checks a timeout action: {ok, Timeout} with Timeout as {Type, Time, Msg}
%% or {Type, Time, Msg, Opts} (absolute), or {bad, OtpFrame}: the frame of
%% OTP 25's gen_statem that rejects it. A bare time is an event timeout
%% whose content is the time; cancel is a timeout of infinity.
-spec action(term()) -> {ok, tuple()} | {bad, {atom(), arity(), pos_integer()}}.
action({Type, Time, Msg, Opts} = Action) ->
    case is_type(Type) of
        true ->
            case abs_option(listify(Opts)) of
                true when is_integer(Time); Time =:= infinity -> {ok, Action};
                false when is_integer(Time), Time >= 0; Time =:= infinity -> {ok, {Type, Time, Msg}};
                _ -> {bad, {loop_actions_list, 13, 1829}}
            end;
        false ->
            {bad, {loop_actions_list, 13, 1840}}
    end;
action({Type, Time, _Msg} = Action) ->
    case is_type(Type) andalso (is_relative(Time) orelse Time =:= update) of
        true -> {ok, Action};
        false -> {bad, {loop_actions_list, 13, 1865}}
    end;
action({Type, cancel}) ->
    case is_type(Type) of
        true -> {ok, {Type, infinity, undefined}};
        false -> {bad, {loop_actions_list, 13, 1889}}
    end;
action(Time) ->
    case is_relative(Time) of
        true -> {ok, {timeout, Time, Time}};
        false -> {bad, {loop_actions_list, 13, 1913}}
    end.

is_relative(Time) ->
    (is_integer(Time) andalso Time >= 0) orelse Time =:= infinity.

%% The {abs, Bool} option: true, false or badarg. OTP 25 accepts no more
%% than one option (a longer list is a bad action), and so does this.
abs_option([]) -> false;
abs_option([{abs, Abs}]) when is_boolean(Abs) -> Abs;
abs_option(_) -> badarg.

%% Runs the timeout actions of a transition into State (newest first: the
%% last action of each type wins). Debug gets a start_timer event per timer
%% started. Returns {Debug, Timers}.
-spec start(list(), term(), term(), list(), map()) -> {list(), map()}.
start(Debug, _Name, _State, [], Timers) ->
    {Debug, Timers};
start(Debug, Name, State, TimeoutsR, Timers) ->
    {Debug1, Timers1, Zeros} = start(Debug, Name, State, TimeoutsR, Timers, #{}, []),
    case Zeros of
        [] -> {Debug1, Timers1};
        _ -> {Debug1, Timers1#{t0q := maps:get(t0q, Timers1) ++ Zeros}}
    end.

start(Debug, _Name, _State, [], Timers, _Seen, Zeros) ->
    {Debug, Timers, Zeros};
start(Debug, Name, State, [Timeout | TimeoutsR], Timers, Seen, Zeros) ->
    Type = element(1, Timeout),
    case Seen of
        #{Type := _} ->
            start(Debug, Name, State, TimeoutsR, Timers, Seen, Zeros);
        #{} ->
            {Debug1, Timers1, Zeros1} = start_one(Debug, Name, State, Timeout, Timers, Zeros),
            start(Debug1, Name, State, TimeoutsR, Timers1, Seen#{Type => true}, Zeros1)
    end.

start_one(Debug, Name, State, Timeout, Timers, Zeros) ->
    {Type, Time, Msg, Opts} = case Timeout of
                                  {Ty, Ti, M} -> {Ty, Ti, M, []};
                                  {Ty, Ti, M, O} -> {Ty, Ti, M, listify(O)}
                              end,
    case Time of
        infinity ->
            {Debug, cancel(Type, Timers), Zeros};
        update ->
            case Timers of
                #{Type := {TimerRef, _}} ->
                    {Debug, Timers#{Type := {TimerRef, Msg}}, Zeros};
                #{} ->
                    {Debug, Timers#{Type => {0, Msg}}, [Type | Zeros]}
            end;
        _ ->
            {TimerRef, Zeros1} =
                case Time of
                    0 -> {0, [Type | Zeros]};
                    _ -> {erlang:start_timer(Time, self(), Type, Opts), Zeros}
                end,
            Debug1 = debug(Debug, Name, {start_timer, {Type, Time, Msg, Opts}, State}),
            {Debug1, register_timer(Type, TimerRef, Msg, Timers), Zeros1}
    end.

%% Replacing a pending zero timeout keeps it as a zero entry taken out of
%% t0q (so it never fires, and the new timer's message is an info event),
%% which is what OTP 25 does.
register_timer(Type, TimerRef, Msg, Timers) ->
    case Timers of
        #{Type := {0, _}, t0q := T0Q} ->
            Timers#{Type := {0, Msg}, t0q := lists:delete(Type, T0Q)};
        #{Type := {OldRef, _}} ->
            cancel_timer(OldRef),
            Timers#{Type := {TimerRef, Msg}};
        #{} ->
            Timers#{Type => {TimerRef, Msg}}
    end.

%% Cancels the timeout of Type, if running.
-spec cancel(term(), map()) -> map().
cancel(Type, Timers) ->
    case Timers of
        #{Type := {0, _}, t0q := T0Q} ->
            maps:remove(Type, Timers#{t0q := lists:delete(Type, T0Q)});
        #{Type := {TimerRef, _}} ->
            cancel_timer(TimerRef),
            maps:remove(Type, Timers);
        #{} ->
            Timers
    end.

%% A timer that already fired has left its message: take it out.
cancel_timer(TimerRef) ->
    case erlang:cancel_timer(TimerRef) of
        false -> receive {timeout, TimerRef, _} -> ok end;
        _ -> ok
    end.

%% The message {timeout, TimerRef, Type}: {ok, Msg, Timers} if it is the
%% timer running for Type, else stale (the message is an info event).
-spec fired(term(), term(), map()) -> {ok, term(), map()} | stale.
fired(_TimerRef, t0q, _Timers) ->
    stale;
fired(TimerRef, Type, Timers) ->
    case Timers of
        #{Type := {TimerRef, Msg}} -> {ok, Msg, maps:remove(Type, Timers)};
        #{} -> stale
    end.

%% The first zero timeout that is due: {Type, Msg, Timers} or none.
-spec next_zero(map()) -> {term(), term(), map()} | none.
next_zero(#{t0q := [Type | T0Q]} = Timers) ->
    #{Type := {0, Msg}} = Timers,
    {Type, Msg, maps:remove(Type, Timers#{t0q := T0Q})};
next_zero(#{}) ->
    none.

%% The running timeouts as {Count, [{Type, Msg}]} for reports and status.
-spec list(map()) -> {non_neg_integer(), [{term(), term()}]}.
list(Timers) ->
    {maps:size(Timers) - 1,
     maps:fold(fun(t0q, _, Acc) -> Acc;
                  (Type, {_Ref, Msg}, Acc) -> [{Type, Msg} | Acc]
               end, [], Timers)}.

debug([], _Name, _Event) ->
    [];
debug(Debug, Name, Event) ->
    sys:handle_debug(Debug, fun gen_statem_log:print_event/3, Name, Event).

listify(List) when is_list(List) -> List;
listify(Item) -> [Item].
