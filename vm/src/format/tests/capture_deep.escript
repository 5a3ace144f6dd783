#!/usr/bin/env escript
%% Regenerates the rows of deep.rs: escript capture_deep.escript deep.cases
%% (Format TAB ArgsExpr per line). Each row holds the format, the
%% arguments as `~w` writes them, and `~w` of io_lib:format's deep result.
-mode(compile).
main([File]) ->
    {ok, Bin} = file:read_file(File),
    Lines = [L || L <- string:split(binary_to_list(Bin), "\n", all), L =/= "", hd(L) =/= $%],
    lists:foreach(fun row/1, Lines).

row(Line) ->
    [Fmt0, Expr] = string:split(Line, "\t"),
    Fmt = unescape(Fmt0),
    {ok, Toks, _} = erl_scan:string(Expr ++ "."),
    {ok, [E]} = erl_parse:parse_exprs(Toks),
    {value, Args, _} = erl_eval:expr(E, []),
    Lit = lists:flatten(io_lib:format("~w", [Args])),
    Out = try lists:flatten(io_lib:format("~w", [io_lib:format(Fmt, Args)]))
          catch error:badarg -> "!badarg" end,
    io:format("    (~s, ~s, ~s),~n", [rust(Fmt), rust(Lit), rust(Out)]).

unescape([$\\, $n | T]) -> [$\n | unescape(T)];
unescape([$\\, $t | T]) -> [$\t | unescape(T)];
unescape([C | T]) -> [C | unescape(T)];
unescape([]) -> [].

rust(S) -> [$" | lists:flatmap(fun esc/1, S)] ++ "\"".
esc($") -> "\\\"";
esc($\\) -> "\\\\";
esc($\n) -> "\\n";
esc($\t) -> "\\t";
esc(C) when C < 32; C > 126 -> lists:flatten(io_lib:format("\\u{~.16b}", [C]));
esc(C) -> [C].
