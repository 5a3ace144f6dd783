%% file_io_server: the process behind a file:open/2 that is not raw, as
%% OTP's: it holds the open file (a ferl_file number), answers OTP's io
%% requests (put_chars, get_line, get_chars, get_until, getopts, setopts)
%% and file requests (close, position, pread, pwrite, truncate, sync), and
%% closes the file when its opener dies. Data comes back as binaries or
%% lists as the file was opened; with {encoding, utf8} characters are
%% written and read as UTF-8, in latin1 only characters up to 255 can be
%% written ({error, {no_translation, unicode, latin1}} otherwise).
-module(file_io_server).

-export([start_link/2, init/3]).

start_link(Id, Opts) ->
    proc_lib:spawn_link(?MODULE, init, [Id, Opts, self()]).

init(Id, Opts, Owner) ->
    Mon = erlang:monitor(process, Owner),
    loop(#{id => Id, binary => maps:get(binary, Opts), encoding => maps:get(encoding, Opts),
           owner => Mon, buf => <<>>}).

loop(#{id := Id, owner := Mon} = S) ->
    receive
        {io_request, From, ReplyAs, Request} ->
            {Reply, S1} = io_request(Request, S),
            From ! {io_reply, ReplyAs, Reply},
            loop(S1);
        {file_request, From, Ref, close} ->
            From ! {file_reply, Ref, ferl_file:close(Id)},
            ok;
        {file_request, From, Ref, Request} ->
            {Reply, S1} = file_request(Request, S),
            From ! {file_reply, Ref, Reply},
            loop(S1);
        {'DOWN', Mon, process, _, _} ->
            ferl_file:close(Id),
            ok;
        _Other ->
            loop(S)
    end.

%% ---- io requests ------------------------------------------------------

io_request({put_chars, Enc, M, F, A}, S) ->
    case catch apply(M, F, A) of
        {'EXIT', _} -> {{error, F}, S};
        Chars -> io_request({put_chars, Enc, Chars}, S)
    end;
io_request({put_chars, Enc, Chars}, #{id := Id} = S) ->
    case bytes(Enc, Chars, maps:get(encoding, S)) of
        {ok, Bytes} -> {ferl_file:write(Id, Bytes), S};
        Error -> {Error, S}
    end;
io_request({get_line, _Enc, _Prompt}, #{id := Id} = S) ->
    {unwrap(data(ferl_file:read_line(Id), S)), S};
io_request({get_chars, _Enc, _Prompt, N}, #{id := Id} = S) when is_integer(N), N >= 0 ->
    {unwrap(data(ferl_file:read(Id, N), S)), S};
io_request({get_until, _Enc, _Prompt, M, F, Xa}, S) ->
    get_until(M, F, Xa, [], S);
io_request(getopts, S) ->
    {[{binary, maps:get(binary, S)}, {encoding, encoding_name(maps:get(encoding, S))}], S};
io_request({setopts, Opts}, S) when is_list(Opts) ->
    setopts(Opts, S);
io_request({requests, Rs}, S) ->
    requests(Rs, ok, S);
io_request(Request, S) ->
    {{error, {request, Request}}, S}.

requests([], Last, S) -> {Last, S};
requests([R | Rs], _, S) ->
    case io_request(R, S) of
        {{error, _} = E, S1} -> {E, S1};
        {Reply, S1} -> requests(Rs, Reply, S1)
    end.

%% Characters (Enc says how a binary among them is to be read) as the
%% bytes the file holds.
bytes(latin1, Chars, latin1) ->
    try {ok, iolist_to_binary(Chars)} catch error:_ -> {error, put_chars} end;
bytes(Enc, Chars, FileEnc) ->
    case catch unicode:characters_to_list(Chars, Enc) of
        L when is_list(L) ->
            case FileEnc of
                unicode -> {ok, unicode:characters_to_binary(L)};
                latin1 ->
                    case lists:all(fun(C) -> C =< 255 end, L) of
                        true -> {ok, list_to_binary(L)};
                        false -> {error, {no_translation, unicode, latin1}}
                    end
            end;
        _ ->
            {error, put_chars}
    end.

%% An io reply is the data itself (file:read/2 and read_line/1 wrap it).
unwrap({ok, Data}) -> Data;
unwrap(Other) -> Other.

%% Bytes read, as the caller gets them.
data({ok, Bin}, #{encoding := unicode, binary := true}) -> {ok, Bin};
data({ok, Bin}, #{encoding := unicode}) -> {ok, unicode:characters_to_list(Bin)};
data({ok, Bin}, #{binary := true}) -> {ok, Bin};
data({ok, Bin}, _) -> {ok, binary_to_list(Bin)};
data(Other, _) -> Other.

%% OTP's get_until: lines go to M:F(Cont, Data, Xa...) until it says done.
get_until(M, F, Xa, Cont, #{id := Id} = S) ->
    Line = case ferl_file:read_line(Id) of
               {ok, Bin} -> chars(Bin, S);
               eof -> eof;
               {error, _} = E -> E
           end,
    case Line of
        {error, _} = Error ->
            {Error, S};
        _ ->
            case catch apply(M, F, [Cont, Line | Xa]) of
                {done, Result, _Rest} -> {Result, S};
                {more, Cont1} when Line =/= eof -> get_until(M, F, Xa, Cont1, S);
                {more, _} -> {eof, S};
                _ -> {{error, F}, S}
            end
    end.

chars(Bin, #{encoding := unicode}) -> unicode:characters_to_list(Bin);
chars(Bin, _) -> binary_to_list(Bin).

setopts([], S) -> {ok, S};
setopts([binary | Os], S) -> setopts(Os, S#{binary := true});
setopts([list | Os], S) -> setopts(Os, S#{binary := false});
setopts([{binary, B} | Os], S) when is_boolean(B) -> setopts(Os, S#{binary := B});
setopts([{encoding, E} | Os], S) when E =:= latin1 -> setopts(Os, S#{encoding := latin1});
setopts([{encoding, E} | Os], S) when E =:= unicode; E =:= utf8 -> setopts(Os, S#{encoding := unicode});
setopts(_, S) -> {{error, enotsup}, S}.

encoding_name(unicode) -> unicode;
encoding_name(E) -> E.

%% ---- file requests ------------------------------------------------------

file_request({position, Location}, #{id := Id} = S) ->
    {ferl_file:position(Id, Location), S};
%% As OTP's server does, pread and pwrite move the file's position.
file_request({pread, At, N}, #{id := Id} = S) when is_integer(At), is_integer(N), N >= 0 ->
    case ferl_file:position(Id, At) of
        {ok, _} -> {data(ferl_file:read(Id, N), S), S};
        Error -> {Error, S}
    end;
file_request({pwrite, At, Bytes}, #{id := Id} = S) when is_integer(At) ->
    case ferl_file:position(Id, At) of
        {ok, _} -> {try ferl_file:write(Id, Bytes) catch error:badarg -> {error, badarg} end, S};
        Error -> {Error, S}
    end;
file_request(truncate, #{id := Id} = S) ->
    {ferl_file:truncate(Id), S};
file_request(sync, #{id := Id} = S) ->
    {ferl_file:sync(Id), S};
file_request(_, S) ->
    {{error, badarg}, S}.
