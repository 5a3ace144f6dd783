%% relup_check_calls: the call walk of the upgrade checker (relup_check).
%% From a function that an upgrade step calls (a supervisor's init/1 run
%% by its code_change, a code_change callback, an apply) or that a
%% process enters to handle a message (relup_check_procs), it follows
%% local calls inside the same module version and remote calls into the
%% version of the target module that is current at that point of the
%% script, breadth first, so each problem comes with a shortest call chain.
%%
%% Only modules of the model (the applications the script moves) are
%% followed; calls into other modules (kernel, stdlib, other applications)
%% and dynamic calls (apply, funs called through variables) are not.
-module(relup_check_calls).

-export([walk/3]).

%% walk(Entry, Current, Model) -> {Missing, Entered}
%%   Entry: {M, F, A}, called remotely, {{M, F, A}, up | down} for a
%%   code_change callback entered for that direction (only the clauses
%%   for it are followed), or {local, {M, F, A}} for a function a process
%%   runs in without calling it through the export table (a receive loop
%%   that need not be exported).
%%   Current: #{Mod => from | to | none}, the version each module has now.
%%   Missing: [{Chain, {M, F, A}}], remote calls to functions the current
%%     version of M does not export (Chain ends with that call).
%%   Entered: [{M, Chain}], the first chain found into each module.
-spec walk(mfa() | {mfa(), up | down} | {local, mfa()}, map(), map()) ->
          {[{[mfa()], mfa()}], [{module(), [mfa()]}]}.
walk({local, {_, _, _} = Entry}, Current, Model) ->
    Q = queue:from_list([{Entry, local, []}]),
    loop(Q, Current, Model, #{}, [], []);
walk({{_, _, _} = Entry, Dir}, Current, Model) ->
    Q = queue:from_list([{Entry, {remote, Dir}, []}]),
    loop(Q, Current, Model, #{}, [], []);
walk(Entry, Current, Model) ->
    Q = queue:from_list([{Entry, remote, []}]),
    loop(Q, Current, Model, #{}, [], []).

loop(Q0, Current, Model, Seen, Missing, Entered) ->
    case queue:out(Q0) of
        {empty, _} ->
            {lists:reverse(Missing), lists:reverse(Entered)};
        {{value, {{M, F, A} = MFA, Kind, Chain}}, Q} ->
            case is_map_key({MFA, Kind}, Seen) orelse not is_map_key(M, Model) of
                true ->
                    loop(Q, Current, Model, Seen, Missing, Entered);
                false ->
                    Seen1 = Seen#{{MFA, Kind} => true},
                    Path = [MFA | Chain],
                    V = relup_check_code:version(Model, M, maps:get(M, Current, none)),
                    case Kind =/= local andalso not relup_check_code:exports(V, {F, A}) of
                        true ->
                            Missing1 = [{lists:reverse(Path), MFA} | Missing],
                            loop(Q, Current, Model, Seen1, Missing1, Entered);
                        false ->
                            Entered1 = enter(M, Path, Entered),
                            Next = successors(V, M, facts_key(Kind, F, A), Path),
                            Q1 = lists:foldl(fun queue:in/2, Q, Next),
                            loop(Q1, Current, Model, Seen1, Missing, Entered1)
                    end
            end
    end.

enter(M, Path, Entered) ->
    case lists:keymember(M, 1, Entered) of
        true -> Entered;
        false -> [{M, lists:reverse(Path)} | Entered]
    end.

facts_key({remote, Dir}, F, A) -> {{F, A}, Dir};
facts_key(_Kind, F, A) -> {F, A}.

successors(none, _M, _Key, _Path) ->
    [];
successors(V, M, Key, Path) ->
    case relup_check_code:facts(V, Key) of
        none ->
            [];
        #{local := Local, funs := Funs, remote := Remote} ->
            [{{M, LF, LA}, local, Path} || {LF, LA} <- Local ++ Funs]
                ++ [{RMFA, remote, Path} || RMFA <- Remote]
    end.
