//! The variable table of the lint pass: which variables are bound, unsafe or
//! exported from a branch, whether each was used, and where it was bound.
//! The operations mirror erl_lint's `vtupdate`, `vtmerge`, `vtnew`, ... so
//! that binding rules (and so the diagnostics) follow OTP exactly.

use std::collections::BTreeMap;

use crate::ast::Pos;

/// The construct a variable is unsafe in, or exported from: `case`, `if`,
/// `receive`, `try`, `catch`, `andalso`, `orelse`, with its position.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Where {
    pub tag: &'static str,
    pub pos: Pos,
}

impl Where {
    /// `'case' (line 5, column 5)`, as erl_lint's `format_where` writes it.
    pub fn describe(&self) -> String {
        format!("'{}' (line {}, column {})", self.tag, self.pos.line, self.pos.col)
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum State {
    Bound,
    Unsafe(Where),
    Export(Where),
    /// The stacktrace variable of a catch clause (not usable in its guard).
    Stacktrace,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct Var {
    pub state: State,
    pub used: bool,
    /// Where the variable was bound; sorted, without duplicates.
    pub annos: Vec<Pos>,
}

impl Var {
    pub fn new(state: State, used: bool, annos: Vec<Pos>) -> Var {
        Var { state, used, annos }
    }
}

/// Variables by name; ordered like erl_lint's orddicts.
pub(crate) type Vt = BTreeMap<String, Var>;

pub(crate) fn merge_annos(a: &[Pos], b: &[Pos]) -> Vec<Pos> {
    let mut out: Vec<Pos> = a.iter().chain(b.iter()).copied().collect();
    out.sort();
    out.dedup();
    out
}

pub(crate) fn merge_state(s1: State, s2: State) -> State {
    match (s1, s2) {
        (State::Unsafe(_), _) => s1,
        (_, State::Unsafe(_)) => s2,
        (State::Bound, _) => s2,
        (_, State::Bound) => s1,
        _ => s1,
    }
}

/// `vtupdate(Uvt, Vt0)`: `uvt` overrides the state; usage and positions are
/// combined.
pub(crate) fn update(uvt: &Vt, vt0: &Vt) -> Vt {
    let mut out = vt0.clone();
    for (name, u) in uvt {
        let v = match vt0.get(name) {
            Some(old) => Var::new(u.state, u.used || old.used, merge_annos(&u.annos, &old.annos)),
            None => u.clone(),
        };
        out.insert(name.clone(), v);
    }
    out
}

/// `vtmerge(Vt1, Vt2)`: both states combined (unsafe wins).
pub(crate) fn merge(vt1: &Vt, vt2: &Vt) -> Vt {
    let mut out = vt2.clone();
    for (name, a) in vt1 {
        let v = match vt2.get(name) {
            Some(b) => Var::new(merge_state(a.state, b.state), a.used || b.used, merge_annos(&a.annos, &b.annos)),
            None => a.clone(),
        };
        out.insert(name.clone(), v);
    }
    out
}

pub(crate) fn merge_all(vts: &[Vt]) -> Vt {
    vts.iter().fold(Vt::new(), |acc, vt| merge(vt, &acc))
}

/// `vtnew(New, Old)`: the entries of `new` not in `old`.
pub(crate) fn new_in(new: &Vt, old: &Vt) -> Vt {
    new.iter().filter(|(k, _)| !old.contains_key(*k)).map(|(k, v)| (k.clone(), v.clone())).collect()
}

/// `vtold(New, Old)`: the entries of `new` also in `old`.
pub(crate) fn old_in(new: &Vt, old: &Vt) -> Vt {
    new.iter().filter(|(k, _)| old.contains_key(*k)).map(|(k, v)| (k.clone(), v.clone())).collect()
}

/// `vtunsafe`: the variables of `uvt` new relative to `vt`, marked unsafe.
pub(crate) fn unsafe_in(place: Where, uvt: &Vt, vt: &Vt) -> Vt {
    new_in(uvt, vt).into_iter().map(|(k, v)| (k, Var::new(State::Unsafe(place), v.used, v.annos))).collect()
}

pub(crate) fn no_unsafe(vt: &Vt) -> Vt {
    vt.iter().filter(|(_, v)| !matches!(v.state, State::Unsafe(_))).map(|(k, v)| (k.clone(), v.clone())).collect()
}

pub(crate) fn no_unused(vt: &Vt) -> Vt {
    vt.iter().filter(|(_, v)| v.used).map(|(k, v)| (k.clone(), v.clone())).collect()
}

/// `icrt_export`: combines the tables of the clauses of a case, if, receive
/// or try. A new variable bound in every clause is exported; one bound in
/// only some clauses becomes unsafe in `place`.
pub(crate) fn icrt_export(clauses: &[Vt], vt: &Vt, place: Where) -> Vt {
    let mut names: BTreeMap<&String, Vec<&Var>> = BTreeMap::new();
    for c in clauses {
        for (k, v) in c {
            names.entry(k).or_default().push(v);
        }
    }
    let mut out = Vt::new();
    for (name, entries) in names {
        if let Some(old) = vt.get(name) {
            let first = entries[0];
            let v = match (first.state, old.state) {
                (State::Export(_), State::Export(_)) => {
                    let s = entries.iter().fold(old.state, |acc, e| merge_state(acc, e.state));
                    Var::new(s, true, old.annos.clone())
                }
                _ => Var::new(State::Bound, true, old.annos.clone()),
            };
            out.insert(name.clone(), v);
            continue;
        }
        let mut state = State::Export(place);
        let mut annos = Vec::new();
        for e in &entries {
            state = match (e.state, state) {
                (State::Unsafe(_), State::Unsafe(_)) => State::Unsafe(place),
                (State::Unsafe(_), _) => e.state,
                _ => state,
            };
            if !e.used {
                annos = merge_annos(&annos, &e.annos);
            }
        }
        if entries.len() != clauses.len() {
            state = State::Unsafe(place);
        }
        let used = annos.is_empty();
        out.insert(name.clone(), Var::new(state, used, annos));
    }
    out
}
