%% io: OTP's `io' module, in Erlang.
%%
%% Writing (`format', `fwrite', `put_chars', `nl', `write') goes to the
%% device asked for, or the caller's group leader: the standard devices
%% print at once (`ferl_io:std_out/2', vm/src/bif/io.rs); any other device
%% is an io server process and gets OTP's io requests (the format done by
%% the server through io_lib, as OTP asks it). Errors are OTP's: the
%% frame is io:Function with the caller's arguments, line 99 for what the
%% device refused ({device, Reason}), line 94 for a device that is not
%% there or is the caller ({io, Reason}).  Reading from
%% the standard group leader (`standard_io', `user', or the group
%% leader pid every process starts with) goes to ferl's stdin reader
%% thread through `ferl_io:read_line/2': the call returns at once and
%% the line comes back as the message {'$ferl_input', Line}, so no
%% scheduler thread waits on the terminal.  Any other device is an io
%% server process and gets OTP's io protocol ({io_request, ...} and
%% {io_reply, ...}).
%%
%% Not supported on the standard group leader: binary mode and the
%% other options of setopts/1,2 (they are accepted and ignored),
%% get_password/0, and requests other than get_line, get_chars,
%% get_until, getopts and setopts (they return {error, request}).
%% columns/0 and rows/0 return {error, enotsup}.

-module(io).

-export([format/1, format/2, format/3, fwrite/1, fwrite/2, fwrite/3,
         put_chars/1, put_chars/2, nl/0, nl/1, write/1, write/2]).
-export([printable_range/0]).
-export([get_line/1, get_line/2, get_chars/2, get_chars/3,
         request/1, request/2, requests/1, requests/2,
         scan_erl_exprs/1, scan_erl_exprs/2, scan_erl_exprs/3,
         scan_erl_exprs/4, scan_erl_form/1, scan_erl_form/2,
         scan_erl_form/3, scan_erl_form/4, parse_erl_exprs/1,
         parse_erl_exprs/2, parse_erl_exprs/3, parse_erl_exprs/4,
         parse_erl_form/1, parse_erl_form/2, parse_erl_form/3,
         parse_erl_form/4, read/1, read/2, read/3, read/4,
         getopts/0, getopts/1, setopts/1, setopts/2,
         columns/0, columns/1, rows/0, rows/1]).

%% ---- writing -----------------------------------------------------------

format(Format) -> o_request(format, [Format]).

format(Format, Args) -> o_request(format, [Format, Args]).

format(Io, Format, Args) -> o_request(format, [Io, Format, Args]).

fwrite(Format) -> o_request(fwrite, [Format]).

fwrite(Format, Args) -> o_request(fwrite, [Format, Args]).

fwrite(Io, Format, Args) -> o_request(fwrite, [Io, Format, Args]).

put_chars(Chars) -> o_request(put_chars, [Chars]).

put_chars(Io, Chars) -> o_request(put_chars, [Io, Chars]).

nl() -> o_request(nl, []).

nl(Io) -> o_request(nl, [Io]).

write(Term) -> o_request(write, [Term]).

write(Io, Term) -> o_request(write, [Io, Term]).

o_request(Function, Args) ->
    {Io, Request} = out_request(Function, Args),
    case out(Io, Request) of
        ok -> ok;
        {io, Reason} -> fail(Function, Args, Reason, 94, io);
        {error, Reason} -> fail(Function, Args, Reason, 99, device);
        Other -> Other
    end.

%% fwrite asks for a format, as OTP's does.
out_request(F, [Format]) when F =:= format; F =:= fwrite -> {group_leader(), {format, Format, []}};
out_request(F, [Format, Args]) when F =:= format; F =:= fwrite -> {group_leader(), {format, Format, Args}};
out_request(F, [Io, Format, Args]) when F =:= format; F =:= fwrite -> {Io, {format, Format, Args}};
out_request(put_chars, [Chars]) -> {group_leader(), {put_chars, unicode, Chars}};
out_request(put_chars, [Io, Chars]) -> {Io, {put_chars, unicode, Chars}};
out_request(nl, []) -> {group_leader(), nl};
out_request(nl, [Io]) -> {Io, nl};
out_request(write, [Term]) -> {group_leader(), {write, Term}};
out_request(write, [Io, Term]) -> {Io, {write, Term}}.

%% ok, {error, Reason} from the device, or {io, Reason} when there is no
%% device to ask.
out(standard_io, Request) -> out(group_leader(), Request);
out(standard_error, Request) -> ferl_io:std_out(standard_error, Request);
out(Io, Request) when is_pid(Io); is_atom(Io) ->
    case ferl_io:is_standard(Io) of
        true -> ferl_io:std_out(Io, Request);
        false -> server_out(Io, Request)
    end;
out(_Io, _Request) ->
    {io, arguments}.

server_out(Name, Request) when is_atom(Name) ->
    case whereis(Name) of
        undefined -> {io, arguments};
        Pid -> out(Pid, Request)
    end;
server_out(Pid, _Request) when Pid =:= self() ->
    {io, calling_self};
server_out(Pid, Request) ->
    case server_request(Pid, server_form(Request)) of
        {error, terminated} -> {io, terminated};
        Reply -> Reply
    end.

%% The request as OTP's io sends it: the server formats.
server_form({format, Format, Args}) -> {put_chars, unicode, io_lib, format, [Format, Args]};
server_form({write, Term}) -> {put_chars, unicode, io_lib, write, [Term]};
server_form(nl) -> {put_chars, unicode, io_lib:nl()};
server_form({put_chars, Enc, Chars} = Request) when is_list(Chars) ->
    case catch unicode:characters_to_binary(Chars, Enc) of
        Bin when is_binary(Bin) -> {put_chars, Enc, Bin};
        _ -> Request
    end;
server_form(Request) ->
    Request.

%% Raises as OTP's io does: the frame of io:Function with its arguments.
fail(Function, Args, Reason, Line, Kind) ->
    Stack = try erlang:error(stack) catch error:stack:S -> tl(S) end,
    Info = #{cause => {Kind, Reason}, module => erl_stdlib_errors},
    Frame = {io, Function, Args, [{file, "io.erl"}, {line, Line}, {error_info, Info}]},
    erlang:raise(error, conv_reason(Reason), [Frame | Stack]).

conv_reason(terminated) -> terminated;
conv_reason(calling_self) -> calling_self;
conv_reason({no_translation, _, _}) -> no_translation;
conv_reason(_) -> badarg.

%% ---- reading and the rest ----------------------------------------------

get_line(Prompt) -> get_line(standard_io, Prompt).

get_line(Io, Prompt) -> request(Io, {get_line, unicode, Prompt}).

get_chars(Prompt, N) -> get_chars(standard_io, Prompt, N).

get_chars(Io, Prompt, N) -> request(Io, {get_chars, unicode, Prompt, N}).

scan_erl_exprs(Prompt) -> scan_erl_exprs(standard_io, Prompt, 1).

scan_erl_exprs(Io, Prompt) -> scan_erl_exprs(Io, Prompt, 1).

scan_erl_exprs(Io, Prompt, Loc) ->
    request(Io, {get_until, unicode, Prompt, erl_scan, tokens, [Loc]}).

scan_erl_exprs(Io, Prompt, Loc, Options) ->
    request(Io, {get_until, unicode, Prompt, erl_scan, tokens, [Loc, Options]}).

scan_erl_form(Prompt) -> scan_erl_exprs(standard_io, Prompt, 1).

scan_erl_form(Io, Prompt) -> scan_erl_exprs(Io, Prompt, 1).

scan_erl_form(Io, Prompt, Loc) -> scan_erl_exprs(Io, Prompt, Loc).

scan_erl_form(Io, Prompt, Loc, Options) ->
    scan_erl_exprs(Io, Prompt, Loc, Options).

parse_erl_exprs(Prompt) -> parse_erl_exprs(standard_io, Prompt, 1).

parse_erl_exprs(Io, Prompt) -> parse_erl_exprs(Io, Prompt, 1).

parse_erl_exprs(Io, Prompt, Loc) ->
    parsed(scan_erl_exprs(Io, Prompt, Loc), fun erl_parse:parse_exprs/1).

parse_erl_exprs(Io, Prompt, Loc, Options) ->
    parsed(scan_erl_exprs(Io, Prompt, Loc, Options),
           fun erl_parse:parse_exprs/1).

parse_erl_form(Prompt) -> parse_erl_form(standard_io, Prompt, 1).

parse_erl_form(Io, Prompt) -> parse_erl_form(Io, Prompt, 1).

parse_erl_form(Io, Prompt, Loc) ->
    parsed(scan_erl_form(Io, Prompt, Loc), fun erl_parse:parse_form/1).

parse_erl_form(Io, Prompt, Loc, Options) ->
    parsed(scan_erl_form(Io, Prompt, Loc, Options),
           fun erl_parse:parse_form/1).

read(Prompt) -> read(standard_io, Prompt).

read(Io, Prompt) ->
    case scan_erl_exprs(Io, Prompt, 1) of
        {ok, Tokens, _End} -> erl_parse:parse_term(Tokens);
        {error, E, _End} -> {error, E};
        {eof, _End} -> eof;
        Other -> Other
    end.

read(Io, Prompt, Loc) -> read(Io, Prompt, Loc, []).

read(Io, Prompt, Loc, Options) ->
    case scan_erl_exprs(Io, Prompt, Loc, Options) of
        {ok, Tokens, End} ->
            case erl_parse:parse_term(Tokens) of
                {ok, Term} -> {ok, Term, End};
                {error, E} -> {error, E, End}
            end;
        Other -> Other
    end.

getopts() -> getopts(standard_io).

getopts(Io) -> request(Io, getopts).

setopts(Opts) -> setopts(standard_io, Opts).

setopts(Io, Opts) -> request(Io, {setopts, Opts}).

columns() -> columns(standard_io).

columns(Io) ->
    case ferl_io:is_standard(Io) of
        true -> {error, enotsup};
        false -> request(Io, {get_geometry, columns})
    end.

rows() -> rows(standard_io).

rows(Io) ->
    case ferl_io:is_standard(Io) of
        true -> {error, enotsup};
        false -> request(Io, {get_geometry, rows})
    end.

request(Request) -> request(standard_io, Request).

request(standard_io, Request) -> request(group_leader(), Request);
request(Io, Request) ->
    case ferl_io:is_standard(Io) of
        true -> standard_request(Request);
        false -> server_request(Io, Request)
    end.

requests(Requests) -> requests(standard_io, Requests).

requests(Io, [R]) -> request(Io, R);
requests(Io, [R | Rs]) ->
    case request(Io, R) of
        {error, _} = E -> E;
        _ -> requests(Io, Rs)
    end.

%% ---- helpers ----------------------------------------------------------

parsed({ok, Tokens, End}, Parse) ->
    case Parse(Tokens) of
        {ok, Exprs} -> {ok, Exprs, End};
        {error, E} -> {error, E, End}
    end;
parsed(Other, _Parse) -> Other.

%% An io server process: OTP's io protocol, watching the server die.
server_request(Io, Request) when is_atom(Io) ->
    case whereis(Io) of
        undefined -> {error, arguments};
        Pid -> server_request(Pid, Request)
    end;
server_request(Pid, Request) when is_pid(Pid) ->
    Ref = erlang:monitor(process, Pid),
    Pid ! {io_request, self(), Ref, Request},
    receive
        {io_reply, Ref, Reply} ->
            erlang:demonitor(Ref, [flush]),
            Reply;
        {'DOWN', Ref, _, _, _} ->
            {error, terminated}
    end;
server_request(_Io, _Request) ->
    {error, arguments}.

%% ---- the standard group leader ----------------------------------------

standard_request({get_line, _Enc, Prompt}) ->
    std_get_line(prompt_text(Prompt));
standard_request({get_line, Prompt}) ->
    std_get_line(prompt_text(Prompt));
standard_request({get_chars, _Enc, Prompt, N}) when is_integer(N), N >= 0 ->
    std_get_chars(prompt_text(Prompt), N);
standard_request({get_chars, Prompt, N}) when is_integer(N), N >= 0 ->
    std_get_chars(prompt_text(Prompt), N);
standard_request({get_until, _Enc, Prompt, M, F, Xa}) ->
    std_get_until(prompt_text(Prompt), M, F, Xa);
standard_request({get_until, Prompt, M, F, Xa}) ->
    std_get_until(prompt_text(Prompt), M, F, Xa);
standard_request(getopts) ->
    [{binary, false}, {encoding, unicode}];
standard_request({setopts, Opts}) when is_list(Opts) ->
    ok;
standard_request({put_chars, Enc, Chars}) ->
    ferl_io:std_out(standard_io, {put_chars, Enc, Chars});
standard_request({put_chars, Enc, M, F, A}) ->
    case catch apply(M, F, A) of
        {'EXIT', _} -> {error, put_chars};
        Chars -> ferl_io:std_out(standard_io, {put_chars, Enc, Chars})
    end;
standard_request(Request) ->
    {error, {request, Request}}.

%% As OTP's io_lib:format_prompt/2 does.
prompt_text({format, Format, Args}) -> io_lib:format(Format, Args);
prompt_text(Prompt) when is_list(Prompt); is_binary(Prompt) ->
    io_lib:format("~ts", [Prompt]);
prompt_text(Prompt) when is_atom(Prompt) -> atom_to_list(Prompt);
prompt_text(Prompt) -> io_lib:format("~tp", [Prompt]).

%% A line from the reader thread: characters, eof or {error, Why}.
read_chars(Prompt, Kind) ->
    ok = ferl_io:read_line(Prompt, Kind),
    receive
        {'$ferl_input', Line} when is_binary(Line) ->
            unicode:characters_to_list(Line);
        {'$ferl_input', eof} -> eof;
        {'$ferl_input', Why} -> {error, Why}
    end.

%% Characters waiting from an earlier read come first; the prompt is
%% still shown, as OTP's group leader shows it.
pending_or_read(Prompt) ->
    case ferl_io:take_pending() of
        [] -> read_chars(Prompt, first);
        Chars ->
            io:put_chars(Prompt),
            Chars
    end.

std_get_line(Prompt) ->
    case pending_or_read(Prompt) of
        Chars when is_list(Chars) -> complete_line(Chars, Prompt);
        Other -> Other
    end.

complete_line(Chars, Prompt) ->
    case lists:splitwith(fun(C) -> C =/= $\n end, Chars) of
        {Line, [$\n | Rest]} ->
            ok = ferl_io:push_pending(Rest),
            Line ++ "\n";
        {Partial, []} ->
            case read_chars(Prompt, more) of
                More when is_list(More) -> complete_line(Partial ++ More, Prompt);
                _ -> Partial
            end
    end.

std_get_chars(Prompt, N) ->
    case pending_or_read(Prompt) of
        Chars when is_list(Chars) -> take_chars(Chars, N, Prompt);
        Other -> Other
    end.

take_chars(Chars, N, _Prompt) when length(Chars) >= N ->
    {Taken, Rest} = lists:split(N, Chars),
    ok = ferl_io:push_pending(Rest),
    Taken;
take_chars(Chars, N, Prompt) ->
    case read_chars(Prompt, more) of
        More when is_list(More) -> take_chars(Chars ++ More, N, Prompt);
        _ when Chars =:= [] -> eof;
        _ -> Chars
    end.

std_get_until(Prompt, M, F, Xa) ->
    case pending_or_read(Prompt) of
        Chars when is_list(Chars) -> feed(Chars, [], Prompt, M, F, Xa);
        eof -> feed(eof, [], Prompt, M, F, Xa);
        Error -> Error
    end.

%% Feeds characters to M:F(Cont, Chars, Xa...) until it is done, reading
%% more lines while it wants more; what it leaves waits for the next read.
feed(Chars, Cont, Prompt, M, F, Xa) ->
    case apply(M, F, [Cont, Chars | Xa]) of
        {done, Result, Rest} ->
            _ = is_list(Rest) andalso ferl_io:push_pending(Rest),
            Result;
        {more, _Cont1} when Chars =:= eof ->
            %% It asks for more after the end of input: there is none.
            eof;
        {more, Cont1} ->
            case read_chars(Prompt, more) of
                More when is_list(More) -> feed(More, Cont1, Prompt, M, F, Xa);
                eof -> feed(eof, Cont1, Prompt, M, F, Xa);
                Error -> Error
            end
    end.

%% The characters ~p prints as text: latin1, as OTP's default (ferl has no
%% +pc flag to widen it to unicode).
printable_range() -> latin1.
