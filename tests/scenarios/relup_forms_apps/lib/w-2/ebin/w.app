{application, w,
 [{description, "relup forms"}, {vsn, "2"},
  {modules, [w1]},
  {registered, []}, {applications, [kernel, stdlib]}]}.
