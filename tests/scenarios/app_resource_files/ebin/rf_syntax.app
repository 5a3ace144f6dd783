{application, rf_syntax, [{vsn, "1"}
  {x}]}.
