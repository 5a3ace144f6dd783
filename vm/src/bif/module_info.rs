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

                p.heap.list(&es)
            }
            "attributes" => {
                let attrs = p.heap.copy_term(inst.attributes);
                // Without -vsn, OTP reports the checksum as the version.
                let has_vsn =
                    attrs.iter_list().any(|t| t.as_tuple().is_some_and(|t| t[0].is_atom_of(Atom::intern("vsn"))));
                if has_vsn {
                    attrs
                } else {
                    let n = p.heap.bigint(&num_bigint::BigInt::from_bytes_be(num_bigint::Sign::Plus, &inst.md5));
                    let v = p.heap.list(&[n]);
                    let vsn = p.heap.tuple(&[Term::atom(Atom::intern("vsn")), v]);
                    p.heap.cons(vsn, attrs)
                }
            }
            "md5" => p.heap.binary(&inst.md5),
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
