{application, r,
 [{description, "relup forms"}, {vsn, "1"},
  {modules, [r1, r_old]},
  {registered, []}, {applications, [kernel, stdlib]}]}.
