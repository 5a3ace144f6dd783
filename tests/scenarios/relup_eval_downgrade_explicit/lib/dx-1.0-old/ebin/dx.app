{application, dx,
 [{description, "explicit downgrade"}, {vsn, "1"},
  {modules, [dx_app, dx_sup, dx_srv]},
  {registered, [dx_sup, dx_srv]}, {applications, [kernel, stdlib]},
  {mod, {dx_app, []}}, {env, [{level, one}]}]}.
