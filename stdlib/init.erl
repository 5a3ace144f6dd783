%% init: the parts of OTP's `init' module that programs call.
%%
%% ferl has no boot script and no init process to talk to (`init' is a
%% registered name with nothing behind it), so stop/0,1 simply halt the
%% VM, from a process of their own so that the caller carries on for a
%% moment as it does while OTP's init shuts the system down.
%%
%% script_id/0 is what an OTP escript's init answers, {"Erlang/OTP", "25"}
%% (ferl boots from no script).
%%
%% Not supported: restart/0, reboot/0, get_argument/1, get_arguments/0,
%% get_plain_arguments/0, get_status/0, boot/1.

-module(init).

-export([stop/0, stop/1]).
-export([script_id/0]).

-spec script_id() -> {string(), string()}.
script_id() -> {"Erlang/OTP", "25"}.

stop() -> stop(0).

stop(Status) when is_integer(Status), Status >= 0; Status =:= abort;
                  is_list(Status) ->
    %% OTP's init first stops the applications, which lets the caller
    %% print its answer (the shell's `ok` after q()); stopping them in turn
    %% gives it the same moment here.
    _ = spawn(fun() -> stop_applications(), erlang:halt(Status) end),
    ok;
stop(Status) ->
    erlang:error(badarg, [Status]).

stop_applications() ->
    case whereis(application_controller) of
        undefined -> ok;
        _ -> [application:stop(A) || {A, _, _} <- application:which_applications(), A =/= kernel, A =/= stdlib]
    end,
    ok.
