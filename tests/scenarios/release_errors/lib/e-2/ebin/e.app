{application, e, [{description, "errors"}, {vsn, "2"}, {modules, []},
                  {registered, []}, {applications, [kernel, stdlib]}]}.
