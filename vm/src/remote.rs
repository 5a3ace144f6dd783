//! Requests from other programs on this machine to a named node (`ferl
//! -sname NAME`), so an operator can reach a running system without
//! stopping it (`ferl remote NAME 'Expr.'`).
//!
//! The node listens on a Unix socket named after it, in a directory only
//! its user can enter (`$FERL_NODE_DIR`, else `/tmp/ferl-nodes-UID`).
//! A frame is a 4-byte big-endian length and that many bytes of Erlang's
//! external term format; each request frame reaches the process registered
//! as `ferl_remote` (stdlib/ferl_remote.erl) as `{'$ferl_remote', Conn,
//! Binary}`, and its answer goes back with `ferl_remote:reply(Conn,
//! Binary)` (vm/src/bif/ferl_remote.rs). Requests and answers are terms,
//! not text, so Erlang distribution can carry the same requests later.

use crate::term::{Atom, Term};
use crate::vm::Vm;
use std::collections::HashMap;
use std::io::{self, Read, Write};
use std::os::unix::net::{UnixListener, UnixStream};
use std::path::PathBuf;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Condvar, LazyLock, Mutex};

/// Longest frame accepted: a request is an expression, not a release.
const MAX_FRAME: usize = 64 << 20;

/// Open connections by number, for the answers.
static CONNS: LazyLock<Mutex<HashMap<u64, UnixStream>>> = LazyLock::new(Default::default);
static NEXT_CONN: AtomicU64 = AtomicU64::new(1);
/// Set once the registered `ferl_remote` server runs: the socket is bound
/// at boot (so a name in use is reported at once), but connections wait in
/// the listen backlog until there is a server to hand their requests to.
static SERVER_READY: (Mutex<bool>, Condvar) = (Mutex::new(false), Condvar::new());
/// The socket this node listens on, removed when it stops.
static LISTENING: Mutex<Option<PathBuf>> = Mutex::new(None);

/// Where nodes of this user put their sockets.
pub fn node_dir() -> PathBuf {
    if let Some(d) = std::env::var_os("FERL_NODE_DIR") {
        return PathBuf::from(d);
    }
    use std::os::unix::fs::MetadataExt;
    let uid = std::fs::metadata("/proc/self").map(|m| m.uid()).unwrap_or(0);
    std::env::temp_dir().join(format!("ferl-nodes-{uid}"))
}

/// A node's full name as `-sname` makes it: `NAME@host`, the host name up
/// to its first dot, as erl does (a name with an `@` is taken as it is).
pub fn full_node_name(name: &str) -> String {
    if name.contains('@') {
        return name.to_string();
    }
    let host = std::fs::read_to_string("/proc/sys/kernel/hostname")
        .ok()
        .and_then(|h| h.trim().split('.').next().map(str::to_string))
        .filter(|h| !h.is_empty())
        .unwrap_or_else(|| "localhost".to_string());
    format!("{name}@{host}")
}

/// The socket of node `name` (`NAME@host`).
pub fn socket_path(name: &str) -> PathBuf {
    node_dir().join(name)
}

/// Why a node could not start listening.
#[derive(Debug)]
pub enum ListenError {
    /// Another running node has this name.
    InUse,
    Io(io::Error),
}

/// Starts listening for node `name`; connections are served by threads
/// of their own, so no scheduler waits on a socket.
pub fn listen(vm: &Arc<Vm>, name: &str) -> Result<(), ListenError> {
    let dir = node_dir();
    std::fs::create_dir_all(&dir).map_err(ListenError::Io)?;
    {
        use std::os::unix::fs::PermissionsExt;
        let _ = std::fs::set_permissions(&dir, std::fs::Permissions::from_mode(0o700));
    }
    let path = socket_path(name);
    let listener = match UnixListener::bind(&path) {
        Ok(l) => l,
        Err(e) if e.kind() == io::ErrorKind::AddrInUse => {
            if UnixStream::connect(&path).is_ok() {
                return Err(ListenError::InUse);
            }
            // Left behind by a node that did not stop cleanly.
            let _ = std::fs::remove_file(&path);
            UnixListener::bind(&path).map_err(ListenError::Io)?
        }
        Err(e) => return Err(ListenError::Io(e)),
    };
    *LISTENING.lock().unwrap_or_else(|e| e.into_inner()) = Some(path);
    let vm = vm.clone();
    std::thread::Builder::new()
        .name("ferl-remote".into())
        .spawn(move || {
            let (ready, cond) = &SERVER_READY;
            let mut r = ready.lock().unwrap_or_else(|e| e.into_inner());
            while !*r {
                r = cond.wait(r).unwrap_or_else(|e| e.into_inner());
            }
            drop(r);
            for stream in listener.incoming().flatten() {
                let vm = vm.clone();
                let _ = std::thread::Builder::new().name("ferl-remote-conn".into()).spawn(move || serve(vm, stream));
            }
        })
        .map_err(ListenError::Io)?;
    Ok(())
}

/// The `ferl_remote` server is registered: connections are served from now.
pub fn server_ready() {
    let (ready, cond) = &SERVER_READY;
    *ready.lock().unwrap_or_else(|e| e.into_inner()) = true;
    cond.notify_all();
}

/// Removes this node's socket (the node is stopping).
pub fn stop_listening() {
    if let Some(path) = LISTENING.lock().unwrap_or_else(|e| e.into_inner()).take() {
        let _ = std::fs::remove_file(path);
    }
}

/// Reads one frame; `None` at the end of the stream or on a bad length.
pub fn read_frame(r: &mut impl Read) -> Option<Vec<u8>> {
    let mut len = [0u8; 4];
    r.read_exact(&mut len).ok()?;
    let n = u32::from_be_bytes(len) as usize;
    if n > MAX_FRAME {
        return None;
    }
    let mut buf = vec![0u8; n];
    r.read_exact(&mut buf).ok()?;
    Some(buf)
}

/// Writes one frame.
pub fn write_frame(w: &mut impl Write, bytes: &[u8]) -> io::Result<()> {
    let n = u32::try_from(bytes.len()).map_err(|_| io::Error::other("frame too long"))?;
    w.write_all(&n.to_be_bytes())?;
    w.write_all(bytes)?;
    w.flush()
}

fn serve(vm: Arc<Vm>, stream: UnixStream) {
    let Ok(mut reader) = stream.try_clone() else { return };
    let conn = NEXT_CONN.fetch_add(1, Ordering::Relaxed);
    CONNS.lock().unwrap_or_else(|e| e.into_inner()).insert(conn, stream);
    while let Some(request) = read_frame(&mut reader) {
        match vm.whereis(Atom::intern("ferl_remote")) {
            Some(server) => {
                let mut heap = crate::heap::Heap::with_capacity(8 + request.len() / 8);
                let bin = heap.binary(&request);
                let msg = heap.tuple(&[Term::atom(Atom::intern("$ferl_remote")), Term::int(conn as i64), bin]);
                vm.send_message(server, msg);
                vm.sched.wake();
            }
            None => break,
        }
    }
    CONNS.lock().unwrap_or_else(|e| e.into_inner()).remove(&conn);
}

/// Sends `bytes` as the answer on connection `conn`; false when it is gone.
pub fn reply(conn: u64, bytes: &[u8]) -> bool {
    let stream = { CONNS.lock().unwrap_or_else(|e| e.into_inner()).get(&conn).and_then(|s| s.try_clone().ok()) };
    match stream {
        Some(mut s) => write_frame(&mut s, bytes).is_ok(),
        None => false,
    }
}
