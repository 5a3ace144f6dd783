%% relup_check_text: the texts of the upgrade checker (relup_check), the
%% one place that turns its sections, findings and errors into lines.
%% Every finding starts with a line `ERROR kind: ...` or
%% `WARNING kind: ...`; the lines after it, indented, give the call chain,
%% the reason and a `fix:`. A resume-window finding (relup_check_procs)
%% also says which step lets the processes run and until which step their
%% calls fail.
-module(relup_check_text).

-export([section/2, finding/1, summary/3, error/1]).

-compile({no_auto_import, [error/1]}).

%%--------------------------------------------------------------------------
%% Sections and the summary
%%--------------------------------------------------------------------------

-spec section(map(), boolean()) -> iolist().
section(#{title := Title, error := Reason}, _ShowScript) ->
    [title(Title, none), "CANNOT CHECK: ", error(Reason), "\n"];
section(#{title := Title, script := Script, findings := Findings}, ShowScript) ->
    [title(Title, length(Script)),
     case ShowScript of
         true -> [io_lib:format("~4w  ~ts~n", [I, term(In)])
                  || {I, In} <- lists:zip(lists:seq(1, length(Script)), Script)];
         false -> []
     end,
     case Findings of
         [] -> "no problems found\n";
         _ -> [finding(F) || F <- Findings]
     end].

title({Name, From, To, Dir}, N) ->
    Count = case N of
                none -> "";
                1 -> ", 1 instruction";
                _ -> io_lib:format(", ~w instructions", [N])
            end,
    Way = case Dir of
              up -> "upgrade";
              down -> "downgrade"
          end,
    io_lib:format("== ~tw ~ts -> ~ts (~ts~ts)~n", [Name, vsn(From), vsn(To), Way, Count]).

vsn(V) when is_list(V) -> V;
vsn(V) -> io_lib:format("~tw", [V]).

-spec summary(non_neg_integer(), non_neg_integer(), non_neg_integer()) -> iolist().
summary(Errors, Warnings, Unchecked) ->
    NotChecked = case Unchecked of
                     0 -> "";
                     _ -> [", ", plural(Unchecked, "script"), " not checked"]
                 end,
    ["relup check: ", plural(Errors, "error"), ", ", plural(Warnings, "warning"),
     NotChecked, "\n"].

plural(1, Word) -> ["1 ", Word];
plural(N, Word) -> [integer_to_list(N), " ", Word, "s"].

%%--------------------------------------------------------------------------
%% Findings
%%--------------------------------------------------------------------------

-spec finding(map()) -> iolist().
finding(#{kind := call, step := Step, via := Via, chain := Chain,
          missing := {M, F, A} = MFA, reason := Reason}) ->
    {Kind, What} =
        case Reason of
            {later, _, _, _, _} -> {"call-order", " before the version that has it is loaded"};
            {not_loaded, _, _} -> {"call-unloaded", ", which no instruction loads"};
            {replaced, _, _, _} -> {"call-removed", ", which an earlier instruction took away"};
            {undefined, _} -> {"call-undefined", ", which no version of its module has"}
        end,
    Now = case Reason of
              {later, Cur, J, In, Label} ->
                  [current(M, F, A, Cur),
                   io_lib:format("; ~ts's, loaded at instruction ~w ~ts, has it",
                                 [Label, J, term(In)])];
              {not_loaded, Cur, Label} ->
                  [current(M, F, A, Cur),
                   io_lib:format("; ~ts's has it, but the script never loads it", [Label])];
              {replaced, Label, J, In} ->
                  io_lib:format("~tw:~tw/~w was in ~ts's ~tw, which instruction ~w ~ts replaced",
                                [M, F, A, Label, M, J, term(In)]);
              {undefined, _} ->
                  io_lib:format("~tw:~tw/~w exists in neither version of ~tw", [M, F, A, M])
          end,
    Fix = case Reason of
              {later, _, _, _, _} -> load_before(M, Via);
              {not_loaded, _, _} ->
                  [io_lib:format("add {load_module, ~tw} to the appup and ", [M]), load_before(M, Via)];
              {replaced, _, J2, _} ->
                  [before_replaced(M, J2, Via),
                   io_lib:format(", or keep ~tw/~w in ~tw", [F, A, M])];
              {undefined, _} ->
                  io_lib:format("correct the call to ~ts", [mfa(MFA)])
          end,
    [head("ERROR", Kind, Step, ["reaches ", mfa(MFA), What]),
     line(via(Via)),
     line(["call chain: ", chain(Chain)]),
     line(Now),
     line(["fix: ", Fix])];
finding(#{kind := resume_window, step := {I, _} = Step, module := P, version := Label,
          entries := Entries, missing := {N, F, A} = MFA, opener := Opener, close := Close,
          closer := Closer, reason := Reason}) ->
    What = case Reason of
               {later, _, _, _, _} -> " before the version that has it is loaded";
               {not_loaded, _, _} -> ", which no instruction loads";
               {closed, _, _, _} -> ", which the version current then lacks"
           end,
    Callbacks = lists:join(", ", [mfa(E) || {E, _} <- Entries]),
    Opens = case Opener of
                {resume, _} ->
                    io_lib:format("processes running ~tw of ~ts handle messages again from here "
                                  "(through ~ts)", [P, Label, Callbacks]);
                {load, P} ->
                    io_lib:format("processes running ~tw are not suspended: they run ~ts's code "
                                  "from their next call into ~tw (through ~ts)",
                                  [P, Label, P, Callbacks]);
                {load, X} ->
                    io_lib:format("processes running ~tw of ~ts (through ~ts) call ~tw, which "
                                  "this instruction changes", [P, Label, Callbacks, X]);
                {callee, _} ->
                    io_lib:format("this instruction takes ~ts away while processes running ~tw "
                                  "of ~ts still call it (through ~ts)",
                                  [mfa(MFA), P, Label, Callbacks])
            end,
    Until = case Close of
                {J, In} ->
                    io_lib:format("every call on the chains below fails with undef from "
                                  "instruction ~w until instruction ~w ~ts", [I, J, term(In)]);
                none ->
                    io_lib:format("every call on the chains below fails with undef from "
                                  "instruction ~w on, after the script too", [I])
            end,
    Now = case Reason of
              {later, Cur, J2, In2, ToLabel} ->
                  [current(N, F, A, Cur),
                   io_lib:format("; ~ts's, loaded at instruction ~w ~ts, has it",
                                 [ToLabel, J2, term(In2)])];
              {not_loaded, Cur, ToLabel} ->
                  [current(N, F, A, Cur),
                   io_lib:format("; ~ts's has it, but the script never loads it", [ToLabel])];
              {closed, Cur, _, _} ->
                  current(N, F, A, Cur)
          end,
    [head("ERROR", "resume-window", Step,
          io_lib:format("lets processes running ~tw reach ~ts~ts", [P, mfa(MFA), What])),
     line(Opens),
     line(Until),
     [line(["call chain: ", chain(Chain)]) || {_, Chain} <- Entries],
     line(Now),
     line(["fix: ", window_fix(N, Opener, Close, Closer, Reason)])];
finding(#{kind := old_code, step := Step, via := Via, chain := Chain, module := M,
          current := Label, later := {J, In}}) ->
    [head("WARNING", "old-code", Step,
          io_lib:format("runs ~tw of ~ts, which instruction ~w ~ts replaces only later",
                        [M, Label, J, term(In)])),
     line(via(Via)),
     line(["call chain: ", chain(Chain)]),
     line(["fix: ", load_before(M, Via)])];
finding(#{kind := purge, step := Step, module := M, version := Label, loops := Loops,
          what := What, later := Later}) ->
    LoopText = case Loops of
                   [FA] -> ["whose receive loop ", mfa(M, FA), " calls itself locally"];
                   _ -> ["whose receive loops ", lists:join(", ", [mfa(M, FA) || FA <- Loops]),
                         " call themselves locally"]
               end,
    Verb = case What of
               remove -> "removes";
               _ -> "replaces"
           end,
    Fate = case What of
               {load, brutal_purge} ->
                   "the brutal_purge after the load kills them (when the release is made permanent)";
               {load, _} ->
                   io_lib:format("they never run the new code, and the next upgrade's load of ~tw "
                                 "kills them (brutal_purge) or is refused while they run (soft_purge)",
                                 [M]);
               remove ->
                   "removing the module leaves them in old code, which a purge kills"
           end,
    Call = case Loops of
               [{LF, _}] -> io_lib:format("?MODULE:~tw(...)", [LF]);
               _ -> "?MODULE:Loop(...)"
           end,
    [head("ERROR", "purge-kills", Step, [Verb, io_lib:format(" ~tw of ~ts, ", [M, Label]), LoopText]),
     line(io_lib:format("processes in the loop stay in ~ts's code: ~ts", [Label, Fate])),
     [line(io_lib:format("instruction ~w ~ts purges that code and kills them", [J, term(In)]))
      || {J, In} <- Later],
     line(["fix: make the loop call itself as ", Call, " (a fully qualified call moves a process "
           "to the new code), or run the process as a gen_server or other sys process updated "
           "with ", io_lib:format("{update, ~tw, ...}", [M])])];
finding(#{kind := state, module := M, records := Records, from := From, to := To,
          reason := Reason}) ->
    Why = case Reason of
              no_code_change ->
                  "but no code_change runs for it";
              {no_callback, I, Label, {F, A}} ->
                  io_lib:format("but the code_change at instruction ~w finds no ~tw/~w in ~ts's ~tw",
                                [I, F, A, Label, M])
          end,
    Names = lists:join(", ", [io_lib:format("~tw", [R]) || {R, _, _} <- Records]),
    Fix = case Reason of
              no_code_change ->
                  io_lib:format("update it with {update, ~tw, {advanced, Extra}} and convert "
                                "the state in code_change", [M]);
              {no_callback, _, Label2, {F2, A2}} ->
                  io_lib:format("give ~ts's ~tw a ~tw/~w that converts the state",
                                [Label2, M, F2, A2])
          end,
    [io_lib:format("WARNING state-change: ~tw changes record ~ts from ~ts to ~ts ~ts~n",
                   [M, Names, From, To, Why]),
     [line(io_lib:format("#~tw{~ts} -> #~tw{~ts}", [R, fields(Old), R, fields(New)]))
      || {R, Old, New} <- Records],
     line(io_lib:format("processes running ~tw keep their state in the old shape", [M])),
     line(["fix: ", Fix])];
finding(#{kind := unmentioned, module := M, from := From, to := To}) ->
    {What, Fix} =
        case {From, To} of
            {none, _} ->
                {io_lib:format("~tw is new in ~ts but no instruction loads it", [M, To]),
                 io_lib:format("add {add_module, ~tw} to the appup", [M])};
            {_, none} ->
                {io_lib:format("~tw is in ~ts but not in the version moved to, and no "
                               "instruction removes it", [M, From]),
                 io_lib:format("add {delete_module, ~tw} to the appup", [M])};
            _ ->
                {io_lib:format("~tw differs between ~ts and ~ts but no instruction names it; "
                               "the old code keeps running", [M, From, To]),
                 io_lib:format("add {load_module, ~tw} or {update, ~tw, ...} to the appup", [M, M])}
        end,
    ["WARNING unmentioned-module: ", What, "\n", line(["fix: ", Fix])];
finding(#{kind := bad_object, file := File, reason := Reason}) ->
    io_lib:format("WARNING bad-object: ~ts cannot be read (~tp); its module is left out~n",
                  [File, Reason]).

head(Severity, Kind, {I, Instr}, Text) ->
    [Severity, " ", Kind, ": ", io_lib:format("instruction ~w ~ts ", [I, term(Instr)]), Text, "\n"].

line(Text) ->
    ["  ", Text, "\n"].

via({supervisor, S, V}) ->
    io_lib:format("the code_change of supervisor ~tw runs ~tw:init/1 of ~ts",
                  [S, S, relup_check_code:label(V)]);
via({code_change, S, V, {system_code_change, A}, _Dir, _Loaded}) ->
    io_lib:format("the code_change calls ~tw:system_code_change/~w of ~ts",
                  [S, A, relup_check_code:label(V)]);
via({code_change, S, V, {F, A}, up, _Loaded}) ->
    io_lib:format("the code_change calls ~tw:~tw/~w of ~ts (its upgrade clauses)",
                  [S, F, A, relup_check_code:label(V)]);
via({code_change, S, V, {F, A}, down, false}) ->
    io_lib:format("the code_change calls ~tw:~tw/~w of ~ts (its {down, Vsn} clauses) before "
                  "the old ~tw is loaded, as the downgrade of a dynamic module does",
                  [S, F, A, relup_check_code:label(V), S]);
via({code_change, S, V, {F, A}, down, true}) ->
    io_lib:format("the code_change calls ~tw:~tw/~w of ~ts (its {down, Vsn} clauses) after "
                  "loading it, as the downgrade of a static module does",
                  [S, F, A, relup_check_code:label(V)]);
via({apply, MFA}) ->
    ["the apply calls ", mfa(MFA)].

load_before(M, {apply, _}) ->
    io_lib:format("load ~tw before this apply (put ~tw's instruction before the apply in "
                  "the appup)", [M, M]);
load_before(M, Via) ->
    S = element(2, Via),
    io_lib:format("load ~tw before the update of ~tw (put ~tw's instruction before ~tw's in "
                  "the appup), or add ~tw to the DepMods of ~tw's update", [M, S, M, S, M, S]).

before_replaced(M, J, {apply, _}) ->
    io_lib:format("put the apply before ~tw's instruction (~w) in the appup", [M, J]);
before_replaced(M, J, Via) ->
    S = element(2, Via),
    io_lib:format("update ~tw before instruction ~w replaces ~tw (put ~tw's instruction before "
                  "~tw's in the appup), or add ~tw to the DepMods of ~tw's update",
                  [S, J, M, S, M, M, S]).

%% How to close a window. When the step that opened it replaced the
%% called module N: suspend the callers' processes while N is replaced
%% (DepMods), or load the caller's module first when it is not suspended.
%% Otherwise: load N (first) before the module whose step opened it.
window_fix(N, {callee, N}, {_J, {suspend, _}}, Closer, _Reason) ->
    io_lib:format("add ~tw to the DepMods of ~tw's update (the release handler then replaces "
                  "~tw while ~tw's processes are suspended)", [N, Closer, N, Closer]);
window_fix(N, {callee, N}, {_J, _}, Closer, _Reason) ->
    io_lib:format("load ~tw before ~tw is replaced (put ~tw's instruction before ~tw's in the "
                  "appup)", [Closer, N, Closer, N]);
window_fix(N, {Kind, O}, _Close, _Closer, {not_loaded, Now, _}) ->
    Add = case Now of
              none -> "add_module";
              _ -> "load_module"
          end,
    io_lib:format("add {~ts, ~tw} to the appup before ~tw's instruction, or with ~tw in the "
                  "DepMods of ~tw's ~ts", [Add, N, O, N, O, instruction(Kind)]);
window_fix(N, {Kind, O}, _Close, _Closer, _Reason) ->
    io_lib:format("load ~tw before the ~ts of ~tw (put ~tw's instruction before ~tw's in the "
                  "appup), or add ~tw to the DepMods of ~tw's ~ts",
                  [N, instruction(Kind), O, N, O, N, O, instruction(Kind)]).

instruction(resume) -> "update";
instruction(_) -> "instruction".

%% What the version current at a step lacks.
current(M, F, A, none) ->
    io_lib:format("~tw is not loaded at that point, so there is no ~tw:~tw/~w", [M, M, F, A]);
current(M, F, A, Label) ->
    io_lib:format("at that point ~tw is ~ts's, which has no ~tw/~w", [M, Label, F, A]).

chain(MFAs) ->
    lists:join(" -> ", [mfa(MFA) || MFA <- MFAs]).

mfa({M, F, A}) -> io_lib:format("~tw:~tw/~w", [M, F, A]).

mfa(M, {F, A}) -> mfa({M, F, A}).

fields(Fs) -> lists:join(", ", [io_lib:format("~tw", [F]) || F <- Fs]).

term(T) -> io_lib:print(T, 1, 100000, -1).

%%--------------------------------------------------------------------------
%% Errors that stop a check
%%--------------------------------------------------------------------------

-spec error(term()) -> iolist().
error({no_app, App, Dir}) ->
    io_lib:format("no application ~tw in ~ts (neither ~ts/ebin/~tw.app nor ~ts/~tw-*/ebin/~tw.app)",
                  [App, Dir, Dir, App, Dir, App, App]);
error({ambiguous_app, App, Dir, Dirs}) ->
    io_lib:format("~ts holds several versions of ~tw (~ts); name the application directory",
                  [Dir, App, lists:join(", ", Dirs)]);
error({read, File, Why}) ->
    io_lib:format("cannot read ~ts: ~tp", [File, Why]);
error({bad_appup, File}) ->
    io_lib:format("~ts is not an appup: {Vsn, UpFrom, DownTo} expected", [File]);
error({bad_relup, File}) ->
    io_lib:format("~ts is not a relup: {Vsn, UpFrom, DownTo} expected", [File]);
error({bad_app, File}) ->
    io_lib:format("~ts is not an application resource file", [File]);
error({no_vsn, File}) ->
    io_lib:format("~ts has no vsn", [File]);
error({read_app, App, Vsn, Why}) ->
    io_lib:format("cannot read application ~tw version ~ts: ~tp", [App, Vsn, Why]);
error({version_not_in_appup, Vsn}) ->
    io_lib:format("the appup has no script for version ~ts", [Vsn]);
error({translate, Mod, Reason}) ->
    string:trim(lists:flatten(io_lib:format("~ts", [Mod:format_error(Reason)])), trailing);
error({which_vsn, App, Vsns, RelVsn}) ->
    io_lib:format("cannot tell which version of ~tw release ~ts has (~ts on the path); "
                  "give its .rel file with --rel", [App, RelVsn, lists:join(", ", Vsns)]);
error(bad_script) ->
    "the script is not a list of instructions";
error(Other) ->
    io_lib:format("~tp", [Other]).
