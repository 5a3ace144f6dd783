%% gen_event: OTP 25's event manager behaviour. A manager is a process
%% holding a list of handlers (newest first), each a callback module (or
%% {Module, Id}) with its own state; events, calls and other messages go
%% through them in turn.
%%
%% What an Erlang program sees is OTP's: the API and its return values,
%% the order of handlers, a crashing or bad-returning handler removed with
%% an error report ("** gen_event handler ... crashed."), supervised
%% handlers linked to their owner and `{gen_event_EXIT, Handler, Reason}`
%% sent to it, swaps passing the old handler's terminate result to the
%% new one's init, the sys protocol (a code change calls code_change/3 of
%% the handlers of that module; get_state and replace_state see
%% `{Module, Id, State}` triples), format_status/1,2, hibernation and the
%% sys debug output. Handlers are `#handler{}` records as in OTP, so
%% sys:get_status prints the same terms.
-module(gen_event).

-export([start/0, start/1, start/2, start_link/0, start_link/1, start_link/2,
         start_monitor/0, start_monitor/1, start_monitor/2, stop/1, stop/3,
         notify/2, sync_notify/2, add_handler/3, add_sup_handler/3,
         delete_handler/3, swap_handler/3, swap_sup_handler/3,
         which_handlers/1, call/3, call/4,
         send_request/3, send_request/5, wait_response/2, wait_response/3,
         receive_response/2, receive_response/3, check_response/2,
         check_response/3, reqids_new/0, reqids_size/1, reqids_add/3,
         reqids_to_list/1, wake_hib/5]).
-export([init_it/6, system_continue/3, system_terminate/4,
         system_code_change/4, system_get_state/1, system_replace_state/2,
         format_status/2]).
-export([format_log/1, format_log/2]).

-callback init(InitArgs :: term()) ->
    {ok, State :: term()} | {ok, State :: term(), hibernate} | {error, Reason :: term()}.
-callback handle_event(Event :: term(), State :: term()) -> term().
-callback handle_call(Request :: term(), State :: term()) -> term().
-callback handle_info(Info :: term(), State :: term()) -> term().
-callback terminate(Args :: term(), State :: term()) -> term().
-callback code_change(OldVsn :: term(), State :: term(), Extra :: term()) ->
    {ok, NewState :: term()}.
-callback format_status(Opt :: normal | terminate, StatusData :: [term()]) -> term().
-callback format_status(Status :: map()) -> map().
-optional_callbacks([handle_info/2, terminate/2, code_change/3,
                     format_status/1, format_status/2]).

-record(handler, {module, id = false, state, supervised = false}).

-define(NO_MODULE, 'no callback module').

%%% ---------------------------------------------------------------------
%%% Starting and stopping

start() -> gen:start(?MODULE, nolink, ?NO_MODULE, [], []).

start(Name) when is_tuple(Name) -> gen:start(?MODULE, nolink, Name, ?NO_MODULE, [], []);
start(Options) when is_list(Options) -> gen:start(?MODULE, nolink, ?NO_MODULE, [], Options).

start(Name, Options) -> gen:start(?MODULE, nolink, Name, ?NO_MODULE, [], Options).

start_link() -> gen:start(?MODULE, link, ?NO_MODULE, [], []).

start_link(Name) when is_tuple(Name) -> gen:start(?MODULE, link, Name, ?NO_MODULE, [], []);
start_link(Options) when is_list(Options) -> gen:start(?MODULE, link, ?NO_MODULE, [], Options).

start_link(Name, Options) -> gen:start(?MODULE, link, Name, ?NO_MODULE, [], Options).

start_monitor() -> gen:start(?MODULE, monitor, ?NO_MODULE, [], []).

start_monitor(Name) when is_tuple(Name) ->
    gen:start(?MODULE, monitor, Name, ?NO_MODULE, [], []);
start_monitor(Options) when is_list(Options) ->
    gen:start(?MODULE, monitor, ?NO_MODULE, [], Options).

start_monitor(Name, Options) -> gen:start(?MODULE, monitor, Name, ?NO_MODULE, [], Options).

stop(M) -> gen:stop(M).

stop(M, Reason, Timeout) -> gen:stop(M, Reason, Timeout).

%% Runs in the new manager (gen:init_it calls it).
init_it(Starter, self, Name, Mod, Args, Options) ->
    init_it(Starter, self(), Name, Mod, Args, Options);
init_it(Starter, Parent, Name0, _, _, Options) ->
    process_flag(trap_exit, true),
    Name = gen:name(Name0),
    Debug = gen:debug_options(Name, Options),
    HibernateAfter = gen:hibernate_after(Options),
    proc_lib:init_ack(Starter, {ok, self()}),
    loop(Parent, Name, [], HibernateAfter, Debug, false).

%%% ---------------------------------------------------------------------
%%% The client side

add_handler(M, Handler, Args) -> rpc(M, {add_handler, Handler, Args}).

add_sup_handler(M, Handler, Args) -> rpc(M, {add_sup_handler, Handler, Args, self()}).

delete_handler(M, Handler, Args) -> rpc(M, {delete_handler, Handler, Args}).

swap_handler(M, {H1, A1}, {H2, A2}) -> rpc(M, {swap_handler, H1, A1, H2, A2}).

swap_sup_handler(M, {H1, A1}, {H2, A2}) ->
    rpc(M, {swap_sup_handler, H1, A1, H2, A2, self()}).

which_handlers(M) -> rpc(M, which_handlers).

notify(M, Event) -> send(M, {notify, Event}).

sync_notify(M, Event) -> rpc(M, {sync_notify, Event}).

call(M, Handler, Query) -> call1(M, Handler, Query).

call(M, Handler, Query, Timeout) -> call1(M, Handler, Query, Timeout).

%% The manager's commands wait as long as it takes (OTP's do).
-file("gen_event.erl", 457).
rpc(M, Cmd) ->
    {ok, Reply} = gen:call(M, self(), Cmd, infinity),
    Reply.

-file("gen_event.erl", 461).
call1(M, Handler, Query) ->
    Cmd = {call, Handler, Query},
    try gen:call(M, self(), Cmd) of
        {ok, Res} ->
            Res
    catch
        exit:Reason ->
            exit({Reason, {?MODULE, call, [M, Handler, Query]}})
    end.

call1(M, Handler, Query, Timeout) ->
    Cmd = {call, Handler, Query},
    try gen:call(M, self(), Cmd, Timeout) of
        {ok, Res} ->
            Res
    catch
        exit:Reason ->
            exit({Reason, {?MODULE, call, [M, Handler, Query, Timeout]}})
    end.

send({global, Name}, Cmd) ->
    catch global:send(Name, Cmd),
    ok;
send({via, Mod, Name}, Cmd) ->
    catch Mod:send(Name, Cmd),
    ok;
send(M, Cmd) ->
    M ! Cmd,
    ok.

%% Asynchronous calls: gen's request ids; a handler's {error, _} reply is
%% given as the response itself, as OTP does.
send_request(M, Handler, Request) ->
    try
        gen:send_request(M, self(), {call, Handler, Request})
    catch
        error:badarg -> error(badarg, [M, Handler, Request])
    end.

send_request(M, Handler, Request, Label, ReqIdCol) ->
    try
        gen:send_request(M, self(), {call, Handler, Request}, Label, ReqIdCol)
    catch
        error:badarg -> error(badarg, [M, Handler, Request, Label, ReqIdCol])
    end.

wait_response(ReqId, WaitTime) ->
    try gen:wait_response(ReqId, WaitTime) of
        Response -> unwrap(Response)
    catch
        error:badarg -> error(badarg, [ReqId, WaitTime])
    end.

wait_response(ReqIdCol, WaitTime, Delete) ->
    try gen:wait_response(ReqIdCol, WaitTime, Delete) of
        Response -> unwrap(Response)
    catch
        error:badarg -> error(badarg, [ReqIdCol, WaitTime, Delete])
    end.

receive_response(ReqId, Timeout) ->
    try gen:receive_response(ReqId, Timeout) of
        Response -> unwrap(Response)
    catch
        error:badarg -> error(badarg, [ReqId, Timeout])
    end.

receive_response(ReqIdCol, Timeout, Delete) ->
    try gen:receive_response(ReqIdCol, Timeout, Delete) of
        Response -> unwrap(Response)
    catch
        error:badarg -> error(badarg, [ReqIdCol, Timeout, Delete])
    end.

check_response(Msg, ReqId) ->
    try gen:check_response(Msg, ReqId) of
        Response -> unwrap(Response)
    catch
        error:badarg -> error(badarg, [Msg, ReqId])
    end.

check_response(Msg, ReqIdCol, Delete) ->
    try gen:check_response(Msg, ReqIdCol, Delete) of
        Response -> unwrap(Response)
    catch
        error:badarg -> error(badarg, [Msg, ReqIdCol, Delete])
    end.

unwrap({reply, {error, _} = Err}) -> Err;
unwrap({{reply, {error, _} = Err}, Label, Col}) -> {Err, Label, Col};
unwrap(Other) -> Other.

reqids_new() -> gen:reqids_new().

reqids_size(Col) ->
    try gen:reqids_size(Col) catch error:badarg -> error(badarg, [Col]) end.

reqids_add(ReqId, Label, Col) ->
    try gen:reqids_add(ReqId, Label, Col)
    catch error:badarg -> error(badarg, [ReqId, Label, Col])
    end.

reqids_to_list(Col) ->
    try gen:reqids_to_list(Col) catch error:badarg -> error(badarg, [Col]) end.

%%% ---------------------------------------------------------------------
%%% The manager's loop
%%%
%%% A handler's crash reason carries the manager's own frames, so the
%%% functions on the way to a callback have OTP's names and, through
%%% `-file`, OTP 25's lines: handle_msg, server_notify, server_update,
%%% server_call, server_call_update, server_add_handler, do_swap,
%%% do_terminate, and those that lead to them.

loop(Parent, Name, MSL, HibAfter, Debug, true) ->
    proc_lib:hibernate(?MODULE, wake_hib, [Parent, Name, MSL, HibAfter, Debug]);
loop(Parent, Name, MSL, HibAfter, Debug, _) ->
    fetch_msg(Parent, Name, MSL, HibAfter, Debug, false).

wake_hib(Parent, Name, MSL, HibAfter, Debug) ->
    fetch_msg(Parent, Name, MSL, HibAfter, Debug, true).

fetch_msg(Parent, Name, MSL, HibAfter, Debug, Hib) ->
    receive
        {system, From, Req} ->
            sys:handle_system_msg(Req, From, Parent, ?MODULE, Debug,
                                  [Name, MSL, HibAfter, Hib], Hib);
        {'EXIT', Parent, Reason} ->
            terminate_server(Reason, Parent, MSL, Name);
        Msg when Debug =:= [] ->
            handle_msg(Msg, Parent, Name, MSL, HibAfter, []);
        Msg ->
            Debug1 = sys:handle_debug(Debug, fun print_event/3, Name, {in, Msg}),
            handle_msg(Msg, Parent, Name, MSL, HibAfter, Debug1)
    after HibAfter ->
        loop(Parent, Name, MSL, HibAfter, Debug, true)
    end.

-file("gen_event.erl", 522).
handle_msg(Msg, Parent, Name, MSL, HibAfter, Debug) ->
    case Msg of
        {notify, Event} ->
            {Hib, MSL1} = server_notify(Event, handle_event, MSL, Name),
            loop(Parent, Name, MSL1, HibAfter, Debug, Hib);
        {_From, Tag, {sync_notify, Event}} ->
            {Hib, MSL1} = server_notify(Event, handle_event, MSL, Name),
            gen:reply(Tag, ok),
            loop(Parent, Name, MSL1, HibAfter, Debug, Hib);
        {'EXIT', From, Reason} ->
            MSL1 = handle_exit(From, Reason, MSL, Name),
            loop(Parent, Name, MSL1, HibAfter, Debug, false);
        {_From, Tag, {call, Handler, Query}} ->
            {Hib, Reply, MSL1} = server_call(Handler, Query, MSL, Name),
            gen:reply(Tag, Reply),
            loop(Parent, Name, MSL1, HibAfter, Debug, Hib);
        {_From, Tag, {add_handler, Handler, Args}} ->
            {Hib, Reply, MSL1} = server_add_handler(Handler, Args, MSL),
            gen:reply(Tag, Reply),
            loop(Parent, Name, MSL1, HibAfter, Debug, Hib);
        {_From, Tag, {add_sup_handler, Handler, Args, Owner}} ->
            {Hib, Reply, MSL1} = server_add_sup_handler(Handler, Args, MSL, Owner),
            gen:reply(Tag, Reply),
            loop(Parent, Name, MSL1, HibAfter, Debug, Hib);
        {_From, Tag, {delete_handler, Handler, Args}} ->
            {Reply, MSL1} = server_delete_handler(Handler, Args,
                                                  MSL, Name),
            gen:reply(Tag, Reply),
            loop(Parent, Name, MSL1, HibAfter, Debug, false);
        {_From, Tag, {swap_handler, H1, A1, H2, A2}} ->
            {Hib, Reply, MSL1} = server_swap_handler(H1, A1, H2, A2,
                                                     MSL, Name),
            gen:reply(Tag, Reply),
            loop(Parent, Name, MSL1, HibAfter, Debug, Hib);
        {_From, Tag,
         {swap_sup_handler, H1, A1, H2, A2, Owner}} ->
            {Hib, Reply, MSL1} = server_swap_handler(H1, A1, H2, A2,
                                                     MSL, Owner, Name),
            gen:reply(Tag, Reply),
            loop(Parent, Name, MSL1, HibAfter, Debug, Hib);
        {_From, Tag, stop} ->
            catch terminate_server(normal, Parent, MSL, Name),
            gen:reply(Tag, ok);
        {_From, Tag, which_handlers} ->
            gen:reply(Tag, [handler(H) || H <- MSL]),
            loop(Parent, Name, MSL, HibAfter, Debug, false);
        {_From, Tag, get_modules} ->
            gen:reply(Tag, lists:usort([H#handler.module || H <- MSL])),
            loop(Parent, Name, MSL, HibAfter, Debug, false);
        Other ->
            {Hib, MSL1} = server_notify(Other, handle_info, MSL, Name),
            loop(Parent, Name, MSL1, HibAfter, Debug, Hib)
    end.

%% Every handler is told `stop` (reason shutdown, so no report) and the
%% owners of supervised ones are unlinked, except the parent.
-file("gen_event.erl", 576).
terminate_server(Reason, Parent, MSL, Name) ->
    stop_handlers(MSL, Name),
    [unlink(Owner) || #handler{supervised = Owner} <- MSL,
                      is_pid(Owner), Owner =/= Parent],
    exit(Reason).

%% A linked process died: the handlers it supervised go (terminate gets
%% {stop, Reason}), then every handler sees the 'EXIT' as info.
-file("gen_event.erl", 603).
handle_exit(From, Reason, MSL, Name) ->
    MSL1 = terminate_supervised(From, Reason, MSL, Name),
    {_, MSL2} = server_notify({'EXIT', From, Reason}, handle_info, MSL1, Name),
    MSL2.

terminate_supervised(Pid, Reason, MSL, Name) ->
    Keep = fun(#handler{supervised = Owner} = H) when Owner =:= Pid ->
                   do_terminate(H#handler.module, H, {stop, Reason}, H#handler.state,
                                {parent_terminated, {Pid, Reason}}, Name, shutdown),
                   false;
              (_) ->
                   true
           end,
    lists:filter(Keep, MSL).

-file("gen_event.erl", 1173).
stop_handlers([H | T], Name) ->
    Mod = H#handler.module,
    do_terminate(Mod, H, stop, H#handler.state, stop, Name, shutdown),
    stop_handlers(T, Name);
stop_handlers([], _) ->
    [].

%%% ---------------------------------------------------------------------
%%% Handlers

handler(#handler{module = Mod, id = false}) -> Mod;
handler(#handler{module = Mod, id = Id}) -> {Mod, Id}.

new_handler({Mod, Id}, Owner) -> {Mod, #handler{module = Mod, id = Id, supervised = Owner}};
new_handler(Mod, Owner) -> {Mod, #handler{module = Mod, supervised = Owner}}.

%% Whether H is the handler named Id: {Mod, Id} names that pair, a bare
%% Mod a handler added without an id.
is(#handler{module = Mod, id = Id}, {Mod, Id}) -> true;
is(#handler{module = Mod, id = false}, Mod) -> true;
is(_, _) -> false.

%% Takes the first handler named Id out of the list.
split(Id, MSL) -> split(Id, MSL, []).

split(Id, [H | T], Before) ->
    case is(H, Id) of
        true -> {H#handler.module, H, lists:reverse(Before, T)};
        false -> split(Id, T, [H | Before])
    end;
split(_, [], _) -> error.

%% Puts New where the handler named Id is.
replace(Id, [H | T], New) ->
    case is(H, Id) of
        true -> [New | T];
        false -> [H | replace(Id, T, New)]
    end;
replace(_, [], New) -> [New].

delete(Id, MSL) ->
    case split(Id, MSL) of
        {_, _, Rest} -> Rest;
        error -> MSL
    end.

server_add_handler(Handler, Args, MSL) ->
    {Mod, H} = new_handler(Handler, false),
    server_add_handler(Mod, H, Args, MSL).

-file("gen_event.erl", 696).
server_add_handler(Mod, H, Args, MSL) ->
    case catch Mod:init(Args) of
        {ok, State} -> {false, ok, [H#handler{state = State} | MSL]};
        {ok, State, hibernate} -> {true, ok, [H#handler{state = State} | MSL]};
        Other -> {false, Other, MSL}
    end.

server_add_sup_handler(Handler, Args, MSL, Owner) ->
    link(Owner),
    {Mod, H} = new_handler(Handler, Owner),
    server_add_handler(Mod, H, Args, MSL).

-file("gen_event.erl", 725).
server_delete_handler(Id, Args, MSL, Name) ->
    case split(Id, MSL) of
        {Mod, H, MSL1} ->
            {do_terminate(Mod, H, Args, H#handler.state, delete, Name, normal),
             MSL1};
        error ->
            {{error, module_not_found}, MSL}
    end.

%% A swap: the old handler's terminate(A1, State) result goes to the new
%% one's init({A2, Result}). swap_handler keeps the old handler's owner;
%% swap_sup_handler makes the caller the owner.
-file("gen_event.erl", 738).
server_swap_handler(H1, A1, H2, A2, MSL, Name) ->
    {Result, Owner, MSL1} = split_and_terminate(H1, A1, MSL, Name, H2, false),
    swap_result(
      s_s_h(Owner, H2, {A2, Result}, MSL1)).

swap_result({Hib, ok, MSL}) -> {Hib, ok, MSL};
swap_result({Hib, What, MSL}) -> {Hib, {error, What}, MSL}.

-file("gen_event.erl", 748).
server_swap_handler(H1, A1, H2, A2, MSL, Owner, Name) ->
    {Result, _, MSL1} = split_and_terminate(H1, A1, MSL, Name, H2, Owner),
    swap_result(
      s_s_h(Owner, H2, {A2, Result}, MSL1)).

s_s_h(false, Handler, Args, MSL) -> server_add_handler(Handler, Args, MSL);
s_s_h(Owner, Handler, Args, MSL) -> server_add_sup_handler(Handler, Args, MSL, Owner).

%% Returns the old handler's terminate result, its owner, and the rest.
-file("gen_event.erl", 763).
split_and_terminate(Id, Args, MSL, Name, H2, Sup) ->
    case split(Id, MSL) of
        {Mod, H, MSL1} ->
            Owner = H#handler.supervised,
            NewOwner = case Sup of
                           false -> Owner;
                           _ -> Sup
                       end,
            {do_terminate(Mod, H, Args, H#handler.state, swapped, Name,
                          {swapped, H2, NewOwner}),
             Owner, MSL1};
        error ->
            {error, false, MSL}
    end.

%% Event (or an info message) through every handler, in order. A handler
%% that asks to go, swaps itself or fails is dealt with on the spot.
-file("gen_event.erl", 782).
server_notify(Event, Func, [H | T], Name) ->
    case server_update(H, Func, Event, Name) of
        {ok, H1} ->
            {Hib, T1} = server_notify(Event, Func, T, Name),
            {Hib, [H1 | T1]};
        {hibernate, H1} ->
            {_, T1} = server_notify(Event, Func, T, Name),
            {true, [H1 | T1]};
        no ->
            server_notify(Event, Func, T, Name)
    end;
server_notify(_, _, [], _) ->
    {false, []}.

-file("gen_event.erl", 798).
server_update(H, Func, Event, Name) ->
    Mod = H#handler.module,
    State = H#handler.state,
    case catch Mod:Func(Event, State) of
        {ok, State1} ->
            {ok, H#handler{state = State1}};
        {ok, State1, hibernate} ->
            {hibernate, H#handler{state = State1}};
        {swap_handler, A1, State1, H2, A2} ->
            do_swap(Mod, H, A1, State1, H2, A2, Name);
        remove_handler ->
            do_terminate(Mod, H, remove_handler, State, remove, Name, normal),
            no;
        {'EXIT', {undef, [{Mod, handle_info, [_, _], _} | _]}} ->
            no_handle_info(Mod, Event),
            {ok, H};
        Other ->
            %% (The blank lines keep do_terminate on OTP's line.)






            do_terminate(Mod, H, {error, Other}, State, Event, Name, crash),
            no
    end.

%% A new handler whose init fails is reported, as OTP does, with reason
%% crash, the init result as its state, the manager's name as the last
%% event and no name.
-file("gen_event.erl", 828).
do_swap(Mod1, H1, A1, State1, H2, A2, Name) ->
    Owner = H1#handler.supervised,
    Result = do_terminate(Mod1, H1, A1, State1, swapped, Name, {swapped, H2, Owner}),


    {Mod2, H} = new_handler(H2, Owner),
    case catch Mod2:init({A2, Result}) of
        {ok, State2} ->
            {ok, H#handler{state = State2}};
        Other ->
            report_terminate(H, crash, {error, Other}, Name, false),
            no
    end.

-file("gen_event.erl", 870).
server_call(Id, Query, MSL, Name) ->
    case lists:search(fun(H) -> is(H, Id) end, MSL) of
        {value, H} ->
            case server_call_update(H, Query, Name) of
                {no, Reply} -> {false, Reply, delete(Id, MSL)};
                {{ok, H1}, Reply} -> {false, Reply, replace(Id, MSL, H1)};
                {{hibernate, H1}, Reply} -> {true, Reply, replace(Id, MSL, H1)}
            end;
        false ->
            {false, {error, bad_module}, MSL}
    end.

-file("gen_event.erl", 921).
server_call_update(H, Query, Name) ->
    Mod = H#handler.module,
    State = H#handler.state,
    case catch Mod:handle_call(Query, State) of
        {ok, Reply, State1} ->
            {{ok, H#handler{state = State1}}, Reply};
        {ok, Reply, State1, hibernate} ->
            {{hibernate, H#handler{state = State1}}, Reply};
        {swap_handler, Reply, A1, State1, H2, A2} ->

            {do_swap(Mod, H, A1, State1, H2, A2, Name), Reply};
        {remove_handler, Reply} ->
            do_terminate(Mod, H, remove_handler, State, remove, Name, normal),
            {no, Reply};
        Other ->

            do_terminate(Mod, H, {error, Other}, State, Query, Name, crash),
            {no, {error, Other}}
    end.

%% Calls terminate/2 if the module has it and reports how the handler
%% ended; returns what terminate returned (ok without one).
-file("gen_event.erl", 942).
do_terminate(Mod, H, Args, State, LastIn, Name, How) ->
    case erlang:function_exported(Mod, terminate, 2) of
        true ->
            Res = (catch Mod:terminate(Args, State)),
            report_terminate(H, How, Args, State, LastIn, Name, Res),
            Res;
        false ->
            report_terminate(H, How, Args, State, LastIn, Name, ok),
            ok
    end.

report_terminate(H, crash, {error, Why}, State, LastIn, Name, _) ->
    report_terminate(H, Why, State, LastIn, Name);
report_terminate(H, How, _, State, LastIn, Name, _) ->
    report_terminate(H, How, State, LastIn, Name).

report_terminate(#handler{supervised = Owner} = H, Reason, State, LastIn, Name) ->
    report_error(H, Reason, State, LastIn, Name),
    case Owner of
        false -> ok;
        Pid -> Pid ! {gen_event_EXIT, handler(H), Reason}, ok
    end.

report_error(_, normal, _, _, _) -> ok;
report_error(_, shutdown, _, _, _) -> ok;
report_error(_, {swapped, _, _}, _, _, _) -> ok;
report_error(#handler{module = Mod} = H, Exit, State, LastIn, Name) ->
    {Reason, Rewrap} =
        case Exit of
            {'EXIT', {R, Stack}} -> {R, fun(R1) -> {'EXIT', {R1, Stack}} end};
            {'EXIT', R} -> {R, fun(R1) -> {'EXIT', R1} end};
            R -> {R, fun(R1) -> R1 end}
        end,
    Status = status(Mod, terminate, #{state => State, message => LastIn, reason => Reason},
                    [get(), State]),
    case logger:allow(error, ?MODULE) of
        true ->
            logger:macro_log(#{mfa => {?MODULE, report_error, 5}, line => 997,
                               file => "gen_event.erl"},
                             error,
                             #{label => {?MODULE, terminate}, handler => handler(H),
                               name => Name, last_message => maps:get(message, Status),
                               state => maps:get('$status', Status, maps:get(state, Status)),
                               reason => Rewrap(maps:get(reason, Status))},
                             meta(error));
        false -> ok
    end.

no_handle_info(Mod, Event) ->
    case logger:allow(warning, ?MODULE) of
        true ->
            logger:macro_log(#{mfa => {?MODULE, server_update, 4}, line => 814,
                               file => "gen_event.erl"},
                             warning,
                             #{label => {?MODULE, no_handle_info}, module => Mod,
                               message => Event},
                             meta(warning_msg));
        false -> ok
    end.

meta(Tag) ->
    #{domain => [otp], report_cb => fun ?MODULE:format_log/2,
      error_logger => #{tag => Tag, report_cb => fun ?MODULE:format_log/1}}.

%% What a handler's format_status/1 (a map) or format_status/2 make of its
%% status, as OTP's gen:format_status/4 does.
status(Mod, Opt, Status, Args) ->
    case {erlang:function_exported(Mod, format_status, 1),
          erlang:function_exported(Mod, format_status, 2)} of
        {true, _} ->
            try Mod:format_status(Status) of
                New when is_map(New) ->
                    Merged = maps:merge(Status, New),
                    case map_size(Merged) =:= map_size(New) of
                        true -> Merged;
                        false ->
                            Status#{'EXIT' => atom_to_list(Mod) ++
                                        ":format_status/1 returned a map with unknown keys"}
                    end;
                _ ->
                    Status#{'EXIT' => atom_to_list(Mod) ++ ":format_status/1 did not return a map"}
            catch
                _:_ -> Status#{'EXIT' => atom_to_list(Mod) ++ ":format_status/1 crashed"}
            end;
        {false, true} ->
            try Mod:format_status(Opt, Args) of
                Result -> Status#{'$status' => Result}
            catch
                throw:Result -> Status#{'$status' => Result};
                _:_ -> Status#{'EXIT' => atom_to_list(Mod) ++ ":format_status/2 crashed"}
            end;
        {false, _} ->
            Status
    end.

%%% ---------------------------------------------------------------------
%%% The sys protocol

system_continue(Parent, Debug, [Name, Hs, HibAfter, Hib]) ->
    loop(Parent, Name, Hs, HibAfter, Debug, Hib).

system_terminate(Reason, Parent, _Debug, [Name, Hs, _HibAfter, _Hib]) ->
    terminate_server(Reason, Parent, Hs, Name).

%% Only the handlers of Module change their state; a code_change that
%% does not return {ok, _} fails the whole change (sys reports it).
%% (Lines pinned to OTP's: a failed match shows in sys:change_code's error.)
-file("gen_event.erl", 637).
system_code_change([Name, Hs, HibAfter, Hib], Module, OldVsn, Extra) ->
    Hs1 = lists:zf(fun(#handler{module = M, state = State} = H) when M =:= Module ->
                           {ok, New} =
                               Module:code_change(OldVsn, State, Extra),
                           {true, H#handler{state = New}};
                      (_) ->
                           true
                   end, Hs),
    {ok, [Name, Hs1, HibAfter, Hib]}.

system_get_state([_Name, Hs, _HibAfter, _Hib]) ->
    {ok, [{Mod, Id, State} || #handler{module = Mod, id = Id, state = State} <- Hs]}.

%% StateFun sees each {Module, Id, State}; a handler whose fun crashes or
%% returns another module or id keeps its state.
system_replace_state(StateFun, [Name, Hs, HibAfter, Hib]) ->
    {Hs1, States} =
        lists:unzip([begin
                         Cur = {Mod, Id, State},
                         try StateFun(Cur) of
                             {Mod, Id, New} = NewTriple -> {H#handler{state = New}, NewTriple};
                             _ -> {H, Cur}
                         catch
                             _:_ -> {H, Cur}
                         end
                     end || #handler{module = Mod, id = Id, state = State} = H <- Hs]),
    {ok, States, [Name, Hs1, HibAfter, Hib]}.

print_event(Dev, {in, Msg}, Name) ->
    case Msg of
        {notify, Event} ->
            io:format(Dev, "*DBG* ~tp got event ~tp~n", [Name, Event]);
        {_, _, {call, Handler, Query}} ->
            io:format(Dev, "*DBG* ~tp(~tp) got call ~tp~n", [Name, Handler, Query]);
        _ ->
            io:format(Dev, "*DBG* ~tp got ~tp~n", [Name, Msg])
    end;
print_event(Dev, Dbg, Name) ->
    io:format(Dev, "*DBG* ~tp : ~tp~n", [Name, Dbg]).

%% sys:get_status/1 calls this for the manager's part of the status.
format_status(Opt, [PDict, SysState, Parent, Debug, [Name, Hs, _HibAfter, _Hib]]) ->
    Header = gen:format_status_header("Status for event handler", Name),
    {Shown, Log} =
        lists:mapfoldl(
          fun(#handler{module = Mod, state = State} = H, Log0) ->
                  Status = status(Mod, Opt, #{log => Log0, state => State}, [PDict, State]),
                  {H#handler{state = maps:get('$status', Status, maps:get(state, Status))},
                   maps:get(log, Status)}
          end, sys:get_log(Debug), Hs),
    [{header, Header},
     {data, [{"Status", SysState}, {"Logged Events", Log}, {"Parent", Parent}]},
     {items, {"Installed handlers", Shown}}].

%%% ---------------------------------------------------------------------
%%% Report text

format_log(Report) ->
    Depth = error_logger:get_format_depth(),
    Opts = #{chars_limit => unlimited, depth => Depth, single_line => false,
             encoding => utf8},
    multi_line(limit_report(Report, Depth), Opts).

format_log(Report, Opts0) ->
    Opts = maps:merge(#{chars_limit => unlimited, depth => unlimited,
                        single_line => false, encoding => utf8}, Opts0),
    IoOpts = case Opts of
                 #{chars_limit := unlimited} -> [];
                 #{chars_limit := Limit} -> [{chars_limit, Limit}]
             end,
    {Format, Args} = one_line(Report, Opts),
    io_lib:format(Format, Args, IoOpts).

limit_report(Report, unlimited) ->
    Report;
limit_report(#{label := {?MODULE, terminate}, last_message := LastIn, state := State,
               reason := Reason} = Report, Depth) ->
    Report#{last_message => io_lib:limit_term(LastIn, Depth),
            state => io_lib:limit_term(State, Depth),
            reason => io_lib:limit_term(Reason, Depth)};
limit_report(#{label := {?MODULE, no_handle_info}, message := Msg} = Report, Depth) ->
    Report#{message => io_lib:limit_term(Msg, Depth)}.

one_line(#{label := {?MODULE, terminate}, handler := Handler, name := Name,
           last_message := LastIn, state := State, reason := Reason},
         #{single_line := true, depth := Depth} = Opts) ->
    P = directive(Opts),
    {lists:append(["Generic event handler ", P, " crashed. Installed: ", P,
                   ". Last event: ", P, ". State: ", P, ". Reason: ", P, "."]),
     with_depth([Handler, Name, LastIn, State, explain(Reason)], Depth)};
one_line(#{label := {?MODULE, no_handle_info}, module := Mod, message := Msg},
         #{single_line := true, depth := Depth} = Opts) ->
    P = directive(Opts),
    {lists:append(["Undefined handle_info in ", P, ". Unhandled message: ", P, "."]),
     with_depth([Mod, Msg], Depth)};
one_line(Report, Opts) ->
    multi_line(Report, Opts).

multi_line(#{label := {?MODULE, terminate}, handler := Handler, name := Name,
             last_message := LastIn, state := State, reason := Reason},
           #{depth := Depth} = Opts) ->
    P = directive(Opts),
    {lists:append(["** gen_event handler ", P, " crashed.\n",
                   "** Was installed in ", P, "\n",
                   "** Last event was: ", P, "\n",
                   "** When handler state == ", P, "\n",
                   "** Reason == ", P, "\n"]),
     with_depth([Handler, Name, LastIn, State, explain(Reason)], Depth)};
multi_line(#{label := {?MODULE, no_handle_info}, module := Mod, message := Msg},
           #{depth := Depth} = Opts) ->
    %% OTP prints the module with a plain ~p here, and gives the depth
    %% after both arguments.
    Args = case Depth of
               unlimited -> [Mod, Msg];
               _ -> [Mod, Msg, Depth]
           end,
    {"** Undefined handle_info in ~p\n** Unhandled message: " ++ directive(Opts) ++ "\n", Args}.

with_depth(Args, unlimited) -> Args;
with_depth(Args, Depth) -> lists:append([[A, Depth] || A <- Args]).

directive(#{single_line := Single, depth := Depth, encoding := Enc}) ->
    "~" ++ case Single of true -> "0"; false -> "" end
        ++ case Enc of latin1 -> ""; _ -> "t" end
        ++ case Depth of unlimited -> "p"; _ -> "P" end.

%% An undef names what was missing, as OTP's report does.
explain({'EXIT', {undef, [{M, F, A, _} | _] = MFAs} = Reason}) ->
    case code:is_loaded(M) of
        false -> {'module could not be loaded', MFAs};
        _ ->
            case erlang:function_exported(M, F, length(A)) of
                true -> Reason;
                false -> {'function not exported', MFAs}
            end
    end;
explain({'EXIT', Reason}) -> Reason;
explain(Reason) -> Reason.
