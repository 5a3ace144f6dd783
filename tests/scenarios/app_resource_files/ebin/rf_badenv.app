{application, rf_badenv, [{env, [{ok, 1}, oops]}]}.
