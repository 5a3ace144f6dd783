{application, myapp,
 [{description, "relup errors"}, {vsn, "1"},
  {modules, [m1, m2]},
  {registered, []}, {applications, [kernel, stdlib]}]}.
