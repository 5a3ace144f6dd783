%% gen_server_log: the text of gen_server's two logger reports
%% (gen_server:format_log/1,2 delegate here), as OTP 25 writes them:
%% "** Generic server ... terminating" (multi-line, the default) or
%% "Generic server ... terminating. Reason: ..." on one line, each term
%% printed with ~p, or ~P to the depth asked for, within the chars_limit.
-module(gen_server_log).

-export([format_log/1, format_log/2]).

%% For error_logger-style handlers: {Format, Args}, multi-line, the terms
%% cut to error_logger's format depth.
format_log(Report) ->
    Depth = error_logger:get_format_depth(),
    Opts = ferl_report:options(#{depth => Depth}),
    multi(limit_report(Report, Depth), Opts).

%% For logger's formatter: chardata under the options.
format_log(Report, Opts0) ->
    Opts = ferl_report:options(Opts0),
    {Format, Args} = case Opts of
                         #{single_line := true} -> single(Report, Opts);
                         _ -> multi(Report, Opts)
                     end,
    ferl_report:text(Format, Args, Opts).

limit_report(Report, unlimited) ->
    Report;
limit_report(#{label := {gen_server, terminate}, last_message := Msg, state := State,
               log := Log, reason := Reason, client_info := Client} = Report, Depth) ->
    Limit = fun(T) -> io_lib:limit_term(T, Depth) end,
    Report#{last_message => Limit(Msg), state => Limit(State),
            log => [Limit(L) || L <- Log], reason => Limit(Reason),
            client_info => case Client of
                               {From, {Name, Stack}} -> {From, {Name, Limit(Stack)}};
                               _ -> Client
                           end};
limit_report(#{label := {gen_server, no_handle_info}, message := Msg} = Report, Depth) ->
    Report#{message => io_lib:limit_term(Msg, Depth)}.

single(#{label := {gen_server, terminate}, name := Name, last_message := Msg,
         state := State, log := Log, reason := Reason, client_info := Client},
       #{depth := Depth} = Opts) ->
    P = ferl_report:directive(Opts),
    {LogFmt, LogArgs} = case Log of
                            [] -> {"", []};
                            _ -> {" Log: " ++ P, ferl_report:with_depth([Log], Depth)}
                        end,
    {ClientFmt, ClientArgs} = client_single(Client, Opts),
    {"Generic server " ++ P ++ " terminating. Reason: " ++ P ++ ". Last message: " ++ P
     ++ ". State: " ++ P ++ "." ++ LogFmt ++ ClientFmt,
     ferl_report:with_depth([Name, explain_undef(Reason), Msg, State], Depth) ++ LogArgs ++ ClientArgs};
single(#{label := {gen_server, no_handle_info}, module := Mod, message := Msg},
       #{depth := Depth} = Opts) ->
    P = ferl_report:directive(Opts),
    {"Undefined handle_info in " ++ P ++ ". Unhandled message: " ++ P ++ ".",
     ferl_report:with_depth([Mod, Msg], Depth)}.

multi(#{label := {gen_server, terminate}, name := Name, last_message := Msg,
        state := State, log := Log, reason := Reason, client_info := Client},
       #{depth := Depth} = Opts) ->
    P = ferl_report:directive(Opts),
    LogFmt = case Log of
                 [] -> "";
                 _ -> "** Log ==~n** [" ++ lists:join(",~n    ", [P || _ <- Log]) ++ "]~n"
             end,
    {ClientFmt, ClientArgs} = client_multi(Client, Opts),
    {lists:flatten(["** Generic server ", P, " terminating \n** Last message in was ", P,
                    "~n** When Server state == ", P, "~n** Reason for termination ==~n** ",
                    P, "~n", LogFmt, ClientFmt]),
     ferl_report:with_depth([Name, Msg, State, explain_undef(Reason) | Log], Depth) ++ ClientArgs};
multi(#{label := {gen_server, no_handle_info}, module := Mod, message := Msg},
      #{depth := Depth} = Opts) ->
    {"** Undefined handle_info in ~p~n** Unhandled message: " ++ ferl_report:directive(Opts) ++ "~n",
     [Mod | ferl_report:with_depth([Msg], Depth)]}.

client_single(undefined, _) ->
    {"", []};
client_single({From, dead}, _) ->
    {" Client ~0p is dead.", [From]};
client_single({From, remote}, _) ->
    {" Client ~0p is remote on node ~0p.", [From, node(From)]};
client_single({_From, {Name, Stack}}, #{depth := Depth} = Opts) ->
    P = ferl_report:directive(Opts),
    {" Client " ++ P ++ " stacktrace: " ++ P ++ ".",
     ferl_report:with_depth([Name, lists:sublist(Stack, 4)], Depth)}.

client_multi(undefined, _) ->
    {"", []};
client_multi({From, dead}, _) ->
    {"** Client ~p is dead~n", [From]};
client_multi({From, remote}, _) ->
    {"** Client ~p is remote on node ~p~n", [From, node(From)]};
client_multi({_From, {Name, Stack}}, #{depth := Depth} = Opts) ->
    P = ferl_report:directive(Opts),
    {"** Client " ++ P ++ " stacktrace~n** " ++ P ++ "~n", ferl_report:with_depth([Name, Stack], Depth)}.

%% An undef gets a clearer name when the module or function is missing.
explain_undef({undef, [{M, F, A, L} | MFAs]} = Reason) ->
    case code:is_loaded(M) of
        false ->
            {'module could not be loaded', [{M, F, A, L} | MFAs]};
        _ ->
            case erlang:function_exported(M, F, length(A)) of
                true -> Reason;
                false -> {'function not exported', [{M, F, A, L} | MFAs]}
            end
    end;
explain_undef(Reason) ->
    Reason.
