{application, myapp,
 [{description, "relup forms"}, {vsn, "1"},
  {modules, [l1, l2, l3, l4, l5, old1, old2]},
  {registered, []}, {applications, [kernel, stdlib]}]}.
