%% supervisor_bridge: OTP 25's supervisor_bridge behaviour, a gen_server
%% that lets a process not written as an OTP behaviour sit in a
%% supervision tree. Mod:init/1 starts that process; the bridge links to
%% it, dies with it (reporting abnormal exits as a SUPERVISOR REPORT), and
%% calls Mod:terminate/2 when it is told to stop.
%%
%% Not supported / known differences: none known.
-module(supervisor_bridge).

-behaviour(gen_server).

-export([start_link/2, start_link/3]).
-export([init/1, handle_call/3, handle_cast/2, handle_info/2, terminate/2,
         code_change/3]).
-export([format_log/1, format_log/2]).

%% The callbacks (behaviour_info/1 is generated from these).
-callback init(Args :: term()) -> {ok, Pid :: pid(), State :: term()} | ignore | {error, term()}.
-callback terminate(Reason :: term(), State :: term()) -> term().

-callback init(Args :: term()) ->
    {ok, Pid :: pid(), State :: term()} | ignore | {error, Error :: term()}.
-callback terminate(Reason :: (shutdown | term()), State :: term()) ->
    Ignored :: term().

%% OTP 25's layout (sys:get_state/1 shows it).
-record(state, {mod, pid, child_state, name}).

-spec start_link(Module, Args) -> Result when
      Module :: module(), Args :: term(),
      Result :: {ok, pid()} | ignore | {error, term()}.
start_link(Mod, StartArgs) ->
    gen_server:start_link(supervisor_bridge, [Mod, StartArgs, self], []).

-spec start_link(SupBridgeName, Module, Args) -> Result when
      SupBridgeName :: {local, atom()} | {global, term()}
                     | {via, module(), term()},
      Module :: module(), Args :: term(),
      Result :: {ok, pid()} | ignore | {error, term()}.
start_link(Name, Mod, StartArgs) ->
    gen_server:start_link(Name, supervisor_bridge, [Mod, StartArgs, Name], []).

%%--------------------------------------------------------------------------
%% gen_server callbacks
%%--------------------------------------------------------------------------

-spec init([term()]) -> {ok, #state{}} | ignore | {stop, term()}.
init([Mod, StartArgs, Name0]) ->
    process_flag(trap_exit, true),
    Name = case Name0 of
               self -> {self(), Mod};
               _ -> Name0
           end,
    case Mod:init(StartArgs) of
        {ok, Pid, ChildState} when is_pid(Pid) ->
            link(Pid),
            report_progress(Pid, Mod, StartArgs, Name),
            {ok, #state{mod = Mod, pid = Pid, child_state = ChildState,
                        name = Name}};
        ignore ->
            ignore;
        {error, Reason} ->
            {stop, Reason}
    end.

%% A bridge looks like a supervisor without children.
-spec handle_call(term(), term(), #state{}) -> {reply, term(), #state{}}.
handle_call(which_children, _From, State) ->
    {reply, [], State};
handle_call(_Request, _From, State) ->
    {reply, {error, badcall}, State}.

-spec handle_cast(term(), #state{}) -> {noreply, #state{}}.
handle_cast(_Msg, State) ->
    {noreply, State}.

%% The bridged process died: so does the bridge, with the same reason.
-spec handle_info(term(), #state{}) ->
          {noreply, #state{}} | {stop, term(), #state{}}.
handle_info({'EXIT', Pid, Reason}, #state{pid = Pid} = State) ->
    case Reason of
        normal -> ok;
        shutdown -> ok;
        {shutdown, _} -> ok;
        _ -> report_error(child_terminated, Reason, State)
    end,
    {stop, Reason, State#state{pid = undefined}};
handle_info(_Msg, State) ->
    {noreply, State}.

-spec terminate(term(), #state{}) -> term().
terminate(_Reason, #state{pid = undefined}) ->
    ok;
terminate(Reason, #state{mod = Mod, child_state = ChildState}) ->
    Mod:terminate(Reason, ChildState).

-spec code_change(term(), #state{}, term()) -> {ok, #state{}}.
code_change(_OldVsn, State, _Extra) ->
    {ok, State}.

%%--------------------------------------------------------------------------
%% Reports
%%--------------------------------------------------------------------------

report_progress(Pid, Mod, StartArgs, SupName) ->
    case logger:allow(info, supervisor_bridge) of
        true ->
            Report = #{label => {supervisor, progress},
                       report => [{supervisor, SupName},
                                  {started, [{pid, Pid},
                                             {mfa, {Mod, init, [StartArgs]}}]}]},
            logger:macro_log(#{}, info, Report,
                             meta("PROGRESS REPORT", info_report, progress));
        false ->
            ok
    end.

report_error(Context, Reason, #state{name = Name, pid = Pid, mod = Mod}) ->
    case logger:allow(error, supervisor_bridge) of
        true ->
            Report = #{label => {supervisor, error},
                       report => [{supervisor, Name},
                                  {errorContext, Context},
                                  {reason, Reason},
                                  {offender, [{pid, Pid}, {mod, Mod}]}]},
            logger:macro_log(#{}, error, Report,
                             meta("SUPERVISOR REPORT", error_report,
                                  supervisor_report));
        false ->
            ok
    end.

meta(Title, Tag, Type) ->
    #{domain => [otp, sasl],
      report_cb => fun supervisor_bridge:format_log/2,
      logger_formatter => #{title => Title},
      error_logger => #{tag => Tag, type => Type,
                        report_cb => fun supervisor_bridge:format_log/1}}.

%% The error_logger (legacy) form: {Format, Args}.
-spec format_log(map()) -> {io:format(), [term()]}.
format_log(LogReport) ->
    Depth = error_logger:get_format_depth(),
    Opts = #{chars_limit => unlimited, depth => Depth, single_line => false,
             encoding => utf8},
    format_multi(limit_report(LogReport, Depth), Opts).

%% The logger form: chardata.
-spec format_log(map(), map()) -> unicode:chardata().
format_log(Report, Opts0) ->
    Opts = ferl_report:options(Opts0),
    {Format, Args} = case Opts of
                         #{single_line := true} -> format_single(Report, Opts);
                         _ -> format_multi(Report, Opts)
                     end,
    ferl_report:text(Format, Args, Opts).

limit_report(Report, unlimited) ->
    Report;
limit_report(#{label := {supervisor, progress},
               report := [Sup, {started, Child}]} = Report, Depth) ->
    {mfa, {M, F, [Args]}} = lists:keyfind(mfa, 1, Child),
    Limited = {mfa, {M, F, [io_lib:limit_term(Args, Depth)]}},
    Report#{report => [Sup, {started, lists:keyreplace(mfa, 1, Child, Limited)}]};
limit_report(#{label := {supervisor, error},
               report := [Sup, {errorContext, Ctxt}, {reason, Reason},
                          {offender, Child}]} = Report, Depth) ->
    Limit = fun(T) -> io_lib:limit_term(T, Depth) end,
    Report#{report => [Sup, {errorContext, Limit(Ctxt)},
                       {reason, Limit(Reason)}, {offender, Limit(Child)}]}.

format_single(#{label := {supervisor, progress},
                report := [{supervisor, SupName}, {started, Child}]}, Opts) ->
    P = ferl_report:directive(Opts),
    {pid, Pid} = lists:keyfind(pid, 1, Child),
    {mfa, MFA} = lists:keyfind(mfa, 1, Child),
    {"Supervisor: " ++ P ++ ". Started: pid=~w,mfa=" ++ P ++ ".",
     ferl_report:with_depth([SupName], Opts) ++ [Pid | ferl_report:with_depth([MFA], Opts)]};
format_single(#{label := {supervisor, _},
                report := [{supervisor, SupName}, {errorContext, Ctxt},
                           {reason, Reason}, {offender, Child}]}, Opts) ->
    P = ferl_report:directive(Opts),
    {pid, Pid} = lists:keyfind(pid, 1, Child),
    {mod, Mod} = lists:keyfind(mod, 1, Child),
    {"Supervisor: " ++ P ++ ". Context: " ++ P ++ ". Reason: " ++ P ++ "."
     ++ " Offender: pid=~w,mod=~w.",
     ferl_report:with_depth([SupName, Ctxt, Reason], Opts) ++ [Pid, Mod]};
format_single(Report, Opts) ->
    format_multi(Report, Opts).

format_multi(Report, Opts) ->
    supervisor_children:format_multi(Report, Opts).
