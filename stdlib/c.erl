%% c: the shell's helpers for compiling and loading: c/1,2 compile, purge
%% and load; l/1 purges and loads.
-module(c).
-export([c/1, c/2, l/1]).

-spec c(atom() | string()) -> {ok, module()} | error.
c(File) -> c(File, []).

-spec c(atom() | string(), list()) -> {ok, module()} | error.
c(File, Opts) ->
    case compile:file(File, [report | Opts]) of
        {ok, Mod} ->
            _ = code:purge(Mod),
            case code:load_file(Mod) of
                {module, Mod} -> {ok, Mod};
                _ -> error
            end;
        error ->
            error
    end.

-spec l(module()) -> {module, module()} | {error, term()}.
l(Mod) ->
    _ = code:purge(Mod),
    code:load_file(Mod).
