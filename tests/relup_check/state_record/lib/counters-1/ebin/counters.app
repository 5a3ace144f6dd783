{application, counters,
 [{description, "state records"}, {vsn, "1"},
  {modules, [counter, meter, gauge, shapes]},
  {registered, []}, {applications, [kernel, stdlib]}]}.
