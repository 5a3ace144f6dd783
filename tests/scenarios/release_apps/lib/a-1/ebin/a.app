{application, a, [{description, "library"}, {vsn, "1"}, {modules, [a_lib]},
                  {registered, []}, {applications, [kernel, stdlib]}]}.
