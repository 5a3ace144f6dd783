{application, cfg,
 [{description, "calls made by upgrade steps"}, {vsn, "2"},
  {modules, [cfg_store, cfg_srv, cfg_util, cfg_log]},
  {registered, [cfg_srv]}, {applications, [kernel, stdlib]}]}.
