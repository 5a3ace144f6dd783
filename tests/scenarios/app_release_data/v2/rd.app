{application, rd,
 [{description, "Release data, second"},
  {vsn, "2.0"},
  {modules, [rd_app]},
  {registered, []},
  {applications, [kernel, stdlib]},
  {mod, {rd_app, []}},
  {env, [{size, 2}, {colour, red}, {new_only, y}]}]}.
