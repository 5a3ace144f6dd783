//! The global atom table. Atoms are interned once for the whole VM and
//! never freed (as in OTP); a `Term` holds only the atom's index.

use std::collections::HashMap;
use std::sync::atomic::{AtomicPtr, AtomicU32, Ordering};
use std::sync::{OnceLock, RwLock};

/// An interned atom: an index into the global table.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Atom(pub u32);

/// OTP's limit on atom length, in characters.
pub const MAX_ATOM_CHARS: usize = 255;

/// OTP's default `atom_limit`: every path that makes atoms from a
/// program's data (`list_to_atom/1` and its kin, `binary_to_term`,
/// `erl_scan`, `file:consult`, code loading) fails rather than make an
/// atom past it: with `system_limit`, or `{error, system_limit}` from the
/// code loading BIFs. OTP stops the whole node instead ("no more index
/// entries in atom_tab"); ferl fails only the process that asked. The
/// VM's own fixed atoms may go past it, up to the table's capacity.
pub const ATOM_LIMIT: usize = 1 << 20;

/// Name -> index, for interning (behind a lock: interning is rare).
struct Table {
    index: HashMap<&'static str, u32>,
}

fn table() -> &'static RwLock<Table> {
    static TABLE: OnceLock<RwLock<Table>> = OnceLock::new();
    TABLE.get_or_init(|| {
        let mut t = Table { index: HashMap::new() };
        for name in PREDEFINED {
            let i = NAMES.len();
            NAMES.push(name);
            t.index.insert(name, i);
        }
        RwLock::new(t)
    })
}

/// Index -> name, read without a lock: `Atom::name` runs on every BIF
/// that matches an atom argument, from every scheduler at once, and a
/// shared read lock made them contend. Names sit in chunks that are
/// allocated once and never move; a slot is written once, before the
/// atom's index is published (under the table's write lock).
struct Names {
    chunks: [AtomicPtr<Chunk>; CHUNKS],
    len: AtomicU32,
}

const CHUNK: usize = 4096;
const CHUNKS: usize = 1024;
type Chunk = [OnceLock<&'static str>; CHUNK];

static NAMES: Names =
    Names { chunks: [const { AtomicPtr::new(std::ptr::null_mut()) }; CHUNKS], len: AtomicU32::new(0) };

impl Names {
    fn len(&self) -> u32 {
        self.len.load(Ordering::Acquire)
    }

    /// Appends a name (callers hold the table's write lock, or are
    /// initialising it). Past the last chunk the atom gets no name.
    fn push(&self, name: &'static str) {
        let i = self.len.load(Ordering::Acquire) as usize;
        if let Some(slot) = self.chunks.get(i / CHUNK) {
            let mut chunk = slot.load(Ordering::Acquire);
            if chunk.is_null() {
                let fresh: Box<Chunk> = Box::new([const { OnceLock::new() }; CHUNK]);
                chunk = Box::into_raw(fresh);
                slot.store(chunk, Ordering::Release);
            }
            // SAFETY: chunks are leaked, never freed or moved.
            let _ = unsafe { &*chunk }[i % CHUNK].set(name);
        }
        self.len.store(i as u32 + 1, Ordering::Release);
    }

    fn get(&self, i: u32) -> &'static str {
        let i = i as usize;
        let Some(slot) = self.chunks.get(i / CHUNK) else { return "" };
        let chunk = slot.load(Ordering::Acquire);
        if chunk.is_null() {
            return "";
        }
        // SAFETY: a non-null chunk pointer is a leaked, never-freed chunk.
        let chunk: &Chunk = unsafe { &*chunk };
        chunk[i % CHUNK].get().copied().unwrap_or("")
    }
}

impl Atom {
    /// Interns `name`, creating the atom if needed.
    pub fn intern(name: &str) -> Atom {
        if let Some(&i) = table().read().unwrap_or_else(|e| e.into_inner()).index.get(name) {
            return Atom(i);
        }
        let mut t = table().write().unwrap_or_else(|e| e.into_inner());
        if let Some(&i) = t.index.get(name) {
            return Atom(i);
        }
        // Leaked on purpose: atoms live as long as the VM, like OTP's.
        let s: &'static str = Box::leak(name.to_string().into_boxed_str());
        let i = NAMES.len();
        NAMES.push(s);
        t.index.insert(s, i);
        Atom(i)
    }

    /// Interns `name` for a program's request: `None` when it would be a
    /// new atom past `ATOM_LIMIT`.
    pub fn try_intern(name: &str) -> Option<Atom> {
        match Atom::existing(name) {
            Some(a) => Some(a),
            None if Atom::count() >= ATOM_LIMIT => None,
            None => Some(Atom::intern(name)),
        }
    }

    /// Whether the atoms `names` would make (those that do not exist yet,
    /// each counted once) fit under `ATOM_LIMIT`: paths that make many
    /// atoms at once (code loading, scanning text) ask before they start,
    /// so that they fail whole rather than half done.
    pub fn room_for<'a>(names: impl IntoIterator<Item = &'a str>) -> bool {
        let t = table().read().unwrap_or_else(|e| e.into_inner());
        let room = ATOM_LIMIT.saturating_sub(NAMES.len() as usize);
        let mut new = std::collections::HashSet::new();
        for name in names {
            if !t.index.contains_key(name) && new.insert(name) && new.len() > room {
                return false;
            }
        }
        true
    }

    /// The number of atoms made so far (`system_info(atom_count)`).
    pub fn count() -> usize {
        table();
        NAMES.len() as usize
    }

    /// The atom named `name` if it already exists (`list_to_existing_atom`).
    pub fn existing(name: &str) -> Option<Atom> {
        table().read().unwrap_or_else(|e| e.into_inner()).index.get(name).map(|&i| Atom(i))
    }

    pub fn name(self) -> &'static str {
        if NAMES.len() == 0 {
            // The table fills the predefined atoms on first use.
            table();
        }
        NAMES.get(self.0)
    }
}

impl std::fmt::Display for Atom {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.name())
    }
}

macro_rules! predefined_atoms {
    ($($id:ident = $name:expr),* $(,)?) => {
        const PREDEFINED: &[&str] = &[$($name),*];
        /// Atoms every part of the VM uses, interned at fixed indices.
        #[allow(non_upper_case_globals)]
        pub mod atoms {
            use super::Atom;
            predefined_atoms!(@consts 0u32; $($id),*);
        }
    };
    (@consts $n:expr; $id:ident $(, $rest:ident)*) => {
        pub const $id: Atom = Atom($n);
        predefined_atoms!(@consts $n + 1; $($rest),*);
    };
    (@consts $n:expr;) => {};
}

predefined_atoms! {
    false_ = "false", true_ = "true", ok = "ok", error = "error", undefined = "undefined",
    throw = "throw", exit = "exit", badarg = "badarg", badarith = "badarith",
    badmatch = "badmatch", function_clause = "function_clause", case_clause = "case_clause",
    if_clause = "if_clause", undef = "undef", badfun = "badfun", badarity = "badarity",
    try_clause = "try_clause", badkey = "badkey", badmap = "badmap", badrecord = "badrecord",
    system_limit = "system_limit", normal = "normal", kill = "kill", killed = "killed",
    noproc = "noproc", erlang = "erlang", file = "file", line = "line", nocatch = "nocatch",
    infinity = "infinity", EXIT = "EXIT", error_info = "error_info", lists = "lists",
    module_info = "module_info", nil = "nil", none = "none", all = "all", timeout_value = "timeout_value",
    badbool = "badbool", apply = "apply", DOWN = "DOWN", process = "process", timeout = "timeout",
    trap_exit = "trap_exit", undefined_function = "undefined_function", nonode_nohost = "nonode@nohost",
    // Options of monitor/3 and demonitor/2, which every gen:call passes.
    flush = "flush", info = "info", alias = "alias", demonitor = "demonitor",
    reply_demonitor = "reply_demonitor", explicit_unalias = "explicit_unalias",
}
