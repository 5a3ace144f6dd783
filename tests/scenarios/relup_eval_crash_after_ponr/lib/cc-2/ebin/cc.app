{application, cc,
 [{description, "code_change crash"}, {vsn, "2"},
  {modules, [cc_app, cc_sup, cc_srv, cc_util]},
  {registered, [cc_sup]}, {applications, [kernel, stdlib]},
  {mod, {cc_app, []}}]}.
