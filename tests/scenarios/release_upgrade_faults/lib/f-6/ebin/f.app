{application, f,
 [{description, "upgrade faults"}, {vsn, "6"},
  {modules, [f_app, f_sup, f_srv, f_loop]},
  {registered, [f_sup, a, b, f_loop]}, {applications, [kernel, stdlib]},
  {mod, {f_app, []}}]}.
