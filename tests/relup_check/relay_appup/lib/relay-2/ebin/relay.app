{application, relay,
 [{description, "ferl media relay example"}, {vsn, "2"},
  {modules, [relay_app, relay_sup, relay_stream, relay_meter]},
  {registered, [relay_sup]}, {applications, [kernel, stdlib]},
  {mod, {relay_app, []}}]}.
