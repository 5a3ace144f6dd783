{application, other,
 [{description, "relup errors"}, {vsn, "1"},
  {modules, [m2]},
  {registered, []}, {applications, [kernel, stdlib]}]}.
