//! `ferl remote NODE 'Expr.'` against a running `ferl -sname NODE -noshell`
//! node: results print as the shell prints them, errors go to stderr with
//! status 1, a second node cannot take a name in use, and `init:stop()`
//! sent remotely stops the node and frees its name. Each run uses a node
//! directory of its own (`FERL_NODE_DIR`).

use std::path::{Path, PathBuf};
use std::process::{Child, Command, Output, Stdio};
use std::time::{Duration, Instant};

const DEADLINE: Duration = Duration::from_secs(60);

fn ferl() -> PathBuf {
    Path::new(env!("CARGO_BIN_EXE_ferl")).to_path_buf()
}

fn remote(dir: &Path, node: &str, expr: &str) -> Output {
    Command::new(ferl()).env("FERL_NODE_DIR", dir).args(["remote", node, expr]).output().expect("run ferl remote")
}

fn text(b: &[u8]) -> String {
    String::from_utf8_lossy(b).into_owned()
}

/// Polls for a condition the node makes true (its socket appearing, its
/// process ending) until the deadline.
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

fn start_node(dir: &Path, name: &str) -> Child {
    Command::new(ferl())
        .env("FERL_NODE_DIR", dir)
        .args(["-sname", name, "-noshell"])
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("start the node")
}

#[test]
fn remote_eval_on_a_running_node() {
    let dir = std::env::temp_dir().join(format!("ferl_remote_test_{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    let name = "remote_test@testhost";
    let mut node = start_node(&dir, name);
    assert!(wait_until(|| dir.join(name).exists()), "the node never listened");

    let out = remote(&dir, name, "node().");
    assert_eq!((text(&out.stdout), out.status.code()), ("remote_test@testhost\n".to_string(), Some(0)));

    // Bindings live for one request; the result prints as the shell's.
    let out = remote(&dir, name, "X = 20, {X + 1, \"abc\", [a]}.");
    assert_eq!(text(&out.stdout), "{21,\"abc\",[a]}\n");

    // A registered process of the node answers: its state is reachable.
    let out = remote(&dir, name, "is_pid(whereis(ferl_remote)).");
    assert_eq!(text(&out.stdout), "true\n");

    let out = remote(&dir, name, "1 / 0.");
    assert_eq!(out.status.code(), Some(1));
    assert!(text(&out.stderr).starts_with("** exception error: an error occurred when evaluating an arithmetic"));

    // The name is taken while the node runs.
    let second = start_node(&dir, name).wait_with_output().expect("second node");
    assert_eq!(second.status.code(), Some(1));
    assert_eq!(
        text(&second.stderr),
        "Protocol 'inet_tcp': the name remote_test@testhost seems to be in use by another Erlang node\n"
    );

    let out = remote(&dir, name, "init:stop().");
    assert_eq!(text(&out.stdout), "ok\n");
    assert!(wait_until(|| matches!(node.try_wait(), Ok(Some(_)))), "the node did not stop");
    assert!(!dir.join(name).exists(), "the stopped node left its socket");

    let out = remote(&dir, name, "node().");
    assert_eq!(out.status.code(), Some(2));
    let _ = std::fs::remove_dir_all(&dir);
}
