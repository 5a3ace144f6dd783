{application, ra,
 [{description, "restart application"}, {vsn, "2"},
  {modules, [ra_app, ra_sup, ra_srv]},
  {registered, [ra_sup, ra_srv]}, {applications, [kernel, stdlib]},
  {mod, {ra_app, []}}, {env, [{colour, red}]}]}.
