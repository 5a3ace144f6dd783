%% release_handler_1: the evaluator of low-level release upgrade scripts
%% (the instructions systools_rc makes from appup files and relup files
%% hold), as OTP 25's sasl release_handler_1 does. release_handler's
%% upgrade_app/2, downgrade_app/2,3 run their scripts through
%% eval_script/5 (in OTP install_release/1,2 does too, and
%% check_install_release/1,2 runs check_script/2).
%%
%% Evaluation, in OTP's order and with OTP's results:
%% - before anything, every `{load | remove, {Mod, soft_purge, _}}` whose
%%   Mod has old code still run by a process refuses the script with
%%   `{error, {old_processes, Mod}}`;
%% - the instructions before `point_of_no_return` (`load_object_code`,
%%   which reads the new object code without loading it, and `apply`) may
%%   fail: `{error, Reason}`, nothing changed;
%% - the rest is checked for syntax, then run; a failure there is
%%   `{'EXIT', Reason}` and nothing is undone (loads stay, processes stay
%%   suspended);
%% - success is `{ok, Unpurged}`: `[{Mod, PostPurgeMethod}]` for each
%%   module whose replaced version is still run by some process.
%%
%% `suspend`, `code_change`, `stop` and `start` act on the processes of
%% the supervision trees of the running applications (application master
%% -> top supervisor -> which_children, recursively) whose child spec
%% lists the module; other processes are left alone.
%%
%% Not supported / known differences:
%% - `sync_nodes` with other nodes (no distribution: only the local node
%%   takes part, so it returns at once);
%% - kernel has no supervision tree in ferl (its services are native), so
%%   `suspend`, `stop` and get_supervised_procs/0 never see its processes;
%% - object code is read with file:read_file/1 (OTP: erl_prim_loader, which
%%   may also read from archives).
-module(release_handler_1).

-export([eval_script/1, eval_script/5, check_script/2, check_old_processes/2]).
%% Exported for tests, as in OTP.
-export([get_current_vsn/1, get_supervised_procs/0]).

%% bins      [{Mod, Binary, FileName}] read by load_object_code, not loaded
%% stopped   [{Mod, [{Sup, ChildId}]}] stopped by `stop`, for `start`
%% suspended [{Mod, [pid()]}] suspended by `suspend`, for `resume` and
%%           `code_change`
%% apps      the applications of the new release (unused here, as in OTP)
%% libdirs   [{App, Vsn, Dir}] where load_object_code finds each application
%% unpurged  [{Mod, soft_purge | brutal_purge}]
%% vsns      [{Mod, OldVsn, NewVsn}]: the version being replaced (for an
%%           upgrade's code_change) and the one being loaded (a
%%           downgrade's `{down, Vsn}`)
%% newlibs   [{App, Vsn, Dir}] whose ebin goes on the code path at
%%           point_of_no_return
%% opts      [{update_paths | suspend_timeout | code_change_timeout, _}]
-record(eval_state, {bins = [], stopped = [], suspended = [], apps = [],
                     libdirs, unpurged = [], vsns = [], newlibs = [],
                     opts = []}).

-type instruction() :: term().

%%%-----------------------------------------------------------------
%%% API
%%%-----------------------------------------------------------------

%% Checks a script as install_release would before running it: old
%% processes, then the instructions before point_of_no_return are run
%% (object code is read), the rest only checked. {ok, SoftPurgeable}.
-spec check_script([instruction()], [{atom(), string(), string()}]) ->
          {ok, [module()]} | {error, term()}.
check_script([restart_new_emulator | Script], LibDirs) ->
    %% The node restarts before anything else happens: no old processes
    %% to look for.
    check_rest(Script, LibDirs, []);
check_script(Script, LibDirs) ->
    case catch check_old_processes(Script, soft_purge) of
        {ok, PurgeMods} -> check_rest(Script, LibDirs, PurgeMods);
        {error, Mod} -> {error, {old_processes, Mod}}
    end.

check_rest(Script, LibDirs, PurgeMods) ->
    {Before, After} = split_instructions(Script),
    case catch eval_all(Before, #eval_state{libdirs = LibDirs}) of
        #eval_state{} ->
            case catch syntax_check_script(After) of
                ok -> {ok, PurgeMods};
                Other -> {error, Other}
            end;
        {error, Error} -> {error, Error};
        Other -> {error, Other}
    end.

%% For testing: the instructions alone, no applications.
-spec eval_script([instruction()]) -> term().
eval_script(Script) ->
    eval_script(Script, [], [], [], []).

-spec eval_script([instruction()], list(), list(), list(), list()) ->
          {ok, [{module(), soft_purge | brutal_purge}]} | restart_emulator
              | {error, term()} | {'EXIT', term()}.
eval_script(Script, Apps, LibDirs, NewLibs, Opts) ->
    case catch check_old_processes(Script, soft_purge) of
        {ok, _} ->
            {Before, After} = split_instructions(Script),
            State0 = #eval_state{apps = Apps, libdirs = LibDirs,
                                 newlibs = NewLibs, opts = Opts},
            case catch eval_all(Before, State0) of
                #eval_state{} = State1 ->
                    case catch syntax_check_script(After) of
                        ok -> eval_after(After, State1);
                        Other -> {error, Other}
                    end;
                {error, Error} -> {error, Error};
                Other -> {error, Other}
            end;
        {error, Mod} ->
            {error, {old_processes, Mod}}
    end.

%% After point_of_no_return: any failure is final.
eval_after(After, State) ->
    case catch eval_all(After, State) of
        #eval_state{unpurged = Unpurged} -> {ok, Unpurged};
        restart_emulator -> restart_emulator;
        Error -> {'EXIT', Error}
    end.

eval_all(Instructions, State) ->
    lists:foldl(fun(Instruction, S) -> eval(Instruction, S) end, State, Instructions).

%%%-----------------------------------------------------------------
%%% Checks
%%%-----------------------------------------------------------------

split_instructions(Script) ->
    split_instructions(Script, []).

split_instructions([point_of_no_return | T], Before) ->
    {lists:reverse(Before), [point_of_no_return | T]};
split_instructions([H | T], Before) ->
    split_instructions(T, [H | Before]);
split_instructions([], Before) ->
    %% No point_of_no_return: everything may still fail harmlessly.
    {[], lists:reverse(Before)}.

%% The modules whose load/remove has PrePurge `Method` and whose old code
%% nobody runs ({ok, Mods}). With soft_purge, the first module whose old
%% code is still run is thrown as {error, Mod}; with brutal_purge such
%% modules are left out.
-spec check_old_processes([instruction()], soft_purge | brutal_purge) ->
          {ok, [module()]}.
check_old_processes(Script, Method) ->
    Procs = erlang:processes(),
    {ok, lists:flatmap(fun({load, {Mod, M, _Post}}) when M =:= Method ->
                               old_code_users(Mod, Procs, Method);
                          ({remove, {Mod, M, _Post}}) when M =:= Method ->
                               old_code_users(Mod, Procs, Method);
                          (_) ->
                               []
                       end, Script)}.

old_code_users(Mod, Procs, Method) ->
    case erlang:check_old_code(Mod) of
        false ->
            [];
        true when Method =:= soft_purge ->
            no_old_code_users(Mod, Procs);
        true when Method =:= brutal_purge ->
            case catch no_old_code_users(Mod, Procs) of
                {error, Mod} -> [];
                Mods -> Mods
            end
    end.

no_old_code_users(Mod, Procs) ->
    lists:foreach(fun(Pid) ->
                          case erlang:check_process_code(Pid, Mod) of
                              false -> ok;
                              true -> throw({error, Mod})
                          end
                  end, Procs),
    [Mod].

%% What may follow point_of_no_return (a hand-written script may have
%% anything there).
syntax_check_script([I | Script]) ->
    case after_point_of_no_return(I) of
        true -> syntax_check_script(Script);
        false -> throw({illegal_instruction_after_point_of_no_return, I})
    end;
syntax_check_script([]) ->
    ok.

after_point_of_no_return(point_of_no_return) -> true;
after_point_of_no_return({load, {_, _, _}}) -> true;
after_point_of_no_return({remove, {_, _, _}}) -> true;
after_point_of_no_return({purge, _}) -> true;
after_point_of_no_return({suspend, _}) -> true;
after_point_of_no_return({resume, _}) -> true;
after_point_of_no_return({code_change, _}) -> true;
after_point_of_no_return({code_change, _, _}) -> true;
after_point_of_no_return({stop, _}) -> true;
after_point_of_no_return({start, _}) -> true;
after_point_of_no_return({sync_nodes, _, {_, _, _}}) -> true;
after_point_of_no_return({sync_nodes, _, _}) -> true;
after_point_of_no_return({apply, {_, _, _}}) -> true;
after_point_of_no_return(restart_emulator) -> true;
after_point_of_no_return(_) -> false.

%%%-----------------------------------------------------------------
%%% The instructions
%%%-----------------------------------------------------------------

%% Reads (does not load) the application's object code; the versions of
%% the loaded and the new modules are noted for code_change.
eval({load_object_code, {Lib, LibVsn, Modules}}, S) ->
    case lists:keyfind(Lib, 1, S#eval_state.libdirs) of
        {Lib, LibVsn, LibDir} = LibInfo ->
            Ext = code:objfile_extension(),
            {Bins, Vsns} =
                lists:foldl(
                  fun(Mod, {Bins0, Vsns0}) ->
                          File = root_dir_relative_path(
                                   filename:join([LibDir, "ebin", lists:concat([Mod, Ext])])),
                          case file:read_file(File) of
                              {ok, Bin} ->
                                  {[{Mod, Bin, File} | Bins0], add_vsns(Mod, Bin, Vsns0)};
                              {error, _} ->
                                  throw({error, {no_such_file, File}})
                          end
                  end, {S#eval_state.bins, S#eval_state.vsns}, Modules),
            NewLibs = lists:keystore(Lib, 1, S#eval_state.newlibs, LibInfo),
            S#eval_state{bins = Bins, newlibs = NewLibs, vsns = Vsns};
        {Lib, OtherVsn, _LibDir} ->
            throw({error, {bad_lib_vsn, Lib, OtherVsn}})
    end;
%% The upgraded applications' new ebin directories replace the old ones
%% on the code path.
eval(point_of_no_return, S) ->
    Libs = case get_opt(update_paths, S, false) of
               false -> S#eval_state.newlibs;
               true -> S#eval_state.libdirs
           end,
    lists:foreach(fun({Lib, _Vsn, LibDir}) ->
                          code:replace_path(Lib, root_dir_relative_path(
                                                   filename:join(LibDir, "ebin")))
                  end, Libs),
    S;
%% code:load_binary kills the users of the module's old code (which a
%% soft PrePurge has already found to be none); the version it replaces
%% becomes old and is soft-purged now if nobody runs it.
eval({load, {Mod, _PrePurge, PostPurge}}, S) ->
    Bins = S#eval_state.bins,
    {Mod, Bin, File} = lists:keyfind(Mod, 1, Bins),
    {module, _} = code:load_binary(Mod, File, Bin),
    Unpurged = soft_purge(Mod, PostPurge, S#eval_state.unpurged),
    S#eval_state{bins = lists:keydelete(Mod, 1, Bins), unpurged = Unpurged};
eval({remove, {Mod, _PrePurge, PostPurge}}, S) ->
    code:purge(Mod),
    code:delete(Mod),
    S#eval_state{unpurged = soft_purge(Mod, PostPurge, S#eval_state.unpurged)};
%% Kills whatever still runs old code (a process that did not answer a
%% suspend, or one started between suspend and load).
eval({purge, Modules}, S) ->
    lists:foreach(fun(Mod) -> code:purge(Mod) end, Modules),
    S;
eval({suspend, Modules}, S) ->
    Procs = get_supervised_procs(),
    Suspended =
        lists:foldl(fun(ModSpec, Acc) ->
                            {Mod, Default} = case ModSpec of
                                                 {M, T} -> {M, T};
                                                 M -> {M, default}
                                             end,
                            Timeout = get_opt(suspend_timeout, S, Default),
                            [{Mod, suspend(Mod, Procs, Timeout)} | Acc]
                    end, S#eval_state.suspended, Modules),
    S#eval_state{suspended = Suspended};
eval({resume, Modules}, S) ->
    Suspended =
        lists:foldl(fun(Mod, Acc) ->
                            lists:filter(fun({M, Pids}) when M =:= Mod ->
                                                 resume(Pids),
                                                 false;
                                            (_) ->
                                                 true
                                         end, Acc)
                    end, S#eval_state.suspended, Modules),
    S#eval_state{suspended = Suspended};
eval({code_change, Modules}, S) ->
    eval({code_change, up, Modules}, S);
eval({code_change, Mode, Modules}, S) ->
    Timeout = get_opt(code_change_timeout, S, default),
    lists:foreach(
      fun({Mod, Extra}) ->
              Vsn = code_change_vsn(Mode, lists:keyfind(Mod, 1, S#eval_state.vsns)),
              case lists:keyfind(Mod, 1, S#eval_state.suspended) of
                  {Mod, Pids} -> change_code(Pids, Mod, Vsn, Extra, Timeout);
                  false -> ok
              end
      end, Modules),
    S;
eval({stop, Modules}, S) ->
    Procs = get_supervised_procs(),
    Stopped = lists:foldl(fun(Mod, Acc) -> [{Mod, stop(Mod, Procs)} | Acc] end,
                          S#eval_state.stopped, Modules),
    S#eval_state{stopped = Stopped};
eval({start, Modules}, S) ->
    Stopped =
        lists:foldl(fun(Mod, Acc) ->
                            lists:filter(fun({M, Children}) when M =:= Mod ->
                                                 start(Children),
                                                 false;
                                            (_) ->
                                                 true
                                         end, Acc)
                    end, S#eval_state.stopped, Modules),
    S#eval_state{stopped = Stopped};
eval({sync_nodes, Id, {M, F, A}}, S) ->
    sync_nodes(Id, apply(M, F, A)),
    S;
eval({sync_nodes, Id, Nodes}, S) ->
    sync_nodes(Id, Nodes),
    S;
eval({apply, {M, F, A}}, S) ->
    apply(M, F, A),
    S;
eval(restart_emulator, _S) ->
    throw(restart_emulator);
eval(restart_new_emulator, _S) ->
    throw(restart_new_emulator).

%% Application directories may be relative to the release root (those
%% of a release unpacked by release_handler:unpack_release/1), as in OTP.
root_dir_relative_path(Name) ->
    case filename:pathtype(Name) of
        relative -> filename:join(code:root_dir(), Name);
        _ -> Name
    end.

get_opt(Tag, S, Default) ->
    case lists:keyfind(Tag, 1, S#eval_state.opts) of
        {Tag, Value} -> Value;
        false -> Default
    end.

%% OldVsn for Mod:code_change: the replaced version going up, {down, V}
%% (V the version being loaded) going down. Any other mode counts as
%% down, without a version, as in OTP.
code_change_vsn(up, {_Mod, OldVsn, _NewVsn}) -> OldVsn;
code_change_vsn(down, {_Mod, _OldVsn, NewVsn}) -> {down, NewVsn};
code_change_vsn(up, _) -> undefined;
code_change_vsn(_, _) -> {down, undefined}.

%%%-----------------------------------------------------------------
%%% Processes
%%%-----------------------------------------------------------------

%% Suspends the supervised processes that list Mod; one that does not
%% answer in time is skipped (and resumed should it suspend later).
suspend(Mod, Procs, Timeout) ->
    lists:filtermap(fun({_Sup, _Name, Pid, Mods}) ->
                            case lists:member(Mod, Mods) of
                                true ->
                                    case catch sys_suspend(Pid, Timeout) of
                                        ok ->
                                            {true, Pid};
                                        _ ->
                                            catch sys:resume(Pid),
                                            false
                                    end;
                                false ->
                                    false
                            end
                    end, Procs).

sys_suspend(Pid, default) -> sys:suspend(Pid);
sys_suspend(Pid, Timeout) -> sys:suspend(Pid, Timeout).

resume(Pids) ->
    lists:foreach(fun(Pid) -> catch sys:resume(Pid) end, Pids).

change_code(Pids, Mod, Vsn, Extra, Timeout) ->
    lists:foreach(fun(Pid) ->
                          case sys_change_code(Pid, Mod, Vsn, Extra, Timeout) of
                              ok -> ok;
                              {error, Reason} ->
                                  throw({code_change_failed, Pid, Mod, Vsn, Reason})
                          end
                  end, Pids).

sys_change_code(Pid, Mod, Vsn, Extra, default) ->
    sys:change_code(Pid, Mod, Vsn, Extra);
sys_change_code(Pid, Mod, Vsn, Extra, Timeout) ->
    sys:change_code(Pid, Mod, Vsn, Extra, Timeout).

%% Terminates the supervised children that list Mod (not top
%% supervisors), remembering where they were.
stop(Mod, Procs) ->
    lists:filtermap(fun({undefined, _Name, _Pid, _Mods}) ->
                            false;
                       ({Sup, Name, _Pid, Mods}) ->
                            case lists:member(Mod, Mods) of
                                true ->
                                    case catch supervisor:terminate_child(Sup, Name) of
                                        ok -> {true, {Sup, Name}};
                                        _ -> false
                                    end;
                                false ->
                                    false
                            end
                    end, Procs).

start(Children) ->
    lists:foreach(fun({Sup, Name}) -> catch supervisor:restart_child(Sup, Name) end,
                  Children).

%% Keeps Mod listed as unpurged while some process runs its old code.
soft_purge(Mod, PostPurge, Unpurged) ->
    NoOldUsers = code:soft_purge(Mod),
    case lists:keymember(Mod, 1, Unpurged) of
        true when NoOldUsers -> lists:keydelete(Mod, 1, Unpurged);
        true -> Unpurged;
        false when NoOldUsers -> Unpurged;
        false -> [{Mod, PostPurge} | Unpurged]
    end.

%% Only this node takes part: there is no distribution.
sync_nodes(Id, Nodes) ->
    Others = lists:delete(node(), Nodes),
    lists:foreach(fun(Node) -> {release_handler, Node} ! {sync_nodes, Id, node()} end,
                  Others),
    lists:foreach(fun(Node) ->
                          receive
                              {sync_nodes, Id, Node} -> ok;
                              {nodedown, Node} -> throw({sync_error, {nodedown, Node}})
                          end
                  end, Others).

%%%-----------------------------------------------------------------
%%% The supervision trees
%%%-----------------------------------------------------------------

%% [{Sup, ChildId, Pid, Mods}] for every process in the supervision trees
%% of the running applications, with the modules its child spec lists;
%% each top supervisor is {undefined, undefined, Pid, [CallbackModule]}.
-spec get_supervised_procs() -> [{pid() | undefined, term(), pid(), [module()]}].
get_supervised_procs() ->
    lists:foldl(fun(App, Procs) ->
                        master_procs(App, Procs, application_controller:get_master(App))
                end, [], [App || {App, _Descr, _Vsn} <- application:which_applications()]).

master_procs(App, Procs, Master) when is_pid(Master) ->
    {Root, _AppMod} = application_master:get_child(Master),
    tree_procs(App, Root, Procs, supervisor_module(Root));
master_procs(_App, Procs, _NoMaster) ->
    Procs.

tree_procs(_App, Root, Procs, {ok, SupMod}) ->
    children_procs(which_children(Root, SupMod, Root), Root)
        ++ [{undefined, undefined, Root, [SupMod]} | Procs];
tree_procs(App, Root, Procs, {error, _}) ->
    error_logger:error_msg("release_handler: cannot find top supervisor for "
                           "application ~w~n", [App]),
    children_procs(which_children(Root, App, Root), Root) ++ Procs.

children_procs([{Name, Pid, worker, dynamic} | T], Sup) when is_pid(Pid) ->
    [{Sup, Name, Pid, dynamic_modules(Name, Pid)} | children_procs(T, Sup)];
children_procs([{Name, Pid, worker, Mods} | T], Sup) when is_pid(Pid), is_list(Mods) ->
    [{Sup, Name, Pid, Mods} | children_procs(T, Sup)];
children_procs([{Name, Pid, supervisor, Mods} | T], Sup) when is_pid(Pid) ->
    [{Sup, Name, Pid, Mods} | children_procs(T, Sup)]
        ++ children_procs(which_children(Pid, Name, Pid), Pid);
children_procs([_ | T], Sup) ->
    children_procs(T, Sup);
children_procs(_, _Sup) ->
    [].

%% A suspended supervisor cannot answer which_children: the upgrade
%% fails (it should be upgraded in another way).
which_children(Proc, Name, Pid) ->
    case proc_state(Proc) of
        noproc ->
            error_logger:warning_msg("release_handler: a process (~p) exited"
                                     " during supervision tree interrogation."
                                     " Continuing ...~n", [Proc]),
            [];
        suspended ->
            error_logger:error_msg("release_handler: a which_children call"
                                   " to ~p (~w) was avoided. This supervisor"
                                   " is suspended and should likely be upgraded"
                                   " differently. Exiting ...~n", [Name, Pid]),
            error(suspended_supervisor);
        running ->
            case catch supervisor:which_children(Pid) of
                Children when is_list(Children) ->
                    Children;
                Other ->
                    error_logger:error_msg("release_handler: ~p~nerror during"
                                           " a which_children call to ~p (~w)."
                                           " [State: running] Exiting ... ~n",
                                           [Other, Name, Pid]),
                    error(which_children_failed)
            end
    end.

proc_state(Proc) ->
    try sys:get_status(Proc) of
        {status, _, {module, _}, [_, State, _, _, _]}
          when State =:= running; State =:= suspended ->
            State
    catch exit:{noproc, {sys, get_status, [Proc]}} ->
            noproc
    end.

%% A child with `modules => dynamic` says which modules it runs.
dynamic_modules(Name, Pid) ->
    case catch gen:call(Pid, self(), get_modules) of
        {ok, Mods} ->
            Mods;
        Other ->
            error_logger:error_msg("release_handler: ~p~nerror during a"
                                   " get_modules call to ~p (~w),"
                                   " there may be an error in it's"
                                   " childspec. Exiting ...~n",
                                   [Other, Name, Pid]),
            error(get_modules_failed)
    end.

supervisor_module(SupPid) ->
    case catch supervisor:get_callback_module(SupPid) of
        Module when is_atom(Module) ->
            {ok, Module};
        Other ->
            io:format("~w: reason: ~w~n", [SupPid, Other]),
            {error, undefined}
    end.

%%%-----------------------------------------------------------------
%%% Versions
%%%-----------------------------------------------------------------

%% The first load_object_code of a module fixes both versions.
add_vsns(Mod, NewBin, Vsns) ->
    OldVsn = get_current_vsn(Mod),
    NewVsn = get_vsn(NewBin),
    case lists:keyfind(Mod, 1, Vsns) of
        {Mod, OldVsn0, NewVsn0} ->
            lists:keyreplace(Mod, 1, Vsns, {Mod, defined(OldVsn0, OldVsn),
                                            defined(NewVsn0, NewVsn)});
        false ->
            [{Mod, OldVsn, NewVsn} | Vsns]
    end.

defined(undefined, Vsn) -> Vsn;
defined(Vsn, _) -> Vsn.

%% The version in the object file of the loaded module (undefined for a
%% module that is new).
-spec get_current_vsn(module()) -> term().
get_current_vsn(Mod) ->
    case code:which(Mod) of
        File when is_list(File) ->
            case file:read_file(File) of
                {ok, Bin} -> get_vsn(Bin);
                {error, _} -> undefined
            end;
        _ ->
            undefined
    end.

%% The -vsn attribute; a term other than a string comes wrapped in a list
%% and is unwrapped (the checksum of a module without -vsn too).
get_vsn(Bin) ->
    {ok, {_Mod, Vsn}} = beam_lib:version(Bin),
    case is_string(Vsn) of
        true -> Vsn;
        false ->
            case Vsn of
                [VsnTerm] -> VsnTerm;
                _ -> Vsn
            end
    end.

%% As sasl's misc_supp:is_string/1: printable Latin-1, not empty.
is_string([]) -> false;
is_string(L) -> printable(L).

printable([]) -> true;
printable([C | T]) when is_integer(C), C >= $\s, C =< 255 -> printable(T);
printable(_) -> false.
