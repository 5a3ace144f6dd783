%% relup_check: ferl's upgrade checker, a feature beyond OTP. Before an
%% upgrade runs, it reads the old and new object code and the low-level
%% upgrade script and reports what would go wrong while the script runs:
%%  - call-order (error): a step's call (a supervisor's new init/1 run by
%%    its code_change, a code_change callback, an apply) reaches a function
%%    that the version of its module current at that step lacks but a
%%    version loaded later has (the "rebar relup" failure of
%%    SEMANTICS.md section 6); call-unloaded / call-removed /
%%    call-undefined (errors) for functions no step makes available;
%%    old-code (warning) for a step running the old version of a module
%%    the script replaces later;
%%  - resume-window (error): processes that handle messages again after
%%    a step (resumed, or never suspended while their module or a module
%%    they call is replaced) reach a function that only a later step
%%    loads, or that a step took away before their own update suspends
%%    them (the media relay's relay_stream resumed before relay_meter is
%%    added): every such call fails with undef until that later step;
%%  - purge-kills (error): a load or remove of a version with a receive
%%    loop that calls itself locally, whose processes stay in the old code
%%    and are killed by a purge;
%%  - state-change (warning): a process module's records changed fields
%%    but no code_change converts the state;
%%  - unmentioned-module (warning): a module whose code differs between
%%    the versions that no instruction names.
%% Errors are blocking: `ferl relup check` exits with status 1 when it
%% finds one (or a warning, with --warnings-as-errors), else 2 when it
%% could not check everything (bad arguments, unreadable files, an appup
%% systools_rc rejects), else 0.
%%
%% Entry points: main/1 (the command line, see usage/0), appup/3 and
%% relup/3 (sections of findings), script/3 (the findings of one low-level
%% script, for release_handler:check_install_release), format/1 and
%% format_findings/1 (the report text). The work is in relup_check_input
%% (files), relup_check_code (object code model), relup_check_script,
%% relup_check_calls and relup_check_procs (the checks), relup_check_text
%% (texts).
%%
%% Not supported: calls through apply or funs held in variables; modules
%% outside the applications the script moves; interactive-mode loading
%% (every module is assumed loaded before the script, as in an embedded
%% release); the processes that actually run are not known, so purge-kills
%% says what would happen to processes running a loop, if any do, and
%% resume-window takes every module with message callbacks that exists
%% before the script to have processes (and modules new in the release to
%% have none while the script runs).
-module(relup_check).

-export([main/1, appup/3, relup/3, script/3, errors/1, format/1,
         format_findings/1, format_error/1]).

%%--------------------------------------------------------------------------
%% API
%%--------------------------------------------------------------------------

%% The sections (up and down) of application App's appup, OldDir and
%% NewDir being its two directories (APP-VSN with ebin/, or a directory
%% holding exactly one APP-*). Each section is its input (see
%% relup_check_input) plus findings => [Finding], or error => Reason.
-spec appup(atom(), string(), string()) -> {ok, [map()]} | {error, term()}.
appup(App, OldDir, NewDir) ->
    run(fun() -> relup_check_input:appup_sections(App, OldDir, NewDir) end).

%% The sections of every script in RelupFile, the application
%% directories being found along Path (ebin directories, `*` allowed);
%% RelFiles are .rel files naming the releases' application versions.
-spec relup(string(), [string()], [string()]) -> {ok, [map()]} | {error, term()}.
relup(RelupFile, Path, RelFiles) ->
    run(fun() -> relup_check_input:relup_sections(RelupFile, Path, RelFiles) end).

run(Sections) ->
    try Sections() of
        Ss -> {ok, [check_section(S) || S <- Ss]}
    catch
        throw:{relup_check, Reason} -> {error, Reason}
    end.

check_section(#{error := _} = S) ->
    S;
check_section(#{script := Script, apps := Apps, supervisors := Sups} = S) ->
    S#{findings => script(Script, Apps, [{supervisors, Sups}])}.

%% The findings for one low-level script moving the applications Apps
%% ([#{app => App, from => {Vsn, EbinDir} | none, to => ...}]). Option
%% {supervisors, Mods}: modules to treat as supervisors although their
%% object code has no -behaviour(supervisor).
-spec script([term()], [map()], [{supervisors, [module()]}]) -> [map()].
script(Script, Apps, Opts) ->
    {Model, Bad} = relup_check_code:load(Apps),
    Sups = proplists:get_value(supervisors, Opts, []),
    [#{severity => warning, kind => bad_object, file => F, reason => R}
     || {bad_object, F, R} <- lists:reverse(Bad)]
        ++ relup_check_script:check(Script, Model, Sups).

%% The blocking findings.
-spec errors([map()]) -> [map()].
errors(Findings) ->
    [F || #{severity := error} = F <- Findings].

-spec format([map()]) -> iolist().
format(Sections) ->
    [relup_check_text:section(S, false) || S <- Sections].

-spec format_findings([map()]) -> iolist().
format_findings(Findings) ->
    [relup_check_text:finding(F) || F <- Findings].

-spec format_error(term()) -> iolist().
format_error(Reason) ->
    relup_check_text:error(Reason).

%%--------------------------------------------------------------------------
%% Command line: ferl relup check ...
%%--------------------------------------------------------------------------

usage() ->
    "usage: ferl relup check [--script] [--warnings-as-errors] --app APP OLD_DIR NEW_DIR\n"
    "       ferl relup check [--script] [--warnings-as-errors] --relup RELUP_FILE\n"
    "                        [--path 'lib/*/ebin']... [--rel RELEASE.rel]...\n".

%% Prints the report and halts: 0 no errors, 1 errors found (or warnings
%% with --warnings-as-errors), 2 when the check could not be made.
-spec main([string()]) -> no_return().
main(Args) ->
    Status = try cli(Args)
             catch
                 Class:Reason:Stack ->
                     io:format("relup check: internal error: ~tp~n",
                               [{Class, Reason, lists:sublist(Stack, 5)}]),
                     2
             end,
    erlang:halt(Status).

cli(["check" | Args]) ->
    case options(Args, #{script => false, werror => false, path => [], rels => []}) of
        {ok, Opts} -> check(Opts);
        error -> io:put_chars(usage()), 2
    end;
cli(_) ->
    io:put_chars(usage()),
    2.

options(["--script" | Rest], Opts) -> options(Rest, Opts#{script := true});
options(["--warnings-as-errors" | Rest], Opts) -> options(Rest, Opts#{werror := true});
options(["--app", App, Old, New | Rest], Opts) ->
    options(Rest, Opts#{input => {app, list_to_atom(App), Old, New}});
options(["--relup", File | Rest], Opts) -> options(Rest, Opts#{input => {relup, File}});
options(["--path", P | Rest], #{path := Ps} = Opts) -> options(Rest, Opts#{path := Ps ++ [P]});
options(["--rel", F | Rest], #{rels := Fs} = Opts) -> options(Rest, Opts#{rels := Fs ++ [F]});
options([], #{input := _} = Opts) -> {ok, Opts};
options(_, _) -> error.

check(#{input := Input, script := ShowScript, werror := Werror} = Opts) ->
    Result = case Input of
                 {app, App, Old, New} ->
                     appup(App, Old, New);
                 {relup, File} ->
                     Path = case maps:get(path, Opts) of
                                [] -> ["lib/*/ebin"];
                                Ps -> Ps
                            end,
                     relup(File, Path, maps:get(rels, Opts))
             end,
    case Result of
        {error, Reason} ->
            io:format("relup check: ~ts~n", [format_error(Reason)]),
            2;
        {ok, Sections} ->
            io:put_chars([relup_check_text:section(S, ShowScript) || S <- Sections]),
            Findings = lists:append([Fs || #{findings := Fs} <- Sections]),
            Errors = length(errors(Findings)),
            Warnings = length(Findings) - Errors,
            Unchecked = length([S || #{error := _} = S <- Sections]),
            io:put_chars(relup_check_text:summary(Errors, Warnings, Unchecked)),
            if
                Errors > 0 -> 1;
                Unchecked > 0 -> 2;
                Werror, Warnings > 0 -> 1;
                true -> 0
            end
    end.
