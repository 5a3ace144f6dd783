{application, q,
 [{description, "release test"}, {vsn, "1"},
  {modules, [q_app, q_sup, q_srv]},
  {registered, [q_sup, q_srv]}, {applications, [kernel, stdlib]},
  {mod, {q_app, []}}, {env, [{colour, blue}]}]}.
