{application, rf_other, [{vsn, "7"}]}.
