#!/usr/bin/env escript
%% The controller is a kernel process: when it crashes (OTP's crashes on
%% unload/1 of something that is not an application name), the node
%% halts half a second later with its exit reason in the slogan.
-module(main).
-mode(compile).

main(_) ->
    ok = application:load({application, cc_app, []}),
    io:format("~p~n", [application:unload(cc_app)]),
    spawn(fun() -> application:unload(123) end),
    timer:sleep(3000),
    io:format("not reached~n").
