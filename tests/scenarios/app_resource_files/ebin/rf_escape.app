{application, rf_escape, [{vsn, "tab\there and a long tail
