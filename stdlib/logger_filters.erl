%% logger_filters: OTP 25's ready-made logger filters: domain/2, level/2,
%% progress/2 and remote_gl/2 (each returns the event, ignore or stop).
-module(logger_filters).

-export([domain/2, level/2, progress/2, remote_gl/2]).

domain(#{meta := Meta} = Event, {Action, Compare, MatchDomain})
  when (Action =:= log orelse Action =:= stop),
       (Compare =:= super orelse Compare =:= sub orelse Compare =:= equal orelse
        Compare =:= not_equal orelse Compare =:= undefined),
       is_list(MatchDomain) ->
    match_domain(Compare, Meta, MatchDomain, on_match(Action, Event));
domain(Event, Extra) ->
    erlang:error(badarg, [Event, Extra]).

level(#{level := L1} = Event, {Action, Op, L2})
  when (Action =:= log orelse Action =:= stop),
       (Op =:= neq orelse Op =:= eq orelse Op =:= lt orelse Op =:= gt orelse
        Op =:= lteq orelse Op =:= gteq) ->
    Cmp = logger:compare_levels(L1, L2),
    Match = case Op of
                eq -> Cmp =:= eq;
                neq -> Cmp =/= eq;
                lt -> Cmp =:= lt;
                gt -> Cmp =:= gt;
                lteq -> Cmp =/= gt;
                gteq -> Cmp =/= lt
            end,
    case Match of
        true -> on_match(Action, Event);
        false -> ignore
    end;
level(Event, Extra) ->
    erlang:error(badarg, [Event, Extra]).

progress(#{msg := {report, #{label := {_, progress}}}} = Event, Action)
  when Action =:= log; Action =:= stop ->
    on_match(Action, Event);
progress(_Event, Action) when Action =:= log; Action =:= stop ->
    ignore;
progress(Event, Action) ->
    erlang:error(badarg, [Event, Action]).

%% Group leaders are never on another node here.
remote_gl(_Event, Action) when Action =:= log; Action =:= stop ->
    ignore;
remote_gl(Event, Action) ->
    erlang:error(badarg, [Event, Action]).

%% super: the event's domain is a prefix of MatchDomain; sub: the other way
%% round; undefined: the event has no domain.
match_domain(super, #{domain := Domain}, MatchDomain, OnMatch) ->
    prefix(Domain, MatchDomain, OnMatch);
match_domain(sub, #{domain := Domain}, MatchDomain, OnMatch) ->
    prefix(MatchDomain, Domain, OnMatch);
match_domain(equal, #{domain := Domain}, Domain, OnMatch) ->
    OnMatch;
match_domain(not_equal, #{domain := Domain}, MatchDomain, OnMatch) when Domain =/= MatchDomain ->
    OnMatch;
match_domain(Compare, Meta, _, OnMatch) ->
    case maps:is_key(domain, Meta) of
        false when Compare =:= undefined; Compare =:= not_equal -> OnMatch;
        _ -> ignore
    end.

prefix(D1, D2, OnMatch) when is_list(D1), is_list(D2) ->
    case lists:prefix(D1, D2) of
        true -> OnMatch;
        false -> ignore
    end;
prefix(_, _, _) ->
    ignore.

on_match(log, Event) -> Event;
on_match(stop, _) -> stop.
