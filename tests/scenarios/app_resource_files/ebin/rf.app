%% A well-formed resource file.
{application, rf,
 [{description, "Resource file app"},
  {vsn, "1.4.2"},
  {modules, [rf_app, rf_sup]},
  {registered, [rf_sup]},
  {applications, [kernel, stdlib]},
  {mod, {rf_app, [from_app_file]}},
  {env, [{answer, 42}]}]}.
