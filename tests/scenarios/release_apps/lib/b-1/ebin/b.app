{application, b, [{description, "service b"}, {vsn, "1"},
                   {modules, [b_app, b_sup, b_srv]},
                   {registered, [b_sup, b_srv]}, {applications, [kernel, stdlib]},
                   {mod, {b_app, []}}, {env, [{colour, blue}]}]}.
