%% logger_std_h: the standard handler, writing formatted events to
%% standard_io or standard_error (the default handler's device is
%% standard_io, as in an OTP 25 escript).
%%
%% Not supported / known differences: events are written synchronously
%% by the logging process, so there is no overload protection and
%% filesync/1 has nothing to wait for; type {file, Name} is not supported.
-module(logger_std_h).

-export([log/2, adding_handler/1, removing_handler/1, filesync/1]).

log(Event, #{formatter := {FMod, FConfig}} = Config) ->
    Text = FMod:format(Event, FConfig),
    io:put_chars(device(Config), Text).

device(#{config := #{type := standard_error}}) -> standard_error;
device(_) -> user.

adding_handler(Config) ->
    Mine = maps:get(config, Config, #{}),
    case maps:get(type, Mine, standard_io) of
        T when T =:= standard_io; T =:= standard_error ->
            {ok, Config#{config => Mine#{type => T}}};
        T ->
            {error, {handler_not_added, {invalid_config, logger_std_h, #{type => T}}}}
    end.

removing_handler(_Config) ->
    ok.

filesync(_HandlerId) ->
    ok.
