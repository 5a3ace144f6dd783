%% ferl_spawn: where every spawned process starts. The new process calls
%% its function through erlang:apply/2,3 in tail position, so a crash
%% shows only the spawned function in its stack trace, as in OTP.
-module(ferl_spawn).
-export([apply_fun/2, apply_mfa/3]).

-spec apply_fun(function(), list()) -> term().
apply_fun(Fun, Args) -> erlang:apply(Fun, Args).

-spec apply_mfa(module(), atom(), list()) -> term().
apply_mfa(M, F, Args) -> erlang:apply(M, F, Args).
