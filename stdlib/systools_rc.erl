%% systools_rc: translates release upgrade scripts made of high-level
%% appup instructions into one low-level relup script, as OTP 25's sasl
%% module of that name: short forms expanded, scripts merged (all
%% load_object_code first, then point_of_no_return), application
%% instructions turned into module instructions, module instructions
%% grouped by DepMods and turned into suspend/load/code_change/resume,
%% emulator restarts moved to the start or the end. Errors are
%% {error, systools_rc, Reason} with OTP's reasons.
%%
%% Used by systools_relup (make_relup) and by release_handler
%% (upgrade_app/2, downgrade_app/2,3 through upgrade_script/2).
-module(systools_rc).

-export([translate_scripts/3, translate_scripts/4, format_error/1]).

%% OTP's systools.hrl #application (what Appls and PreAppls hold).
-record(application,
        {name, type = permanent, vsn = "", id = "", description = "",
         modules = [], uses = [], optional = [], includes = [], regs = [],
         env = [], maxT = infinity, maxP = infinity, mod = [],
         start_phases, dir = ""}).

%% Translates upgrade scripts (Mode up).
-spec translate_scripts([[term()]], [tuple()], [tuple()]) ->
          {ok, [term()]} | {error, systools_rc, term()}.
translate_scripts(Scripts, Appls, PreAppls) ->
    translate_scripts(up, Scripts, Appls, PreAppls).

%% Mode is up or dn. Appls are the #application records of the release
%% (or application versions) being moved to, PreAppls those moved from.
%% A script that is not a list fails (function_clause), as in OTP.
-spec translate_scripts(up | dn, [[term()]], [tuple()], [tuple()]) ->
          {ok, [term()]} | {error, systools_rc, term()}.
translate_scripts(Mode, Scripts, Appls, PreAppls) ->
    Expanded = [expand_script(S) || S <- Scripts],
    case catch translate(Mode, Expanded, Appls, PreAppls) of
        {ok, Script} -> {ok, Script};
        {error, Reason} -> {error, ?MODULE, Reason};
        {'EXIT', Reason} -> {error, ?MODULE, Reason}
    end.

%%--------------------------------------------------------------------------
%% Short forms
%%--------------------------------------------------------------------------

expand_script([I | Is]) -> [expand(I) | expand_script(Is)];
expand_script([]) -> [].

expand({load_module, M}) ->
    {load_module, M, brutal_purge, brutal_purge, []};
expand({load_module, M, Deps}) when is_list(Deps) ->
    {load_module, M, brutal_purge, brutal_purge, Deps};
expand({update, M}) ->
    {update, M, soft, brutal_purge, brutal_purge, []};
expand({update, M, supervisor}) ->
    {update, M, static, default, {advanced, []}, brutal_purge, brutal_purge, []};
expand({update, M, Change}) when is_tuple(Change); Change =:= soft ->
    {update, M, Change, brutal_purge, brutal_purge, []};
expand({update, M, Deps}) when is_list(Deps) ->
    {update, M, soft, brutal_purge, brutal_purge, Deps};
expand({update, M, Change, Deps}) when (is_tuple(Change) orelse Change =:= soft),
                                       is_list(Deps) ->
    {update, M, Change, brutal_purge, brutal_purge, Deps};
expand({add_application, A}) ->
    {add_application, A, permanent};
expand(I) ->
    I.

%%--------------------------------------------------------------------------
%% The translation
%%--------------------------------------------------------------------------

translate(Mode, Scripts, Appls, PreAppls) ->
    Merged = merge_scripts(Scripts),
    systools_rc_syntax:check(Merged),
    {Before, After} = split_script([normalize(I) || I <- Merged]),
    check_load(Before, After),
    check_suspend_resume(After),
    check_start_stop(After),
    After1 = translate_application_instrs(After, Appls, PreAppls),
    After2 = [add_module_to_load(I) || I <- After1],
    {Before3, After3} = translate_dependent(Mode, After2, Appls),
    Before4 = merge_load_object_code(Before ++ Before3),
    {Before5, After5} = place_emulator_restarts(Mode, Before4, After3),
    Script = Before5 ++ [point_of_no_return | After5],
    systools_rc_syntax:check(Script),
    {ok, Script}.

%% All scripts' parts before point_of_no_return, then all parts after.
merge_scripts(Scripts) ->
    Parts = [split_script(S) || S <- Scripts],
    lists:append([B || {B, _} <- Parts]) ++
        [point_of_no_return | lists:append([A || {_, A} <- Parts])].

%% {Before, After} of point_of_no_return (everything is After when there
%% is none); load_object_code instructions all go to Before.
split_script(Script) ->
    {Before, After} = split_at_point_of_no_return(Script, []),
    lists:foreach(fun({load_object_code, _}) -> ok;
                     ({apply, _}) -> ok;
                     (I) -> throw({error, {bad_op_before_point_of_no_return, I}})
                  end, Before),
    {Loads, Rest} = lists:partition(fun is_load_object_code/1, After),
    {Before ++ Loads, Rest}.

split_at_point_of_no_return([point_of_no_return | After], Before) ->
    case lists:member(point_of_no_return, After) of
        true -> throw({error, too_many_point_of_no_return});
        false -> {lists:reverse(Before), After}
    end;
split_at_point_of_no_return([I | Is], Before) ->
    split_at_point_of_no_return(Is, [I | Before]);
split_at_point_of_no_return([], Before) ->
    {[], lists:reverse(Before)}.

is_load_object_code({load_object_code, _}) -> true;
is_load_object_code(_) -> false.

%% The update forms with defaults filled in become the 8-tuple.
normalize({update, M, Change, Pre, Post, Deps}) ->
    {update, M, dynamic, default, Change, Pre, Post, Deps};
normalize({update, M, Timeout, Change, Pre, Post, Deps}) ->
    {update, M, dynamic, Timeout, Change, Pre, Post, Deps};
normalize({add_module, M}) -> {add_module, M, []};
normalize({delete_module, M}) -> {delete_module, M, []};
normalize(I) -> I.

%%--------------------------------------------------------------------------
%% Checks of low-level instructions written in an appup
%%--------------------------------------------------------------------------

check_load(Before, After) ->
    Objects = lists:append([Ms || {load_object_code, {_, _, Ms}} <- Before]),
    lists:foreach(fun({load, {M, _, _}}) ->
                          case lists:member(M, Objects) of
                              true -> ok;
                              false -> throw({error, {no_object_code, M}})
                          end;
                     (_) -> ok
                  end, After).

check_suspend_resume(Script) ->
    Suspended = [case X of {M, _Timeout} -> M; M -> M end
                 || X <- lists:flatten([Ms || {suspend, Ms} <- Script])],
    Resumed = lists:flatten([Ms || {resume, Ms} <- Script]),
    same_sets(Suspended, Resumed, suspended_not_resumed, resumed_not_suspended).

check_start_stop(Script) ->
    Started = lists:flatten([Ms || {start, Ms} <- Script]),
    Stopped = lists:flatten([Ms || {stop, Ms} <- Script]),
    same_sets(Started, Stopped, start_not_stop, stop_not_start).

same_sets(A, B, OnlyA, OnlyB) ->
    case difference(A, B) of
        [] -> ok;
        D1 -> throw({error, {OnlyA, D1}})
    end,
    case difference(B, A) of
        [] -> ok;
        D2 -> throw({error, {OnlyB, D2}})
    end.

%%--------------------------------------------------------------------------
%% Application instructions
%%--------------------------------------------------------------------------

%% add_application, remove_application and restart_application become
%% add_module, remove, purge and apply instructions in place.
translate_application_instrs(Script, Appls, PreAppls) ->
    lists:append([application_instr(I, Appls, PreAppls) || I <- Script]).

application_instr({add_application, A, Type}, Appls, _PreAppls) ->
    #application{modules = Mods} = find_appl(A, Appls),
    [{add_module, M, []} || M <- Mods] ++ start_instr(A, Type);
application_instr({remove_application, A}, Appls, PreAppls) ->
    case lists:keymember(A, #application.name, Appls) of
        true -> throw({error, {removed_application_present, A}});
        false -> ok
    end,
    #application{modules = Mods} = find_appl(A, PreAppls),
    [{apply, {application, stop, [A]}}] ++ remove_instrs(Mods) ++
        [{apply, {application, unload, [A]}}];
application_instr({restart_application, A}, Appls, PreAppls) ->
    #application{modules = PreMods} = find_appl(A, PreAppls),
    #application{modules = Mods, type = Type} = find_appl(A, Appls),
    [{apply, {application, stop, [A]}}] ++ remove_instrs(PreMods) ++
        [{add_module, M, []} || M <- Mods] ++ start_instr(A, Type);
application_instr(I, _Appls, _PreAppls) ->
    [I].

find_appl(A, Appls) ->
    case lists:keyfind(A, #application.name, Appls) of
        #application{} = Appl -> Appl;
        false -> throw({error, {no_such_application, A}})
    end.

start_instr(_A, none) -> [];
start_instr(A, load) -> [{apply, {application, load, [A]}}];
start_instr(A, Type) -> [{apply, {application, start, [A, Type]}}].

remove_instrs(Mods) ->
    [{remove, {M, brutal_purge, brutal_purge}} || M <- Mods] ++ [{purge, Mods}].

%% A new module is loaded like any other (its purge methods do not matter).
add_module_to_load({add_module, M, Deps}) ->
    {load_module, M, brutal_purge, brutal_purge, Deps};
add_module_to_load(I) ->
    I.

%%--------------------------------------------------------------------------
%% Module instructions, by DepMods group
%%--------------------------------------------------------------------------

%% Each group is translated where its first instruction stood; other
%% instructions stay in place. Returns the group's load_object_code
%% instructions and the new script after point_of_no_return.
translate_dependent(Mode, Script, Appls) ->
    Groups = systools_rc_deps:groups([I || I <- Script, systools_rc_deps:is_dep_instr(I)]),
    dependent_loop(Script, Groups, Mode, Appls, [], []).

dependent_loop([I | Is], Groups, Mode, Appls, Before, After) ->
    case systools_rc_deps:is_dep_instr(I) of
        true ->
            [Group] = [G || G <- Groups, lists:member(I, G)],
            {B, A} = group_to_low(Mode, Group, Appls),
            dependent_loop(difference(Is, Group), Groups, Mode, Appls,
                           [B | Before], [A | After]);
        false ->
            dependent_loop(Is, Groups, Mode, Appls, Before, [[I] | After])
    end;
dependent_loop([], _Groups, _Mode, _Appls, Before, After) ->
    {lists:append(lists:reverse(Before)), lists:append(lists:reverse(After))}.

%% Group is in dependency order (dependents first). Processes are
%% suspended and code_changed in that order and resumed in the reverse;
%% modules are loaded in the reverse on upgrade (dependencies first) and
%% in that order on downgrade, where code_change comes before the loads
%% for dynamic modules and after them for static ones.
group_to_low(Mode, Group, Appls) ->
    Suspended = [case T of default -> M; _ -> {M, T} end
                 || {update, M, _, T, _, _, _, _} <- Group],
    Updated = [M || {update, M, _, _, _, _, _, _} <- Group],
    {Suspend, Resume} =
        case Updated of
            [] -> {[], []};
            _ -> {[{suspend, Suspended}], [{resume, lists:reverse(Updated)}]}
        end,
    Codes = [code_instrs(I) || I <- Group],
    Objects = [{load_object_code, lib_of(M, Appls, [M])}
               || {load, {M, _, _}} <- lists:append(Codes)],
    case Mode of
        up ->
            Changes = [{M, X} || {update, M, _, _, {advanced, X}, _, _, _} <- Group],
            {Objects, Suspend ++ lists:append(lists:reverse(Codes)) ++
                 code_change(up, Changes) ++ Resume};
        dn ->
            Pre = [{M, X} || {update, M, dynamic, _, {advanced, X}, _, _, _} <- Group],
            Post = [{M, X} || {update, M, static, _, {advanced, X}, _, _, _} <- Group],
            {Objects, Suspend ++ code_change(down, Pre) ++ lists:append(Codes) ++
                 code_change(down, Post) ++ Resume}
    end.

code_instrs({update, M, _, _, _, Pre, Post, _}) -> [{load, {M, Pre, Post}}];
code_instrs({load_module, M, Pre, Post, _}) -> [{load, {M, Pre, Post}}];
code_instrs({delete_module, M, _}) ->
    [{remove, {M, brutal_purge, brutal_purge}}, {purge, [M]}].

code_change(_Dir, []) -> [];
code_change(Dir, Changes) -> [{code_change, Dir, Changes}].

%% {App, Vsn, Mods} of the first application listing M.
lib_of(M, [#application{name = Name, vsn = Vsn, modules = Mods} | Appls], Ms) ->
    case lists:member(M, Mods) of
        true -> {Name, Vsn, Ms};
        false -> lib_of(M, Appls, Ms)
    end;
lib_of(M, [], _Ms) ->
    throw({error, {no_such_module, M}}).

%%--------------------------------------------------------------------------
%% load_object_code merging and emulator restarts
%%--------------------------------------------------------------------------

%% One load_object_code per application, in order of first appearance,
%% with the modules of all of them; the other instructions follow.
merge_load_object_code(Before) ->
    {Loads, Rest} = lists:partition(fun is_load_object_code/1, Before),
    merge_loads(Loads) ++ Rest.

merge_loads([{load_object_code, {Lib, Vsn, Mods}} | Loads]) ->
    {Same, Other} =
        lists:partition(fun({load_object_code, {L, V, _}}) when L =:= Lib, V =:= Vsn -> true;
                           ({load_object_code, {L, V, _}}) when L =:= Lib ->
                                throw({error, {conflicting_versions, Lib, Vsn, V}});
                           (_) -> false
                        end, Loads),
    Rest = lists:foldr(fun({load_object_code, {_, _, Ms}}, Acc) -> union(Ms, Acc) end,
                       [], Same),
    [{load_object_code, {Lib, Vsn, union(Mods, Rest)}} | merge_loads(Other)];
merge_loads([]) ->
    [].

%% restart_new_emulator goes first on upgrade and becomes a final
%% restart_emulator on downgrade; any restart_emulator goes last, once.
place_emulator_restarts(Mode, Before, After) ->
    {Before1, After1} =
        case lists:member(restart_new_emulator, After) of
            false -> {Before, After};
            true ->
                Rest = [I || I <- After, I =/= restart_new_emulator],
                case Mode of
                    up -> {[restart_new_emulator | Before], Rest};
                    dn -> {Before, Rest ++ [restart_emulator]}
                end
        end,
    case lists:member(restart_emulator, After1) of
        false -> {Before1, After1};
        true -> {Before1, [I || I <- After1, I =/= restart_emulator] ++ [restart_emulator]}
    end.

%% The elements of A not in B, then B.
union([H | T], L) ->
    case lists:member(H, L) of
        true -> union(T, L);
        false -> [H | union(T, L)]
    end;
union([], L) -> L.

difference(A, B) -> [X || X <- A, not lists:member(X, B)].

%%--------------------------------------------------------------------------
%% Error texts
%%--------------------------------------------------------------------------

-spec format_error(term()) -> io_lib:chars().
format_error({bad_op_before_point_of_no_return, I}) ->
    io_lib:format("Bad instruction ~p~nbefore point_of_no_return~n", [I]);
format_error({no_object_code, M}) ->
    io_lib:format("No load_object_code found for module: ~w~n", [M]);
format_error({suspended_not_resumed, Ms}) ->
    io_lib:format("Suspended but not resumed: ~p~n", [Ms]);
format_error({resumed_not_suspended, Ms}) ->
    io_lib:format("Resumed but not suspended: ~p~n", [Ms]);
format_error({code_change_not_suspended, Ms}) ->
    io_lib:format("Code changed but not suspended: ~p~n", [Ms]);
format_error({start_not_stop, Ms}) ->
    io_lib:format("Started but not stopped: ~p~n", [Ms]);
format_error({stop_not_start, Ms}) ->
    io_lib:format("Stopped but not started: ~p~n", [Ms]);
format_error({no_such_application, A}) ->
    io_lib:format("Started undefined application: ~w~n", [A]);
format_error({removed_application_present, A}) ->
    io_lib:format("Removed application present: ~w~n", [A]);
format_error(dup_mnesia_backup) ->
    io_lib:format("Duplicate mnesia_backup~n", []);
format_error(bad_mnesia_backup) ->
    io_lib:format("mnesia_backup in bad position~n", []);
format_error({conflicting_versions, Lib, V1, V2}) ->
    io_lib:format("Conflicting versions for ~w, ~ts and ~ts~n", [Lib, V1, V2]);
format_error({no_appl_vsn, A}) ->
    io_lib:format("No version specified for application: ~w~n", [A]);
format_error({no_such_module, M}) ->
    io_lib:format("No such module: ~w~n", [M]);
format_error(too_many_point_of_no_return) ->
    io_lib:format("Too many point_of_no_return~n", []);
format_error({bad_instruction, X}) ->
    io_lib:format("Bad instruction: ~tp~n", [X]);
format_error({bad_module, X}) ->
    should_be("Bad module", X, "atom()");
format_error({bad_code_change, X}) ->
    should_be("Bad code_change", X, "{Mod, Extra}");
format_error({bad_change, X}) ->
    should_be("Bad change spec", X, "soft | {advanced, E}");
format_error({bad_mod_type, X}) ->
    should_be("Bad module type", X, "static | dynamic");
format_error({bad_purge_method, X}) ->
    should_be("Bad purge method", X, "soft_purge | brutal_purge");
format_error({bad_list, X}) ->
    io_lib:format("Bad list: ~tp~n", [X]);
format_error({bad_args_list, X}) ->
    io_lib:format("Bad argument list: ~tp~n", [X]);
format_error({bad_node, X}) ->
    should_be("Bad node", X, "atom()");
format_error({bad_application, X}) ->
    should_be("Bad application", X, "atom()");
format_error({bad_func, X}) ->
    should_be("Bad function", X, "atom()");
format_error({bad_lib, X}) ->
    should_be("Bad library", X, "atom()");
format_error({bad_lib_vsn, X}) ->
    should_be("Bad library version", X, "string()");
format_error({bad_timeout, X}) ->
    should_be("Bad timeout", X, "infinity | int() > 0");
format_error({undef_module, M}) ->
    io_lib:format("Undefined module: ~p~n", [M]);
format_error({muldef_module, M}) ->
    io_lib:format("Multiply defined module: ~p~n", [M]);
format_error(E) ->
    io_lib:format("~tp~n", [E]).

%% OTP writes these with no space before the parenthesis.
should_be(What, X, Expected) ->
    io_lib:format("~ts: ~tp(should be ~ts)~n", [What, X, Expected]).
