//! Whether a module about to be loaded fits in the atom table: every name
//! the loader will intern (its atoms, module, function and import names,
//! attribute keys, atoms inside literals), counted before it starts so a
//! load past the limit fails whole instead of half interned.

use crate::term::Atom;
use ferl_compiler::bytecode::{Literal, Module};

/// `false` when loading `m` would make atoms past `atom::ATOM_LIMIT`.
pub fn atoms_fit(m: &Module) -> bool {
    let mut names: Vec<&str> = vec![m.name.as_str()];
    names.extend(m.atoms.iter().map(String::as_str));
    names.extend(m.imports.iter().flat_map(|i| [i.module.as_str(), i.function.as_str()]));
    names.extend(m.functions.iter().map(|f| f.name.as_str()));
    names.extend(m.exports.iter().map(|(f, _)| f.as_str()));
    names.extend(m.attributes.iter().map(|(k, _)| k.as_str()));
    // Literals nest as deep as the source wrote them: walked with a stack.
    let mut todo: Vec<&Literal> = m.literals.iter().chain(m.attributes.iter().map(|(_, v)| v)).collect();
    while let Some(l) = todo.pop() {
        match l {
            Literal::Atom(a) => names.push(a),
            Literal::Cons(h, t) => todo.extend([&**h, &**t]),
            Literal::Tuple(es) => todo.extend(es),
            Literal::Map(pairs) => todo.extend(pairs.iter().flat_map(|(k, v)| [k, v])),
            Literal::Int(_) | Literal::Float(_) | Literal::Nil | Literal::Binary(..) => {}
        }
    }
    Atom::room_for(names)
}
