%% relay_meter (new in version 2): how many bytes a payload carries on the
%% wire, which version 2 of relay_stream counts per stream.
-module(relay_meter).
-vsn("2").
-export([size/1]).

size(Payload) when is_binary(Payload) -> byte_size(Payload);
size(Payload) -> erlang:external_size(Payload).
