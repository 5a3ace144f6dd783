%% New in version 2: how a version 2 worker picks the peer a token goes
%% to next. Added by the upgrade, deleted by the downgrade.
-module(soak_route).
-vsn("2").
-export([next/3]).
next(Id, Procs, Hops) -> (Id + Hops * 31) rem Procs + 1.
