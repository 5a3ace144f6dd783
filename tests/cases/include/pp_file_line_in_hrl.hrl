%% Included by pp_file_line_in_hrl.erl: ?FILE/?LINE inside an include file.
where() -> {?FILE, ?LINE}.
-define(HRL_LINE, ?LINE).
