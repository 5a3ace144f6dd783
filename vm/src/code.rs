//! Loaded code: module instances (one per loaded version) and the lambdas
//! (fun definitions) they contain. The code table with its current/old slots
//! lives in `code/table.rs`.

use crate::term::Atom;

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
    pub instance: *const crate::code::ModuleInstance,
}

// SAFETY: Lambda is immutable after loading and its instance pointer refers
// to an immutable module instance.
unsafe impl Send for Lambda {}
unsafe impl Sync for Lambda {}

/// One loaded version of a module.
#[derive(Debug)]
pub struct ModuleInstance {
    pub name: Atom,
}
