-module(notes).
-export([text/0]).

%% The text shown on the front page.
text() -> "hello".
