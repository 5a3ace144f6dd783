%% relup_check_code: the code model of the upgrade checker (relup_check).
%% For every application an upgrade script moves, it reads the object
%% files of the version moved from and of the version moved to (through
%% the native ferl_code_info:object_info/1, which reports each function's
%% local and remote calls and receives) and answers the questions the
%% checks ask: which functions a version exports, what a function calls,
%% which functions are receive loops that call themselves locally, which
%% functions receive at all, which behaviours a version implements (and,
%% for a behaviour module, the callbacks it declares), whether two
%% versions' code differs, and the records of a version's source.
%%
%% A model is #{Mod => #{from => Version | none, to => Version | none}}.
%% A Version is a map: app, vsn, ebin, module, exports (#{{F, A} => true}),
%% funs (#{{F, A} => Facts}), behaviours, callbacks ([{F, A}] declared
%% by a behaviour module), code_md5, source, loops, code_change (its facts
%% split into upgrade and downgrade clauses).
%%
%% Not supported: modules whose object file is not in the application's
%% ebin directory; calls through apply or funs (reported by the BIF as
%% dynamic, not followed).
-module(relup_check_code).

-export([load/1, version/3, exports/2, export_list/1, facts/2, behaviours/1,
         callbacks/1, is_supervisor/1, is_statem/1, is_process_module/1, loops/1,
         receives/1, differs/2, records/1, label/1]).

%% load([#{app := App, from := {Vsn, Ebin} | none, to := {Vsn, Ebin} | none}])
%% -> {Model, Problems}: Problems are {bad_object, File, Reason} for object
%% files that could not be read (they are left out of the model).
-spec load([map()]) -> {map(), [tuple()]}.
load(Apps) ->
    lists:foldl(fun load_app/2, {#{}, []}, Apps).

load_app(#{app := App} = A, Acc) ->
    Acc1 = load_side(App, from, maps:get(from, A, none), Acc),
    load_side(App, to, maps:get(to, A, none), Acc1).

load_side(_App, _Side, none, Acc) ->
    Acc;
load_side(App, Side, {Vsn, Ebin}, Acc) ->
    Files = filelib:wildcard(filename:join(Ebin, "*.beam")),
    lists:foldl(fun(F, {Model, Problems}) ->
                        case read_object(F) of
                            {ok, Info, Bin} ->
                                V = version_of(App, Vsn, Ebin, Info, Bin),
                                M = maps:get(module, V),
                                Both = maps:get(M, Model, #{from => none, to => none}),
                                {Model#{M => Both#{Side => V}}, Problems};
                            {error, Why} ->
                                {Model, [{bad_object, F, Why} | Problems]}
                        end
                end, Acc, Files).

read_object(File) ->
    case file:read_file(File) of
        {ok, Bin} ->
            case ferl_code_info:object_info(Bin) of
                {ok, Info} -> {ok, Info, Bin};
                {error, _} = Error -> Error
            end;
        {error, _} = Error ->
            Error
    end.

version_of(App, Vsn, Ebin, Info, Bin) ->
    #{module := M, exports := Exports, functions := Functions,
      attributes := Attrs, code_md5 := Md5, source := Source} = Info,
    Callbacks = maps:get(callbacks, Info, []),
    Funs = maps:from_list([{{F, A}, Facts} || {F, A, Facts} <- Functions]),
    Behaviours = lists:append([Bs || {K, Bs} <- Attrs,
                                     K =:= behaviour orelse K =:= behavior,
                                     is_list(Bs)]),
    #{app => App, vsn => Vsn, ebin => Ebin, module => M,
      exports => maps:from_list([{FA, true} || FA <- Exports]),
      funs => Funs, behaviours => Behaviours, callbacks => Callbacks, code_md5 => Md5,
      source => Source, loops => find_loops(Funs),
      code_change => code_change_facts(Bin, Exports)}.

%% The facts of code_change/3 (gen_statem: /4) split by direction: what
%% its clauses for an upgrade (OldVsn) and for a downgrade ({down, Vsn})
%% can call. #{{F, A} => #{up => Facts, down => Facts}}.
code_change_facts(Bin, Exports) ->
    maps:from_list(
      [{{code_change, A},
        #{up => element(2, ferl_code_info:calls_when(Bin, code_change, A, not_down)),
          down => element(2, ferl_code_info:calls_when(Bin, code_change, A, down))}}
       || {code_change, A} <- Exports]).

%% The version of Mod on Side (from | to), or none (also for Side none).
-spec version(map(), module(), from | to | none) -> map() | none.
version(_Model, _Mod, none) ->
    none;
version(Model, Mod, Side) ->
    case Model of
        #{Mod := Both} -> maps:get(Side, Both);
        _ -> none
    end.

-spec exports(map() | none, {atom(), arity()}) -> boolean().
exports(none, _FA) -> false;
exports(#{exports := Es}, FA) -> maps:is_key(FA, Es).

%% The exported functions, sorted.
-spec export_list(map() | none) -> [{atom(), arity()}].
export_list(none) -> [];
export_list(#{exports := Es}) -> lists:sort(maps:keys(Es)).

%% A function's facts: #{local, funs, remote, dynamic, 'receive'}. For
%% {FA, up | down}, those of code_change's clauses for that direction.
-spec facts(map(), {atom(), arity()} | {{atom(), arity()}, up | down}) -> map() | none.
facts(#{code_change := CC}, {FA, Dir}) when Dir =:= up; Dir =:= down ->
    case CC of
        #{FA := #{Dir := Facts}} -> Facts;
        _ -> none
    end;
facts(#{funs := Funs}, FA) -> maps:get(FA, Funs, none).

%% The behaviours a version implements (its -behaviour attributes).
-spec behaviours(map()) -> [atom()].
behaviours(#{behaviours := Bs}) -> Bs.

%% The callbacks a behaviour module declares (-callback), [] for others.
-spec callbacks(map()) -> [{atom(), arity()}].
callbacks(#{callbacks := Cs}) -> Cs.

-spec is_supervisor(map()) -> boolean().
is_supervisor(#{behaviours := Bs}) -> lists:member(supervisor, Bs).

-spec is_statem(map()) -> boolean().
is_statem(#{behaviours := Bs}) -> lists:member(gen_statem, Bs).

%% Whether processes keep state in this module's terms: a gen_server,
%% gen_statem, gen_event or gen_fsm callback, a module with code_change,
%% or one with a receive loop. Supervisors re-run init/1 instead.
-spec is_process_module(map()) -> boolean().
is_process_module(#{behaviours := Bs} = V) ->
    Gen = [B || B <- Bs, lists:member(B, [gen_server, gen_statem, gen_event, gen_fsm])],
    not lists:member(supervisor, Bs)
        andalso (Gen =/= [] orelse exports(V, {code_change, 3})
                 orelse exports(V, {code_change, 4}) orelse loops(V) =/= []).

%% The functions with a receive that reach themselves through local calls:
%% a process in such a loop never leaves this version of the code.
-spec loops(map()) -> [{atom(), arity()}].
loops(#{loops := Loops}) -> Loops.

%% The functions that contain a receive, sorted.
-spec receives(map()) -> [{atom(), arity()}].
receives(#{funs := Funs}) ->
    lists:sort([FA || {FA, #{'receive' := true}} <- maps:to_list(Funs)]).

find_loops(Funs) ->
    lists:sort([FA || {FA, #{'receive' := true, local := Local}} <- maps:to_list(Funs),
                      reaches(Local, FA, Funs, #{})]).

reaches([], _Target, _Funs, _Seen) ->
    false;
reaches([Target | _], Target, _Funs, _Seen) ->
    true;
reaches([FA | Rest], Target, Funs, Seen) when is_map_key(FA, Seen) ->
    reaches(Rest, Target, Funs, Seen);
reaches([FA | Rest], Target, Funs, Seen) ->
    Next = case Funs of
               #{FA := #{local := L}} -> L;
               _ -> []
           end,
    reaches(Next ++ Rest, Target, Funs, Seen#{FA => true}).

%% Whether two versions (either may be none) run different code.
-spec differs(map() | none, map() | none) -> boolean().
differs(none, none) -> false;
differs(#{code_md5 := Md5}, #{code_md5 := Md5}) -> false;
differs(_, _) -> true.

%% The records of a version's source: {ok, #{Name => [Field]}}, or none
%% when no source is found. The source is looked for in ../src next to
%% the ebin, then in the ebin, then where the compiler read it.
-spec records(map()) -> {ok, map()} | none.
records(#{ebin := Ebin, module := M, source := Source}) ->
    Name = atom_to_list(M) ++ ".erl",
    Candidates = [filename:join([Ebin, "..", "src", Name]), filename:join(Ebin, Name), Source],
    case [F || F <- Candidates, filelib:is_regular(F)] of
        [File | _] ->
            case shell_records:read_file(File) of
                {ok, Recs} ->
                    {ok, maps:from_list([{R, [element(1, F) || F <- Fields]}
                                         || {R, Fields} <- Recs])};
                {error, _} ->
                    none
            end;
        [] ->
            none
    end.

%% "App-Vsn", naming a version in messages.
-spec label(map()) -> string().
label(#{app := App, vsn := Vsn}) ->
    atom_to_list(App) ++ "-" ++ Vsn.
