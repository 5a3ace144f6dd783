{application, pw,
 [{description, "process windows"}, {vsn, "2"}, {registered, []},
  {modules, [alarm, audit, cache, counter_srv, door, fmt, gauge, jobs, net_util, pinger,
             plugin_a, plugin_host, quiet, siren, store, style]},
  {applications, [kernel, stdlib]}]}.
