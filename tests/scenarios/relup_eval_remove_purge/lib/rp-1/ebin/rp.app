{application, rp,
 [{description, "remove and purge"}, {vsn, "1"}, {modules, [rp_old, rp_keep]},
  {registered, []}, {applications, [kernel, stdlib]}]}.
