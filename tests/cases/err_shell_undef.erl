#!/usr/bin/env escript
%% The shell's undefined-command error has its own text.
-mode(compile).
main(_) -> error({shell_undef, foo, 0, []}).
