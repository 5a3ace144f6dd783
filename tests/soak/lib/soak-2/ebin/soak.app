{application, soak,
 [{description, "upgrade-under-load soak"}, {vsn, "2"},
  {modules, [soak_app, soak_sup, soak_worker_sup, soak_worker, soak_route]},
  {registered, [soak_sup, soak_worker_sup]}, {applications, [kernel, stdlib]},
  {mod, {soak_app, []}}]}.
