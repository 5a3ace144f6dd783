%% sasl: the sasl application (`{mod, {sasl, []}}` in the application
%% controller's built-in sasl.app) and the callback module of its top
%% supervisor, registered as sasl_sup, as in OTP 25: sasl_sup supervises
%% sasl_safe_sup and the release_handler process, which keeps the state
%% of the node's releases (release_handler:which_releases/0 and the rest
%% of the release API answer through it).
%%
%% Not supported: sasl_safe_sup has no children (OTP runs alarm_handler,
%% a gen_event, there); the sasl_error_logger, errlog_type and
%% error_logger_mf_* parameters (the sasl logger handler and the
%% multi-file error log) are ignored.
-module(sasl).
-behaviour(application).
-behaviour(supervisor).

-export([start/2, stop/1, init/1]).

-spec start(application:start_type(), []) -> {ok, pid(), term()} | {error, term()}.
start(_Type, []) ->
    case supervisor:start_link({local, sasl_sup}, sasl, []) of
        {ok, Pid} -> {ok, Pid, []};
        Error -> Error
    end.

-spec stop(term()) -> ok.
stop(_State) ->
    ok.

-spec init([] | safe) -> {ok, {tuple(), [tuple()]}}.
init([]) ->
    SafeSupervisor = {sasl_safe_sup,
                      {supervisor, start_link, [{local, sasl_safe_sup}, sasl, safe]},
                      permanent, infinity, supervisor, [sasl]},
    ReleaseHandler = {release_handler, {release_handler, start_link, []},
                      permanent, 2000, worker, []},
    {ok, {{one_for_one, 0, 1}, [SafeSupervisor, ReleaseHandler]}};
init(safe) ->
    {ok, {{one_for_one, 4, 3600}, []}}.
