{application, st,
 [{description, "suspend timeout"}, {vsn, "2"},
  {modules, [st_app, st_sup, st_worker]},
  {registered, [st_sup]}, {applications, [kernel, stdlib]},
  {mod, {st_app, []}}]}.
