//! The table of built-in functions implemented in Rust, by module. A call
//! `M:F(Args)` first looks here, then in loaded Erlang code, so a module
//! may be part native (here) and part Erlang (`stdlib/`). BIFs never call
//! back into Erlang code; functions taking funs are written in Erlang.

pub mod arith;
pub(crate) mod atomics;
mod beam_lib;
pub mod binary;
mod code;
mod code_path;
mod erl_parse;
mod erl_scan;
pub mod erlang;
pub(crate) mod ets;
mod eval_receive;
mod ferl_code_info;
pub mod ferl_io;
pub mod ferl_logger;
mod ferl_remote;
pub(crate) mod file;
mod funs;
pub mod io;
mod list_ops;
pub mod lists;
mod logger;
pub mod maps;
pub mod math;
mod module_info;
pub(crate) mod os;
mod persistent_term;
mod process;
pub(crate) mod registry;
mod send;
pub mod system;
#[cfg(test)]
mod tests;
pub(crate) mod time;
mod timers;
pub mod unicode;
mod zlib;

pub use module_info::module_info;
pub use send::send;

use crate::exception::BifResult;
use crate::process::Process;
use crate::term::{Atom, Term};
// hashbrown's hasher: `lookup` runs on every dynamic call.
use hashbrown::HashMap;
use std::sync::OnceLock;

pub type BifFn = fn(&mut Process, &[Term]) -> BifResult;

/// One native function: `module:name/arity`.
pub struct Bif {
    pub module: &'static str,
    pub name: &'static str,
    pub arity: u32,
    pub f: BifFn,
}

impl Bif {
    pub const fn new(module: &'static str, name: &'static str, arity: u32, f: BifFn) -> Bif {
        Bif { module, name, arity, f }
    }
}

fn all_tables() -> Vec<&'static [Bif]> {
    vec![
        arith::BIFS,
        atomics::BIFS,
        persistent_term::BIFS,
        binary::BIFS,
        erlang::convert::BIFS,
        erlang::dict::BIFS,
        erlang::ext::BIFS,
        erlang::float_text::BIFS,
        erlang::iolist::BIFS,
        erlang::misc::BIFS,
        erlang::md5::BIFS,
        erlang::tuple::BIFS,
        erlang::types::BIFS,
        ets::BIFS,
        io::BIFS,
        ferl_io::BIFS,
        ferl_code_info::BIFS,
        lists::BIFS,
        maps::BIFS,
        math::BIFS,
        unicode::BIFS,
        list_ops::BIFS,
        funs::BIFS,
        code::BIFS,
        code_path::BIFS,
        beam_lib::BIFS,
        system::BIFS,
        os::BIFS,
        process::BIFS,
        registry::BIFS,
        timers::BIFS,
        logger::BIFS,
        ferl_logger::BIFS,
        ferl_remote::BIFS,
        time::BIFS,
        file::BIFS,
        file::handle::BIFS,
        erl_scan::BIFS,
        erl_parse::BIFS,
        eval_receive::BIFS,
        zlib::BIFS,
    ]
}

fn table() -> &'static HashMap<(Atom, Atom, u32), BifFn> {
    static T: OnceLock<HashMap<(Atom, Atom, u32), BifFn>> = OnceLock::new();
    T.get_or_init(|| {
        let mut m = HashMap::new();
        for t in all_tables() {
            for b in t {
                m.insert((Atom::intern(b.module), Atom::intern(b.name), b.arity), b.f);
            }
        }
        m
    })
}

/// The native implementation of `m:f/arity`, if there is one.
pub fn lookup(m: Atom, f: Atom, arity: u32) -> Option<BifFn> {
    table().get(&(m, f, arity)).copied()
}

/// Every module with native functions.
pub fn modules() -> Vec<Atom> {
    let mut ms: Vec<Atom> = table().keys().map(|k| k.0).collect();
    ms.sort();
    ms.dedup();
    ms
}

/// The names of module `m`'s native functions (for tab completion).
pub fn functions(m: Atom) -> Vec<Atom> {
    table().keys().filter(|k| k.0 == m).map(|k| k.1).collect()
}

/// Whether module `m` has any native functions.
pub fn has_module(m: Atom) -> bool {
    table().keys().any(|k| k.0 == m)
}
