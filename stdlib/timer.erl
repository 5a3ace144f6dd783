%% timer: waiting and timing. sleep/1 is a receive with a timeout;
%% send_after/apply_after use the VM's own timers (erlang:send_after/3) or
%% a helper process; tc/1,2,3 measure with erlang:monotonic_time/1.
-module(timer).
-export([sleep/1, send_after/2, send_after/3, apply_after/4, cancel/1,
         tc/1, tc/2, tc/3, seconds/1, minutes/1, hours/1, hms/3,
         now_diff/2, exit_after/2, exit_after/3, kill_after/1, kill_after/2,
         send_interval/2, send_interval/3, apply_interval/4]).

-spec sleep(timeout()) -> ok.
sleep(T) ->
    receive
    after T -> ok
    end.

-spec send_after(non_neg_integer(), pid() | atom(), term()) -> {ok, term()}.
send_after(T, Dest, Msg) when is_integer(T), T >= 0 ->
    {ok, {send_local, erlang:send_after(T, Dest, Msg)}};
send_after(_, _, _) ->
    {error, badarg}.

-spec send_after(non_neg_integer(), term()) -> {ok, term()}.
send_after(T, Msg) -> send_after(T, self(), Msg).

-spec apply_after(non_neg_integer(), module(), atom(), list()) -> {ok, term()}.
apply_after(T, M, F, A) when is_integer(T), T >= 0, is_atom(M), is_atom(F), is_list(A) ->
    Pid = spawn(fun() ->
                        receive
                            cancel -> ok
                        after T -> erlang:apply(M, F, A)
                        end
                end),
    {ok, {apply_after, Pid}};
apply_after(_, _, _, _) ->
    {error, badarg}.

-spec exit_after(non_neg_integer(), term()) -> {ok, term()}.
exit_after(T, Reason) -> exit_after(T, self(), Reason).

-spec exit_after(non_neg_integer(), pid() | atom(), term()) -> {ok, term()}.
exit_after(T, Pid, Reason) -> apply_after(T, erlang, exit, [Pid, Reason]).

-spec kill_after(non_neg_integer()) -> {ok, term()}.
kill_after(T) -> exit_after(T, self(), kill).

-spec kill_after(non_neg_integer(), pid() | atom()) -> {ok, term()}.
kill_after(T, Pid) -> exit_after(T, Pid, kill).

%% Interval timers: a helper process keeps the beat (the k-th event at
%% start + k * T, so no drift builds up) until it is cancelled or the
%% process it serves dies: the destination pid for send_interval to a
%% pid, else the caller, as OTP does.
-spec send_interval(non_neg_integer(), pid() | atom(), term()) -> {ok, term()} | {error, badarg}.
send_interval(T, Dest, Msg) when is_integer(T), T >= 0, is_pid(Dest) orelse is_atom(Dest) ->
    Watched = case is_pid(Dest) of
                  true -> Dest;
                  false -> self()
              end,
    interval(T, Watched, fun() -> Dest ! Msg end);
send_interval(_, _, _) ->
    {error, badarg}.

-spec send_interval(non_neg_integer(), term()) -> {ok, term()} | {error, badarg}.
send_interval(T, Msg) -> send_interval(T, self(), Msg).

%% Each apply runs in a process of its own, whether or not the last one
%% has finished.
-spec apply_interval(non_neg_integer(), module(), atom(), list()) -> {ok, term()} | {error, badarg}.
apply_interval(T, M, F, A) when is_integer(T), T >= 0, is_atom(M), is_atom(F), is_list(A) ->
    interval(T, self(), fun() -> spawn(erlang, apply, [M, F, A]) end);
apply_interval(_, _, _, _) ->
    {error, badarg}.

interval(T, Watched, Fire) ->
    Pid = spawn(fun() ->
                        Mon = erlang:monitor(process, Watched),
                        Start = erlang:monotonic_time(millisecond),
                        beat(T, Start + T, Mon, Fire)
                end),
    {ok, {interval, Pid}}.

beat(T, Next, Mon, Fire) ->
    Wait = max(0, Next - erlang:monotonic_time(millisecond)),
    receive
        cancel -> ok;
        {'DOWN', Mon, process, _, _} -> ok
    after Wait ->
        _ = Fire(),
        beat(T, Next + T, Mon, Fire)
    end.

-spec cancel(term()) -> {ok, cancel} | {error, badarg}.
cancel({send_local, Ref}) ->
    _ = erlang:cancel_timer(Ref),
    {ok, cancel};
cancel({apply_after, Pid}) ->
    Pid ! cancel,
    {ok, cancel};
cancel({interval, Pid}) ->
    Pid ! cancel,
    {ok, cancel};
cancel(_) ->
    {error, badarg}.

-spec tc(function()) -> {integer(), term()}.
tc(F) ->
    T0 = erlang:monotonic_time(microsecond),
    V = F(),
    {erlang:monotonic_time(microsecond) - T0, V}.

-spec tc(function(), list()) -> {integer(), term()}.
tc(F, A) ->
    T0 = erlang:monotonic_time(microsecond),
    V = apply(F, A),
    {erlang:monotonic_time(microsecond) - T0, V}.

-spec tc(module(), atom(), list()) -> {integer(), term()}.
tc(M, F, A) ->
    T0 = erlang:monotonic_time(microsecond),
    V = apply(M, F, A),
    {erlang:monotonic_time(microsecond) - T0, V}.

-spec seconds(number()) -> number().
seconds(S) -> 1000 * S.

-spec minutes(number()) -> number().
minutes(M) -> 60 * seconds(M).

-spec hours(number()) -> number().
hours(H) -> 60 * minutes(H).

-spec hms(number(), number(), number()) -> number().
hms(H, M, S) -> hours(H) + minutes(M) + seconds(S).

-spec now_diff({integer(), integer(), integer()}, {integer(), integer(), integer()}) -> integer().
now_diff({A2, B2, C2}, {A1, B1, C1}) ->
    ((A2 - A1) * 1000000 + B2 - B1) * 1000000 + C2 - C1.
