{application, rf_badterm, [{vsn, fun() -> 1 end}]}.
