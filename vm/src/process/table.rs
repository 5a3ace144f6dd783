//! The process table: every live process's handle by pid, and the
//! registered names. A handle is how other processes reach a process: its
//! inbox takes signals (messages, exit signals, link and monitor requests)
//! from any thread, and while the process waits in `receive` the process
//! itself is parked there, so a sender can make it runnable again.

use super::signal::Signal;
use super::Process;
use crate::term::Atom;
// hashbrown's hasher is several times faster than std's SipHash on the pid
// lookups every send makes.
use hashbrown::HashMap;
use std::collections::VecDeque;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Mutex, MutexGuard, RwLock};

/// What other processes share with one process.
pub struct Handle {
    pub pid: u64,
    inbox: Mutex<Inbox>,
    /// The process's group leader: inherited at spawn, changed by
    /// `group_leader/2` from any process (application masters lead the
    /// processes of their application).
    group_leader: AtomicU64,
}

#[derive(Default)]
pub struct Inbox {
    pub signals: VecDeque<Signal>,
    /// The process, whenever it is not running: waiting for a signal, or
    /// runnable (`runnable`, its handle then sits in a run queue).
    pub parked: Option<Box<Process>>,
    pub runnable: bool,
}

impl Handle {
    fn new(pid: u64) -> Arc<Handle> {
        Arc::new(Handle { pid, inbox: Mutex::new(Inbox::default()), group_leader: AtomicU64::new(GROUP_LEADER_PID) })
    }

    pub fn lock(&self) -> MutexGuard<'_, Inbox> {
        self.inbox.lock().unwrap_or_else(|e| e.into_inner())
    }

    pub fn group_leader(&self) -> u64 {
        self.group_leader.load(Ordering::Relaxed)
    }

    pub fn set_group_leader(&self, pid: u64) {
        self.group_leader.store(pid, Ordering::Relaxed);
    }
}

/// `init`, which an escript's process is linked to, as in OTP.
pub const INIT_PID: u64 = 0;
/// The group leader of every process (OTP's `user` io server).
pub const GROUP_LEADER_PID: u64 = 64;

/// Pids that stand for OTP's system processes: they are in the table (so
/// they are alive and `init` has its name) but run no code.
pub fn is_system_pid(pid: u64) -> bool {
    pid == INIT_PID || pid == GROUP_LEADER_PID
}

/// The default limit on simultaneous processes, as OTP's.
pub const DEFAULT_PROCESS_LIMIT: usize = 262_144;

pub struct ProcessTable {
    procs: RwLock<HashMap<u64, Arc<Handle>>>,
    names: RwLock<HashMap<Atom, u64>>,
    next_pid: AtomicU64,
    pub limit: usize,
}

impl Default for ProcessTable {
    fn default() -> Self {
        let system = |pid| (pid, Handle::new(pid));
        ProcessTable {
            procs: RwLock::new(HashMap::from([system(INIT_PID), system(GROUP_LEADER_PID)])),
            names: RwLock::new(HashMap::from([(Atom::intern("init"), INIT_PID)])),
            // <0.0.0>.. are OTP's system processes; user pids start higher,
            // which keeps printed pids looking like OTP's.
            next_pid: AtomicU64::new(80),
            limit: DEFAULT_PROCESS_LIMIT,
        }
    }
}

impl ProcessTable {
    /// A fresh pid and its handle, or `None` past the process limit.
    pub fn create(&self) -> Option<Arc<Handle>> {
        let mut procs = self.procs.write().unwrap_or_else(|e| e.into_inner());
        if procs.len() >= self.limit {
            return None;
        }
        let pid = self.next_pid.fetch_add(1, Ordering::Relaxed);
        let h = Handle::new(pid);
        procs.insert(pid, h.clone());
        Some(h)
    }

    /// A handle with a chosen pid (an escript's main process is `<0.9.0>`,
    /// as in OTP), or `None` if it is taken.
    pub fn create_at(&self, pid: u64) -> Option<Arc<Handle>> {
        let mut procs = self.procs.write().unwrap_or_else(|e| e.into_inner());
        if procs.contains_key(&pid) {
            return None;
        }
        let h = Handle::new(pid);
        procs.insert(pid, h.clone());
        Some(h)
    }

    pub fn get(&self, pid: u64) -> Option<Arc<Handle>> {
        self.procs.read().unwrap_or_else(|e| e.into_inner()).get(&pid).cloned()
    }

    pub fn remove(&self, pid: u64) {
        self.procs.write().unwrap_or_else(|e| e.into_inner()).remove(&pid);
        self.names.write().unwrap_or_else(|e| e.into_inner()).retain(|_, p| *p != pid);
    }

    pub fn pids(&self) -> Vec<u64> {
        let mut v: Vec<u64> = self.procs.read().unwrap_or_else(|e| e.into_inner()).keys().copied().collect();
        v.sort_unstable();
        v
    }

    pub fn count(&self) -> usize {
        self.procs.read().unwrap_or_else(|e| e.into_inner()).len()
    }

    // ---- registered names ---------------------------------------------------

    pub fn whereis(&self, name: Atom) -> Option<u64> {
        self.names.read().unwrap_or_else(|e| e.into_inner()).get(&name).copied()
    }

    pub fn name_of(&self, pid: u64) -> Option<Atom> {
        self.names.read().unwrap_or_else(|e| e.into_inner()).iter().find(|(_, p)| **p == pid).map(|(n, _)| *n)
    }

    /// Registers `name` for a live `pid`; false if either is taken.
    pub fn register(&self, name: Atom, pid: u64) -> bool {
        let procs = self.procs.read().unwrap_or_else(|e| e.into_inner());
        let mut names = self.names.write().unwrap_or_else(|e| e.into_inner());
        if !procs.contains_key(&pid) || names.contains_key(&name) || names.values().any(|p| *p == pid) {
            return false;
        }
        names.insert(name, pid);
        true
    }

    pub fn unregister(&self, name: Atom) -> bool {
        self.names.write().unwrap_or_else(|e| e.into_inner()).remove(&name).is_some()
    }

    pub fn registered(&self) -> Vec<Atom> {
        self.names.read().unwrap_or_else(|e| e.into_inner()).keys().copied().collect()
    }
}
