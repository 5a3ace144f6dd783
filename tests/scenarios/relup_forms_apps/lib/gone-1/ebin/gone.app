{application, gone,
 [{description, "relup forms"}, {vsn, "1"},
  {modules, [gone1, gone2]},
  {registered, []}, {applications, [kernel, stdlib]}]}.
