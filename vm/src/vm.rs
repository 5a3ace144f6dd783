//! VM-wide state shared by all processes: the code table, the embedded
//! stdlib, the process table and scheduler, reference counters; and the
//! operations that cross processes (signals, spawning, process exit).

use crate::code::table::CodeTable;
use crate::code::{loader, ModuleInstance};
use crate::term::{Atom, Term};
use ferl_compiler::diagnostic::Diagnostic;
use std::sync::atomic::{AtomicU64, Ordering};

mod stdlib {
    include!(concat!(env!("OUT_DIR"), "/stdlib_sources.rs"));
}

pub struct Vm {
    pub code: CodeTable,
    pub procs: crate::process::table::ProcessTable,
    pub sched: crate::sched::Scheduler,
    /// The heap limit of new processes, in words: half the machine's
    /// memory, so one runaway process dies alone instead of taking the VM
    /// down with it.
    pub default_max_heap_words: usize,
    /// Directories searched for object files (`code:get_path/0`).
    code_path: std::sync::Mutex<Vec<String>>,
    /// Serialises loading so two processes never load a module twice.
    loading: std::sync::Mutex<()>,
    /// `logger`'s primary level.
    logger_level: std::sync::Mutex<Atom>,
    /// Terms the Erlang part of `logger` keeps VM-wide (handler config).
    pub logger_store: crate::bif::ferl_logger::Store,
    next_ref: AtomicU64,
    next_unique: AtomicU64,
    /// This node's name (`node()`): `nonode@nohost` until `-sname`/`-name`
    /// names it (an atom index, so reading it takes no lock).
    node: std::sync::atomic::AtomicU32,
    /// `code:root_dir()`: the release root (`-root DIR`, `$FERL_ROOT`, or
    /// the directory ferl started in), set once by the command line.
    root_dir: std::sync::Mutex<Option<String>>,
    /// Set by `init:restart/0` before it halts the VM: whatever runs the
    /// VM boots a new one the same way (ferl's node restart).
    pub restart: std::sync::atomic::AtomicBool,
}

impl Default for Vm {
    fn default() -> Self {
        Vm::new()
    }
}

impl Vm {
    /// A VM with one scheduler per core.
    pub fn new() -> Vm {
        Vm::with_config(crate::sched::Config::default())
    }

    pub fn with_config(cfg: crate::sched::Config) -> Vm {
        Vm {
            code: CodeTable::default(),
            procs: Default::default(),
            sched: crate::sched::Scheduler::new(cfg),
            loading: std::sync::Mutex::new(()),
            code_path: std::sync::Mutex::new(vec![".".to_string()]),
            default_max_heap_words: half_of_memory_words(),
            logger_level: std::sync::Mutex::new(Atom::intern("notice")),
            logger_store: Default::default(),
            next_ref: AtomicU64::new(1),
            next_unique: AtomicU64::new(1),
            node: std::sync::atomic::AtomicU32::new(crate::term::atoms::nonode_nohost.0),
            root_dir: std::sync::Mutex::new(None),
            restart: std::sync::atomic::AtomicBool::new(false),
        }
    }

    /// `node()`.
    pub fn node(&self) -> Atom {
        Atom(self.node.load(Ordering::Relaxed))
    }

    /// Names this node (`ferl -sname NAME`); `erlang:is_alive/0` is then true.
    pub fn set_node(&self, name: Atom) {
        self.node.store(name.0, Ordering::Relaxed);
    }

    /// `code:root_dir()`: the root set by the command line, else the
    /// current directory.
    pub fn root_dir(&self) -> String {
        let root = self.root_dir.lock().unwrap_or_else(|e| e.into_inner()).clone();
        root.unwrap_or_else(|| std::env::current_dir().map(|d| d.to_string_lossy().into_owned()).unwrap_or_default())
    }

    pub fn set_root_dir(&self, dir: String) {
        *self.root_dir.lock().unwrap_or_else(|e| e.into_inner()) = Some(dir);
    }

    /// Whether `n` names this node.
    pub fn is_local_node(&self, n: Term) -> bool {
        n.is_atom_of(self.node())
    }

    pub fn logger_level(&self) -> Atom {
        *self.logger_level.lock().unwrap_or_else(|e| e.into_inner())
    }

    pub fn set_logger_level(&self, level: Atom) {
        *self.logger_level.lock().unwrap_or_else(|e| e.into_inner()) = level;
    }

    /// The embedded source of stdlib module `m` (such modules are sticky:
    /// they cannot be replaced, as OTP's own are not).
    pub fn stdlib_source(&self, m: Atom) -> Option<&'static str> {
        stdlib::SOURCES.iter().find(|(name, _)| *name == m.name()).map(|(_, src)| *src)
    }

    /// The names of the embedded stdlib modules (loaded on first use).
    pub fn stdlib_modules(&self) -> impl Iterator<Item = &'static str> {
        stdlib::SOURCES.iter().map(|(name, _)| *name)
    }

    /// The code path: directories searched for `Mod.beam`, in order.
    pub fn code_path(&self) -> Vec<String> {
        self.code_path.lock().unwrap_or_else(|e| e.into_inner()).clone()
    }

    pub fn set_code_path(&self, path: Vec<String>) {
        *self.code_path.lock().unwrap_or_else(|e| e.into_inner()) = path;
    }

    /// Where `Mod.beam` is on the code path (`./Mod.beam` is `Mod.beam`).
    pub fn find_object_file(&self, m: Atom) -> Option<String> {
        self.code_path().iter().find_map(|dir| {
            let file = format!("{}.beam", m.name());
            let path = if dir == "." { file } else { format!("{}/{file}", dir.trim_end_matches('/')) };
            std::path::Path::new(&path).is_file().then_some(path)
        })
    }

    /// Loads `Mod.beam` from the code path, as OTP's code server loads a
    /// module on its first call.
    fn load_object_file(&self, m: Atom) -> Option<&'static ModuleInstance> {
        let path = self.find_object_file(m)?;
        let bytes = std::fs::read(&path).ok()?;
        let module = ferl_compiler::object::decode(&bytes).ok().filter(|md| md.name == m.name())?;
        // A full atom table leaves the module unloaded (the call is undef).
        if !crate::code::atom_room::atoms_fit(&module) {
            return None;
        }
        let inst = loader::instantiate_from(self, module, path);
        self.code.install(inst).ok()?;
        Some(inst)
    }

    /// Loads stdlib module `m` from the object code compiled at build time
    /// (see build.rs); `None` when there is none, or it does not decode.
    fn load_stdlib_object(&self, m: Atom) -> Option<&'static ModuleInstance> {
        let (_, bytes) = stdlib::OBJECTS.iter().find(|(name, _)| *name == m.name())?;
        let module = ferl_compiler::object::decode(bytes).ok()?;
        let inst = loader::instantiate(self, module);
        self.code.install(inst).ok()?;
        Some(inst)
    }

    /// A fresh number for `make_ref/0`.
    pub fn new_ref_id(&self) -> u64 {
        self.next_ref.fetch_add(1, Ordering::Relaxed)
    }

    /// A fresh number for `erlang:unique_integer/0,1`.
    pub fn unique(&self) -> u64 {
        self.next_unique.fetch_add(1, Ordering::Relaxed)
    }

    /// Compiles and loads Erlang source as a new current version.
    pub fn load_source(&self, file: &str, source: &str) -> Result<&'static ModuleInstance, Vec<Diagnostic>> {
        let (module, _warnings) = ferl_compiler::compile::compile_source(file, source, &[])?;
        let inst = loader::instantiate(self, module);
        match self.code.install(inst) {
            Ok(()) => Ok(inst),
            Err(_) => Err(vec![Diagnostic::error(file, Default::default(), "not_purged")]),
        }
    }

    /// The current code of `m`, loading it from the embedded stdlib when
    /// it is not loaded yet (as OTP's code server loads on first call).
    pub fn ensure_loaded(&self, m: Atom) -> Option<&'static ModuleInstance> {
        if let Some(inst) = self.code.current(m) {
            return Some(inst);
        }
        let _guard = self.loading.lock().unwrap_or_else(|e| e.into_inner());
        if let Some(inst) = self.code.current(m) {
            return Some(inst);
        }
        if let Some(inst) = self.load_stdlib_object(m) {
            return Some(inst);
        }
        let Some((_, src)) = stdlib::SOURCES.iter().find(|(name, _)| *name == m.name()) else {
            return self.load_object_file(m);
        };
        match self.load_source(&format!("{}.erl", m.name()), src) {
            Ok(inst) => Some(inst),
            Err(diags) => {
                for d in diags {
                    eprintln!("ferl: stdlib {}: {}", m.name(), d.headline());
                }
                None
            }
        }
    }
}

pub mod aliases;
mod behaviours;
mod processes;

/// Half the machine's memory in words (from /proc/meminfo; none elsewhere).
fn half_of_memory_words() -> usize {
    let total_kb = std::fs::read_to_string("/proc/meminfo")
        .ok()
        .and_then(|m| m.lines().find(|l| l.starts_with("MemTotal:")).map(str::to_string))
        .and_then(|l| l.split_whitespace().nth(1).and_then(|n| n.parse::<usize>().ok()));
    total_kb.map_or(0, |kb| kb * 1024 / 2 / 8)
}
