{application, pp,
 [{description, "receive loops"}, {vsn, "2"},
  {modules, [lm, poller, ticker, sysproc]},
  {registered, []}, {applications, [kernel, stdlib]}]}.
