{application, relay,
 [{description, "ferl media relay example"}, {vsn, "1"},
  {modules, [relay_app, relay_sup, relay_stream]},
  {registered, [relay_sup]}, {applications, [kernel, stdlib]},
  {mod, {relay_app, []}}]}.
