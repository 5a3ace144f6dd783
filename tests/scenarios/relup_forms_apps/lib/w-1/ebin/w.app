{application, w,
 [{description, "relup forms"}, {vsn, "1"},
  {modules, [w1]},
  {registered, []}, {applications, [kernel, stdlib]}]}.
