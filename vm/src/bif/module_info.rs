//! `Mod:module_info/0,1` (through `erlang:get_module_info/1,2`): what a
//! loaded module says about itself.

use crate::exception::{BifResult, Exception};
use crate::process::Process;
use crate::term::{Atom, Term};

/// Arguments in x0 (module) and, for arity 2, x1 (the key).
pub fn module_info(p: &mut Process, arity: usize) -> BifResult {
    let m = p.x[0].as_atom().ok_or_else(Exception::badarg)?;
    let inst = p.vm.code.current(m).ok_or_else(Exception::badarg)?;
    let item = |p: &mut Process, key: &str| -> Term {
        match key {
            "module" => Term::atom(m),
            "exports" => {
                let mut es = Vec::new();
                for &(f, a) in &inst.exports {
                    es.push(p.heap.tuple(&[Term::atom(f), Term::int(a as i64)]));
                }
                for a in [0, 1] {
                    es.push(p.heap.tuple(&[Term::atom(Atom::intern("module_info")), Term::int(a)]));
                }
                p.heap.list(&es)
            }
            "attributes" => p.heap.copy_term(inst.attributes),
            "md5" => {
                let sum = inst.lambdas.first().map_or(0, |l| l.uniq);
                let mut bytes = [0u8; 16];
                bytes[..4].copy_from_slice(&sum.to_be_bytes());
                p.heap.binary(&bytes)
            }
            _ => Term::NIL,
        }
    };
    if arity == 2 {
        let key = p.x[1].as_atom().ok_or_else(Exception::badarg)?;
        return match key.name() {
            "module" | "exports" | "attributes" | "compile" | "md5" => Ok(item(p, key.name())),
            _ => Err(Exception::badarg()),
        };
    }
    let mut all = Vec::new();
    for key in ["module", "exports", "attributes", "compile", "md5"] {
        let v = item(p, key);
        all.push(p.heap.tuple(&[Term::atom(Atom::intern(key)), v]));
    }
    Ok(p.heap.list(&all))
}
