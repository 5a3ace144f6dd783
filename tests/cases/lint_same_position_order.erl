#!/usr/bin/env escript
%% Two errors at one position are listed as OTP lists them.
-mode(compile).
main(_) ->
    try ok catch _:_:St -> St end,
    Try = fun(F) -> try F() catch error:badarg:St -> St end end,
    Try(x).
