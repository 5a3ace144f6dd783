{application, q,
 [{description, "release test"}, {vsn, "2"},
  {modules, [q_app, q_sup, q_srv]},
  {registered, [q_sup, q_srv]}, {applications, [kernel, stdlib]},
  {mod, {q_app, []}}, {env, [{colour, red}]}]}.
