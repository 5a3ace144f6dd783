%% parallel: CPU-bound work split over processes, to measure how the
%% scheduler scales with cores. Usage: parallel [Workers] [N] — each worker
%% computes fib(N); prints the sum and its own timing.
-module(parallel).
-export([main/1]).
-mode(compile).

main(Args) ->
    {W, N} = case Args of
                 [A, B | _] -> {list_to_integer(A), list_to_integer(B)};
                 [A] -> {list_to_integer(A), 30};
                 [] -> {4, 30}
             end,
    Self = self(),
    T0 = erlang:monotonic_time(microsecond),
    Pids = [spawn(fun() -> Self ! {self(), fib(N)} end) || _ <- lists:seq(1, W)],
    Sum = lists:sum([receive {P, R} -> R end || P <- Pids]),
    T1 = erlang:monotonic_time(microsecond),
    io:format("parallel workers=~p n=~p result=~p~n", [W, N, Sum]),
    io:format("time_us=~p~n", [T1 - T0]).

fib(N) when N < 2 -> N;
fib(N) -> fib(N - 1) + fib(N - 2).
