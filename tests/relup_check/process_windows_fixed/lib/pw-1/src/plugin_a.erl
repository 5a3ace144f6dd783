-module(plugin_a).
-behaviour(plugin_host).
-export([init_plugin/0, handle_job/1]).
init_plugin() -> ok.
handle_job(J) -> J.
