{application, counters,
 [{description, "state records"}, {vsn, "2"},
  {modules, [counter, meter, gauge, shapes]},
  {registered, []}, {applications, [kernel, stdlib]}]}.
