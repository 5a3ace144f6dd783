#!/usr/bin/env escript
%%! +P 1024
%% One way for a run to end per argument, for tests/determinism.rs: each
%% failing one must end with the seed note, the passing ones without.
-module(paths).
-mode(compile).
main([Path]) ->
    io:format("~s~n", [Path]),
    run(list_to_atom(Path)).

run(ok) -> ok;
run(halt_zero) -> halt(0);
run(halt) -> halt(3);
run(halt_elsewhere) -> spawn(fun() -> halt(4) end), receive after infinity -> ok end;
run(init_stop) -> init:stop(5), receive after infinity -> ok end;
run(error) -> error(boom);
run(killed) -> exit(self(), kill);
run(deadlock) -> receive never -> ok end;
run(process_limit) -> fill();
run(crash_elsewhere) ->
    {Pid, Ref} = spawn_monitor(fun() -> error(elsewhere) end),
    receive {'DOWN', Ref, process, Pid, _} -> ok end;
run(stdin) -> io:get_line("").

fill() -> spawn(fun() -> receive after infinity -> ok end end), fill().
