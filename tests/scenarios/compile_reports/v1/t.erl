-module(t).
-export([f/0, g/1]).
-record(r, {a}).
f() -> X, #r{b = 1}, k(), #q{}.
g( -> 1.
h() -> ok.
i(A) -> [.
