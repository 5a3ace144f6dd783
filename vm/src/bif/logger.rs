//! The `logger` primary configuration: `set_primary_config/1,2` and
//! `get_primary_config/0`. The level decides whether the VM's own reports
//! (crashed processes) are printed; scripts silence them with
//! `logger:set_primary_config(level, none)`.

use super::Bif;
use crate::exception::{BifResult, Exception};
use crate::process::Process;
use crate::term::{Atom, Term, View};

pub(crate) const BIFS: &[Bif] = &[
    Bif::new("logger", "set_primary_config", 2, set_primary_config2),
    Bif::new("logger", "set_primary_config", 1, set_primary_config1),
    Bif::new("logger", "get_primary_config", 0, get_primary_config),
];

const LEVELS: &[&str] =
    &["emergency", "alert", "critical", "error", "warning", "notice", "info", "debug", "all", "none"];

fn set_level(p: &mut Process, level: Term) -> BifResult {
    match level.as_atom() {
        Some(a) if LEVELS.contains(&a.name()) => {
            p.vm.set_logger_level(a);
            Ok(Term::atom(Atom::intern("ok")))
        }
        _ => {
            let inner = p.heap.tuple(&[Term::atom(Atom::intern("invalid_level")), level]);
            Ok(p.heap.error_tuple(inner))
        }
    }
}

fn set_primary_config2(p: &mut Process, args: &[Term]) -> BifResult {
    match args[0].as_atom().map(|a| a.name()) {
        Some("level") => set_level(p, args[1]),
        Some("filter_default" | "filters" | "metadata") => Ok(Term::atom(Atom::intern("ok"))),
        _ => {
            let inner = p.heap.tuple(&[Term::atom(Atom::intern("invalid_primary_config")), args[0]]);
            Ok(p.heap.error_tuple(inner))
        }
    }
}

fn set_primary_config1(p: &mut Process, args: &[Term]) -> BifResult {
    match args[0].view() {
        View::Map(m) => match m.get(Term::named("level")) {
            Some(v) => set_level(p, v),
            None => Ok(Term::atom(Atom::intern("ok"))),
        },
        _ => Err(Exception::badarg()),
    }
}

fn get_primary_config(p: &mut Process, _: &[Term]) -> BifResult {
    let key = Term::named;
    let meta = p.heap.map_sorted(&[]);
    let mut pairs = vec![
        (key("level"), Term::atom(p.vm.logger_level())),
        (key("filter_default"), key("log")),
        (key("filters"), Term::NIL),
        (key("metadata"), meta),
    ];
    Ok(p.heap.map(&mut pairs))
}
