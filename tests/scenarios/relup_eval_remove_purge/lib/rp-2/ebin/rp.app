{application, rp,
 [{description, "remove and purge"}, {vsn, "2"}, {modules, [rp_keep, rp_new]},
  {registered, []}, {applications, [kernel, stdlib]}]}.
