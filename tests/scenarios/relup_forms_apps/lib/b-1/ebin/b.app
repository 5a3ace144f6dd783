{application, b,
 [{description, "relup forms"}, {vsn, "1"},
  {modules, [b1]},
  {registered, []}, {applications, [kernel, stdlib]}]}.
