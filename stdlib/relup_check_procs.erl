%% relup_check_procs: the upgrade checker's (relup_check) look at the
%% processes an upgrade script lets run. A process handles messages
%% whenever it is not suspended, and then runs the version of its module
%% current at that point of the script: after {resume, [M]} the new one,
%% and, for processes never suspended, the new one from the load of M on.
%% Until the end of the script its calls reach whatever versions are
%% current, so a call into a function that a module gets only from a later
%% load fails with undef in every message handled in between (the media
%% relay's relay_stream resumed before relay_meter is added). This module
%% replays the versions and suspensions after each step (relup_check_script
%% records them) and reports each such window once (kind resume_window),
%% with the step that opens it, the step that closes it and the chains
%% from the callbacks the processes enter.
%%
%% The callbacks processes enter: gen_server handle_call/3, handle_cast/2,
%% handle_info/2, handle_continue/2, terminate/2; gen_statem handle_event/4
%% (when exported), else its exported arity 3 functions (state functions
%% and terminate/3); gen_event and gen_fsm their message callbacks; for
%% another behaviour, the callbacks it declares (read from its object code
%% when it is in the model, else from its behaviour_info(callbacks)) except
%% init, code_change and format_status; for a module with no behaviour,
%% its exported functions with a receive and its receive loops.
%% Supervisors and application callback modules have none.
%%
%% Not supported: which processes actually run is not known: every module
%% with callbacks that exists before the script is taken to have
%% processes; modules new in the release are taken to have none until the
%% script ends (processes started by an apply are not followed). A process
%% in a receive loop that calls itself locally stays in the version it ran
%% before the script (unless it is a sys process with system_continue/3);
%% the purge that kills it is not modelled. A window whose function no
%% version of its module has, or that only closes after the script (a
%% function taken away for good), is not a window and is not reported.
-module(relup_check_procs).

-export([windows/4]).

%% windows(Model, Cur0, Trace, FinalCur) -> [Finding]
%%   Cur0: #{Mod => from | to | none} before the script.
%%   Trace: [{I, Instr, Cur, Suspended}], the versions and suspended
%%     modules after each step that changes them, in script order.
%%   FinalCur: the versions after the last step.
%% Findings are sorted by the step that opens the window.
-spec windows(map(), map(), [tuple()], map()) -> [map()].
windows(Model, Cur0, Trace, FinalCur) ->
    Procs = [P || {P, #{from := From}} <- lists:sort(maps:to_list(Model)),
                  From =/= none, has_entries(P, Model)],
    Before = missing(Procs, Cur0, [], Model),
    {Open, Done} = lists:foldl(fun(State, Acc) -> advance(State, Before, Procs, Model, Acc) end,
                               {#{}, []}, Trace),
    Still = [window(K, W, none, Model, FinalCur) || {K, W} <- lists:sort(maps:to_list(Open))],
    Found = [F || F <- lists:reverse(Done) ++ Still, F =/= skip],
    lists:sort(fun(#{step := {I, _}}, #{step := {J, _}}) -> I =< J end, Found).

%% The missing calls after one step: windows open and close.
advance({I, Instr, Cur, Susp}, Before, Procs, Model, {Open, Done}) ->
    Now = missing(Procs, Cur, Susp, Model),
    Closed = lists:sort([K || K <- maps:keys(Open), not is_map_key(K, Now)]),
    Done1 = lists:foldl(fun(K, D) ->
                                [window(K, maps:get(K, Open), {I, Instr}, Model, Cur) | D]
                        end, Done, Closed),
    Open1 = maps:without(Closed, Open),
    Seen = [K || #{key := K} <- Done1],
    New = [K || K <- lists:sort(maps:keys(Now)), not is_map_key(K, Open1),
                not is_map_key(K, Before), not lists:member(K, Seen)],
    Open2 = lists:foldl(fun(K, O) ->
                                O#{K => (maps:get(K, Now))#{open => {I, Instr}, cur => Cur}}
                        end, Open1, New),
    {Open2, Done1}.

%% #{{P, MFA} => #{version, entries => [{Entry, Chain}]}}: the functions
%% missing for processes running P (not suspended) with versions Cur.
missing(Procs, Cur, Susp, Model) ->
    lists:foldl(fun(P, Acc) ->
                        case lists:member(P, Susp) of
                            true -> Acc;
                            false -> missing_for(P, Cur, Model, Acc)
                        end
                end, #{}, Procs).

missing_for(P, Cur, Model, Acc) ->
    {V, CurP} = running(P, Cur, Model),
    lists:foldl(fun(Entry, Acc1) ->
                        {Missing, _} = relup_check_calls:walk(Entry, CurP, Model),
                        lists:foldl(fun({Chain, MFA}, Acc2) ->
                                            add_missing({P, MFA}, V, entry_mfa(Entry), Chain, Acc2)
                                    end, Acc1, Missing)
                end, Acc, entries(V, Model, P)).

add_missing(K, V, Entry, Chain, Acc) ->
    W = maps:get(K, Acc, #{version => V, entries => []}),
    #{entries := Es} = W,
    case lists:keymember(Entry, 1, Es) of
        true -> Acc;
        false -> Acc#{K => W#{entries := Es ++ [{Entry, Chain}]}}
    end.

entry_mfa({local, MFA}) -> MFA;
entry_mfa(MFA) -> MFA.

%% The version processes running P run, and the versions their calls see:
%% a process in a local receive loop never leaves the version it ran
%% before the script.
running(P, Cur, Model) ->
    From = relup_check_code:version(Model, P, from),
    Pinned = relup_check_code:loops(From) =/= []
        andalso not relup_check_code:exports(From, {system_continue, 3}),
    case Pinned of
        true -> {From, Cur#{P => from}};
        false -> {relup_check_code:version(Model, P, maps:get(P, Cur, none)), Cur}
    end.

%% The finding for window K (none: still open when the script ends), or
%% skip when it is no window (see the header).
window({P, {N, F, A} = MFA} = K, #{open := Open, cur := CurOpen, version := V, entries := Es},
       Close, Model, CurClose) ->
    From = relup_check_code:version(Model, N, from),
    To = relup_check_code:version(Model, N, to),
    Now = label_or_none(relup_check_code:version(Model, N, maps:get(N, CurOpen, none))),
    Exists = relup_check_code:exports(From, {F, A}) orelse relup_check_code:exports(To, {F, A}),
    Reason = case Close of
                 {J, {load, {N, _, _}} = In} ->
                     {later, Now, J, In, relup_check_code:label(To)};
                 {J, In} ->
                     {closed, Now, J, In};
                 none ->
                     case relup_check_code:exports(To, {F, A})
                         andalso maps:get(N, CurClose, none) =/= to of
                         true -> {not_loaded, Now, relup_check_code:label(To)};
                         false -> skip
                     end
             end,
    case Exists andalso Reason =/= skip of
        true ->
            #{severity => error, kind => resume_window, key => K, step => Open, module => P,
              version => relup_check_code:label(V), entries => Es, missing => MFA,
              opener => opener(Open, P, N), close => Close, closer => closer(Close, P),
              reason => Reason};
        false ->
            skip
    end.

%% What the opening step did: {resume, P}, {load, P} (processes not
%% suspended), {callee, N} (the load or remove of the called module took
%% the function away), {load, X} (a module on the call chain).
opener({_I, {resume, _}}, P, _N) -> {resume, P};
opener({_I, {load, {P, _, _}}}, P, _N) -> {load, P};
opener({_I, {Op, {N, _, _}}}, _P, N) when Op =:= load; Op =:= remove -> {callee, N};
opener({_I, {load, {X, _, _}}}, _P, _N) -> {load, X};
opener({_I, {remove, {X, _, _}}}, _P, _N) -> {load, X};
opener(_, P, _N) -> {resume, P}.

%% The module whose instruction closes the window (none at the end).
closer(none, _P) -> none;
closer({_J, {suspend, Ms}}, P) ->
    case lists:member(P, [mod_of(M) || M <- Ms]) of
        true -> P;
        false -> mod_of(hd(Ms))
    end;
closer({_J, {_Op, {X, _, _}}}, _P) -> X;
closer(_, P) -> P.

mod_of({M, _Timeout}) -> M;
mod_of(M) -> M.

label_or_none(none) -> none;
label_or_none(V) -> relup_check_code:label(V).

%%--------------------------------------------------------------------------
%% The callbacks processes enter
%%--------------------------------------------------------------------------

has_entries(P, Model) ->
    lists:any(fun(Side) ->
                      entries(relup_check_code:version(Model, P, Side), Model, P) =/= []
              end, [from, to]).

%% The functions a process running version V enters: {M, F, A} (called
%% through the export table) or {local, {M, F, A}} (a receive loop).
entries(none, _Model, _P) ->
    [];
entries(V, Model, P) ->
    Exported = relup_check_code:export_list(V),
    FAs = case behaviour_entries(relup_check_code:behaviours(V), Exported, Model) of
              none -> [];
              Known -> Known
          end,
    case FAs =:= [] andalso not has_known_behaviour(V, Model) of
        true ->
            Receiving = relup_check_code:receives(V),
            [{P, F, A} || {F, A} <- Receiving, lists:member({F, A}, Exported)]
                ++ [{local, {P, F, A}} || {F, A} <- relup_check_code:loops(V),
                                          not lists:member({F, A}, Exported)];
        false ->
            [{P, F, A} || {F, A} <- FAs]
    end.

has_known_behaviour(V, Model) ->
    lists:any(fun(B) -> behaviour_callbacks(B, Model) =/= none end,
              relup_check_code:behaviours(V)).

behaviour_entries(Bs, Exported, Model) ->
    lists:usort(lists:append([callbacks_of(B, Exported, Model) || B <- Bs])).

callbacks_of(gen_statem, Exported, _Model) ->
    case lists:member({handle_event, 4}, Exported) of
        true -> [{handle_event, 4}] ++ [FA || {terminate, 3} = FA <- Exported];
        false -> [{F, 3} || {F, 3} <- Exported, F =/= code_change]
    end;
callbacks_of(gen_fsm, Exported, _Model) ->
    Named = [{handle_event, 3}, {handle_sync_event, 4}, {handle_info, 3}, {terminate, 3}],
    [{F, A} || {F, A} <- Exported, A =:= 2 orelse A =:= 3,
               not lists:member(F, [init, code_change, format_status])]
        ++ [FA || FA <- Named, lists:member(FA, Exported)];
callbacks_of(B, Exported, Model) ->
    case behaviour_callbacks(B, Model) of
        none -> [];
        Cs -> [FA || FA <- Cs, lists:member(FA, Exported)]
    end.

%% The callbacks of behaviour B that a running process enters, or none
%% when B is not known.
behaviour_callbacks(gen_server, _Model) ->
    [{handle_call, 3}, {handle_cast, 2}, {handle_info, 2}, {handle_continue, 2}, {terminate, 2}];
behaviour_callbacks(gen_statem, _Model) -> [];
behaviour_callbacks(gen_fsm, _Model) -> [];
behaviour_callbacks(gen_event, _Model) ->
    [{handle_event, 2}, {handle_call, 2}, {handle_info, 2}, {terminate, 2}];
behaviour_callbacks(supervisor, _Model) -> [];
behaviour_callbacks(supervisor_bridge, _Model) -> [];
behaviour_callbacks(application, _Model) -> [];
behaviour_callbacks(B, Model) ->
    Declared = case [relup_check_code:callbacks(V)
                     || Side <- [to, from],
                        V <- [relup_check_code:version(Model, B, Side)], V =/= none] of
                   [Cs | _] -> Cs;
                   [] -> loaded_callbacks(B)
               end,
    case Declared of
        none -> none;
        [] -> none;
        _ -> [{F, A} || {F, A} <- Declared,
                        not lists:member(F, [init, code_change, format_status])]
    end.

%% A behaviour outside the model: what its loaded code declares.
loaded_callbacks(B) ->
    try
        {module, B} = code:ensure_loaded(B),
        Cs = B:behaviour_info(callbacks),
        true = is_list(Cs),
        [{F, A} || {F, A} <- Cs, is_atom(F), is_integer(A)]
    catch
        _:_ -> none
    end.
