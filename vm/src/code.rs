//! Loaded code: module instances (one per loaded version), the lambdas they
//! contain, and the export entries through which remote calls go. The code
//! table (current/old slots) is `code/table.rs`; turning a compiled
//! `bytecode::Module` into an instance is `code/loader.rs`.
//!
//! An instance is never freed: funs and literals (terms in any heap, table
//! or message) may point at it long after its module is purged. Its
//! instructions, most of its memory, are: a purge that leaves no process
//! in them releases them (`Code::release`, `bif/code.rs`), so a system
//! upgraded again and again keeps its memory flat.

pub mod atom_room;
mod frames;
pub mod loader;
pub mod table;

use crate::bif::BifFn;
use crate::heap::Heap;
use crate::term::{Atom, Term};
use ferl_compiler::bytecode::Op;
use std::sync::atomic::{AtomicPtr, Ordering};

/// A fun definition inside a module instance. Closures point at their
/// Lambda, which names the module version that created them.
#[derive(Debug)]
pub struct Lambda {
    pub module: Atom,
    /// The generated function name, e.g. `-main/1-fun-0-`.
    pub function: Atom,
    /// Arity as the caller sees it (without captured values).
    pub arity: u32,
    pub num_free: u32,
    /// Index of the lambda within its module.
    pub index: u32,
    /// A checksum-derived number shown when the fun is printed.
    pub uniq: u32,
    /// Code offset of the lambda's entry within its module instance.
    pub entry: u32,
    /// The module instance this lambda belongs to (stable address).
    pub instance: *const ModuleInstance,
}

// SAFETY: Lambda is immutable after loading and its instance pointer refers
// to an immutable module instance, which is never freed (a purge frees
// only its instructions, which a purged lambda is never run in).
unsafe impl Send for Lambda {}
unsafe impl Sync for Lambda {}

impl Lambda {
    pub fn instance(&self) -> &'static ModuleInstance {
        // SAFETY: instances are never freed, so the pointer is valid forever.
        unsafe { &*self.instance }
    }
}

#[derive(Debug)]
pub struct FunctionInfo {
    pub name: Atom,
    pub arity: u32,
    pub entry: u32,
    /// Where a local call continues: past the `FuncInfo` at `entry`,
    /// which does nothing when executed.
    pub body: u32,
}

/// `erlang` functions the interpreter runs itself, because they need the
/// caller's registers or control flow.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Special {
    Apply2,
    Apply3,
    /// `erlang:hibernate/3`: drops the call stack, then applies.
    Hibernate,
    Halt,
    /// `erlang:get_module_info/1,2`, behind `Mod:module_info/0,1`.
    ModuleInfo,
}

impl Special {
    pub fn of(m: Atom, f: Atom, arity: u32) -> Option<Special> {
        if m != crate::term::atoms::erlang {
            return None;
        }
        match (f.name(), arity) {
            ("apply", 2) => Some(Special::Apply2),
            ("apply", 3) => Some(Special::Apply3),
            ("hibernate", 3) => Some(Special::Hibernate),
            ("halt", 0..=2) => Some(Special::Halt),
            ("get_module_info", 1 | 2) => Some(Special::ModuleInfo),
            _ => None,
        }
    }
}

/// A remote call target, resolved at load time.
pub struct Import {
    pub special: Option<Special>,
    pub module: Atom,
    pub function: Atom,
    pub arity: u32,
    /// The native implementation, when there is one.
    pub bif: Option<BifFn>,
    pub export: &'static Export,
}

/// An instance's instructions (64 bytes each): the part of an instance
/// that a purge frees.
pub struct Code {
    ops: &'static [Op],
    /// The allocation `ops` borrows from (its first instruction), null
    /// once released.
    owner: AtomicPtr<Op>,
}

impl Code {
    pub(crate) fn new(ops: Box<[Op]>) -> Code {
        let raw: *mut [Op] = Box::into_raw(ops);
        // SAFETY: `raw` is a live allocation; it is freed only by
        // `release`, whose caller guarantees nothing reads it any more.
        let ops: &'static [Op] = unsafe { &*raw };
        Code { ops, owner: AtomicPtr::new(raw.cast::<Op>()) }
    }

    /// Frees the instructions (a second call does nothing).
    ///
    /// # Safety
    /// No process runs these instructions or can come to run them (none
    /// has them in its frames, catches or continuation, and the instance
    /// is marked purged so its funs are refused), and no reference into
    /// them is held: reading them afterwards is a use after free (debug
    /// builds check, see `Deref`).
    pub(crate) unsafe fn release(&self) {
        let first = self.owner.swap(std::ptr::null_mut(), Ordering::AcqRel);
        if !first.is_null() {
            // SAFETY: `first` and the length are those `new` took from
            // `Box::into_raw`, and the swap makes this the only free.
            drop(unsafe { Box::from_raw(std::ptr::slice_from_raw_parts_mut(first, self.ops.len())) });
        }
    }

    /// Whether `release` has freed them.
    pub fn released(&self) -> bool {
        self.owner.load(Ordering::Acquire).is_null()
    }
}

impl std::ops::Deref for Code {
    type Target = [Op];
    #[inline(always)]
    fn deref(&self) -> &[Op] {
        debug_assert!(!self.released(), "instructions read after their purge");
        self.ops
    }
}

/// One loaded version of a module.
pub struct ModuleInstance {
    pub name: Atom,
    pub file: String,
    pub code: Code,
    /// Where in `code` the running function has its frame.
    pub(crate) frames: frames::FrameMap,
    pub atoms: Box<[Atom]>,
    pub literals: Box<[Term]>,
    /// Owns the literals' storage: never read, only kept alive.
    #[allow(dead_code)]
    pub(crate) literal_heap: Heap,
    pub imports: Box<[Import]>,
    pub functions: Box<[FunctionInfo]>,
    /// (entry, function index), sorted: maps a code offset to its function.
    pub(crate) by_entry: Box<[(u32, u32)]>,
    pub lambdas: Box<[Lambda]>,
    pub lines: Box<[(u32, u32)]>,
    pub exports: Vec<(Atom, u32)>,
    pub attributes: Term,
    /// Set when this version is purged: its funs can no longer be called
    /// (`badfun`), as in OTP 25.
    pub purged: std::sync::atomic::AtomicBool,
    /// The object file it came from, as given (`code:which/1`).
    pub object_file: String,
    /// The checksum of its object code (`module_info(md5)`,
    /// `code:modified_modules/0`).
    pub md5: [u8; 16],
}

// SAFETY: an instance is immutable once loaded; its terms live in its own
// literal heap, which nothing mutates.
unsafe impl Send for ModuleInstance {}
unsafe impl Sync for ModuleInstance {}

impl std::fmt::Debug for ModuleInstance {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "ModuleInstance({})", self.name)
    }
}

impl ModuleInstance {
    /// Whether the function running instruction `pc` has allocated its
    /// frame there.
    pub fn holds_frame(&self, pc: u32) -> bool {
        self.frames.holds_frame(pc)
    }

    /// The function containing code offset `pc`.
    pub fn function_at(&self, pc: u32) -> Option<&FunctionInfo> {
        let i = match self.by_entry.binary_search_by(|e| e.0.cmp(&pc)) {
            Ok(i) => i,
            Err(0) => return None,
            Err(i) => i - 1,
        };
        self.functions.get(self.by_entry[i].1 as usize)
    }

    /// The source line of code offset `pc` (0 when unknown).
    pub fn line_at(&self, pc: u32) -> u32 {
        match self.lines.binary_search_by(|e| e.0.cmp(&pc)) {
            Ok(i) => self.lines[i].1,
            Err(0) => 0,
            Err(i) => self.lines[i - 1].1,
        }
    }

    /// Where a call of `name/arity` (remote, apply, spawn) starts running:
    /// its body, past the `FuncInfo` that would only be dispatched as a
    /// no-op (five of them a sys round trip).
    pub fn function_entry(&self, name: Atom, arity: u32) -> Option<u32> {
        self.functions.iter().find(|f| f.name == name && f.arity == arity).map(|f| f.body)
    }
}

/// Where an exported function currently lives.
pub struct ExportTarget {
    pub instance: &'static ModuleInstance,
    pub entry: u32,
}

/// An export entry: updated in place when a module is loaded, so a remote
/// call costs one indirection and always reaches the current version.
pub struct Export {
    pub module: Atom,
    pub function: Atom,
    pub arity: u32,
    /// What a call by name runs before any Erlang code: fixed when the
    /// entry is made (both tables are static), so a dynamic call
    /// (`apply`, `M:F(...)`) needs this one lookup and no other.
    pub special: Option<Special>,
    pub bif: Option<BifFn>,
    target: AtomicPtr<ExportTarget>,
}

impl Export {
    pub(crate) fn new(module: Atom, function: Atom, arity: u32) -> Export {
        Export {
            module,
            function,
            arity,
            special: Special::of(module, function, arity),
            bif: crate::bif::lookup(module, function, arity),
            target: AtomicPtr::new(std::ptr::null_mut()),
        }
    }

    pub fn target(&self) -> Option<&'static ExportTarget> {
        let p = self.target.load(Ordering::Acquire);
        // SAFETY: targets are leaked boxes, never freed.
        unsafe { p.as_ref() }
    }

    pub(crate) fn set(&self, t: Option<ExportTarget>) {
        let p = t.map_or(std::ptr::null_mut(), |t| Box::into_raw(Box::new(t)));
        self.target.store(p, Ordering::Release);
    }
}
