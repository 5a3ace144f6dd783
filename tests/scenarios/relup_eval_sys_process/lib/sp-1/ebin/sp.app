{application, sp,
 [{description, "special process upgrade"}, {vsn, "1"},
  {modules, [sp_app, sp_sup, sp_counter]},
  {registered, [sp_sup, sp_counter]}, {applications, [kernel, stdlib]},
  {mod, {sp_app, []}}]}.
