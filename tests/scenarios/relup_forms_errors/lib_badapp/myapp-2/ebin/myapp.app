{application, myapp, [{description, "relup errors"}, {vsn, "2"}, {modules, [m1, "m2"]}]}.
