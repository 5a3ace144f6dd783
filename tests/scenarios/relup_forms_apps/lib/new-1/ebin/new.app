{application, new,
 [{description, "relup forms"}, {vsn, "1"},
  {modules, [new1, new2]},
  {registered, []}, {applications, [kernel, stdlib, a]}, {included_applications, [newinc]}]}.
