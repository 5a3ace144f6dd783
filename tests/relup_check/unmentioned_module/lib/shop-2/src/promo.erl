-module(promo).
-export([code/0]).
code() -> "SAVE10".
