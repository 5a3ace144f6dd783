{application, soak,
 [{description, "upgrade-under-load soak"}, {vsn, "1"},
  {modules, [soak_app, soak_sup, soak_worker_sup, soak_worker]},
  {registered, [soak_sup, soak_worker_sup]}, {applications, [kernel, stdlib]},
  {mod, {soak_app, []}}]}.
