#!/usr/bin/env escript
%% statistics(garbage_collection): {Collections, WordsReclaimed, 0}, both
%% counts growing as processes collect garbage.
-mode(compile).

main(_) ->
    {N0, W0, Z0} = statistics(garbage_collection),
    Self = self(),
    Pids = [spawn(fun() -> churn(2000, []), Self ! {done, self()} end) || _ <- lists:seq(1, 4)],
    [receive {done, P} -> ok end || P <- Pids],
    churn(2000, []),
    true = erlang:garbage_collect(),
    {N1, W1, Z1} = statistics(garbage_collection),
    io:format("~p~n", [[is_integer(N0), is_integer(W0), Z0, Z1, N1 > N0 + 4, W1 > W0 + 10000]]).

%% Builds short-lived lists, keeping only the last.
churn(0, Keep) -> length(Keep);
churn(N, _) -> churn(N - 1, lists:seq(1, 20)).
