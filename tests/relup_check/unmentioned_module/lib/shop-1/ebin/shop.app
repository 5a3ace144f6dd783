{application, shop,
 [{description, "changed modules"}, {vsn, "1"},
  {modules, [cart, pricing, tax, notes, legacy]},
  {registered, []}, {applications, [kernel, stdlib]}]}.
