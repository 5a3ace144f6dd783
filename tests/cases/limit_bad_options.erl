#!/usr/bin/env escript
%% Bad options to spawn_opt/2,4 and bad process_flag/2 arguments: badarg,
%% and the explanation OTP prints for it (erl_erts_errors), as an
%% uncaught error would show it.
-module(limit_bad_options).
-mode(compile).
main(_) ->
    [show(fun() -> spawn_opt(erlang, self, [], id(O)) end)
     || O <- [[bogus], bogus, [link | monitor], [{max_heap_size, -5}], [{max_heap_size, #{kill => true}}],
              [{min_heap_size, x}], [{priority, bad}], [{message_queue_data, bad}],
              [link, {fullsweep_after, -1}], [{fullsweep_after, infinity}], [monitor, {monitor, [bad]}], [{min_bin_vheap_size, -1}]]],
    show(fun() -> spawn_opt(fun erlang:self/0, id([bogus])) end),
    show(fun() -> spawn_opt(fun erlang:self/0, id(bogus)) end),
    show(fun() -> spawn_opt(erlang, self, id(notalist), []) end),
    [io:format("ok: ~p~n", [is_pid(spawn_opt(erlang, self, [], O))])
     || O <- [[{priority, low}, {min_heap_size, 100}, {fullsweep_after, 10},
               {message_queue_data, off_heap}, {min_bin_vheap_size, 10}]]],
    [show(fun() -> process_flag(id(Flag), id(Value)) end)
     || {Flag, Value} <- [{bogus, 1}, {trap_exit, maybe}, {priority, x}, {max_heap_size, -1},
                          {message_queue_data, x}, {min_heap_size, -1}, {min_bin_vheap_size, x},
                          {save_calls, x}, {sensitive, 1}, {fullsweep_after, 1}, {"trap_exit", true}]].

show(Fun) ->
    try Fun() of
        R -> io:format("returned ~p~n", [R])
    catch error:R:S ->
        io:format("~ts~n", [erl_error:format_exception(error, R, [hd(S)])])
    end.

id(X) -> X.
