%% file: the open-file half of OTP's `file' module, in Erlang. The rest
%% (read_file, write_file, list_dir, read_file_info, consult, ...) is
%% native (vm/src/bif/file.rs) and is looked up before this module.
%%
%% open/2 gives, as OTP's does, a file io server process linked to the
%% caller (stdlib/file_io_server.erl), which io:format, io:get_line and
%% the other io functions talk to with OTP's io protocol, and which
%% read/write/position/... reach with file requests; or, with `raw`, a
%% `#file_descriptor{}` the caller uses directly. The OS file is a number
%% in ferl_file's table (vm/src/bif/file/handle.rs).
%%
%% Not supported: compressed and ram files, delayed_write and read_ahead
%% (accepted; writes and reads go straight to the OS), and the advise,
%% allocate, sendfile and ipread functions.
-module(file).

-export([open/2, close/1, read/2, read_line/1, write/2, pread/2, pread/3,
         pwrite/2, pwrite/3, position/2, truncate/1, sync/1, datasync/1]).

-record(file_descriptor, {module, data}).

open(Name, Modes) when is_list(Modes) ->
    case parse_modes(Modes, #{os => [], binary => false, encoding => latin1, raw => false}) of
        {ok, #{os := Os} = Opts} ->
            case ferl_file:open(Name, Os) of
                {ok, Id} ->
                    case Opts of
                        #{raw := true} ->
                            {ok, #file_descriptor{module = prim_file,
                                                  data = #{handle => Id, owner => self(),
                                                           binary => maps:get(binary, Opts)}}};
                        _ ->
                            {ok, file_io_server:start_link(Id, Opts)}
                    end;
                Error ->
                    Error
            end;
        Error ->
            Error
    end;
open(_Name, _Modes) ->
    {error, badarg}.

%% What OTP's file:open understands; other atoms are let through.
parse_modes([], Opts) ->
    {ok, Opts#{os := lists:reverse(maps:get(os, Opts))}};
parse_modes([M | Ms], #{os := Os} = Opts) when M =:= read; M =:= write; M =:= append; M =:= exclusive ->
    parse_modes(Ms, Opts#{os := [M | Os]});
parse_modes([binary | Ms], Opts) -> parse_modes(Ms, Opts#{binary := true});
parse_modes([list | Ms], Opts) -> parse_modes(Ms, Opts#{binary := false});
parse_modes([raw | Ms], Opts) -> parse_modes(Ms, Opts#{raw := true});
parse_modes([{encoding, E} | Ms], Opts) ->
    case encoding(E) of
        badarg -> {error, badarg};
        Enc -> parse_modes(Ms, Opts#{encoding := Enc})
    end;
parse_modes([{read_ahead, N} | Ms], Opts) when is_integer(N), N >= 0 -> parse_modes(Ms, Opts);
parse_modes([{delayed_write, S, D} | Ms], Opts) when is_integer(S), is_integer(D) -> parse_modes(Ms, Opts);
parse_modes([M | Ms], Opts) when is_atom(M) -> parse_modes(Ms, Opts);
parse_modes(_, _) -> {error, badarg}.

encoding(latin1) -> latin1;
encoding(E) when E =:= unicode; E =:= utf8 -> unicode;
encoding(_) -> badarg.

close(Pid) when is_pid(Pid) ->
    case file_request(Pid, close) of
        {error, terminated} -> ok;
        Other -> Other
    end;
close(#file_descriptor{module = prim_file, data = #{handle := Id}}) ->
    ferl_file:close(Id);
close(_) ->
    {error, badarg}.

read(Pid, N) when is_pid(Pid), is_integer(N), N >= 0 ->
    wrap(io:request(Pid, {get_chars, latin1, '', N}));
read(#file_descriptor{data = #{handle := Id} = D}, N) when is_integer(N), N >= 0 ->
    raw_data(ferl_file:read(Id, N), D);
read(_, _) ->
    {error, badarg}.

read_line(Pid) when is_pid(Pid) ->
    wrap(io:request(Pid, {get_line, latin1, ''}));
read_line(#file_descriptor{data = #{handle := Id} = D}) ->
    raw_data(ferl_file:read_line(Id), D);
read_line(_) ->
    {error, badarg}.

write(Pid, Bytes) when is_pid(Pid) ->
    io:request(Pid, {put_chars, latin1, Bytes});
write(#file_descriptor{data = #{handle := Id}}, Bytes) ->
    try ferl_file:write(Id, Bytes) catch error:badarg -> {error, badarg} end;
write(_, _) ->
    {error, badarg}.

pread(File, Locations) when is_list(Locations) ->
    pread_all(File, Locations, []);
pread(_, _) ->
    {error, badarg}.

pread_all(_File, [], Acc) ->
    {ok, lists:reverse(Acc)};
pread_all(File, [{At, N} | Rest], Acc) ->
    case pread(File, At, N) of
        {ok, Data} -> pread_all(File, Rest, [Data | Acc]);
        eof -> pread_all(File, Rest, [eof | Acc]);
        Error -> Error
    end.

pread(Pid, At, N) when is_pid(Pid) ->
    file_request(Pid, {pread, At, N});
pread(#file_descriptor{data = #{handle := Id} = D}, At, N) when is_integer(At), is_integer(N) ->
    raw_data(ferl_file:pread(Id, At, N), D);
pread(_, _, _) ->
    {error, badarg}.

pwrite(File, Locations) when is_list(Locations) ->
    pwrite_all(File, Locations, 0);
pwrite(_, _) ->
    {error, badarg}.

pwrite_all(_File, [], _N) ->
    ok;
pwrite_all(File, [{At, Bytes} | Rest], N) ->
    case pwrite(File, At, Bytes) of
        ok -> pwrite_all(File, Rest, N + 1);
        {error, Reason} -> {error, {N, Reason}}
    end.

pwrite(Pid, At, Bytes) when is_pid(Pid) ->
    file_request(Pid, {pwrite, At, Bytes});
pwrite(#file_descriptor{data = #{handle := Id}}, At, Bytes) when is_integer(At) ->
    try ferl_file:pwrite(Id, At, Bytes) catch error:badarg -> {error, badarg} end;
pwrite(_, _, _) ->
    {error, badarg}.

position(Pid, Location) when is_pid(Pid) ->
    file_request(Pid, {position, Location});
position(#file_descriptor{data = #{handle := Id}}, Location) ->
    ferl_file:position(Id, Location);
position(_, _) ->
    {error, badarg}.

truncate(File) -> simple(File, truncate).

sync(File) -> simple(File, sync).

datasync(File) -> simple(File, sync).

simple(Pid, Request) when is_pid(Pid) ->
    file_request(Pid, Request);
simple(#file_descriptor{data = #{handle := Id}}, truncate) ->
    ferl_file:truncate(Id);
simple(#file_descriptor{data = #{handle := Id}}, sync) ->
    ferl_file:sync(Id);
simple(_, _) ->
    {error, badarg}.

%% The io protocol gives the data itself; file's functions give {ok, Data}.
wrap(Data) when is_list(Data); is_binary(Data) -> {ok, Data};
wrap(Other) -> Other.

raw_data({ok, Bin}, #{binary := false}) -> {ok, binary_to_list(Bin)};
raw_data(Other, _) -> Other.

%% A request of the file io server: {file_request, From, Ref, Request},
%% answered with {file_reply, Ref, Reply}.
file_request(Pid, Request) ->
    Ref = erlang:monitor(process, Pid),
    Pid ! {file_request, self(), Ref, Request},
    receive
        {file_reply, Ref, Reply} ->
            erlang:demonitor(Ref, [flush]),
            Reply;
        {'DOWN', Ref, _, _, _} ->
            {error, terminated}
    end.
