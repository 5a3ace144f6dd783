%% relup_check_script: runs a low-level upgrade script (what
%% systools_rc:translate_scripts or systools:make_relup produce) on paper
%% and collects the upgrade checker's findings (relup_check formats them).
%% It keeps, for every module of the model, which version is current
%% (from: the one running before the script, to: the one the script
%% loads, none) step by step, as release_handler_1 would change it, and
%% checks:
%%  1. calls made by a step (code_change of a supervisor runs its init/1,
%%     other code_changes run Mod:code_change/3 (gen_statem: /4), apply
%%     runs its MFA) that reach a function missing from the version current
%%     at that step (relup_check_calls walks the calls);
%%  2. modules whose state records changed fields but that get no
%%     code_change, or whose code_change callback does not exist;
%%  3. loads and removes of a version with a receive loop that calls
%%     itself locally: its processes stay in the old code and a purge
%%     kills them;
%%  4. modules whose code differs between the two versions but that no
%%     instruction names;
%%  5. calls that processes resumed (or never suspended) make between two
%%     steps into functions loaded only later (relup_check_procs, from
%%     the versions and suspensions this module records after each step).
%% The model assumes an embedded system: every module of an application
%% is loaded before the script runs (in interactive mode a module never
%% called may instead be loaded from the new code path on first call).
-module(relup_check_script).

-export([check/3]).

%% check(Script, Model, Supervisors) -> [Finding]
%%   Supervisors: modules to treat as supervisors even without a
%%   -behaviour(supervisor) attribute (from {update, M, supervisor}).
%%   A Finding is a map with severity (error | warning), kind and details.
-spec check([term()], map(), [module()]) -> [map()].
check(Script, Model, Supervisors) ->
    Steps = lists:zip(lists:seq(1, length(Script)), Script),
    Current = maps:map(fun(_M, #{from := none}) -> none;
                          (_M, _) -> from
                       end, Model),
    S0 = #{model => Model, steps => Steps, sups => Supervisors,
           cur => Current, susp => [], ccs => #{}, out => [], trace => []},
    S = lists:foldl(fun(Step, Acc) -> trace(Step, Acc, step(Step, Acc)) end, S0, Steps),
    Findings = lists:reverse(maps:get(out, S)),
    Windows = relup_check_procs:windows(Model, Current, lists:reverse(maps:get(trace, S)),
                                        maps:get(cur, S)),
    by_step(Findings, Windows) ++ state_changes(S) ++ unmentioned(Steps, Model).

%% The versions and suspended modules after each step that changes them,
%% for relup_check_procs.
trace(_Step, #{cur := Cur, susp := Susp}, #{cur := Cur, susp := Susp} = After) ->
    After;
trace({I, Instr}, _Before, #{cur := Cur, susp := Susp, trace := T} = After) ->
    After#{trace := [{I, Instr, Cur, Susp} | T]}.

%% Two lists of findings sorted by step, merged; a step's own findings
%% come before the windows it opens.
by_step([#{step := {I, _}} = F | Fs], [#{step := {J, _}} | _] = Ws) when I =< J ->
    [F | by_step(Fs, Ws)];
by_step(Fs, [W | Ws]) ->
    [W | by_step(Fs, Ws)];
by_step(Fs, []) ->
    Fs.

%%--------------------------------------------------------------------------
%% Stepping through the script
%%--------------------------------------------------------------------------

step({I, {load, {M, _Pre, Post}} = Instr}, S) ->
    S1 = purge_check(I, Instr, M, {load, Post}, S),
    set_current(M, to, S1);
step({I, {remove, {M, _Pre, _Post}} = Instr}, S) ->
    S1 = purge_check(I, Instr, M, remove, S),
    set_current(M, none, S1);
step({_I, {suspend, Ms}}, #{susp := Susp} = S) when is_list(Ms) ->
    S#{susp := [mod_of(X) || X <- Ms] ++ Susp};
step({_I, {resume, Ms}}, #{susp := Susp} = S) when is_list(Ms) ->
    S#{susp := Susp -- Ms};
step({I, {code_change, Mode, MEs} = Instr}, S) ->
    code_changes(I, Instr, direction(Mode), MEs, S);
step({I, {code_change, MEs} = Instr}, S) ->
    code_changes(I, Instr, up, MEs, S);
step({I, {apply, {M, F, A}} = Instr}, S) when is_atom(M), is_atom(F), is_list(A) ->
    calls(I, Instr, {apply, {M, F, length(A)}}, {M, F, length(A)}, S);
step(_, S) ->
    S.

mod_of({M, _Timeout}) -> M;
mod_of(M) -> M.

set_current(M, Side, #{cur := Cur} = S) ->
    case Cur of
        #{M := _} -> S#{cur := Cur#{M := Side}};
        _ -> S
    end.

current(M, #{model := Model, cur := Cur}) ->
    relup_check_code:version(Model, M, maps:get(M, Cur, none)).

add(Finding, #{out := Out} = S) ->
    S#{out := [Finding | Out]}.

%%--------------------------------------------------------------------------
%% 1. Calls made by a step
%%--------------------------------------------------------------------------

direction(down) -> down;
direction(_) -> up.

code_changes(I, Instr, Dir, MEs, S) when is_list(MEs) ->
    lists:foldl(fun({M, _Extra}, Acc) -> code_change(I, Instr, Dir, M, Acc);
                   (_, Acc) -> Acc
                end, S, MEs);
code_changes(_I, _Instr, _Dir, _MEs, S) ->
    S.

code_change(I, Instr, Dir, M, #{ccs := CCs, sups := Sups} = S) ->
    case current(M, S) of
        none ->
            S;
        V ->
            S1 = S#{ccs := CCs#{M => maps:get(M, CCs, []) ++ [{I, V}]}},
            case relup_check_code:is_supervisor(V) orelse lists:member(M, Sups) of
                true ->
                    calls(I, Instr, {supervisor, M, V}, {M, init, 1}, S1);
                false ->
                    FA = callback(V),
                    case relup_check_code:exports(V, FA) of
                        true ->
                            {F, A} = FA,
                            Loaded = maps:get(M, maps:get(cur, S1)) =:= to,
                            Via = {code_change, M, V, FA, Dir, Loaded},
                            Entry = case F of
                                        code_change -> {{M, F, A}, Dir};
                                        _ -> {M, F, A}
                                    end,
                            calls(I, Instr, Via, Entry, S1);
                        false ->
                            S1
                    end
            end
    end.

%% What sys:change_code/4 calls: a gen_statem's code_change/4, a special
%% process's system_code_change/4 (a module with no code_change/3 of its
%% own), else code_change/3.
callback(V) ->
    IsSpecial = relup_check_code:exports(V, {system_code_change, 4})
        andalso not relup_check_code:exports(V, {code_change, 3}),
    case relup_check_code:is_statem(V) of
        true -> {code_change, 4};
        false when IsSpecial -> {system_code_change, 4};
        false -> {code_change, 3}
    end.

calls(I, Instr, Via, Entry, #{model := Model, cur := Cur} = S) ->
    {Missing, Entered} = relup_check_calls:walk(Entry, Cur, Model),
    S1 = lists:foldl(fun({Chain, MFA}, Acc) ->
                             add(#{severity => error, kind => call, step => {I, Instr},
                                   via => Via, chain => Chain, missing => MFA,
                                   reason => missing_reason(I, MFA, Acc)}, Acc)
                     end, S, Missing),
    lists:foldl(fun({M, Chain}, Acc) -> old_code(I, Instr, Via, M, Chain, Acc) end,
                S1, Entered).

%% Why M:F/A is not there at step I, where Now is the label of the
%% version of M current then (none when M is not loaded):
%%   {later, Now, J, Instr, Label}: version Label, loaded at step J, has it;
%%   {not_loaded, Now, Label}: version Label has it, no step loads it;
%%   {replaced, Label, J, Instr}: version Label had it, step J replaced it;
%%   {undefined, Now}: no version has it.
missing_reason(I, {M, F, A}, #{model := Model, steps := Steps} = S) ->
    To = relup_check_code:version(Model, M, to),
    From = relup_check_code:version(Model, M, from),
    Cur = maps:get(M, maps:get(cur, S), none),
    Now = label_or_none(relup_check_code:version(Model, M, Cur)),
    Later = [{J, In} || {J, {load, {M1, _, _}} = In} <- Steps, M1 =:= M, J > I],
    Before = [{J, In} || {J, In} <- Steps, J < I, is_load_or_remove(In, M)],
    HasTo = relup_check_code:exports(To, {F, A}),
    HasFrom = relup_check_code:exports(From, {F, A}),
    if
        HasTo, Later =/= [] ->
            {J, In} = hd(Later),
            {later, Now, J, In, relup_check_code:label(To)};
        HasTo, Cur =/= to ->
            {not_loaded, Now, relup_check_code:label(To)};
        HasFrom, Before =/= [] ->
            {J, In} = lists:last(Before),
            {replaced, relup_check_code:label(From), J, In};
        true ->
            {undefined, Now}
    end.

is_load_or_remove({load, {M, _, _}}, M) -> true;
is_load_or_remove({remove, {M, _, _}}, M) -> true;
is_load_or_remove(_, _) -> false.

%% A call into a module still at its old version, whose new version
%% (different code) the script loads only later: the step runs old code.
old_code(I, Instr, Via, M, Chain, #{model := Model, steps := Steps, cur := Cur} = S) ->
    From = relup_check_code:version(Model, M, from),
    To = relup_check_code:version(Model, M, to),
    Later = [{J, In} || {J, {load, {M1, _, _}} = In} <- Steps, M1 =:= M, J > I],
    case maps:get(M, Cur, none) =:= from andalso Later =/= []
        andalso relup_check_code:differs(From, To) andalso not is_entry(Via, Chain) of
        true ->
            add(#{severity => warning, kind => old_code, step => {I, Instr}, via => Via,
                  chain => Chain, module => M, current => relup_check_code:label(From),
                  later => hd(Later)}, S);
        false ->
            S
    end.

%% A code_change runs its own module's callback in whatever version is
%% current on purpose (before the load in a dynamic downgrade).
is_entry({apply, _}, _Chain) -> false;
is_entry(_Via, Chain) -> length(Chain) =:= 1.

%%--------------------------------------------------------------------------
%% 3. Purges that kill processes pinned to old code
%%--------------------------------------------------------------------------

purge_check(I, Instr, M, What, #{steps := Steps, susp := Susp} = S) ->
    case current(M, S) of
        none ->
            S;
        V ->
            Loops = relup_check_code:loops(V),
            %% A sys process suspended for the load goes back to its loop
            %% through Mod:system_continue/3, i.e. in the new code.
            Switches = What =/= remove andalso lists:member(M, Susp)
                andalso relup_check_code:exports(V, {system_continue, 3}),
            case Loops =/= [] andalso not Switches of
                true ->
                    Later = [{J, In} || {J, In} <- Steps, J > I, purges(In, M)],
                    add(#{severity => error, kind => purge, step => {I, Instr},
                          module => M, version => relup_check_code:label(V),
                          loops => Loops, what => What, later => Later}, S);
                false ->
                    S
            end
    end.

purges({load, {M, _, _}}, M) -> true;
purges({remove, {M, _, _}}, M) -> true;
purges({purge, Ms}, M) when is_list(Ms) -> lists:member(M, Ms);
purges(_, _) -> false.

%%--------------------------------------------------------------------------
%% 2. State records changed without a code_change
%%--------------------------------------------------------------------------

state_changes(#{model := Model, steps := Steps, ccs := CCs}) ->
    Loaded = lists:usort([M || {_, {load, {M, _, _}}} <- Steps]),
    lists:append([state_change(M, Model, maps:get(M, CCs, [])) || M <- Loaded]).

state_change(M, Model, CCs) ->
    From = relup_check_code:version(Model, M, from),
    To = relup_check_code:version(Model, M, to),
    case changed_records(From, To) of
        [] ->
            [];
        Changed when CCs =:= [] ->
            [#{severity => warning, kind => state, module => M, records => Changed,
               from => relup_check_code:label(From), to => relup_check_code:label(To),
               reason => no_code_change}];
        Changed ->
            [#{severity => warning, kind => state, module => M, records => Changed,
               from => relup_check_code:label(From), to => relup_check_code:label(To),
               reason => {no_callback, I, relup_check_code:label(V), callback(V)}}
             || {I, V} <- CCs, not relup_check_code:exports(V, callback(V))]
    end.

changed_records(none, _) -> [];
changed_records(_, none) -> [];
changed_records(From, To) ->
    case relup_check_code:is_process_module(From) orelse relup_check_code:is_process_module(To) of
        false ->
            [];
        true ->
            case {relup_check_code:records(From), relup_check_code:records(To)} of
                {{ok, Old}, {ok, New}} ->
                    [{R, Fs, maps:get(R, New)}
                     || {R, Fs} <- lists:sort(maps:to_list(Old)),
                        is_map_key(R, New), maps:get(R, New) =/= Fs];
                _ ->
                    []
            end
    end.

%%--------------------------------------------------------------------------
%% 4. Changed modules no instruction names
%%--------------------------------------------------------------------------

unmentioned(Steps, Model) ->
    Named = lists:usort(lists:append([named(In) || {_, In} <- Steps])),
    [#{severity => warning, kind => unmentioned, module => M,
       from => label_or_none(From), to => label_or_none(To)}
     || {M, #{from := From, to := To}} <- lists:sort(maps:to_list(Model)),
        relup_check_code:differs(From, To), not lists:member(M, Named)].

named({load, {M, _, _}}) -> [M];
named({remove, {M, _, _}}) -> [M];
named({purge, Ms}) when is_list(Ms) -> Ms;
named({suspend, Ms}) when is_list(Ms) -> [mod_of(M) || M <- Ms];
named({resume, Ms}) when is_list(Ms) -> Ms;
named({code_change, _, MEs}) -> named({code_change, MEs});
named({code_change, MEs}) when is_list(MEs) -> [M || {M, _} <- MEs];
named(_) -> [].

label_or_none(none) -> none;
label_or_none(V) -> relup_check_code:label(V).
