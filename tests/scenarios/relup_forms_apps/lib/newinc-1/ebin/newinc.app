{application, newinc,
 [{description, "relup forms"}, {vsn, "1"},
  {modules, [newinc1]},
  {registered, []}, {applications, [kernel, stdlib]}]}.
