//! Process aliases (`erlang:alias/0,1`, `monitor/3`'s `{alias, Mode}`):
//! references that, while active, deliver messages sent to them to the
//! process that made them. A message to an inactive alias is dropped, which
//! is what lets `gen:call` forget a reply that arrives after its timeout.

// Every gen_server:call makes and ends an alias: hashbrown's hasher is
// several times cheaper than std's SipHash on these u64 keys.
use hashbrown::hash_map::Entry;
use hashbrown::HashMap;
use std::sync::Mutex;

/// When an alias stops working besides an explicit `unalias/1`.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum AliasMode {
    /// Only `unalias/1` (and the owner's exit) ends it.
    ExplicitUnalias,
    /// Also ends with the monitor it belongs to (`demonitor`, `'DOWN'`).
    Demonitor,
    /// Also ends after the first message sent through it.
    ReplyDemonitor,
}

/// Every active alias: reference number -> (owner pid, mode).
#[derive(Default)]
pub struct Aliases {
    table: Mutex<HashMap<u64, (u64, AliasMode)>>,
}

impl Aliases {
    fn table(&self) -> std::sync::MutexGuard<'_, HashMap<u64, (u64, AliasMode)>> {
        self.table.lock().unwrap_or_else(|e| e.into_inner())
    }

    pub fn add(&self, r: u64, owner: u64, mode: AliasMode) {
        self.table().insert(r, (owner, mode));
    }

    /// Deactivates alias `r` if `owner` owns it; whether it was active.
    pub fn remove(&self, r: u64, owner: u64) -> bool {
        let mut t = self.table();
        match t.entry(r) {
            Entry::Occupied(e) if e.get().0 == owner => {
                e.remove();
                true
            }
            _ => false,
        }
    }

    /// Deactivates every alias of `owner` (which is exiting).
    pub fn remove_all_of(&self, owner: u64) {
        self.table().retain(|_, (o, _)| *o != owner);
    }

    /// Deactivates alias `r` if it ends with its monitor.
    pub fn monitor_ended(&self, r: u64, owner: u64) {
        // One probe (every gen:call ends here through its demonitor).
        if let Entry::Occupied(e) = self.table().entry(r) {
            let &(o, mode) = e.get();
            if o == owner && mode != AliasMode::ExplicitUnalias {
                e.remove();
            }
        }
    }

    /// The pid a message sent to alias `r` reaches, if the alias is active
    /// (a `reply_demonitor` alias is used up by it).
    pub fn route(&self, r: u64) -> Option<u64> {
        let mut t = self.table();
        match t.entry(r) {
            Entry::Occupied(e) => {
                let (owner, mode) = *e.get();
                if mode == AliasMode::ReplyDemonitor {
                    e.remove();
                }
                Some(owner)
            }
            Entry::Vacant(_) => None,
        }
    }
}
