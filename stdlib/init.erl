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
%% restart/0 stops the applications the same way, then halts the VM after
%% asking whatever runs it to boot a new one with the same arguments: an
%% escript's runner runs the script again from its start in a fresh VM,
%% as OTP's init does when it boots again (ETS tables, open files and
%% persistent terms do not survive it); an erl-like boot (`ferl -s`,
%% `-eval`) is not booted again: it ends with status 0.
%%
%% Not supported: reboot/0, get_argument/1, get_arguments/0,
%% get_plain_arguments/0, get_status/0, boot/1.

-module(init).

-export([stop/0, stop/1, restart/0]).
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

restart() ->
    _ = spawn(fun() ->
                      stop_applications(),
                      ferl_init:request_restart(),
                      erlang:halt(0)
              end),
    ok.

stop_applications() ->
    case whereis(application_controller) of
        undefined -> ok;
        _ -> [application_controller:shut_down_application(A)
              || {A, _, _} <- application:which_applications(), A =/= kernel, A =/= stdlib]
    end,
    ok.
