%% erl_anno: the part of OTP's module that reads the annotations of the
%% abstract format (erl_scan/erl_parse): location/1 and line/1.
%%
%% Not supported: the rest of the API (new/1, set_* and the other
%% accessors). An annotation that is not one erl_parse makes has location 1.
-module(erl_anno).
-export([location/1, line/1]).

%% A line, {Line, Column}, or a property list with `location`.
location(Line) when is_integer(Line) -> Line;
location({Line, Column} = Loc) when is_integer(Line), is_integer(Column) -> Loc;
location(Anno) when is_list(Anno) ->
    case lists:keyfind(location, 1, Anno) of
        {location, Loc} -> Loc;
        false -> 1
    end;
location(_) -> 1.

line(Anno) ->
    case location(Anno) of
        {Line, _} -> Line;
        Line -> Line
    end.
