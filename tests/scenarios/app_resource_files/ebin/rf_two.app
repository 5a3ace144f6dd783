{application, rf_two, []}.
{application, rf_two, []}.
