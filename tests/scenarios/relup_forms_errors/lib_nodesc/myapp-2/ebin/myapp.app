{application, myapp, [{vsn, "2"}, {modules, [m1, m2]}]}.
