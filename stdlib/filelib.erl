%% filelib: ferl's implementation of part of the OTP `filelib' module.
%%
%% Supported: is_file/1, is_dir/1, is_regular/1, file_size/1,
%% ensure_dir/1 and wildcard/1,2 (string patterns with `*', `?',
%% `[abc]'/`[a-z]' sets and `{a,b}' alternatives inside one component).
%%
%% Not supported yet: `**', fold_files/5, last_modified/1, ensure_path/1,
%% safe_relative_path/2, find_file/find_source, wildcard/3.

-module(filelib).

-export([is_file/1, is_dir/1, is_regular/1, file_size/1, ensure_dir/1,
         wildcard/1, wildcard/2, ensure_path/1, last_modified/1, safe_relative_path/2]).

%% Element 3 of OTP's #file_info{} record is the type, element 2 the size.
-define(INFO_SIZE, 2).
-define(INFO_TYPE, 3).
-define(INFO_MTIME, 6).

-spec is_file(file:name_all()) -> boolean().
is_file(Name) ->
    lists:member(type_of(Name), [regular, directory]).

-spec is_dir(file:name_all()) -> boolean().
is_dir(Name) ->
    type_of(Name) =:= directory.

-spec is_regular(file:name_all()) -> boolean().
is_regular(Name) ->
    type_of(Name) =:= regular.

-spec file_size(file:name_all()) -> non_neg_integer().
file_size(Name) ->
    case file:read_file_info(Name) of
        {ok, Info} -> element(?INFO_SIZE, Info);
        _ -> 0
    end.

type_of(Name) ->
    case file:read_file_info(Name) of
        {ok, Info} -> element(?INFO_TYPE, Info);
        _ -> none
    end.

%% Makes every parent directory of Name (not Name itself).
-spec ensure_dir(file:name_all()) -> ok | {error, file:posix()}.
ensure_dir("/") ->
    ok;
ensure_dir(Name) ->
    Dir = filename:dirname(Name),
    case is_dir(Dir) of
        true ->
            ok;
        false when Dir =:= Name ->
            {error, einval};
        false ->
            _ = ensure_dir(Dir),
            make_one_dir(Dir)
    end.

%% ensure_path(Path): Path and every directory above it, made if missing.
%% (Only the last one's failure is reported, as by ensure_dir/1.)
ensure_path(Path) ->
    case is_dir(Path) of
        true ->
            ok;
        false ->
            Parent = filename:dirname(Path),
            _ = case Parent =:= Path of
                    true -> ok;
                    false -> ensure_path(Parent)
                end,
            make_one_dir(Path)
    end.

%% Makes directory Dir; one that exists already (made meanwhile) is fine.
make_one_dir(Dir) ->
    case file:make_dir(Dir) of
        {error, eexist} = Exists ->
            case is_dir(Dir) of
                true -> ok;
                false -> Exists
            end;
        Other ->
            Other
    end.

%% last_modified(File): its modification time (local), or 0.
last_modified(File) ->
    case file:read_file_info(File) of
        {ok, Info} -> element(?INFO_MTIME, Info);
        _ -> 0
    end.

%% safe_relative_path(Path, Cwd): Path with "." and ".." resolved, or
%% unsafe if it is absolute or climbs out of where it starts. (OTP also
%% follows symbolic links under Cwd; they are not looked at here.)
safe_relative_path(Path, _Cwd) ->
    case filename:pathtype(Path) of
        relative -> safe_parts(filename:split(Path), []);
        _ -> unsafe
    end.

safe_parts([], []) -> [];
safe_parts([], Acc) -> filename:join(lists:reverse(Acc));
safe_parts([D | Ps], Acc) when D =:= "."; D =:= <<".">> -> safe_parts(Ps, Acc);
safe_parts([D | _], []) when D =:= ".."; D =:= <<"..">> -> unsafe;
safe_parts([D | Ps], [_ | Acc]) when D =:= ".."; D =:= <<"..">> -> safe_parts(Ps, Acc);
safe_parts([P | Ps], Acc) -> safe_parts(Ps, [P | Acc]).

%% ---------------------------------------------------------------------
%% wildcard
%% ---------------------------------------------------------------------

%% The existing files matching Pattern, sorted.
-spec wildcard(string()) -> [string()].
wildcard(Pattern) when is_list(Pattern) ->
    {ok, Cwd} = file:get_cwd(),
    wildcard(Pattern, Cwd).

%% Like wildcard/1, relative names taken from directory Cwd.
-spec wildcard(string(), string()) -> [string()].
wildcard(Pattern, Cwd) when is_list(Pattern) ->
    Comps = drop_dots(filename:split(filename:flatten(Pattern))),
    {Start, Rest} = case Comps of
                        ["/" | T] -> {["/"], T};
                        _ -> {[[]], Comps}
                    end,
    Found = expand(Rest, Start, Cwd),
    lists:sort([F || F <- Found, exists(F, Cwd)]).

drop_dots(["." | T]) when T =/= [] -> drop_dots(T);
drop_dots(Comps) -> Comps.

expand([], Prefixes, _Cwd) ->
    Prefixes;
expand([Comp | Rest], Prefixes, Cwd) ->
    Next = case is_pattern(Comp) of
               false ->
                   [add(P, Comp) || P <- Prefixes];
               true ->
                   Alts = braces(Comp),
                   [add(P, N) || P <- Prefixes, N <- list(P, Cwd),
                                 lists:any(fun(A) -> match(A, N) end, Alts)]
           end,
    expand(Rest, Next, Cwd).

add([], Name) -> Name;
add(Dir, Name) -> filename:join(Dir, Name).

list(Dir, Cwd) ->
    case file:list_dir(in(Dir, Cwd)) of
        {ok, Names} -> Names;
        {error, _} -> []
    end.

exists(Name, Cwd) ->
    element(1, file:read_link_info(in(Name, Cwd))) =:= ok.

in([], Cwd) -> Cwd;
in(Name, Cwd) -> filename:absname(Name, Cwd).

is_pattern(Comp) ->
    lists:any(fun(C) -> lists:member(C, "*?[{") end, Comp).

%% "a{b,c}d" -> ["abd", "acd"] (alternatives may hold further patterns).
braces(Comp) ->
    case lists:splitwith(fun(C) -> C =/= ${ end, Comp) of
        {_, []} ->
            [Comp];
        {Before, [${ | After]} ->
            case lists:splitwith(fun(C) -> C =/= $} end, After) of
                {_, []} ->
                    [Comp];
                {Alts, [$} | Tail]} ->
                    [Before ++ A ++ T || A <- string:split(Alts, ",", all),
                                         T <- braces(Tail)]
            end
    end.

match([], []) -> true;
match([$* | P], Name) -> match_star(P, Name);
match([$? | P], [_ | N]) -> match(P, N);
match([$[ | P], [C | N]) ->
    case char_set(P, C, false) of
        {true, Rest} -> match(Rest, N);
        _ -> false
    end;
match([C | P], [C | N]) -> match(P, N);
match(_, _) -> false.

match_star(P, Name) ->
    match(P, Name) orelse (Name =/= [] andalso match_star(P, tl(Name))).

%% Whether C is in the set "abc]" / "a-z]"; also the rest of the pattern.
char_set([$] | Rest], _C, Found) -> {Found, Rest};
char_set([Lo, $-, Hi | Rest], C, Found) when Hi =/= $] ->
    char_set(Rest, C, Found orelse (C >= Lo andalso C =< Hi));
char_set([X | Rest], C, Found) -> char_set(Rest, C, Found orelse X =:= C);
char_set([], _C, _Found) -> error.
