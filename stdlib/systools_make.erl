%% systools_make: reading and checking a release, as the part of OTP 25's
%% sasl module of that name that make_relup and release_handler use:
%% get_release/2,3 reads Name.rel and the .app file of every application
%% in it (searched along a path), checks them and sorts the applications
%% so that each comes after those it uses; read_application/4 reads one
%% .app file. Errors are {error, systools_make, Reason} with OTP's reasons.
%%
%% kernel, stdlib and sasl have no .app file in ferl: when none is found
%% on the path (no file at all, not one of another version), the keys
%% ferl's application controller has for them are used (their dir is then
%% OTP's installed lib directory name).
%%
%% make_script and make_tar are in systools_script and systools_tar. Not
%% here: make_hybrid_boot; source and xref checks of the modules
%% (get_release/3's ModTestP is ignored).
-module(systools_make).

-export([get_release/2, get_release/3, checked_release/3, read_application/4, format_error/1,
         format_warning/1]).

-record(release, {name, vsn, erts_vsn, applications, incl_apps}).

%% OTP's systools.hrl #application.
-record(application,
        {name, type = permanent, vsn = "", id = "", description = "",
         modules = [], uses = [], optional = [], includes = [], regs = [],
         env = [], maxT = infinity, maxP = infinity, mod = [],
         start_phases, dir = ""}).

%% Reads File.rel (File without extension) from "." or Path.
-spec get_release(string(), [string()]) ->
          {ok, tuple(), [{{atom(), string()}, tuple()}], [term()]} |
          {error, systools_make, term()}.
get_release(File, Path) ->
    get_release(File, Path, {false, false}).

-spec get_release(string(), [string()], term()) ->
          {ok, tuple(), [{{atom(), string()}, tuple()}], [term()]} |
          {error, systools_make, term()}.
get_release(File, Path, _ModTestP) ->
    case catch get_release1(File, Path) of
        {error, Error} -> {error, ?MODULE, Error};
        {'EXIT', Why} -> {error, ?MODULE, {'EXIT', Why}};
        Answer -> Answer
    end.

get_release1(File, Path) ->
    {Release, Warnings} = read_release(File, Path),
    Appls0 = collect_applications(Release, Path),
    check_applications(Appls0),
    Appls1 = [{NV, sort_uses(A, Release#release.applications)} || {NV, A} <- Appls0],
    check_modules(Appls1),
    {ok, Release, sort_appls(Appls1), Warnings}.

%%--------------------------------------------------------------------------
%% The .rel file
%%--------------------------------------------------------------------------

read_release(File, Path) ->
    case read_file(File ++ ".rel", ["." | Path]) of
        {ok, Term, _FullName} ->
            case catch check_rel(Term) of
                {ok, Release, Ws} -> {Release, Ws};
                {error, Error} -> throw({error, ?MODULE, Error});
                Other -> throw({error, ?MODULE, Other})
            end;
        {error, Error} ->
            throw({error, ?MODULE, Error})
    end.

check_rel({release, {Name, Vsn}, {erts, EVsn}, Appls}) when is_list(Appls) ->
    is_string(Name) orelse throw({error, {illegal_name, Name}}),
    is_string(Vsn) orelse throw({error, {illegal_form, Vsn}}),
    is_string(EVsn) orelse throw({error, {illegal_form, {erts, EVsn}}}),
    case [A || A <- Appls, not valid_rel_appl(A)] of
        [] -> ok;
        Illegal -> throw({error, {illegal_applications, Illegal}})
    end,
    Apps = [rel_appl(A) || A <- Appls],
    Incls = [{element(1, A), element(tuple_size(A), A)} || A <- Appls, has_incls(A)],
    Ws = mandatory(Apps),
    {ok, #release{name = Name, vsn = Vsn, erts_vsn = EVsn, applications = Apps,
                  incl_apps = Incls}, Ws};
check_rel(_) ->
    {error, badly_formatted_release}.

valid_rel_appl({App, Vsn}) when is_atom(App) -> is_string(Vsn);
valid_rel_appl({App, Vsn, Incl}) when is_atom(App), is_list(Incl) ->
    is_string(Vsn) andalso is_atom_list(Incl);
valid_rel_appl({App, Vsn, Type}) when is_atom(App), is_atom(Type) ->
    is_string(Vsn) andalso is_app_type(Type);
valid_rel_appl({App, Vsn, Type, Incl}) when is_atom(App), is_atom(Type), is_list(Incl) ->
    is_string(Vsn) andalso is_app_type(Type) andalso is_atom_list(Incl);
valid_rel_appl(_) -> false.

rel_appl({App, Vsn}) -> {App, Vsn, permanent};
rel_appl({App, Vsn, Incl}) when is_list(Incl) -> {App, Vsn, permanent};
rel_appl({App, Vsn, Type}) -> {App, Vsn, Type};
rel_appl({App, Vsn, Type, _Incl}) -> {App, Vsn, Type}.

has_incls({_, _, Incl}) -> is_list(Incl);
has_incls({_, _, _, _}) -> true;
has_incls(_) -> false.

%% kernel and stdlib must be there and permanent; without sasl the
%% release cannot be upgraded (a warning make_relup turns into an error).
mandatory(Apps) ->
    Type = fun(A) ->
                   case lists:keyfind(A, 1, Apps) of
                       {_, _, T} -> T;
                       false -> undefined
                   end
           end,
    lists:foreach(fun(A) ->
                          case Type(A) of
                              permanent -> ok;
                              undefined -> throw({error, {missing_mandatory_app, A}});
                              T -> throw({error, {mandatory_app, A, T}})
                          end
                  end, [kernel, stdlib]),
    case Type(sasl) of
        undefined -> [{warning, missing_sasl}];
        _ -> []
    end.

%%--------------------------------------------------------------------------
%% The .app files
%%--------------------------------------------------------------------------

collect_applications(Release, Path) ->
    Incls = Release#release.incl_apps,
    Read = [{Name, Vsn, Type, read_application(atom_to_list(Name), Vsn, Path, Incls)}
            || {Name, Vsn, Type} <- Release#release.applications],
    Errors = lists:reverse(
               [case R of
                    {ok, A} -> {bad_application_name,
                                {Name, {A#application.name, A#application.vsn}}};
                    {error, What} -> {error_reading, {Name, What}}
                end || {Name, Vsn, _, R} <- Read, not read_ok(Name, Vsn, R)]),
    case Errors of
        [] -> [{{Name, Vsn}, A#application{type = Type}} || {Name, Vsn, Type, {ok, A}} <- Read];
        _ -> throw({error, Errors})
    end.

read_ok(Name, Vsn, {ok, #application{name = Name, vsn = Vsn}}) -> true;
read_ok(_, _, _) -> false.

%% get_release/2 as make_script and make_tar use it, with their flags
%% applied to the warnings (no_warn_sasl drops missing_sasl;
%% warnings_as_errors turns any into an error): {ok, Release, Appls,
%% Warnings}, or {error, Error, Warnings} with the warnings to report.
checked_release(RelName, Path, Flags) ->
    case get_release(RelName, Path) of
        {ok, Release, Appls, Warnings0} ->
            Warnings = case lists:member(no_warn_sasl, Flags) of
                           true -> lists:delete({warning, missing_sasl}, Warnings0);
                           false -> Warnings0
                       end,
            case systools_lib:werror(Flags, Warnings) of
                true ->
                    {error, {error, systools_make,
                             {warnings_treated_as_errors, [W || {warning, W} <- Warnings]}},
                     Warnings};
                false ->
                    {ok, Release, Appls, Warnings}
            end;
        Error ->
            {error, Error, []}
    end.

%% Reads Name.app of version Vsn from the first directory of Path that
%% has one of that version. Incls: the release's {App, IncludedApps}.
-spec read_application(string(), string(), [string()], [{atom(), [atom()]}]) ->
          {ok, tuple()} | {error, term()}.

read_application(Name, Vsn, Path, Incls) ->
    case read_application(Name, Vsn, Path, Incls, false, no_fault) of
        {error, {not_found, _}} = Error ->
            case builtin_application(Name, Vsn, Incls) of
                {ok, _} = Ok -> Ok;
                none -> Error
            end;
        Result ->
            Result
    end.

read_application(Name, Vsn, [Dir | Path], Incls, Found, FirstError) ->
    File = Name ++ ".app",
    case read_file(File, [Dir]) of
        {ok, Term, FullName} ->
            case parse_application(Term, FullName, Vsn, Incls) of
                {error, {no_valid_version, {Vsn, Other}}} when FirstError =:= no_fault ->
                    Err = {no_valid_version, {{"should be", Vsn},
                                              {"found file", filename:join(Dir, File), Other}}},
                    read_application(Name, Vsn, Path, Incls, true, Err);
                {error, {no_valid_version, _}} ->
                    read_application(Name, Vsn, Path, Incls, true, FirstError);
                Result ->
                    Result
            end;
        {error, {parse, _, {Line, _Mod, Err}}} when FirstError =:= no_fault ->
            read_application(Name, Vsn, Path, Incls, Found,
                             {parse_error, {filename:join(Dir, File), Line, Err}});
        {error, _} ->
            read_application(Name, Vsn, Path, Incls, Found, FirstError)
    end;
read_application(Name, Vsn, [], _, true, no_fault) ->
    {error, {application_vsn, {Name, Vsn}}};
read_application(Name, _Vsn, [], _, _, no_fault) ->
    {error, {not_found, Name ++ ".app"}};
read_application(_Name, _Vsn, [], _, _, FirstError) ->
    {error, FirstError}.

%% The .app keys ferl has built in for kernel, stdlib and sasl, when
%% they are of version Vsn; none for any other application.
builtin_application(Name, Vsn, Incls)
  when Name =:= "kernel"; Name =:= "stdlib"; Name =:= "sasl" ->
    App = list_to_atom(Name),
    Keys = case application:get_all_key(App) of
               {ok, Ks} -> {ok, Ks};
               undefined ->
                   case application_controller:builtin_spec(App) of
                       {ok, {application, _, Ks}} -> {ok, Ks};
                       none -> none
                   end
           end,
    case Keys of
        {ok, Dict0} ->
            %% The .app file's parameters, not those the node runs with.
            Dict = lists:keystore(env, 1, Dict0, {env, app_file_env(App)}),
            Dir = filename:join(["/usr/lib/erlang/lib", Name ++ "-" ++ Vsn, "ebin"]),
            case parse_application({application, App, Dict},
                                   filename:join(Dir, Name ++ ".app"), Vsn, Incls) of
                {ok, _} = Ok -> Ok;
                _ -> none
            end;
        none ->
            none
    end;
builtin_application(_Name, _Vsn, _Incls) ->
    none.

%% The env of OTP 25's kernel.app, stdlib.app and sasl.app.
app_file_env(kernel) ->
    [{logger_level, notice}, {logger_sasl_compatible, false}, {net_tickintensity, 4},
     {net_ticktime, 60}, {prevent_overlapping_partitions, true}, {shell_docs_ansi, auto}];
app_file_env(_) ->
    [].

parse_application({application, Name, Dict}, File, Vsn, Incls)
  when is_atom(Name), is_list(Dict) ->
    case catch app_items(Dict) of
        [Vsn, Id, Desc, Mods, Regs, Apps, Opts, Incs0, Mod, Phases, Env, MaxT, MaxP] ->
            case override_include(Name, Incs0, Incls) of
                {ok, Incs} ->
                    {ok, #application{name = Name, vsn = Vsn, id = Id, description = Desc,
                                      modules = Mods, uses = Apps, optional = Opts,
                                      includes = Incs, regs = Regs, mod = Mod,
                                      start_phases = Phases, env = Env, maxT = MaxT,
                                      maxP = MaxP, dir = filename:dirname(File)}};
                {error, IncApps} ->
                    {error, {override_include, IncApps}}
            end;
        [Other | _] when is_list(Other) ->
            {error, {no_valid_version, {Vsn, Other}}};
        Err ->
            {error, {Err, {application, Name, Dict}}}
    end;
parse_application(Other, _, _, _) ->
    {error, {badly_formatted_application, Other}}.

%% The keys in the order parse_application wants them; a missing
%% mandatory key or a bad value is thrown.
app_items(Dict) ->
    [app_item(K, lists:keyfind(K, 1, Dict))
     || K <- [vsn, id, description, modules, registered, applications,
              optional_applications, included_applications, mod, start_phases,
              env, maxT, maxP]].

app_item(mod, {mod, {M, A}}) when is_atom(M) -> {M, A};
app_item(mod, {mod, []}) -> [];
app_item(K, {K, V}) when K =:= vsn; K =:= id; K =:= description ->
    checked(K, V, is_string(V));
app_item(K, {K, V}) when K =:= applications; K =:= optional_applications;
                         K =:= included_applications; K =:= registered;
                         K =:= modules ->
    checked(K, V, is_atom_list(V));
app_item(start_phases, {start_phases, undefined}) -> undefined;
app_item(K, {K, V}) when K =:= start_phases; K =:= env ->
    checked(K, V, is_pair_list(V));
app_item(K, {K, V}) when K =:= maxT; K =:= maxP ->
    checked(K, V, V =:= infinity orelse (is_integer(V) andalso V > 0));
app_item(K, false) when K =:= optional_applications; K =:= included_applications;
                        K =:= mod; K =:= env; K =:= id ->
    default_item(K);
app_item(start_phases, false) -> undefined;
app_item(K, false) when K =:= maxT; K =:= maxP -> infinity;
app_item(K, _) -> throw({missing_param, K}).

default_item(id) -> [];
default_item(_) -> [].

checked(_K, V, true) -> V;
checked(K, _V, false) -> throw({bad_param, K}).

%% The release may narrow an application's included applications, but
%% only to ones its .app file names.
override_include(Name, Incs, Incls) ->
    case lists:keyfind(Name, 1, Incls) of
        {Name, I} ->
            case [A || A <- I, not lists:member(A, Incs)] of
                [] -> {ok, I};
                NotSpec -> {error, NotSpec}
            end;
        false ->
            {ok, Incs}
    end.

%%--------------------------------------------------------------------------
%% Checks across applications
%%--------------------------------------------------------------------------

check_applications(Appls) ->
    Defined = [N || {{N, _}, _} <- Appls],
    Used = lists:append([(A#application.uses -- A#application.optional) ++
                             A#application.includes || {_, A} <- Appls]),
    case [U || U <- Used, not lists:member(U, Defined)] of
        [] -> ok;
        Undefined -> throw({error, {undefined_applications, make_set(Undefined)}})
    end,
    Regs = [{R, App, V, A#application.dir} || {{App, V}, A} <- Appls,
                                              R <- A#application.regs],
    case duplicates(Regs) of
        [] -> ok;
        DupRegs -> throw({error, {duplicate_register, DupRegs}})
    end,
    Incs = [{I, App, V, A#application.dir} || {{App, V}, A} <- Appls,
                                              I <- A#application.includes],
    case duplicates(Incs) of
        [] -> ok;
        DupIncs -> throw({error, {duplicate_include, DupIncs}})
    end.

check_modules(Appls) ->
    Mods = [{M, App, A#application.dir} || {{App, _}, A} <- Appls,
                                           M <- A#application.modules],
    case duplicates(Mods) of
        [] -> ok;
        Dups -> throw({error, {duplicate_modules, Dups}})
    end.

%% Each application after those it uses or includes (unless they include
%% it), otherwise in release order: an application whose dependencies are
%% still to come is put back behind them. Throws undefined_applications,
%% circular_dependencies or both (as {apps, [...]}).
sort_appls(Appls) ->
    sort_appls(Appls, [], [], []).

sort_appls([{NV, A} = Entry | Rest], Missing, Circular, Visited) ->
    {Name, _} = NV,
    {Uses, Rest1, Lost1} = take_apps(Name, A#application.uses, Rest, Visited),
    {Incs, Rest2, Lost2} = take_apps(Name, A#application.includes, Rest1, Visited),
    Missing1 = (Lost1 -- A#application.optional) ++ Lost2 ++ Missing,
    case Uses ++ Incs of
        [] ->
            [Entry | sort_appls(Rest, Missing1, Circular, [NV | Visited])];
        Before ->
            Again = [N || {N, _} <- Before, lists:member(N, Visited)],
            Circular1 = case Again of
                            [] -> Circular;
                            _ -> [NV | Again] ++ Circular
                        end,
            Queue = lists:foldl(fun(N, Q) -> lists:keydelete(N, 1, Q) end,
                                Before ++ [Entry | Rest2], Again),
            sort_appls(Queue, Missing1, Circular1, [NV | Visited])
    end;
sort_appls([], [], [], _) ->
    [];
sort_appls([], Missing, [], _) ->
    throw({error, {undefined_applications, make_set(Missing)}});
sort_appls([], [], Circular, _) ->
    throw({error, {circular_dependencies, make_set(Circular)}});
sort_appls([], Missing, Circular, _) ->
    throw({error, {apps, [{circular_dependencies, make_set(Circular)},
                          {undefined_applications, make_set(Missing)}]}}).

%% Takes the applications named in Names out of Queue (those that do not
%% include Checking), in Names order. Lost: the names neither in Queue
%% nor already visited.
take_apps(Checking, Names, Queue, Visited) ->
    lists:foldr(
      fun(Name, {Found, Q, Lost}) ->
              Visited1 = lists:keymember(Name, 1, Visited),
              case [E || {{N, _}, _} = E <- Q, N =:= Name] of
                  [{_, App} = E | _] ->
                      case lists:member(Checking, App#application.includes) of
                          false -> {[E | Found], Q -- [E], Lost};
                          true when Visited1 -> {Found, Q, Lost};
                          true -> {Found, Q, [Name | Lost]}
                      end;
                  [] when Visited1 -> {Found, Q, Lost};
                  [] -> {Found, Q, [Name | Lost]}
              end
      end, {[], Queue, []}, Names).

%% uses and includes in the order of the release (names not in it last).
sort_uses(A, RelApps) ->
    A#application{includes = by_release_order(A#application.includes, RelApps),
                  uses = by_release_order(A#application.uses, RelApps)}.

by_release_order(Names, RelApps) when length(Names) > 1 ->
    Names1 = [{position(N, RelApps, 1), N} || N <- Names],
    [N || {_, N} <- lists:keysort(1, Names1)];
by_release_order(Names, _RelApps) ->
    Names.

position(N, [{N, _, _} | _], I) -> I;
position(N, [_ | Rest], I) -> position(N, Rest, I + 1);
position(_N, [], _I) -> optional.

%% Pairs of entries with the same first element.
duplicates(L) ->
    dups(lists:keysort(1, L), []).

dups([A, B | T], Acc) when element(1, A) =:= element(1, B) ->
    dups([B | T], [{A, B} | Acc]);
dups([_ | T], Acc) ->
    dups(T, Acc);
dups([], Acc) ->
    Acc.

make_set([]) -> [];
make_set([H | T]) -> [H | [X || X <- make_set(T), X =/= H]].

%%--------------------------------------------------------------------------
%% Helpers
%%--------------------------------------------------------------------------

%% The first term of File in the first directory of Path that has it (an
%% absolute File is read as it is).
read_file(File, Path) ->
    Candidates = case filename:pathtype(File) of
                     absolute -> [File];
                     _ -> [filename:join(Dir, File) || Dir <- Path]
                 end,
    case [F || F <- Candidates, filelib:is_regular(F)] of
        [Full | _] ->
            case systools_lib:read_term(Full) of
                {ok, Term} -> {ok, Term, Full};
                {error, {parse, _, E}} -> {error, {parse, File, E}};
                {error, {read, _}} -> {error, {read, File}};
                {error, _} -> {error, {not_found, File}}
            end;
        [] ->
            {error, {not_found, File}}
    end.

is_string(S) ->
    case catch unicode:characters_to_list(S) of
        S -> true;
        _ -> false
    end.

is_atom_list([A | T]) when is_atom(A) -> is_atom_list(T);
is_atom_list([]) -> true;
is_atom_list(_) -> false.

is_pair_list([{A, _} | T]) when is_atom(A) -> is_pair_list(T);
is_pair_list([]) -> true;
is_pair_list(_) -> false.

is_app_type(T) -> lists:member(T, [permanent, transient, temporary, none, load]).

%%--------------------------------------------------------------------------
%% Error texts
%%--------------------------------------------------------------------------

-spec format_error(term()) -> io_lib:chars().
format_error(badly_formatted_release) ->
    io_lib:format("Syntax error in the release file~n", []);
format_error({illegal_name, Name}) ->
    io_lib:format("Illegal name (~tp) in the release file~n", [Name]);
format_error({illegal_form, Form}) ->
    io_lib:format("Illegal tag in the release file: ~tp~n", [Form]);
format_error({missing_parameter, Par}) ->
    io_lib:format("Missing parameter (~p) in the release file~n", [Par]);
format_error({illegal_applications, Names}) ->
    io_lib:format("Illegal applications in the release file: ~p~n", [Names]);
format_error({missing_mandatory_app, Name}) ->
    io_lib:format("Mandatory application ~w must be specified in the release file~n",
                  [Name]);
format_error({mandatory_app, Name, Type}) ->
    io_lib:format("Mandatory application ~w must be of type 'permanent' in the "
                  "release file. Is '~p'.~n", [Name, Type]);
format_error({duplicate_register, Dups}) ->
    io_lib:format("Duplicated register names: ~n~ts",
                  [[io_lib:format("\t~tw registered in ~w and ~w~n", [Reg, A1, A2])
                    || {{Reg, A1, _, _}, {Reg, A2, _, _}} <- Dups]]);
format_error({undefined_applications, Apps}) ->
    io_lib:format("Undefined applications: ~p~n", [Apps]);
format_error({duplicate_modules, Dups}) ->
    io_lib:format("Duplicated modules: ~n~ts",
                  [[io_lib:format("\t~w specified in ~w and ~w~n", [M, A1, A2])
                    || {{M, A1, _}, {M, A2, _}} <- Dups]]);
format_error({included_and_used, Dups}) ->
    io_lib:format("Applications both used and included: ~p~n", [Dups]);
format_error({duplicate_include, Dups}) ->
    io_lib:format("Duplicated application included: ~n~ts",
                  [[io_lib:format("\t~w included in ~w and ~w~n", [N, A1, A2])
                    || {{N, A1, _, _}, {N, A2, _, _}} <- Dups]]);
format_error({modules, ModErrs}) ->
    format_errors(ModErrs);
format_error({circular_dependencies, Apps}) ->
    io_lib:format("Circular dependencies among applications: ~p~n", [Apps]);
format_error({not_found, File}) ->
    io_lib:format("File not found: ~tp~n", [File]);
format_error({parse, File, {Line, Mod, What}}) ->
    io_lib:format("~ts:~w: ~ts\n", [File, Line, Mod:format_error(What)]);
format_error({read, File}) ->
    io_lib:format("Cannot read ~tp~n", [File]);
format_error({open, File, Error}) ->
    io_lib:format("Cannot open ~tp - ~ts~n", [File, file:format_error(Error)]);
format_error({close, File, Error}) ->
    io_lib:format("Cannot close ~tp - ~ts~n", [File, file:format_error(Error)]);
format_error({delete, File, Error}) ->
    io_lib:format("Cannot delete ~tp - ~ts~n", [File, file:format_error(Error)]);
format_error({warnings_treated_as_errors, Warnings}) ->
    io_lib:format("Warnings being treated as errors:~n~ts",
                  [[form_warn("", W) || W <- Warnings]]);
format_error(Errors) when is_list(Errors) ->
    format_errors(Errors);
format_error(E) ->
    io_lib:format("~tp~n", [E]).

format_errors(Errors) ->
    [form_err(case E of {error, E1} -> E1; _ -> E end) || E <- Errors].

form_err({bad_application_name, {Name, Found}}) ->
    io_lib:format("~p: Mismatched application id: ~p~n", [Name, Found]);
form_err({error_reading, {Name, What}}) ->
    io_lib:format("~p: ~ts~n", [Name, form_reading(What)]);
form_err({module_not_found, App, Mod}) ->
    io_lib:format("~w: Module (~w) not found~n", [App, Mod]);
form_err(E) ->
    io_lib:format("~tp~n", [E]).

form_reading({not_found, File}) ->
    io_lib:format("File not found: ~tp~n", [File]);
form_reading({application_vsn, {Name, Vsn}}) ->
    io_lib:format("Application ~ts with version ~tp not found~n", [Name, Vsn]);
form_reading({parse, File, {Line, Mod, What}}) ->
    io_lib:format("~ts:~w: ~ts\n", [File, Line, Mod:format_error(What)]);
form_reading({read, File}) ->
    io_lib:format("Cannot read ~tp~n", [File]);
form_reading({{bad_param, P}, _}) ->
    io_lib:format("Bad parameter in .app file: ~tp~n", [P]);
form_reading({{missing_param, P}, _}) ->
    io_lib:format("Missing parameter in .app file: ~p~n", [P]);
form_reading({badly_formatted_application, _}) ->
    io_lib:format("Syntax error in .app file~n", []);
form_reading({override_include, Apps}) ->
    io_lib:format("Tried to include not (in .app file) specified applications: ~p~n",
                  [Apps]);
form_reading({no_valid_version, {{_, SVsn}, {_, File, FVsn}}}) ->
    io_lib:format("No valid version (~tp) of .app file found. Found file ~tp with "
                  "version ~tp~n", [SVsn, File, FVsn]);
form_reading({parse_error, {File, Line, Error}}) ->
    io_lib:format("Parse error in file: ~tp.  Line: ~w  Error: ~tp; ~n",
                  [File, Line, Error]);
form_reading(W) ->
    io_lib:format("~tp~n", [W]).

-spec format_warning([{warning, term()}]) -> io_lib:chars().
format_warning(Warnings) ->
    [form_warn("*WARNING* ", W) || {warning, W} <- Warnings].

form_warn(Prefix, {source_not_found, {Mod, App, _}}) ->
    io_lib:format("~ts~w: Source code not found: ~w.erl~n", [Prefix, App, Mod]);
form_warn(Prefix, {{parse_error, File}, {_, _, App, _, _}}) ->
    io_lib:format("~ts~w: Parse error: ~tp~n", [Prefix, App, File]);
form_warn(Prefix, {obj_out_of_date, {Mod, App, _}}) ->
    io_lib:format("~ts~w: Object code (~w) out of date~n", [Prefix, App, Mod]);
form_warn(Prefix, {exref_undef, Undef}) ->
    [io_lib:format("~tsUndefined function ~w:~tw/~w~n", [Prefix, M, F, A])
     || {M, F, A} <- Undef];
form_warn(Prefix, missing_sasl) ->
    io_lib:format("~tsMissing application sasl. Can not upgrade with this release~n",
                  [Prefix]);
form_warn(Prefix, What) ->
    io_lib:format("~ts~tp~n", [Prefix, What]).
