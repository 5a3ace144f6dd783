{application, rf_scan, [{vsn, "1}]}.
