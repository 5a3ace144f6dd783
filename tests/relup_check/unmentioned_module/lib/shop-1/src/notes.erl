-module(notes).
-export([text/0]).
text() -> "hello".
