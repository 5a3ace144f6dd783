{application, myapp,
 [{description, "relup forms"}, {vsn, "2"},
  {modules, [l1, l2, l3, l4, l5, n1, n2]},
  {registered, []}, {applications, [kernel, stdlib]}]}.
