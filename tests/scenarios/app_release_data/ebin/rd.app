{application, rd,
 [{description, "Release data"},
  {vsn, "1.0"},
  {modules, [rd_app]},
  {registered, []},
  {applications, [kernel, stdlib]},
  {mod, {rd_app, []}},
  {env, [{size, 1}, {colour, red}, {old_only, x}]}]}.
