{app, rf_notapp, []}.
