%% systools: the public API of OTP 25's release tools (sasl) that ferl
%% has: make_relup/3,4, which writes a `relup` from a release's .rel file,
%% the .rel files of the releases it upgrades from and downgrades to, and
%% the applications' .app and .appup files (systools_relup does the work);
%% make_script/1,2 (systools_script), which writes a release's boot script;
%% make_tar/1,2 (systools_tar), which packs a release for unpack_release.
%%
%% Not supported: script2boot, compile_rel.
-module(systools).

-export([make_relup/3, make_relup/4, make_script/1, make_script/2, make_tar/1,
         make_tar/2]).

%% Writes RelName.tar.gz, the release package (see systools_tar).
-spec make_tar(string()) -> ok | error | {ok, module(), list()} | {error, module(), term()}.
make_tar(RelName) ->
    systools_tar:make_tar(RelName).

-spec make_tar(string(), list()) -> ok | error | {ok, module(), list()} | {error, module(), term()}.
make_tar(RelName, Options) ->
    systools_tar:make_tar(RelName, Options).

%% Writes Name.script and Name.boot from Name.rel (see systools_script).
-spec make_script(string()) -> ok | error | {ok, module(), list()} | {error, module(), term()}.
make_script(RelName) ->
    systools_script:make_script(RelName).

-spec make_script(string(), list()) ->
          ok | error | {ok, module(), list()} | {error, module(), term()}.
make_script(RelName, Options) ->
    systools_script:make_script(RelName, Options).

%% See make_relup/4 (no options).
-spec make_relup(string(), [term()], [term()]) -> ok | error.
make_relup(ReleaseName, UpFrom, DownTo) ->
    systools_relup:mk_relup(ReleaseName, UpFrom, DownTo, []).

%% ReleaseName: the .rel file without extension; UpFrom and DownTo: the
%% base releases, each Name or {Name, Description}. Options: {path, Dirs},
%% {outdir, Dir}, silent, noexec, restart_emulator, warnings_as_errors.
%% ok | error, or with silent/noexec
%% {ok, {Vsn, Up, Down}, systools_relup, Warnings} | {error, Module, Reason}.
-spec make_relup(string(), [term()], [term()], [term()]) ->
          ok | error | {ok, term(), module(), [term()]} | {error, module(), term()}.
make_relup(ReleaseName, UpFrom, DownTo, Options) ->
    systools_relup:mk_relup(ReleaseName, UpFrom, DownTo, Options).
