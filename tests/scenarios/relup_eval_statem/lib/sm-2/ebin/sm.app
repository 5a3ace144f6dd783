{application, sm,
 [{description, "statem upgrade"}, {vsn, "2"},
  {modules, [sm_app, sm_sup, sm_door]},
  {registered, [sm_sup, sm_door]}, {applications, [kernel, stdlib]},
  {mod, {sm_app, []}}]}.
