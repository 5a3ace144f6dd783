{application, e, [{description, "errors"}, {vsn, "1"}, {modules, []},
                  {registered, []}, {applications, [kernel, stdlib]}]}.
