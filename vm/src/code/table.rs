//! The code table: for each module its current and old instance, and the
//! export entries remote calls go through.

use super::{Export, ExportTarget, ModuleInstance};
use crate::term::Atom;
// hashbrown's hasher: these maps are read on every dynamic call.
use hashbrown::HashMap;
use std::sync::atomic::{AtomicPtr, Ordering};
use std::sync::RwLock;

#[derive(Default, Clone, Copy)]
pub struct Slots {
    pub current: Option<&'static ModuleInstance>,
    pub old: Option<&'static ModuleInstance>,
}

pub struct CodeTable {
    exports: RwLock<HashMap<(Atom, Atom, u32), &'static Export>>,
    /// A direct-mapped front to `exports` for dynamic calls (`apply`,
    /// `M:F(...)`): a slot holds the entry last looked up among the names
    /// hashing to it. Entries are never freed nor renamed, so a slot read
    /// without a lock is either empty or a valid entry whose names say
    /// whether it is the one wanted (~15 instructions, where the lock and
    /// the map took ~75 and bounced the lock's reader count between cores).
    front: Box<[AtomicPtr<Export>; FRONT_SLOTS]>,
    modules: RwLock<HashMap<Atom, Slots>>,
}

const FRONT_BITS: u32 = 10;
const FRONT_SLOTS: usize = 1 << FRONT_BITS;

impl Default for CodeTable {
    fn default() -> CodeTable {
        CodeTable {
            exports: RwLock::default(),
            front: Box::new([const { AtomicPtr::new(std::ptr::null_mut()) }; FRONT_SLOTS]),
            modules: RwLock::default(),
        }
    }
}

/// The front slot of `m:f/a`: a multiplicative hash of the three.
#[inline(always)]
fn front_slot(m: Atom, f: Atom, a: u32) -> usize {
    let k = (u64::from(m.0) << 32 | u64::from(f.0)) ^ u64::from(a).wrapping_mul(0x2545_f491_4f6c_dd1d);
    (k.wrapping_mul(0x9e37_79b9_7f4a_7c15) >> (64 - FRONT_BITS)) as usize
}

/// Why a load was refused.
#[derive(Debug, PartialEq, Eq)]
pub enum LoadError {
    /// The module has both current and old code.
    NotPurged,
}

impl CodeTable {
    /// The export entry for `m:f/a`, created (empty) if needed.
    #[inline]
    pub fn export(&self, m: Atom, f: Atom, a: u32) -> &'static Export {
        let slot = &self.front[front_slot(m, f, a)];
        // SAFETY: a slot is null or holds an entry leaked by `export_slow`
        // (never freed), published with Release after it was made.
        if let Some(e) = unsafe { slot.load(Ordering::Acquire).as_ref() } {
            if e.module == m && e.function == f && e.arity == a {
                return e;
            }
        }
        self.export_slow(slot, m, f, a)
    }

    /// The entry from the map, then in front slot `slot`.
    #[inline(never)]
    fn export_slow(&self, slot: &AtomicPtr<Export>, m: Atom, f: Atom, a: u32) -> &'static Export {
        let e = self.exports.read().unwrap_or_else(|e| e.into_inner()).get(&(m, f, a)).copied();
        let e = e.unwrap_or_else(|| {
            let mut w = self.exports.write().unwrap_or_else(|e| e.into_inner());
            w.entry((m, f, a)).or_insert_with(|| Box::leak(Box::new(Export::new(m, f, a))))
        });
        slot.store(std::ptr::from_ref(e).cast_mut(), Ordering::Release);
        e
    }

    /// Whether `m:f/a` has an export entry (loaded code exports it, or
    /// something looked it up), found without making one, unlike `export`.
    pub fn has_export(&self, m: Atom, f: Atom, a: u32) -> bool {
        self.exports.read().unwrap_or_else(|e| e.into_inner()).contains_key(&(m, f, a))
    }

    pub fn slots(&self, m: Atom) -> Slots {
        self.modules.read().unwrap_or_else(|e| e.into_inner()).get(&m).copied().unwrap_or_default()
    }

    pub fn current(&self, m: Atom) -> Option<&'static ModuleInstance> {
        self.slots(m).current
    }

    /// Makes `inst` current; the previous current becomes old. Refused
    /// when the module already has old code.
    pub fn install(&self, inst: &'static ModuleInstance) -> Result<(), LoadError> {
        let mut mods = self.modules.write().unwrap_or_else(|e| e.into_inner());
        let slots = mods.entry(inst.name).or_default();
        if slots.current.is_some() && slots.old.is_some() {
            return Err(LoadError::NotPurged);
        }
        if let Some(prev) = slots.current {
            slots.old = Some(prev);
            for &(f, a) in &prev.exports {
                self.export(inst.name, f, a).set(None);
            }
        }
        slots.current = Some(inst);
        for &(f, a) in &inst.exports {
            if let Some(entry) = inst.function_entry(f, a) {
                self.export(inst.name, f, a).set(Some(ExportTarget { instance: inst, entry }));
            }
        }
        Ok(())
    }

    /// Puts back the slots `before` (a load whose on_load failed): the
    /// exports point at the version that was current again.
    pub fn reinstate(&self, m: Atom, before: Slots, failed: &'static ModuleInstance) {
        let mut mods = self.modules.write().unwrap_or_else(|e| e.into_inner());
        mods.insert(m, before);
        failed.purged.store(true, std::sync::atomic::Ordering::Release);
        for &(f, a) in &failed.exports {
            self.export(m, f, a).set(None);
        }
        if let Some(cur) = before.current {
            for &(f, a) in &cur.exports {
                if let Some(entry) = cur.function_entry(f, a) {
                    self.export(m, f, a).set(Some(ExportTarget { instance: cur, entry }));
                }
            }
        }
    }

    /// `code:delete/1`: current code becomes old (calls then go through
    /// the export table and find nothing); refused while old code exists.
    pub fn delete(&self, m: Atom) -> bool {
        let mut mods = self.modules.write().unwrap_or_else(|e| e.into_inner());
        let Some(slots) = mods.get_mut(&m) else { return false };
        match (slots.current, slots.old) {
            (Some(cur), None) => {
                slots.old = Some(cur);
                slots.current = None;
                for &(f, a) in &cur.exports {
                    self.export(m, f, a).set(None);
                }
                true
            }
            // A module once loaded keeps its entry, as in OTP.
            (None, None) => true,
            _ => false,
        }
    }

    /// Drops the old code of `m`; whether there was any.
    pub fn drop_old(&self, m: Atom) -> bool {
        let mut mods = self.modules.write().unwrap_or_else(|e| e.into_inner());
        match mods.get_mut(&m).and_then(|s| s.old.take()) {
            Some(old) => {
                old.purged.store(true, std::sync::atomic::Ordering::Release);
                true
            }
            None => false,
        }
    }

    /// Every module with current or old code (`erlang:loaded/0`).
    pub fn known(&self) -> Vec<Atom> {
        let mods = self.modules.read().unwrap_or_else(|e| e.into_inner());
        mods.iter().filter(|(_, s)| s.current.is_some() || s.old.is_some()).map(|(m, _)| *m).collect()
    }

    /// Every module with current code.
    pub fn loaded(&self) -> Vec<Atom> {
        let mods = self.modules.read().unwrap_or_else(|e| e.into_inner());
        mods.iter().filter(|(_, s)| s.current.is_some()).map(|(m, _)| *m).collect()
    }
}
