%% erl_tar: tar archives, the subset of OTP 25's erl_tar that release
%% packages need: create/2,3 writes a ustar archive (optionally gzipped)
%% of files, directories (recursively) and binaries; extract/1,2 and
%% table/1,2 read ustar and old (v7) archives, gzipped or not. Errors are
%% OTP's shapes: {error, {Name, Reason}} for a file, {error, eof} for a
%% truncated archive, {error, invalid_tar_checksum} for one that is not
%% tar, with format_error/1 texts.
%%
%% Options: create: compressed (gzip), dereference and verbose (accepted;
%% symbolic links are always followed); extract: {cwd, Dir}, {files,
%% Names}, keep_old_files, memory ([{Name, Binary}] instead of files),
%% compressed (gzip is also recognised by its magic bytes), verbose
%% (ignored); table: compressed, verbose (names only either way).
%%
%% Not supported: open/2, add/3,4, close/1 (build the file list and call
%% create/3), pax and GNU extended headers other than GNU long names,
%% symbolic and hard links in archives, owners, modes and modification
%% times on extraction, the {chunks, N} option.
-module(erl_tar).

-export([create/2, create/3, extract/1, extract/2, table/1, table/2,
         format_error/1]).

-define(BLOCK, 512).

%%%-----------------------------------------------------------------
%%% Writing
%%%-----------------------------------------------------------------

-spec create(string(), [string() | {string(), string() | binary()}]) ->
          ok | {error, term()}.
create(Name, FileList) ->
    create(Name, FileList, []).

%% FileList: Filename (stored under its name), {NameInArchive, Filename}
%% or {NameInArchive, Binary}.
-spec create(string(), list(), list()) -> ok | {error, term()}.
create(Name, FileList, Opts) ->
    try
        Body = [entries(Entry) || Entry <- FileList],
        Tar = iolist_to_binary([Body, <<0:(2 * ?BLOCK * 8)>>]),
        Out = case lists:member(compressed, Opts) of
                  true -> zlib:gzip(Tar);
                  false -> Tar
              end,
        case file:write_file(Name, Out) of
            ok -> ok;
            {error, Reason} -> {error, {Name, Reason}}
        end
    catch
        throw:{error, _} = Error -> Error
    end.

entries({NameInArchive, Bin}) when is_binary(Bin) ->
    file_entry(NameInArchive, Bin);
entries({NameInArchive, File}) ->
    from_disk(NameInArchive, File);
entries(File) ->
    from_disk(File, File).

from_disk(NameInArchive, File) ->
    case file:read_file_info(File) of
        {ok, Info} when element(3, Info) =:= directory ->
            case file:list_dir(File) of
                {ok, Names} ->
                    %% As OTP: the files, no entry for the directory.
                    [from_disk(filename:join(NameInArchive, N), filename:join(File, N))
                     || N <- lists:sort(Names)];
                {error, Reason} ->
                    throw({error, {File, Reason}})
            end;
        {ok, _} ->
            case file:read_file(File) of
                {ok, Bin} -> file_entry(NameInArchive, Bin);
                {error, Reason} -> throw({error, {File, Reason}})
            end;
        {error, Reason} ->
            throw({error, {File, Reason}})
    end.

file_entry(Name, Bin) ->
    Size = byte_size(Bin),
    Pad = (?BLOCK - Size rem ?BLOCK) rem ?BLOCK,
    [header(Name, Size, $0), Bin, <<0:(Pad * 8)>>].

%% A ustar header; a name longer than 100 bytes is split into prefix and
%% name at a slash.
header(Name0, Size, Type) ->
    Name = unicode:characters_to_binary(Name0),
    {Prefix, Short} = split_name(Name),
    Mode = case Type of
               $5 -> 8#755;
               _ -> 8#644
           end,
    Fields = fun(Checksum) ->
                     [field(Short, 100), octal(Mode, 8), octal(0, 8), octal(0, 8),
                      octal(Size, 12), octal(erlang:system_time(second), 12), Checksum,
                      Type, field(<<>>, 100), <<"ustar", 0, "00">>, field(<<>>, 32),
                      field(<<>>, 32), octal(0, 8), octal(0, 8), field(Prefix, 155),
                      field(<<>>, 12)]
             end,
    Sum = lists:sum(binary_to_list(iolist_to_binary(Fields(<<"        ">>)))),
    iolist_to_binary(Fields([string:right(integer_to_list(Sum, 8), 6, $0), 0, $\s])).

split_name(Name) when byte_size(Name) =< 100 ->
    {<<>>, Name};
split_name(Name) ->
    Parts = binary:split(Name, <<"/">>, [global]),
    split_at(Parts, 1, Name).

split_at(Parts, N, Name) when N < length(Parts) ->
    Prefix = iolist_to_binary(lists:join(<<"/">>, lists:sublist(Parts, N))),
    Short = iolist_to_binary(lists:join(<<"/">>, lists:nthtail(N, Parts))),
    case byte_size(Prefix) =< 155 andalso byte_size(Short) =< 100 of
        true -> {Prefix, Short};
        false -> split_at(Parts, N + 1, Name)
    end;
split_at(_Parts, _N, Name) ->
    throw({error, {binary_to_list(Name), file_name_too_long}}).

field(Bin, Len) ->
    [Bin, <<0:((Len - byte_size(Bin)) * 8)>>].

%% Len - 1 octal digits and a NUL.
octal(N, Len) ->
    [string:right(integer_to_list(N, 8), Len - 1, $0), 0].

%%%-----------------------------------------------------------------
%%% Reading
%%%-----------------------------------------------------------------

-spec extract(string() | {binary, binary()}) -> ok | {error, term()}.
extract(Name) ->
    extract(Name, []).

-spec extract(string() | {binary, binary()}, list()) ->
          ok | {ok, [{string(), binary()}]} | {error, term()}.
extract(Source, Opts) ->
    case read_entries(Source) of
        {ok, Entries} ->
            Wanted = case lists:keyfind(files, 1, Opts) of
                         {files, Fs} -> [N || {N, _, _} <- Entries, lists:member(N, Fs)];
                         false -> [N || {N, _, _} <- Entries]
                     end,
            Selected = [E || {N, _, _} = E <- Entries, lists:member(N, Wanted)],
            case lists:member(memory, Opts) of
                true ->
                    {ok, [{N, Bin} || {N, regular, Bin} <- Selected]};
                false ->
                    Cwd = case lists:keyfind(cwd, 1, Opts) of
                              {cwd, Dir} -> Dir;
                              false -> "."
                          end,
                    write_entries(Selected, Cwd, lists:member(keep_old_files, Opts))
            end;
        Error ->
            Error
    end.

-spec table(string() | {binary, binary()}) -> {ok, [string()]} | {error, term()}.
table(Name) ->
    table(Name, []).

-spec table(string() | {binary, binary()}, list()) -> {ok, [string()]} | {error, term()}.
table(Source, _Opts) ->
    case read_entries(Source) of
        {ok, Entries} -> {ok, [N || {N, _, _} <- Entries]};
        Error -> Error
    end.

write_entries([{Name, Type, Bin} | Rest], Cwd, Keep) ->
    Path = filename:join(Cwd, Name),
    Result = case Type of
                 directory ->
                     case filelib:ensure_dir(filename:join(Path, "x")) of
                         ok -> ok;
                         {error, R} -> {error, {Name, R}}
                     end;
                 regular ->
                     case Keep andalso filelib:is_file(Path) of
                         true ->
                             ok;
                         false ->
                             case filelib:ensure_dir(Path) of
                                 ok ->
                                     case file:write_file(Path, Bin) of
                                         ok -> ok;
                                         {error, R} -> {error, {Name, R}}
                                     end;
                                 {error, R} ->
                                     {error, {Name, R}}
                             end
                     end
             end,
    case Result of
        ok -> write_entries(Rest, Cwd, Keep);
        Error -> Error
    end;
write_entries([], _Cwd, _Keep) ->
    ok.

%% [{Name, regular | directory, Binary}] in archive order.
read_entries({binary, Bin}) ->
    parse(gunzip_if_gzip(Bin), [], undefined);
read_entries(Name) ->
    case file:read_file(Name) of
        {ok, Bin} ->
            try parse(gunzip_if_gzip(Bin), [], undefined)
            catch error:data_error -> {error, {Name, data_error}}
            end;
        {error, Reason} ->
            {error, {Name, Reason}}
    end.

gunzip_if_gzip(<<16#1f, 16#8b, _/binary>> = Bin) -> zlib:gunzip(Bin);
gunzip_if_gzip(Bin) -> Bin.

parse(<<Header:?BLOCK/binary, Rest/binary>>, Acc, LongName) ->
    case Header of
        <<0:(?BLOCK * 8)>> ->
            {ok, lists:reverse(Acc)};
        _ ->
            case parse_header(Header) of
                {ok, Name0, Size, Type} ->
                    Padded = Size + (?BLOCK - Size rem ?BLOCK) rem ?BLOCK,
                    case Rest of
                        <<Data:Size/binary, _:(Padded - Size)/binary, Rest1/binary>> ->
                            Name = case LongName of
                                       undefined -> Name0;
                                       _ -> LongName
                                   end,
                            case Type of
                                $L -> parse(Rest1, Acc, cstring(Data));
                                T when T =:= $0; T =:= 0; T =:= $7 ->
                                    parse(Rest1, [{Name, regular, Data} | Acc], undefined);
                                $5 ->
                                    parse(Rest1, [{string:trim(Name, trailing, "/"), directory, <<>>}
                                                  | Acc], undefined);
                                _ ->
                                    parse(Rest1, Acc, undefined)
                            end;
                        _ ->
                            {error, eof}
                    end;
                error ->
                    {error, invalid_tar_checksum}
            end
    end;
parse(<<>>, Acc, _) ->
    {ok, lists:reverse(Acc)};
parse(_, _Acc, _) ->
    {error, eof}.

parse_header(<<Name:100/binary, _Mode:8/binary, _Uid:8/binary, _Gid:8/binary,
               Size:12/binary, _Mtime:12/binary, Chksum:8/binary, Type, _Link:100/binary,
               Magic:6/binary, _Version:2/binary, _Owners:64/binary, _Devices:16/binary,
               Prefix:155/binary, _/binary>> = Header) ->
    <<Before:148/binary, _:8/binary, After/binary>> = Header,
    Sum = lists:sum(binary_to_list(Before)) + 8 * $\s + lists:sum(binary_to_list(After)),
    case octal_value(Chksum) =:= Sum of
        true ->
            Full = case Magic of
                       <<"ustar", _>> when Prefix =/= <<0:(155 * 8)>> ->
                           cstring(Prefix) ++ "/" ++ cstring(Name);
                       _ ->
                           cstring(Name)
                   end,
            {ok, Full, octal_value(Size), Type};
        false ->
            error
    end;
parse_header(_) ->
    error.

cstring(Bin) ->
    [Part | _] = binary:split(Bin, <<0>>),
    unicode:characters_to_list(Part).

octal_value(Bin) ->
    Digits = [C || <<C>> <= Bin, C >= $0, C =< $7],
    case Digits of
        [] -> 0;
        _ -> list_to_integer(Digits, 8)
    end.

%%%-----------------------------------------------------------------
%%% Errors
%%%-----------------------------------------------------------------

-spec format_error(term()) -> string().
format_error(invalid_tar_checksum) -> "Checksum failed";
format_error(eof) -> "Unexpected end of file";
format_error(file_name_too_long) -> "File name is too long";
format_error({Name, Reason}) when is_list(Name) ->
    Name ++ ": " ++ format_error(Reason);
format_error(Atom) when is_atom(Atom) ->
    file:format_error(Atom);
format_error(Term) ->
    lists:flatten(io_lib:format("~tp", [Term])).
