#!/usr/bin/env escript
%% systools_rc:translate_scripts/3,4 called directly (as release_handler
%% does), up and down, on one-script appups: every high-level form with
%% its short and long shapes, add/remove/restart_application with the
%% start types, low-level instructions written by hand, and the errors
%% {error, systools_rc, Reason} for malformed instructions (bad_instruction,
%% bad_module, bad_purge_method, bad_timeout, ...), DepMods (undef_module,
%% muldef_module), misplaced point_of_no_return, unmatched suspend/resume
%% and start/stop, unknown applications and modules; then format_error/1.
%% Appls/PreAppls are OTP's #application records. ferl's own scenario;
%% expected output captured from OTP 25.
-mode(compile).
-record(application,
        {name, type = permanent, vsn = "", id = "", description = "",
         modules = [], uses = [], optional = [], includes = [], regs = [],
         env = [], maxT = infinity, maxP = infinity, mod = [],
         start_phases, dir = ""}).

main(_) ->
    Appls = [#application{name = a, vsn = "2", modules = [m1,m2,m3,m4]},
             #application{name = b, vsn = "1", type = temporary, modules = [b1,b2]},
             #application{name = c, vsn = "3", type = load, modules = [c1]}],
    Pre = [#application{name = a, vsn = "1", modules = [m1,m2,m3,m0]},
           #application{name = b, vsn = "0", modules = [b1,b0]},
           #application{name = d, vsn = "1", modules = [d1,d2]}],
    Scripts = [
      [{update, m1, soft}], [{update, m1, soft, [m2]}, {load_module, m2}],
      [{update, m1, {advanced, e}, soft_purge, brutal_purge, []}],
      [{update, m1, infinity, soft, brutal_purge, soft_purge, []}],
      [{update, m1, dynamic, 100, {advanced, e}, brutal_purge, soft_purge, []}],
      [{update, m1, foo}], [{update, m1, {foo}}], [{update, "m1"}], [{update, m1, [m2]}],
      [{update, m1, soft, bad, brutal_purge, []}],
      [{update, m1, 0, soft, brutal_purge, brutal_purge, []}],
      [{update, m1, -5, soft, brutal_purge, brutal_purge, []}],
      [{update, m1, stat, default, soft, brutal_purge, brutal_purge, []}],
      [{update, m1, static, default, soft, brutal_purge, brutal_purge, x}],
      [{update, m1, static, default, soft, brutal_purge, brutal_purge, [1]}],
      [{load_module, m1, x}], [{load_module, m1, soft_purge, soft_purge, []}],
      [{load_module, m1}, {load_module, m1}],
      [{add_module, m4}], [{add_module, m4, [m1]}, {load_module, m1}],
      [{delete_module, m0}], [{delete_module, m0, [m1]}, {update, m1, {advanced, x}}],
      [{add_module, zz}],
      [{add_application, b}], [{add_application, b, load}], [{add_application, c, none}],
      [{add_application, q}], [{add_application, b, bad}],
      [{remove_application, d}], [{remove_application, a}], [{remove_application, q}],
      [{restart_application, a}], [{restart_application, b}], [{restart_application, c}],
      [{apply, {m, f, [1]}}], [{apply, {m, f, x}}], [{apply, {"m", f, []}}], [{apply, m}],
      [{apply, {m, f, []}}, point_of_no_return, {load_module, m1}],
      [{load_module, m1}, point_of_no_return],
      [point_of_no_return, point_of_no_return],
      [{load_object_code, {a, "2", [m1]}}, point_of_no_return, {load, {m1, brutal_purge, brutal_purge}}],
      [{load, {m1, brutal_purge, brutal_purge}}],
      [{load_object_code, {a, "2", [m1]}}, {load_object_code, {a, "1", [m2]}}],
      [{load_object_code, {a, "2", [m1]}}, {load_module, m2}],
      [{suspend, [m1]}], [{resume, [m1]}], [{suspend, [{m1, 10}]}, {resume, [m1]}],
      [{suspend, [{m1, x}]}], [{code_change, [{m1, x}]}], [{code_change, [m1]}],
      [{code_change, side, [{m1, x}]}], [{code_change, up, x}],
      [{start, [m1]}], [{stop, [m1]}], [{stop, [m1]}, {start, [m1]}],
      [{sync_nodes, id, {m, f, []}}], [{sync_nodes, id, [n1, n2]}], [{sync_nodes, id, [1]}],
      [{remove, {m1, brutal_purge, brutal_purge}}], [{purge, [m1, m2]}], [{purge, m1}],
      [restart_new_emulator], [restart_emulator, {load_module, m1}, restart_emulator],
      [restart, reboot], [mnesia_backup], [foo], [{foo, bar}], [{update}], [{load_module}],
      [{update, m1, supervisor, [m2]}],
      [{update, m1, {advanced, a}, [m2]}, {update, m2, {advanced, b}, [m3]}, {update, m3, {advanced, c}, [m1]}],
      [{update, m1, {advanced, a}, [m1]}],
      [{load_module, m9}], [{load_module, b1}],
      [{add_application, b}, {restart_application, a}, {remove_application, d}, {load_module, m1}]
    ],
    [begin
         io:format("~w~n", [S]),
         [io:format("  ~p ~p~n", [Mode, catch systools_rc:translate_scripts(Mode, [S], Appls, Pre)])
          || Mode <- [up, dn]]
     end || S <- Scripts],
    io:format("~p~n", [catch systools_rc:translate_scripts([[{load_module, m1}], [{apply, {m,f,[]}}, point_of_no_return, {load_module, m2}]], Appls, Pre)]),
    io:format("~p~n", [catch systools_rc:translate_scripts([[{load_module, b1}], [{load_module, m2}, restart_new_emulator]], Appls, Pre)]),
    [io:format("~s", [systools_rc:format_error(E)]) || E <- [{bad_module, "x"}, {bad_timeout, 0}, {undef_module, q}, {bad_instruction, foo}, {no_such_application, x}, {conflicting_versions, a, "1", "2"}, {other, 1}]].
