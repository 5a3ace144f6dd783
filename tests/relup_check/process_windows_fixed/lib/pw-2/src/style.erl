-module(style).
-export([none/1, bold/1]).
none(S) -> S.
bold(S) -> "*" ++ S ++ "*".
