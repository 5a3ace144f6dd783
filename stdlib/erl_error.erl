%% erl_error: an exception as the shell and escript print it
%% (`format_exception/3,4`). The text is made natively
%% (ferl_logger:format_exception, the same code as the VM's own reports);
%% the options `column` and `stack_trim_fun` are honoured here. A
%% `format_fun` is not called: terms are printed as the default one
%% prints them (`~tp`, unlimited depth).
-module(erl_error).
-export([format_exception/3, format_exception/4]).

format_exception(Class, Reason, StackTrace) ->
    format_exception(Class, Reason, StackTrace, #{}).

format_exception(Class, Reason, StackTrace, Options) when is_map(Options) ->
    Column = maps:get(column, Options, 1),
    Trimmed = case maps:find(stack_trim_fun, Options) of
                  {ok, Trim} -> trim(Trim, StackTrace);
                  error -> StackTrace
              end,
    ferl_logger:format_exception(Column, Class, Reason, Trimmed, [], unlimited, unicode).

%% Frames at the bottom of the stack that the fun says to leave out.
trim(Trim, StackTrace) ->
    Kept = lists:dropwhile(fun({M, F, A, _}) -> Trim(M, F, A);
                              (_) -> false
                           end, lists:reverse(StackTrace)),
    lists:reverse(Kept).
