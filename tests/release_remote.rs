//! A release installed in a running node from outside, as an operator
//! does it, with the files of the `release_up_down` scenario: a ferl run
//! with `$FERL_ROOT` makes release 1's boot script and RELEASES under the
//! root and packs release 2 (boot script, relup, sys.config, lib/q-2)
//! with systools:make_tar/2 into `releases/qrel.tar.gz`; then
//! `ferl -sname NODE -root ROOT` runs release 1 with sasl, and
//! `ferl remote NODE 'release_handler:...'` unpacks release 2, checks it,
//! installs it, makes it permanent and goes back down, with the upgraded
//! server's state after each step.

use std::path::{Path, PathBuf};
use std::process::{Child, Command, Output, Stdio};
use std::time::{Duration, Instant};

#[path = "common/copy_dir.rs"]
mod copy_dir;
use copy_dir::copy_dir;

const DEADLINE: Duration = Duration::from_secs(60);

fn ferl() -> PathBuf {
    Path::new(env!("CARGO_BIN_EXE_ferl")).to_path_buf()
}

fn text(b: &[u8]) -> String {
    String::from_utf8_lossy(b).into_owned()
}

fn run(dir: &Path, args: &[&str]) -> Output {
    Command::new(ferl()).current_dir(dir).args(args).stdin(Stdio::null()).output().expect("run ferl")
}

/// Polls for a condition the node makes true until the deadline.
fn wait_until(mut cond: impl FnMut() -> bool) -> bool {
    let start = Instant::now();
    while start.elapsed() < DEADLINE {
        if cond() {
            return true;
        }
        std::thread::sleep(Duration::from_millis(10));
    }
    false
}

/// Makes release 1's boot script and RELEASES, and packs release 2 into
/// releases/qrel.tar.gz, taking lib/q-2 and releases/2 away from the
/// root: they come back when the package is unpacked.
const SETUP: &str = r#"
-mode(compile).
main(_) ->
    Root = code:root_dir(),
    Path = [{path, ["lib/*/ebin"]}, silent],
    [{ok, _, []} = systools:make_script("releases/" ++ V ++ "/qrel",
                                        [{script_name, "start"}, {outdir, "releases/" ++ V} | Path])
     || V <- ["1", "2"]],
    {ok, _, _, []} = systools:make_relup("releases/2/qrel", ["releases/1/qrel"], ["releases/1/qrel"],
                                         [{outdir, "releases/2"} | Path]),
    {ok, _, []} = systools:make_tar("releases/2/qrel", [{outdir, "releases"} | Path]),
    ok = release_handler:create_RELEASES(Root, "releases/1/qrel.rel"),
    [ok = file:del_dir_r(D) || D <- ["lib/q-2", "releases/2"]].
"#;

struct Node(Child);

impl Drop for Node {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

#[test]
fn unpack_and_install_a_release_through_remote() {
    let root = std::env::temp_dir().join(format!("ferl_release_remote_{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&root);
    let scenario = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/scenarios/release_up_down");
    for sub in ["lib", "releases", "v1", "v2"] {
        copy_dir(&scenario.join(sub), &root.join(sub)).expect("copy the scenario's files");
    }
    for v in ["1", "2"] {
        let ebin = root.join(format!("lib/q-{v}/ebin"));
        let sources: Vec<String> = ["q_app", "q_sup", "q_srv"]
            .iter()
            .map(|m| root.join(format!("v{v}/{m}.erl")).display().to_string())
            .collect();
        let mut args = vec!["-c"];
        args.extend(sources.iter().map(String::as_str));
        let out = run(&ebin, &args);
        assert_eq!(out.status.code(), Some(0), "compiling v{v}: {}{}", text(&out.stdout), text(&out.stderr));
    }
    std::fs::write(root.join("setup.erl"), format!("#!/usr/bin/env escript\n{SETUP}")).expect("write setup.erl");
    let out = Command::new(ferl()).current_dir(&root).env("FERL_ROOT", &root).arg("setup.erl").output().expect("setup");
    assert_eq!(out.status.code(), Some(0), "setup: {}{}", text(&out.stdout), text(&out.stderr));

    let nodes = root.join("nodes");
    let name = "release_remote@testhost";
    let root_s = root.display().to_string();
    let q1 = root.join("lib/q-1/ebin").display().to_string();
    let node = Node(
        Command::new(ferl())
            .env("FERL_NODE_DIR", &nodes)
            .args(["-sname", name, "-noshell", "-root", &root_s, "-pa", &q1, "-eval"])
            .arg("ok = application:start(q), ok = application:start(sasl), ok = q_srv:bump().")
            .stdin(Stdio::null())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .expect("start the node"),
    );
    assert!(wait_until(|| nodes.join(name).exists()), "the node never listened");
    let remote = |expr: &str| {
        let out = Command::new(ferl()).env("FERL_NODE_DIR", &nodes).args(["remote", name, expr]).output();
        let out = out.expect("run ferl remote");
        assert_eq!(out.status.code(), Some(0), "{expr}: {}", text(&out.stderr));
        text(&out.stdout)
    };
    // release_handler answers once sasl has started.
    assert!(wait_until(|| remote("is_pid(whereis(release_handler)).") == "true\n"));
    assert_eq!(remote("code:root_dir()."), format!("\"{root_s}\"\n"));
    assert_eq!(remote("[{V, S} || {_, V, _, S} <- release_handler:which_releases()]."), "[{\"1\",permanent}]\n");
    assert!(!root.join("lib/q-2").exists());
    assert_eq!(remote("release_handler:unpack_release(\"qrel\")."), "{ok,\"2\"}\n");
    assert!(root.join("lib/q-2/ebin/q_srv.beam").exists() && !root.join("releases/qrel.tar.gz").exists());
    assert_eq!(
        remote("release_handler:unpack_release(\"qrel\")."),
        format!("{{error,{{no_such_file,\"{root_s}/releases/qrel.tar.gz\"}}}}\n")
    );
    assert_eq!(
        remote("[{V, S} || {_, V, _, S} <- release_handler:which_releases()]."),
        "[{\"2\",unpacked},{\"1\",permanent}]\n"
    );
    assert_eq!(remote("release_handler:check_install_release(\"2\")."), "{ok,\"1\",[]}\n");
    assert_eq!(remote("release_handler:install_release(\"2\")."), "{ok,\"1\",[]}\n");
    assert_eq!(remote("q_srv:get()."), "{v2,1,[upgraded]}\n");
    assert_eq!(remote("application:get_env(q, colour)."), "{ok,green}\n");
    assert_eq!(remote("release_handler:make_permanent(\"2\")."), "ok\n");
    assert_eq!(
        remote("[{V, S} || {_, V, _, S} <- release_handler:which_releases()]."),
        "[{\"2\",permanent},{\"1\",old}]\n"
    );
    assert_eq!(std::fs::read_to_string(root.join("releases/start_erl.data")).ok().as_deref(), Some("0.1 2"));
    assert_eq!(remote("release_handler:install_release(\"1\")."), "{ok,\"1\",[]}\n");
    assert_eq!(remote("q_srv:get()."), "{v1,1}\n");
    assert_eq!(remote("filename:basename(code:lib_dir(q))."), "\"q-1\"\n");
    assert_eq!(remote("init:stop()."), "ok\n");
    drop(node);
    let _ = std::fs::remove_dir_all(&root);
}
