//! The process table: every live process's handle by pid, and the
//! registered names. Pids are handed out in increasing order and never
//! reused, so handles sit in an array of fixed-size chunks indexed by pid:
//! a lookup (every send makes one) is two indexings instead of a hash
//! probe into a table that, with a million processes, misses the cache;
//! a chunk is freed once every pid in it has died, so a node that spawns
//! for days keeps only the chunks with live processes (plus one pointer
//! per 4,096 pids ever made). A handle is how other processes reach a process: its
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
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::sync::{Arc, Mutex, MutexGuard, RwLock};

/// What other processes share with one process.
pub struct Handle {
    pub pid: u64,
    inbox: Mutex<Inbox>,
    /// The process's group leader: inherited at spawn, changed by
    /// `group_leader/2` from any process (application masters lead the
    /// processes of their application).
    group_leader: AtomicU64,
    /// The wait number of the process's pending `receive ... after`
    /// deadline (0: none), with `ARMED_GLOBAL` once its timer is in the
    /// scheduler's timer queue (see `sched::park`).
    pub(crate) armed: AtomicU64,
    /// Whether signals were queued when the inbox was last unlocked
    /// (`InboxGuard` keeps it): the process itself reads it before taking
    /// its lock to look (`signal::handle_signals`, each `receive` that runs
    /// out of messages). A signal queued just after the look is taken as
    /// one arriving a moment later would be (`sched::park` sees it under
    /// the lock); what happened before the look is seen, as it reached
    /// this thread through a lock or a message that came after it.
    queued: AtomicBool,
}

/// Marks `Handle::armed` of a deadline whose timer is in the timer queue.
pub(crate) const ARMED_GLOBAL: u64 = 1 << 63;

#[derive(Default)]
pub struct Inbox {
    pub signals: VecDeque<Signal>,
    /// The process, whenever it is not running: waiting for a signal, or
    /// runnable (`runnable`, its handle then sits in a run queue).
    pub parked: Option<Box<Process>>,
    pub runnable: bool,
    /// The process has ended (`Vm::exit_process`): signals are no longer
    /// queued, and a sender that found the handle just before treats it as
    /// a process that no longer exists.
    pub exited: bool,
}

impl Handle {
    fn new(pid: u64) -> Arc<Handle> {
        Arc::new(Handle {
            pid,
            inbox: Mutex::new(Inbox::default()),
            group_leader: AtomicU64::new(GROUP_LEADER_PID),
            armed: AtomicU64::new(0),
            queued: AtomicBool::new(false),
        })
    }

    pub fn lock(&self) -> InboxGuard<'_> {
        InboxGuard { inbox: self.inbox.lock().unwrap_or_else(|e| e.into_inner()), queued: &self.queued }
    }

    /// Whether signals may wait in the inbox (false: none had when it was
    /// last unlocked). Read without the lock: see `Handle::queued`.
    pub fn may_have_signals(&self) -> bool {
        self.queued.load(Ordering::Relaxed)
    }

    pub fn group_leader(&self) -> u64 {
        self.group_leader.load(Ordering::Relaxed)
    }

    pub fn set_group_leader(&self, pid: u64) {
        self.group_leader.store(pid, Ordering::Relaxed);
    }
}

/// The locked inbox of a handle. Unlocking it records whether signals
/// wait (`Handle::queued`), so no queueing or taking needs to.
pub struct InboxGuard<'a> {
    inbox: MutexGuard<'a, Inbox>,
    queued: &'a AtomicBool,
}

impl std::ops::Deref for InboxGuard<'_> {
    type Target = Inbox;
    fn deref(&self) -> &Inbox {
        &self.inbox
    }
}

impl std::ops::DerefMut for InboxGuard<'_> {
    fn deref_mut(&mut self) -> &mut Inbox {
        &mut self.inbox
    }
}

impl Drop for InboxGuard<'_> {
    fn drop(&mut self) {
        // Before the mutex itself unlocks (fields drop after this).
        self.queued.store(!self.inbox.signals.is_empty(), Ordering::Relaxed);
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

/// Pids per chunk.
const CHUNK_BITS: u32 = 12;
const CHUNK: usize = 1 << CHUNK_BITS;

struct Chunk {
    slots: Box<[Option<Arc<Handle>>]>,
    /// Slots given a pid that has not died yet.
    live: usize,
    /// Slots ever given a pid (the chunk is done with once all are dead).
    made: usize,
}

/// Live handles by pid.
#[derive(Default)]
struct Slots {
    chunks: Vec<Option<Box<Chunk>>>,
    count: usize,
}

impl Slots {
    fn locate(pid: u64) -> (usize, usize) {
        ((pid >> CHUNK_BITS) as usize, (pid as usize) & (CHUNK - 1))
    }

    fn get(&self, pid: u64) -> Option<&Arc<Handle>> {
        let (c, i) = Slots::locate(pid);
        self.chunks.get(c)?.as_ref()?.slots[i].as_ref()
    }

    fn contains(&self, pid: u64) -> bool {
        self.get(pid).is_some()
    }

    fn insert(&mut self, pid: u64, h: Arc<Handle>) {
        let (c, i) = Slots::locate(pid);
        if self.chunks.len() <= c {
            self.chunks.resize_with(c + 1, || None);
        }
        let chunk = self.chunks[c]
            .get_or_insert_with(|| Box::new(Chunk { slots: vec![None; CHUNK].into_boxed_slice(), live: 0, made: 0 }));
        if chunk.slots[i].replace(h).is_none() {
            chunk.live += 1;
            chunk.made += 1;
            self.count += 1;
        }
    }

    fn remove(&mut self, pid: u64) {
        let (c, i) = Slots::locate(pid);
        let Some(Some(chunk)) = self.chunks.get_mut(c) else { return };
        if chunk.slots[i].take().is_some() {
            chunk.live -= 1;
            self.count -= 1;
            if chunk.live == 0 && chunk.made == CHUNK {
                self.chunks[c] = None;
            }
        }
    }

    fn pids(&self) -> Vec<u64> {
        let mut v = Vec::with_capacity(self.count);
        for (c, chunk) in self.chunks.iter().enumerate() {
            let Some(chunk) = chunk else { continue };
            for (i, slot) in chunk.slots.iter().enumerate() {
                if slot.is_some() {
                    v.push(((c << CHUNK_BITS) | i) as u64);
                }
            }
        }
        v
    }
}

pub struct ProcessTable {
    procs: RwLock<Slots>,
    names: RwLock<HashMap<Atom, u64>>,
    next_pid: AtomicU64,
    pub limit: usize,
}

impl Default for ProcessTable {
    fn default() -> Self {
        let mut slots = Slots::default();
        for pid in [INIT_PID, GROUP_LEADER_PID] {
            slots.insert(pid, Handle::new(pid));
        }
        ProcessTable {
            procs: RwLock::new(slots),
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
        if procs.count >= self.limit {
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
        if procs.contains(pid) {
            return None;
        }
        let h = Handle::new(pid);
        procs.insert(pid, h.clone());
        Some(h)
    }

    pub fn get(&self, pid: u64) -> Option<Arc<Handle>> {
        self.procs.read().unwrap_or_else(|e| e.into_inner()).get(pid).cloned()
    }

    pub fn remove(&self, pid: u64) {
        self.procs.write().unwrap_or_else(|e| e.into_inner()).remove(pid);
        let mut names = self.names.write().unwrap_or_else(|e| e.into_inner());
        if !names.is_empty() {
            names.retain(|_, p| *p != pid);
        }
    }

    /// Live pids, in increasing order.
    pub fn pids(&self) -> Vec<u64> {
        self.procs.read().unwrap_or_else(|e| e.into_inner()).pids()
    }

    pub fn count(&self) -> usize {
        self.procs.read().unwrap_or_else(|e| e.into_inner()).count
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
        if !procs.contains(pid) || names.contains_key(&name) || names.values().any(|p| *p == pid) {
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
