%% filename: ferl's implementation of the OTP `filename' module.
%%
%% Pure manipulation of Unix file names: join, split, basename, dirname,
%% rootname, extension, absname, nativename, flatten, pathtype.  Names
%% may be strings (deep lists of characters and atoms), atoms or
%% binaries; a binary argument gives a binary result, as in OTP.  When a
%% binary and a string are mixed, the string is converted to a UTF-8
%% binary first.
%%
%% Not supported: Windows names (drive letters, backslashes), which OTP
%% handles only when running on Windows; find_src/1,2; safe_relative_path/1.

-module(filename).

-export([absname/1, absname/2, absname_join/2, basename/1, basename/2,
         dirname/1, extension/1, flatten/1, join/1, join/2, nativename/1,
         pathtype/1, rootname/1, rootname/2, split/1, append/2]).

-type name() :: string() | atom() | binary() | deep_name().
-type deep_name() :: [char() | atom() | deep_name()].

%% ---------------------------------------------------------------------
%% Absolute names
%% ---------------------------------------------------------------------

-spec absname(name()) -> string() | binary().
absname(Name) ->
    {ok, Cwd} = file:get_cwd(),
    absname(Name, Cwd).

-spec absname(name(), name()) -> string() | binary().
absname(Name, Base) when is_binary(Name), is_list(Base) ->
    absname(Name, to_binary(Base));
absname(Name, Base) when is_list(Name), is_binary(Base) ->
    absname(to_binary(Name), Base);
absname(Name, Base) ->
    case pathtype(Name) of
        relative -> absname_join(Base, Name);
        absolute -> join([flatten(Name)])
    end.

-spec absname_join(name(), name()) -> string() | binary().
absname_join(Base, Name) ->
    join(Base, flatten(Name)).

%% ---------------------------------------------------------------------
%% basename, dirname, extension, rootname
%% ---------------------------------------------------------------------

%% The last component, without trailing slashes ("/" gives "").
-spec basename(name()) -> string() | binary().
basename(Name) when is_binary(Name) ->
    case [P || P <- binary:split(Name, <<"/">>, [global]), P =/= <<>>] of
        [] -> <<>>;
        Parts -> lists:last(Parts)
    end;
basename(Name0) ->
    Name = flatten(Name0),
    basename1(Name, Name).

%% Tail is the text after the last slash seen; one trailing slash is
%% dropped, as in OTP.
basename1([$/], Tail) ->
    lists:droplast(Tail);
basename1([$/ | Rest], _Tail) ->
    basename1(Rest, Rest);
basename1([C | Rest], Tail) when is_integer(C) ->
    basename1(Rest, Tail);
basename1([], Tail) ->
    Tail.

%% The last component with the suffix Ext removed when it has it.
-spec basename(name(), name()) -> string() | binary().
basename(Name, Ext) when is_binary(Name), is_list(Ext) ->
    basename(Name, to_binary(Ext));
basename(Name, Ext) when is_list(Name), is_binary(Ext) ->
    basename(to_binary(Name), Ext);
basename(Name, Ext) when is_binary(Name), is_binary(Ext) ->
    Base = basename(Name),
    Keep = byte_size(Base) - byte_size(Ext),
    Skip = byte_size(Name) - Keep - byte_size(Ext),
    case Keep >= 0 andalso Name of
        <<_:Skip/binary, Part:Keep/binary, Ext/binary>> -> Part;
        _ -> Base
    end;
basename(Name0, Ext0) ->
    basename2(flatten(Name0), flatten(Ext0), []).

basename2(Ext, Ext, Acc) -> lists:reverse(Acc);
basename2([$/], Ext, Acc) -> basename2([], Ext, Acc);
basename2([$/ | Rest], Ext, _Acc) -> basename2(Rest, Ext, []);
basename2([C | Rest], Ext, Acc) when is_integer(C) -> basename2(Rest, Ext, [C | Acc]);
basename2([], _Ext, Acc) -> lists:reverse(Acc).

%% Everything before the last component ("." when there is none).
-spec dirname(name()) -> string() | binary().
dirname(Name) when is_binary(Name) ->
    Parts0 = binary:split(Name, <<"/">>, [global]),
    Parts = lists:reverse(strip_empty(tl(lists:reverse(Parts0)))),
    Prefix = case Parts of
                 [] -> <<".">>;
                 _ -> <<>>
             end,
    dirjoin(Parts, Prefix);
dirname(Name0) ->
    dirname(flatten(Name0), [], []).

%% Dir: the directory so far (reversed); File: the current component.
dirname([$/ | Rest], Dir, File) ->
    dirname(Rest, File ++ Dir, [$/]);
dirname([C | Rest], Dir, File) when is_integer(C) ->
    dirname(Rest, Dir, [C | File]);
dirname([], [], File) ->
    case lists:reverse(File) of
        [$/ | _] -> [$/];
        _ -> "."
    end;
dirname([], [$/ | Rest], File) ->
    dirname([], Rest, File);
dirname([], Dir, _File) ->
    lists:reverse(Dir).

strip_empty([<<>>, X | Y]) -> strip_empty([X | Y]);
strip_empty(A) -> A.

dirjoin([<<>> | T], Acc) -> dirjoin1(T, <<Acc/binary, "/">>);
dirjoin(Parts, Acc) -> dirjoin1(Parts, Acc).

dirjoin1([], Acc) -> Acc;
dirjoin1([One], Acc) -> <<Acc/binary, One/binary>>;
dirjoin1([H | T], Acc) -> dirjoin(T, <<Acc/binary, H/binary, "/">>).

%% The extension of the last component, with its dot ("" if none).
-spec extension(name()) -> string() | binary().
extension(Name) when is_binary(Name) ->
    list_to_binary(extension(binary_to_list(Name)));
extension(Name) ->
    extension1(flatten(Name), [], true).

%% A dot that starts a component (".profile") does not start an extension.
extension1([$/ | Rest], _Ext, _AtStart) -> extension1(Rest, [], true);
extension1([$. | Rest], _Ext, true) -> extension1(Rest, [], false);
extension1([$. | Rest] = Ext, _Ext, false) -> extension1(Rest, Ext, false);
extension1([C | Rest], Ext, _AtStart) when is_integer(C) -> extension1(Rest, Ext, false);
extension1([], Ext, _AtStart) -> Ext.

%% The name without the extension of its last component; a dot starting
%% a component other than the first is kept (OTP 25's rules).
-spec rootname(name()) -> string() | binary().
rootname(Name) when is_binary(Name) ->
    list_to_binary(rootname(binary_to_list(Name)));
rootname(Name) ->
    rootname1(flatten(Name), [], []).

%% Root: kept text (reversed); Ext: a candidate extension (reversed).
rootname1([$/ | Rest], Root, Ext) -> rootname1(Rest, [$/] ++ Ext ++ Root, []);
rootname1([$. | Rest], [$/ | _] = Root, []) -> rootname1(Rest, [$. | Root], []);
rootname1([$. | Rest], Root, []) -> rootname1(Rest, Root, ".");
rootname1([$. | Rest], Root, Ext) -> rootname1(Rest, Ext ++ Root, ".");
rootname1([C | Rest], Root, []) when is_integer(C) -> rootname1(Rest, [C | Root], []);
rootname1([C | Rest], Root, Ext) when is_integer(C) -> rootname1(Rest, Root, [C | Ext]);
rootname1([], Root, _Ext) -> lists:reverse(Root).

%% The name without the suffix Ext, when it ends with it.
-spec rootname(name(), name()) -> string() | binary().
rootname(Name, Ext) when is_binary(Name), is_binary(Ext) ->
    list_to_binary(rootname(binary_to_list(Name), binary_to_list(Ext)));
rootname(Name, Ext) when is_binary(Name) ->
    rootname(Name, to_binary(Ext));
rootname(Name, Ext) when is_binary(Ext) ->
    rootname(to_binary(Name), Ext);
rootname(Name, Ext) ->
    rootname2(flatten(Name), flatten(Ext), []).

rootname2(Ext, Ext, Acc) when Acc =:= []; hd(Acc) =/= $/ -> lists:reverse(Acc);
rootname2([], _Ext, Acc) -> lists:reverse(Acc);
rootname2([C | Rest], Ext, Acc) when is_integer(C) -> rootname2(Rest, Ext, [C | Acc]).

%% ---------------------------------------------------------------------
%% join, split
%% ---------------------------------------------------------------------

-spec join([name()]) -> string() | binary().
join([Name1, Name2 | Rest]) ->
    join([join(Name1, Name2) | Rest]);
join([Name]) when is_list(Name) ->
    join1(Name, [], []);
join([Name]) when is_binary(Name) ->
    join1b(Name, <<>>, []);
join([Name]) when is_atom(Name) ->
    join([atom_to_list(Name)]).

%% Name2 appended to Name1; an absolute Name2 replaces Name1. Redundant
%% slashes and "./" prefixes of later components are removed.
-spec join(name(), name()) -> string() | binary().
join(Name1, Name2) when is_list(Name1), is_list(Name2) ->
    case pathtype(Name2) of
        relative -> join1(Name1, Name2, []);
        _ -> join1(Name2, [], [])
    end;
join(Name1, Name2) when is_binary(Name1), is_list(Name2) ->
    join(Name1, to_binary(Name2));
join(Name1, Name2) when is_list(Name1), is_binary(Name2) ->
    join(to_binary(Name1), Name2);
join(Name1, Name2) when is_binary(Name1), is_binary(Name2) ->
    case pathtype(Name2) of
        relative -> join1b(Name1, Name2, []);
        _ -> join1b(Name2, <<>>, [])
    end;
join(Name1, Name2) when is_atom(Name1) ->
    join(atom_to_list(Name1), Name2);
join(Name1, Name2) when is_atom(Name2) ->
    join(Name1, atom_to_list(Name2)).

%% Result is the joined name so far, reversed.
join1([$/ | Rest], Rel, [$., $/ | Result]) -> join1(Rest, Rel, [$/ | Result]);
join1([$/ | Rest], Rel, [$/ | Result]) -> join1(Rest, Rel, [$/ | Result]);
join1([], [], Result) -> remove_dirsep(Result);
join1([], Rel, [$/ | Result]) -> join1(Rel, [], [$/ | Result]);
join1([], Rel, [$., $/ | Result]) -> join1(Rel, [], [$/ | Result]);
join1([], Rel, Result) -> join1(Rel, [], [$/ | Result]);
join1([[_ | _] = List | Rest], Rel, Result) -> join1(List ++ Rest, Rel, Result);
join1([[] | Rest], Rel, Result) -> join1(Rest, Rel, Result);
join1([C | Rest], Rel, Result) when is_integer(C) -> join1(Rest, Rel, [C | Result]);
join1([A | Rest], Rel, Result) when is_atom(A) -> join1(atom_to_list(A) ++ Rest, Rel, Result).

join1b(<<$/, Rest/binary>>, Rel, [$., $/ | Result]) -> join1b(Rest, Rel, [$/ | Result]);
join1b(<<$/, Rest/binary>>, Rel, [$/ | Result]) -> join1b(Rest, Rel, [$/ | Result]);
join1b(<<>>, <<>>, Result) -> list_to_binary(remove_dirsep(Result));
join1b(<<>>, Rel, [$/ | Result]) -> join1b(Rel, <<>>, [$/ | Result]);
join1b(<<>>, Rel, [$., $/ | Result]) -> join1b(Rel, <<>>, [$/ | Result]);
join1b(<<>>, Rel, Result) -> join1b(Rel, <<>>, [$/ | Result]);
join1b(<<C, Rest/binary>>, Rel, Result) -> join1b(Rest, Rel, [C | Result]).

remove_dirsep([$/]) -> [$/];
remove_dirsep([$/ | Name]) -> lists:reverse(Name);
remove_dirsep(Name) -> lists:reverse(Name).

%% Dir ++ "/" ++ Name, for a Dir already normalised by join.
-spec append(name(), name()) -> string() | binary().
append(Dir, Name) when is_binary(Dir), is_binary(Name) ->
    <<Dir/binary, $/, Name/binary>>;
append(Dir, Name) when is_binary(Dir) ->
    append(Dir, to_binary(Name));
append(Dir, Name) when is_binary(Name) ->
    append(to_binary(Dir), Name);
append(Dir, Name) ->
    Dir ++ [$/ | Name].

%% The components; a leading "/" is a component of its own.
-spec split(name()) -> [string()] | [binary()].
split(Name) when is_binary(Name) ->
    Parts = case binary:split(Name, <<"/">>, [global]) of
                [<<>> | Rest] when Rest =/= [] -> [<<"/">> | Rest];
                L -> L
            end,
    [P || P <- Parts, P =/= <<>>];
split(Name) ->
    case flatten(Name) of
        [$/ | Rest] -> split1(Rest, [], [[$/]]);
        Flat -> split1(Flat, [], [])
    end.

split1([$/ | Rest], [], Acc) -> split1(Rest, [], Acc);
split1([$/ | Rest], Comp, Acc) -> split1(Rest, [], [lists:reverse(Comp) | Acc]);
split1([C | Rest], Comp, Acc) when is_integer(C) -> split1(Rest, [C | Comp], Acc);
split1([], [], Acc) -> lists:reverse(Acc);
split1([], Comp, Acc) -> lists:reverse([lists:reverse(Comp) | Acc]).

%% ---------------------------------------------------------------------
%% Other
%% ---------------------------------------------------------------------

%% The name normalised as join/1 does (Unix needs no other change).
-spec nativename(name()) -> string() | binary().
nativename(Name) ->
    join([Name]).

-spec pathtype(name()) -> absolute | relative.
pathtype(Atom) when is_atom(Atom) ->
    pathtype(atom_to_list(Atom));
pathtype(Name) when is_list(Name); is_binary(Name) ->
    unix_pathtype(Name).

unix_pathtype(<<$/, _/binary>>) -> absolute;
unix_pathtype([$/ | _]) -> absolute;
unix_pathtype([List | Rest]) when is_list(List) -> unix_pathtype(List ++ Rest);
unix_pathtype([Atom | Rest]) when is_atom(Atom) -> unix_pathtype(atom_to_list(Atom) ++ Rest);
unix_pathtype(_) -> relative.

%% A flat string (atoms expanded); a binary is returned as it is.
-spec flatten(name()) -> string() | binary().
flatten(Bin) when is_binary(Bin) ->
    Bin;
flatten(List) ->
    do_flatten(List, []).

do_flatten([H | T], Tail) when is_list(H) ->
    do_flatten(H, do_flatten(T, Tail));
do_flatten([H | T], Tail) when is_atom(H) ->
    atom_to_list(H) ++ do_flatten(T, Tail);
do_flatten([H | T], Tail) ->
    [H | do_flatten(T, Tail)];
do_flatten([], Tail) ->
    Tail;
do_flatten(Atom, Tail) when is_atom(Atom) ->
    atom_to_list(Atom) ++ flatten(Tail).

to_binary(List) ->
    case unicode:characters_to_binary(flatten(List)) of
        Bin when is_binary(Bin) -> Bin;
        _ -> erlang:error(badarg)
    end.
