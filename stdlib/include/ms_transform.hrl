%% ms_transform.hrl: asks for the ms_transform parse transform, which
%% turns ets:fun2ms(fun ... end) into a match specification (done by
%% ferl's compiler: compiler/src/ms_transform.rs).
-compile({parse_transform, ms_transform}).
