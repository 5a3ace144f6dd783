{application, c, [{description, "service c"}, {vsn, "1"},
                   {modules, [c_app, c_sup, c_srv]},
                   {registered, [c_sup, c_srv]}, {applications, [kernel, stdlib]},
                   {mod, {c_app, []}}, {env, [{colour, blue}]}]}.
