#!/usr/bin/env escript
%% The shell's undefined-command error has its own text.
-module(err_shell_undef).
-mode(compile).
-export([main/1]).
main(_) -> error({shell_undef, foo, 0, []}).
