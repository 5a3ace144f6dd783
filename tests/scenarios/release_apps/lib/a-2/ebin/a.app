{application, a, [{description, "library"}, {vsn, "2"}, {modules, [a_lib]},
                  {registered, []}, {applications, [kernel, stdlib]}]}.
