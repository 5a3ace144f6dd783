{application, myapp,
 [{description, "relup forms"}, {vsn, "2"},
  {modules, [u1, u2, u3, u4, u5, u6, u7, u8, u9, s1, d1, d2]},
  {registered, []}, {applications, [kernel, stdlib]}]}.
