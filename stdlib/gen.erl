%% gen: what the generic behaviours (gen_server, gen_statem, supervisor)
%% share, as OTP 25's gen module does: starting a named or anonymous
%% process through proc_lib, synchronous calls with a monitor whose alias
%% makes a late reply vanish, replies, stop, and asynchronous requests.
%%
%% Not supported: {global, Name} and {via, Mod, Name} beyond what their
%% modules offer locally, other nodes, the `{tag, T}` monitor option.
-module(gen).

-export([start/5, start/6, init_it/6, init_it/7]).
-export([call/3, call/4, reply/2, stop/1, stop/3]).
-export([send_request/3, wait_response/2, receive_response/2, check_response/2]).
-export([send_request/5, wait_response/3, receive_response/3, check_response/3,
         reqids_new/0, reqids_size/1, reqids_add/3, reqids_to_list/1]).
-export([get_parent/0, name/1, unregister_name/1, get_proc_name/1, spawn_opts/1,
         hibernate_after/1, timeout/1, debug_options/2, format_status_header/2, where/1]).

-define(DEFAULT_TIMEOUT, 5000).

%%% Starting

%% LinkP: link | nolink | monitor. Returns what the new process acked.
start(GenMod, LinkP, Name, Mod, Args, Options) ->
    case where(Name) of
        undefined -> spawn_gen(GenMod, LinkP, [Name], Mod, Args, Options);
        Pid -> {error, {already_started, Pid}}
    end.

start(GenMod, LinkP, Mod, Args, Options) ->
    spawn_gen(GenMod, LinkP, [], Mod, Args, Options).

spawn_gen(GenMod, LinkP, MaybeName, Mod, Args, Options) ->
    Parent = case LinkP of link -> self(); _ -> self end,
    InitArgs = [GenMod, self(), Parent | MaybeName] ++ [Mod, Args, Options],
    Time = timeout(Options),
    SpawnOpts = spawn_opts(Options),
    case LinkP of
        link -> proc_lib:start_link(?MODULE, init_it, InitArgs, Time, SpawnOpts);
        monitor -> monitor_return(proc_lib:start_monitor(?MODULE, init_it, InitArgs, Time, SpawnOpts));
        _ -> proc_lib:start(?MODULE, init_it, InitArgs, Time, SpawnOpts)
    end.

%% start_monitor gives {Ack, Mon}: a started process comes back as
%% {ok, {Pid, Mon}}; one that failed is already down, so its 'DOWN' goes.
monitor_return({{ok, Pid}, Mon}) when is_pid(Pid), is_reference(Mon) ->
    {ok, {Pid, Mon}};
monitor_return({Error, Mon}) when is_reference(Mon) ->
    receive
        {'DOWN', Mon, process, _, _} -> ok
    end,
    Error.

%% Runs in the new process.
init_it(GenMod, Starter, Parent, Mod, Args, Options) ->
    GenMod:init_it(Starter, parent(Parent), self(), Mod, Args, Options).

init_it(GenMod, Starter, Parent, Name, Mod, Args, Options) ->
    case register_name(Name) of
        true -> GenMod:init_it(Starter, parent(Parent), Name, Mod, Args, Options);
        {false, Pid} -> proc_lib:init_ack(Starter, {error, {already_started, Pid}})
    end.

%% An unlinked process is its own parent.
parent(self) -> self();
parent(Pid) -> Pid.

register_name({local, Name}) when is_atom(Name) ->
    try register(Name, self()) of
        true -> true
    catch
        error:_ -> {false, whereis(Name)}
    end;
register_name({global, Name}) ->
    case global:register_name(Name, self()) of
        yes -> true;
        no -> {false, global:whereis_name(Name)}
    end;
register_name({via, Mod, Name}) ->
    case Mod:register_name(Name, self()) of
        yes -> true;
        no -> {false, Mod:whereis_name(Name)}
    end.

where({local, Name}) -> whereis(Name);
where({global, Name}) -> global:whereis_name(Name);
where({via, Mod, Name}) -> Mod:whereis_name(Name).

%%% Calls

call(Process, Label, Request) ->
    call(Process, Label, Request, ?DEFAULT_TIMEOUT).

call(Pid, Label, Request, infinity) when is_pid(Pid) ->
    do_call(Pid, Label, Request, infinity);
call(Pid, Label, Request, Timeout) when is_pid(Pid), is_integer(Timeout), Timeout >= 0 ->
    do_call(Pid, Label, Request, Timeout);
call(Process, Label, Request, Timeout)
  when Timeout =:= infinity; is_integer(Timeout), Timeout >= 0 ->
    do_for_proc(Process, fun(Pid) -> do_call(Pid, Label, Request, Timeout) end).

%% The blank lines in do_call/4 keep the lines OTP's traces show
%% (scripts/pin_otp_lines.py).
-file("gen.erl", 224).
do_call(Pid, _Label, _Request, _Timeout) when Pid =:= self() ->
    exit(calling_self); % calling oneself
do_call(Pid, Label, Request, Timeout) ->
    Mref = erlang:monitor(process, Pid, [{alias, demonitor}]),
    Tag = [alias | Mref],


























    Pid ! {Label, {self(), Tag}, Request},
    receive
        {[alias | Mref], Reply} ->
            erlang:demonitor(Mref, [flush]),
            {ok, Reply};
        {'DOWN', Mref, _, _, Reason} ->




            exit(Reason) % the server died
    after Timeout ->
        %% The alias dies with the monitor, so a reply sent from now on is
        %% dropped; one already here is still taken.
        erlang:demonitor(Mref, [flush]),
        receive
            {[alias | Mref], Reply} -> {ok, Reply}
        after 0 -> exit(timeout)
        end
    end.

%% Pinned to OTP's line: a malformed From fails in reply/2 there.
-file("gen.erl", 531).
reply({_To, [alias | Alias] = Tag}, Reply) when is_reference(Alias) ->
    Alias ! {Tag, Reply},
    ok;
reply({_To, [[alias | Alias] | _] = Tag}, Reply) when is_reference(Alias) ->
    Alias ! {Tag, Reply},
    ok;
reply({To, Tag}, Reply) ->
    try To ! {Tag, Reply} of
        _ -> ok
    catch
        _:_ -> ok
    end.

%% Runs Fun on the pid Process names, or exits with noproc.
-file("gen.erl", 559).
do_for_proc(Pid, Fun) when is_pid(Pid) ->
    Fun(Pid);
do_for_proc(Name, Fun) when is_atom(Name) ->
    case whereis(Name) of
        Pid when is_pid(Pid) -> Fun(Pid);
        undefined -> exit(noproc) % no such name
    end;
do_for_proc({Name, Node}, Fun) when Node =:= node() ->
    do_for_proc(Name, Fun);
do_for_proc({Name, Node}, _Fun) when is_atom(Name), is_atom(Node) ->
    exit({nodedown, Node});
do_for_proc({global, _} = Name, Fun) ->
    do_for_where(Name, Fun);
do_for_proc({via, _, _} = Name, Fun) ->
    do_for_where(Name, Fun).

do_for_where(Name, Fun) ->
    case where(Name) of
        Pid when is_pid(Pid) -> Fun(Pid);
        undefined -> exit(noproc)
    end.

stop(Process) ->
    stop(Process, normal, infinity).

stop(Process, Reason, Timeout)
  when Timeout =:= infinity; is_integer(Timeout), Timeout >= 0 ->
    do_for_proc(Process, fun(Pid) -> proc_lib:stop(Pid, Reason, Timeout) end).

%%% Asynchronous requests

%% A name that is not registered gives a request whose answer is a
%% made-up 'DOWN' with the reason a call would have exited with.
send_request(Process, Label, Request) ->
    try do_for_proc(Process, fun(Pid) -> request(Pid, Label, Request) end)
    catch
        exit:Reason ->
            Mref = make_ref(),
            self() ! {'DOWN', Mref, process, Process, Reason},
            Mref
    end.

request(Pid, Label, Request) ->
    Mref = erlang:monitor(process, Pid, [{alias, demonitor}]),
    Pid ! {Label, {self(), [alias | Mref]}, Request},
    Mref.

wait_response(Mref, Timeout) when is_reference(Mref) ->
    receive
        {[alias | Mref], Reply} ->
            erlang:demonitor(Mref, [flush]),
            {reply, Reply};
        {'DOWN', Mref, _, Object, Reason} ->
            {error, {Reason, Object}}
    after Timeout ->
        timeout
    end.

receive_response(Mref, Timeout) when is_reference(Mref) ->
    receive
        {[alias | Mref], Reply} ->
            erlang:demonitor(Mref, [flush]),
            {reply, Reply};
        {'DOWN', Mref, _, Object, Reason} ->
            {error, {Reason, Object}}
    after Timeout ->
        erlang:demonitor(Mref, [flush]),
        receive
            {[alias | Mref], Reply} -> {reply, Reply}
        after 0 -> timeout
        end
    end.

check_response(Msg, Mref) when is_reference(Mref) ->
    case Msg of
        {[alias | Mref], Reply} ->
            erlang:demonitor(Mref, [flush]),
            {reply, Reply};
        {'DOWN', Mref, _, Object, Reason} ->
            {error, {Reason, Object}};
        _ ->
            no_reply
    end.

%%% Collections of requests (OTP 25): a map from request id to label.

send_request(Process, Label, Request, CollLabel, Coll) when is_map(Coll) ->
    reqids_add(send_request(Process, Label, Request), CollLabel, Coll).

reqids_new() -> #{}.

reqids_size(Coll) when is_map(Coll) -> map_size(Coll);
reqids_size(_) -> error(badarg).

reqids_add(ReqId, Label, Coll) when is_reference(ReqId), is_map(Coll) ->
    case is_map_key(ReqId, Coll) of
        true -> error(badarg);
        false -> Coll#{ReqId => Label}
    end;
reqids_add(_, _, _) ->
    error(badarg).

reqids_to_list(Coll) when is_map(Coll) -> maps:to_list(Coll);
reqids_to_list(_) -> error(badarg).

%% Each returns {Response, Label, NewColl}, or no_request for an empty
%% collection; Delete says whether the answered request leaves it.
wait_response(Coll, Timeout, Delete) when map_size(Coll) =:= 0, is_boolean(Delete) ->
    _ = timeout_value(Timeout),
    no_request;
wait_response(Coll, Timeout, Delete) when is_map(Coll), is_boolean(Delete) ->
    Wait = timeout_value(Timeout),
    receive
        {[alias | ReqId], _} = Msg when is_map_key(ReqId, Coll) -> answered(Msg, Coll, Delete);
        {'DOWN', ReqId, _, _, _} = Msg when is_map_key(ReqId, Coll) -> answered(Msg, Coll, Delete)
    after Wait ->
        timeout
    end.

%% On a timeout every request of the collection is abandoned.
receive_response(Coll, Timeout, Delete) when map_size(Coll) =:= 0, is_boolean(Delete) ->
    _ = timeout_value(Timeout),
    no_request;
receive_response(Coll, Timeout, Delete) when is_map(Coll), is_boolean(Delete) ->
    Wait = timeout_value(Timeout),
    receive
        {[alias | ReqId], _} = Msg when is_map_key(ReqId, Coll) -> answered(Msg, Coll, Delete);
        {'DOWN', ReqId, _, _, _} = Msg when is_map_key(ReqId, Coll) -> answered(Msg, Coll, Delete)
    after Wait ->
        [erlang:demonitor(ReqId, [flush]) || ReqId <- maps:keys(Coll)],
        drop_replies(Coll),
        timeout
    end.

check_response(_Msg, Coll, Delete) when map_size(Coll) =:= 0, is_boolean(Delete) ->
    no_request;
check_response(Msg, Coll, Delete) when is_map(Coll), is_boolean(Delete) ->
    case Msg of
        {[alias | ReqId], _} when is_map_key(ReqId, Coll) -> answered(Msg, Coll, Delete);
        {'DOWN', ReqId, _, _, _} when is_map_key(ReqId, Coll) -> answered(Msg, Coll, Delete);
        _ -> no_reply
    end.

answered({[alias | ReqId], Reply}, Coll, Delete) ->
    erlang:demonitor(ReqId, [flush]),
    labelled({reply, Reply}, ReqId, Coll, Delete);
answered({'DOWN', ReqId, _, Object, Reason}, Coll, Delete) ->
    labelled({error, {Reason, Object}}, ReqId, Coll, Delete).

labelled(Response, ReqId, Coll, false) ->
    {Response, maps:get(ReqId, Coll), Coll};
labelled(Response, ReqId, Coll, true) ->
    {Label, Rest} = maps:take(ReqId, Coll),
    {Response, Label, Rest}.

drop_replies(Coll) ->
    receive
        {[alias | ReqId], _} when is_map_key(ReqId, Coll) -> drop_replies(Coll)
    after 0 ->
        ok
    end.

%% A timeout: infinity, milliseconds, or {abs, MonotonicMs}.
timeout_value(infinity) ->
    infinity;
timeout_value(T) when is_integer(T), T >= 0, T =< 4294967295 ->
    T;
timeout_value({abs, T}) when is_integer(T) ->
    case T - erlang:monotonic_time(millisecond) of
        Left when Left < 0 -> 0;
        Left when Left > 4294967295 -> error(badarg);
        Left -> Left
    end;
timeout_value(_) ->
    error(badarg).

%%% Helpers the behaviours use

get_parent() ->
    case get('$ancestors') of
        [Parent | _] when is_pid(Parent) -> Parent;
        [Parent | _] when is_atom(Parent) -> name_to_pid(Parent);
        _ -> exit(process_was_not_started_by_proc_lib)
    end.

name_to_pid(Name) ->
    case whereis(Name) of
        undefined ->
            case global:whereis_name(Name) of
                undefined -> exit(could_not_find_registered_name);
                Pid -> Pid
            end;
        Pid -> Pid
    end.

name({local, Name}) -> Name;
name({global, Name}) -> Name;
name({via, _, Name}) -> Name;
name(Pid) when is_pid(Pid) -> Pid.

unregister_name({local, Name}) ->
    try unregister(Name) of
        _ -> ok
    catch
        _:_ -> ok
    end;
unregister_name({global, Name}) ->
    _ = global:unregister_name(Name),
    ok;
unregister_name({via, Mod, Name}) ->
    _ = Mod:unregister_name(Name),
    ok;
unregister_name(Pid) when is_pid(Pid) ->
    ok.

get_proc_name(Pid) when is_pid(Pid) ->
    Pid;
get_proc_name({local, Name}) ->
    case process_info(self(), registered_name) of
        {registered_name, Name} -> Name;
        _ -> exit(process_not_registered)
    end;
get_proc_name({global, Name}) ->
    case global:whereis_name(Name) of
        Pid when Pid =:= self() -> Name;
        _ -> exit(process_not_registered_globally)
    end;
get_proc_name({via, Mod, Name}) ->
    case Mod:whereis_name(Name) of
        Pid when Pid =:= self() -> Name;
        _ -> exit({process_not_registered_via, Mod})
    end.

spawn_opts(Options) ->
    case lists:keyfind(spawn_opt, 1, Options) of
        {spawn_opt, Opts} -> Opts;
        false -> []
    end.

hibernate_after(Options) ->
    case lists:keyfind(hibernate_after, 1, Options) of
        {hibernate_after, Time} -> Time;
        false -> infinity
    end.

timeout(Options) ->
    case lists:keyfind(timeout, 1, Options) of
        {timeout, Time} -> Time;
        false -> infinity
    end.

debug_options(Name, Options) ->
    case lists:keyfind(debug, 1, Options) of
        {debug, Opts} ->
            try sys:debug_options(Opts)
            catch _:_ ->
                error_logger:format("~tp: ignoring erroneous debug options - ~tp~n", [Name, Opts]),
                []
            end;
        false ->
            []
    end.

format_status_header(TagLine, Pid) when is_pid(Pid) ->
    lists:concat([TagLine, " ", pid_to_list(Pid)]);
format_status_header(TagLine, RegName) when is_atom(RegName) ->
    lists:concat([TagLine, " ", RegName]);
format_status_header(TagLine, Name) ->
    {TagLine, Name}.
