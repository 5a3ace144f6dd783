{application, ll,
 [{description, "low level"}, {vsn, "1"},
  {modules, [ll_app, ll_sup, ll_srv]},
  {registered, [ll_sup]}, {applications, [kernel, stdlib]},
  {mod, {ll_app, []}}]}.
