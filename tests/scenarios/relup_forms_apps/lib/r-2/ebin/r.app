{application, r,
 [{description, "relup forms"}, {vsn, "2"},
  {modules, [r1, r2]},
  {registered, []}, {applications, [kernel, stdlib]}]}.
