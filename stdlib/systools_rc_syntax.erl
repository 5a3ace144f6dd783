%% systools_rc_syntax: the syntax check of release upgrade instructions
%% (high-level appup forms and low-level relup forms) for systools_rc.
%% check/1 throws {error, Reason} at the first bad instruction or field,
%% with OTP 25's reasons: {bad_instruction, I}, {bad_module, M},
%% {bad_purge_method, P}, {bad_timeout, T}, ... Fields are checked in the
%% order they appear in the instruction, as OTP does.
-module(systools_rc_syntax).

-export([check/1]).

%% Throws {error, Reason} for the first malformed instruction of Script.
-spec check([term()]) -> ok.
check(Script) ->
    lists:foreach(fun(I) -> lists:foreach(fun check_field/1, fields(I)) end, Script).

%% What each instruction is made of, as {Kind, Value} checks in order.
%% An instruction of no known shape is itself the error.
fields(mnesia_backup) ->
    throw({error, {not_yet_implemented, mnesia_backup}});
fields({update, M, Change, Pre, Post, Deps}) ->
    [{mod, M}, {change, Change}, {purge, Pre}, {purge, Post} | mods(Deps)];
fields({update, M, Timeout, Change, Pre, Post, Deps}) ->
    [{mod, M}, {timeout, Timeout}, {change, Change}, {purge, Pre}, {purge, Post}
     | mods(Deps)];
fields({update, M, ModType, Timeout, Change, Pre, Post, Deps}) ->
    [{mod, M}, {mod_type, ModType}, {timeout, Timeout}, {change, Change},
     {purge, Pre}, {purge, Post} | mods(Deps)];
fields({load_module, M, Pre, Post, Deps}) ->
    [{mod, M}, {purge, Pre}, {purge, Post} | mods(Deps)];
fields({add_module, M}) -> [{mod, M}];
fields({add_module, M, Deps}) -> [{mod, M} | mods(Deps)];
fields({delete_module, M}) -> [{mod, M}];
fields({delete_module, M, Deps}) -> [{mod, M} | mods(Deps)];
fields({remove_application, A}) -> [{appl, A}];
fields({add_application, A, Type}) -> [{appl, A}, {start_type, Type}];
fields({restart_application, A}) -> [{appl, A}];
fields(restart) -> [];
fields(reboot) -> [];
fields({load_object_code, {Lib, LibVsn, Mods}}) ->
    [{lib, Lib}, {lib_vsn, LibVsn} | mods(Mods)];
fields(point_of_no_return) -> [];
fields({load, {M, Pre, Post}}) -> [{mod, M}, {purge, Pre}, {purge, Post}];
fields({remove, {M, Pre, Post}}) -> [{mod, M}, {purge, Pre}, {purge, Post}];
fields({purge, Mods}) -> mods(Mods);
fields({suspend, Mods}) ->
    [{list, Mods} | lists:append([suspended(X) || X <- list(Mods)])];
fields({resume, Mods}) -> mods(Mods);
fields({code_change, Mods}) -> [{list, Mods} | code_changes(Mods)];
fields({code_change, Mode, Mods}) ->
    [{list, Mods}, {mode, Mode} | code_changes(Mods)];
fields({stop, Mods}) -> mods(Mods);
fields({start, Mods}) -> mods(Mods);
fields({sync_nodes, _Id, {M, F, A}}) -> [{mod, M}, {func, F}, {args, A}];
fields({sync_nodes, _Id, Nodes}) ->
    [{list, Nodes} | [{node, N} || N <- list(Nodes)]];
fields({apply, {M, F, A}}) -> [{mod, M}, {func, F}, {args, A}];
fields(restart_new_emulator) -> [];
fields(restart_emulator) -> [];
fields(I) -> throw({error, {bad_instruction, I}}).

%% A module list: first that it is a list, then each element.
mods(Mods) ->
    [{list, Mods} | [{mod, M} || M <- list(Mods)]].

suspended({M, T}) -> [{mod, M}, {timeout, T}];
suspended(M) -> [{mod, M}].

code_changes(Mods) ->
    [case X of
         {M, _Extra} -> {mod, M};
         _ -> {code_change_entry, X}
     end || X <- list(Mods)].

%% The elements of a list that is checked by an earlier {list, _} field
%% (which throws first when it is not a list).
list(L) when is_list(L) -> L;
list(_) -> [].

check_field({mod, M}) when is_atom(M) -> ok;
check_field({mod, M}) -> throw({error, {bad_module, M}});
check_field({change, soft}) -> ok;
check_field({change, {advanced, _}}) -> ok;
check_field({change, C}) -> throw({error, {bad_change, C}});
check_field({mod_type, T}) when T =:= static; T =:= dynamic -> ok;
check_field({mod_type, T}) -> throw({error, {bad_mod_type, T}});
check_field({purge, P}) when P =:= soft_purge; P =:= brutal_purge -> ok;
check_field({purge, P}) -> throw({error, {bad_purge_method, P}});
check_field({list, L}) when is_list(L) -> ok;
check_field({list, L}) -> throw({error, {bad_list, L}});
check_field({args, A}) when is_list(A) -> ok;
check_field({args, A}) -> throw({error, {bad_args_list, A}});
check_field({node, N}) when is_atom(N) -> ok;
check_field({node, N}) -> throw({error, {bad_node, N}});
check_field({appl, A}) when is_atom(A) -> ok;
check_field({appl, A}) -> throw({error, {bad_application, A}});
check_field({start_type, T}) ->
    case lists:member(T, [none, load, temporary, transient, permanent]) of
        true -> ok;
        false -> throw({error, {bad_start_type, T}})
    end;
check_field({func, F}) when is_atom(F) -> ok;
check_field({func, F}) -> throw({error, {bad_func, F}});
check_field({lib, L}) when is_atom(L) -> ok;
check_field({lib, L}) -> throw({error, {bad_lib, L}});
check_field({lib_vsn, V}) when is_list(V) -> ok;
check_field({lib_vsn, V}) -> throw({error, {bad_lib_vsn, V}});
check_field({timeout, T}) when T =:= default; T =:= infinity -> ok;
check_field({timeout, T}) when is_integer(T), T > 0 -> ok;
check_field({timeout, T}) -> throw({error, {bad_timeout, T}});
check_field({mode, M}) when M =:= up; M =:= down -> ok;
check_field({mode, M}) -> throw({error, {bad_mode, M}});
check_field({code_change_entry, X}) -> throw({error, {bad_code_change, X}}).
