%% ferl_remote: the node side of `ferl remote NODE 'Expr.'`. A named node
%% (`ferl -sname NAME`) runs this server, registered as ferl_remote; the
%% VM hands it each request that arrives on the node's socket as
%% {'$ferl_remote', Conn, Binary} (vm/src/remote.rs), and each request is
%% served in a process of its own, so a slow one (an install_release)
%% holds up no other. Requests and answers are terms in the external
%% format:
%%
%%   {eval, Text}       -> {ok, ResultText} | {error, ErrorText}
%%                         (Text: expressions ending with a dot, evaluated
%%                         with fresh bindings; texts as the shell prints)
%%   {call, M, F, Args} -> {value, Result} | {badrpc, Reason}   (as rpc:call)
%%
%% Not supported: output of the evaluated expressions goes to the node's
%% own standard output (ferl's io writes there whatever the group leader),
%% not back to the asker.
-module(ferl_remote).
-export([start/0, init/1, serve/2]).

-define(DEPTH, 30).

start() ->
    case whereis(?MODULE) of
        undefined ->
            Parent = self(),
            Pid = spawn(?MODULE, init, [Parent]),
            receive {Pid, started} -> ok end;
        _ ->
            ok
    end.

init(Parent) ->
    register(?MODULE, self()),
    %% Only now does the node accept connections: a request that came
    %% earlier would find no server.
    ferl_remote:ready(),
    Parent ! {self(), started},
    loop().

loop() ->
    receive
        {'$ferl_remote', Conn, Bin} ->
            _ = spawn(?MODULE, serve, [Conn, Bin]),
            loop();
        _Other ->
            loop()
    end.

serve(Conn, Bin) ->
    Answer = try binary_to_term(Bin) of
                 Request -> answer(Request)
             catch
                 error:badarg -> {error, <<"bad request">>}
             end,
    ferl_remote:reply(Conn, term_to_binary(Answer)).

answer({eval, Text}) when is_binary(Text); is_list(Text) ->
    eval(unicode:characters_to_list(Text));
answer({call, M, F, Args}) when is_atom(M), is_atom(F), is_list(Args) ->
    try {value, apply(M, F, Args)}
    catch
        throw:Term -> {value, Term};
        exit:Reason -> {badrpc, {'EXIT', Reason}};
        error:Reason:Stack -> {badrpc, {'EXIT', {Reason, Stack}}}
    end;
answer(_) ->
    {error, <<"bad request">>}.

eval(String) ->
    case erl_scan:string(String, {1, 1}) of
        {ok, Toks, _} ->
            case erl_parse:parse_exprs(Toks) of
                {ok, Es} -> run(Es);
                {error, {Loc, Mod, What}} -> {error, text("* ~ts: ~ts", [pos(Loc), Mod:format_error(What)])}
            end;
        {error, {Loc, Mod, What}, _} ->
            {error, text("* ~ts: ~ts", [pos(Loc), Mod:format_error(What)])}
    end.

run(Es) ->
    try erl_eval:exprs(Es, erl_eval:new_bindings()) of
        {value, V, _} ->
            {ok, text("~ts", [io_lib_pretty:print(V, [{column, 1}, {line_length, 80}, {depth, ?DEPTH},
                                                     {line_max_chars, 60}, {encoding, unicode}])])}
    catch
        Class:Reason:Stack ->
            Report = ferl_logger:format_exception(4, Class, Reason, Stack, [erl_eval, ferl_remote], ?DEPTH, unicode),
            {error, text("** ~ts", [Report])}
    end.

pos({L, C}) -> io_lib:format("~w:~w", [L, C]);
pos(L) -> io_lib:format("~w", [L]).

text(Fmt, Args) ->
    unicode:characters_to_binary(io_lib:format(Fmt, Args)).
