{application, shop,
 [{description, "changed modules"}, {vsn, "2"},
  {modules, [cart, pricing, tax, notes, promo]},
  {registered, []}, {applications, [kernel, stdlib]}]}.
