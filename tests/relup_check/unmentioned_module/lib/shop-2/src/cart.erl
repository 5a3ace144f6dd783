-module(cart).
-export([total/1]).
total(Items) -> lists:sum([pricing:price(I) || I <- Items]) * 2.
