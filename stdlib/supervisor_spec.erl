%% supervisor_spec: checks supervisor flags and child specifications for
%% the `supervisor` behaviour. Both come back in their full map form, with
%% OTP 25's defaults filled in, or as the error term OTP 25 gives.
%% supervisor_children turns a checked child map into a #child record.
-module(supervisor_spec).

-export([check_flags/1, check_childspec/2, check_auto_shutdown/1]).

%% Flags and child-spec keys a caller may leave out, and what they mean.
-define(DEFAULT_FLAGS, #{strategy => one_for_one, intensity => 1, period => 5,
                         auto_shutdown => never}).
-define(DEFAULT_SPEC, #{restart => permanent, type => worker}).

%%--------------------------------------------------------------------------
%% Supervisor flags
%%--------------------------------------------------------------------------

%% Returns {ok, #{strategy, intensity, period, auto_shutdown}} or the error
%% term OTP 25 gives, e.g. {invalid_strategy, S} or {invalid_type, Flags}.
-spec check_flags(term()) -> {ok, map()} | term().
check_flags(Flags) ->
    try
        {ok, validate_flags(Flags)}
    catch
        throw:Error -> Error
    end.

validate_flags(Flags) when is_map(Flags) ->
    All = maps:merge(?DEFAULT_FLAGS, Flags),
    #{strategy := Strategy, intensity := Intensity, period := Period,
      auto_shutdown := AutoShutdown} = All,
    valid_strategy(Strategy),
    valid_intensity(Intensity),
    valid_period(Period),
    valid_auto_shutdown(AutoShutdown),
    All;
validate_flags({Strategy, Intensity, Period}) ->
    %% The old tuple form has no auto_shutdown.
    validate_flags(#{strategy => Strategy, intensity => Intensity,
                     period => Period, auto_shutdown => never});
validate_flags(Other) ->
    throw({invalid_type, Other}).

valid_strategy(S) when S =:= one_for_one; S =:= one_for_all;
                       S =:= rest_for_one; S =:= simple_one_for_one -> ok;
valid_strategy(S) -> throw({invalid_strategy, S}).

valid_intensity(I) when is_integer(I), I >= 0 -> ok;
valid_intensity(I) -> throw({invalid_intensity, I}).

valid_period(P) when is_integer(P), P > 0 -> ok;
valid_period(P) -> throw({invalid_period, P}).

valid_auto_shutdown(A) ->
    case check_auto_shutdown(A) of
        true -> ok;
        false -> throw({invalid_auto_shutdown, A})
    end.

-spec check_auto_shutdown(term()) -> boolean().
check_auto_shutdown(A) ->
    lists:member(A, [never, any_significant, all_significant]).

%%--------------------------------------------------------------------------
%% Child specifications
%%--------------------------------------------------------------------------

%% Returns {ok, Spec} with every key of a child spec map present, or the
%% error term OTP 25 gives (missing_id, {invalid_mfa, F}, ...).
%% AutoShutdown is the supervisor's flag (undefined: not known, as in
%% check_childspecs/1), which decides whether `significant` is allowed.
-spec check_childspec(term(), atom()) -> {ok, map()} | term().
check_childspec(Spec, AutoShutdown) when is_map(Spec) ->
    try
        {ok, validate_childspec(maps:merge(?DEFAULT_SPEC, Spec), AutoShutdown)}
    catch
        throw:Error -> Error
    end;
check_childspec({Id, Start, Restart, Shutdown, Type, Modules}, AutoShutdown) ->
    check_childspec(#{id => Id, start => Start, restart => Restart,
                      significant => false, shutdown => Shutdown,
                      type => Type, modules => Modules}, AutoShutdown);
check_childspec(Other, _AutoShutdown) ->
    {invalid_child_spec, Other}.

%% The checks run in OTP's order, so the first error reported is OTP's.
validate_childspec(#{restart := Restart, type := Type} = Spec, AutoShutdown) ->
    Id = required(id, missing_id, Spec),
    Start = required(start, missing_start, Spec),
    valid_mfa(Start),
    valid_restart(Restart),
    Significant = maps:get(significant, Spec, false),
    valid_significant(Significant, Restart, AutoShutdown),
    valid_child_type(Type),
    Shutdown = maps:get(shutdown, Spec, default_shutdown(Type)),
    valid_shutdown(Shutdown),
    Modules = maps:get(modules, Spec, [element(1, Start)]),
    valid_modules(Modules),
    #{id => Id, start => Start, restart => Restart, significant => Significant,
      shutdown => Shutdown, type => Type, modules => Modules}.

required(Key, Error, Spec) ->
    case Spec of
        #{Key := Value} -> Value;
        _ -> throw(Error)
    end.

default_shutdown(worker) -> 5000;
default_shutdown(supervisor) -> infinity.

valid_mfa({M, F, A}) when is_atom(M), is_atom(F), is_list(A) -> ok;
valid_mfa(Start) -> throw({invalid_mfa, Start}).

valid_restart(R) when R =:= permanent; R =:= transient; R =:= temporary -> ok;
valid_restart(R) -> throw({invalid_restart_type, R}).

valid_significant(true, _Restart, never) ->
    throw({bad_combination, [{auto_shutdown, never}, {significant, true}]});
valid_significant(true, permanent, _AutoShutdown) ->
    throw({bad_combination, [{restart, permanent}, {significant, true}]});
valid_significant(S, _Restart, _AutoShutdown) when is_boolean(S) -> ok;
valid_significant(S, _Restart, _AutoShutdown) ->
    throw({invalid_significant, S}).

valid_child_type(T) when T =:= worker; T =:= supervisor -> ok;
valid_child_type(T) -> throw({invalid_child_type, T}).

valid_shutdown(S) when is_integer(S), S >= 0 -> ok;
valid_shutdown(S) when S =:= infinity; S =:= brutal_kill -> ok;
valid_shutdown(S) -> throw({invalid_shutdown, S}).

valid_modules(dynamic) -> ok;
valid_modules(Mods) when is_list(Mods) ->
    lists:foreach(fun(M) when is_atom(M) -> ok;
                     (M) -> throw({invalid_module, M})
                  end, Mods);
valid_modules(Mods) -> throw({invalid_modules, Mods}).
