{application, pp,
 [{description, "receive loops"}, {vsn, "1"},
  {modules, [lm, poller, ticker, sysproc, gone]},
  {registered, []}, {applications, [kernel, stdlib]}]}.
