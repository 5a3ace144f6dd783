{application, a,
 [{description, "relup forms"}, {vsn, "2"},
  {modules, [a1, a2, a3]},
  {registered, []}, {applications, [kernel, stdlib]}]}.
